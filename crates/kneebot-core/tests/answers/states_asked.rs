//! The asker's state the material does not speak to (pregnancy), through the core's public door: asked
//! about in the question, even as when ("through the third trimester"), the exercise question is one the
//! material is silent on; told only in the story, the exercise question is answered.

use crate::common;

use common::{ask, assert_ruling};
use kneebot_core::Verdict;

#[test]
fn exercise_in_a_state_asked_about_is_not_covered() {
    for q in [
        "28 weeks pregnant, still jogging three mornings a week. Is it safe to keep running through the \
         third trimester or should I stop until the baby's here?",
        "is it safe to do glute bridges lying on my back in the third trimester? my physio gave them to me \
         for knee OA before i got pregnant",
        "Knee arthritis. Can I keep doing squats while pregnant?",
        "6 months pregnant and my knees ache a bit. Is it safe for the baby if I do glute bridges lying \
         flat on my back?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        // Named as the state, whichever words the post used.
        assert!(answer.guidance.contains("pregnancy"), "{q}: {}", answer.guidance);
    }
}

#[test]
fn a_state_told_only_in_the_story_leaves_the_exercise_question_answered() {
    assert_ruling(
        "31 weeks pregnant and my knees are killing me (cartilage wear behind the kneecap, diagnosed \
         years ago). Midwife says stay active. Are bodyweight squats ok for the knee?",
        "squats",
        Verdict::Recommended,
    );
}
