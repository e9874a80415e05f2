//! Questions whether to keep away from an exercise, through the core's public door: "stay away from leg
//! curls" asks about leg curls (not back-story, as "pain from running" is), and a go-ahead answers "should I
//! avoid squats?" without a "Yes:" that would read as "yes, avoid them".

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn staying_away_from_an_exercise_asks_about_it() {
    for (q, topic) in [
        ("should I stay away from leg curls?", "hamstring_strengthening"),
        (
            "I broke my femur in a car wreck and had it plated. Shouldn't I be staying away from isolated hamstring work?",
            "hamstring_strengthening",
        ),
        ("should I refrain from squats with my arthritis?", "squats"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}: {}", answer.guidance);
    }
}

#[test]
fn a_go_ahead_to_a_question_of_avoiding_has_no_yes() {
    for q in [
        "should I avoid squats with my arthritis?",
        "is it better to stay away from squats with my knee arthritis?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
        assert!(
            !answer.guidance.starts_with("Yes"),
            "{q}: {}",
            answer.guidance
        );
    }
    let answer = ask("should I do squats with my arthritis?", None);
    assert!(answer.guidance.starts_with("Yes:"), "{}", answer.guidance);
}
