//! Follow-ups that lean on the story, through the core's public door: a wh-word alone after a story ("then
//! what?", "so what's left?", "what's out then?") asks for an overview of what to do or avoid; "should I make
//! it a regular part of leg day?", "is that dumb?" ask about the exercise the story named.

use crate::common;

use common::{ask, assert_verdict, overview_verdict};
use kneebot_core::Verdict;

#[test]
fn a_bare_wh_follow_up_asks_for_an_overview() {
    for q in [
        "Physio says no leg curls with my arthritic knee. Then what?",
        "leg curls are out for my arthritis, fine. so what's left?",
        "Knee arthritis, and I only get a quarter of an hour a day. If I can do two things, what would they be?",
    ] {
        let a = assert_verdict(q, Verdict::Recommended);
        assert_eq!(
            overview_verdict(&a, "glute_strengthening"),
            Some(Verdict::Recommended),
            "{q}"
        );
    }
    let a = assert_verdict(
        "Right, so walking and glute bridges are in for my arthritis. What's out then?",
        Verdict::Avoid,
    );
    assert_eq!(
        overview_verdict(&a, "hamstring_strengthening"),
        Some(Verdict::Avoid)
    );
}

#[test]
fn a_wh_question_with_more_words_is_not_a_follow_up() {
    // "What is it?" asks what the problem is, not what to do.
    assert!(ask("I tore my ACL last year. What is it exactly?", None)
        .overview
        .is_empty());
}

#[test]
fn making_the_story_exercise_a_habit_asks_about_it() {
    let a = assert_verdict(
        "My physio cleared me for the leg extension machine, ACL reconstruction was a year ago. Should I make \
         it a regular part of my gym days?",
        Verdict::Caution,
    );
    assert_eq!(a.topic.as_deref(), Some("quad_isolation"));
}

/// "Is that dumb?", "is that stupid?" after the exercise the post tells of (an emoji between them ends the
/// sentence) asks whether doing it is wise: a ruling on it.
#[test]
fn a_choice_judged_in_chat_words_points_back_at_the_exercise() {
    assert_verdict(
        "leg ext machine at 3 plates, 4x12 🔥 with patellar cartilage issues is that dumb",
        Verdict::Caution,
    );
    assert_verdict(
        "I do leg curls 3 times a week for my knee OA 💪 is that stupid?",
        Verdict::Avoid,
    );
}

/// "No idea if I should still do the curls. Also, what does he mean by the TFL?": the question that adds
/// itself to another leaves the first asked, so the exercise is ruled on, not the video explained.
#[test]
fn a_question_added_with_also_leaves_the_one_weighed_before_it_asked() {
    for q in [
        "had a meniscectomy, no idea if I should still be doing the hamstring curls from my sheet. also whats \
         the deal with the TFL thing",
        "Had a meniscectomy. Not sure whether I should keep doing the hamstring curls. Oh and what does he \
         mean by the TFL?",
    ] {
        let answer = assert_verdict(q, Verdict::Depends);
        assert_eq!(
            answer.topic.as_deref(),
            Some("hamstring_strengthening"),
            "{q}"
        );
    }
}
