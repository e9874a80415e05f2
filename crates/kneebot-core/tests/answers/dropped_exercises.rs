//! An exercise the post drops, and a question with "instead" after it, through the core's public door:
//! "what can I do instead?" asks for another exercise, but "ok to do them at home instead?" asks about the
//! one dropped, done another way, and a clinician's stop on it still holds.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

/// "Instead" after words pointing back at the exercise dropped is how to do it: the question is about that
/// exercise, which the physio stopped, so nothing is recommended in its place.
#[test]
fn doing_the_dropped_exercise_another_way_is_asked_about_it() {
    for q in [
        "Physio told me to stop the leg extensions for now. Would it be ok to do them at home with light ankle weights instead?",
        "My physio said to stop doing leg curls. Can I do them lying down on the floor instead?",
        "My physio told me to quit leg extensions. Should I do the same movement with light ankle weights instead?",
        "physio said stop the leg extensions. can I do that exercise with a band instead?",
    ] {
        let answer = assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}: an overview was given");
    }
}

/// With nothing pointing back, or with the pointing words themselves dropping it, "instead" asks for
/// something else: the material's other exercises.
#[test]
fn asking_what_to_do_instead_still_asks_for_another_exercise() {
    for q in [
        "I stopped leg curls because they hurt, what can I do instead?",
        "My physio told me to stop doing them, the leg curls I mean. What can I do instead?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.verdict,
            Verdict::Recommended,
            "{q}: {}",
            answer.guidance
        );
        assert_ne!(
            answer.topic.as_deref(),
            Some("hamstring_strengthening"),
            "{q}: answered about the curls"
        );
    }
}
