//! "How many sets should I do?": the material gives no numbers, but it does say whether to do the exercise.
//! A question of how much takes doing it for granted; where the ruling says to back off, go carefully, only
//! for now, or that it depends, the ruling answers; where it agrees without a limit, the number is what is
//! left (not covered).

use crate::common;

use common::{ask, assert_ruling, assert_verdict};
use kneebot_core::Verdict;

/// Someone asking how much of an exercise the material tells them to back off hears that, with no number.
#[test]
fn how_much_of_an_exercise_to_back_off_from_gets_the_ruling() {
    for (q, topic, want) in [
        (
            "old meniscus tear from two years ago, never operated. how many sets of leg curls a week should I do?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
        (
            "knee arthritis. how many reps of leg extensions should I do each day?",
            "quad_isolation",
            Verdict::Caution,
        ),
        (
            "had a meniscectomy, how many reps of hamstring curls should I be doing?",
            "hamstring_strengthening",
            Verdict::Depends,
        ),
        // Allowed only for now: when that ends is what the asker needs, more than a number.
        (
            "MCL tear 10 days ago, no surgery. how many times a day can I do hamstring curls?",
            "hamstring_strengthening",
            Verdict::OkForNow,
        ),
        (
            "9 days after my TKR, my physio gave me hamstring curls but the back of my thigh won't squeeze at all. How many should I be doing a day?",
            "hamstring_strengthening",
            Verdict::OkForNow,
        ),
    ] {
        let got = assert_ruling(q, topic, want);
        assert!(
            got.guidance.contains("no sets, reps"),
            "{q}: says no numbers are given: {}",
            got.guidance
        );
    }
}

/// How long to hold, or to work each session, is how much too: within the early window, that window answers.
#[test]
fn how_long_each_time_is_a_dose() {
    for q in [
        "how long should I hold each leg curl? TKR 2 weeks ago",
        "ACLR 2 weeks ago. how long should I do leg curls for each session?",
        "ankle op 10 days ago, how long per session should I spend on hamstring curls?",
    ] {
        let got = assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
        assert_eq!(got.understood.intent.as_deref(), Some("dose"), "{q}");
    }
}

/// Where the ruling agrees with doing the exercise and sets no end, the number is what was asked: not
/// covered, with the ruling beside it.
#[test]
fn how_much_of_an_exercise_that_suits_is_not_covered_with_the_ruling_beside() {
    for q in [
        "knee OA. how many reps of glute bridges should I do?",
        "torn MCL last year. how many bodyweight squats a day should I aim for?",
    ] {
        let got = assert_verdict(q, Verdict::NotCovered);
        assert!(
            got.guidance.contains("doesn't give sets, reps")
                && got.guidance.contains("It does say"),
            "{q}: {}",
            got.guidance
        );
    }
}

/// With no exercise named, or one the material does not cover, only the missing number is said.
#[test]
fn how_much_with_no_covered_exercise_says_only_that_no_numbers_are_given() {
    for q in [
        "how many calories does swimming burn?",
        "knee OA, how many lengths should I swim?",
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, Verdict::NotCovered, "{q}");
        assert!(
            !got.guidance.contains("It does say"),
            "{q}: {}",
            got.guidance
        );
    }
}

/// "I do 20 leg curls a day" tells how often, not that the tear was a day ago: an old tear stays the
/// ongoing problem.
#[test]
fn a_count_per_day_dates_nothing() {
    for q in [
        "I tore my meniscus and I do 20 leg curls a day. ok?",
        "MCL tear, I do 20 leg curls a day, is that ok?",
    ] {
        assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
}

/// "How long should I hold a glute bridge?" asks how much (a length within a session), not when to start:
/// no "won't guess a date". "How long till I can run?" still asks when.
#[test]
fn how_long_to_hold_is_how_much_not_when() {
    for q in [
        "how long should I hold a wall sit",
        "How long should I hold a glute bridge at the top? Got osteoarthritis in my left knee",
    ] {
        let got = ask(q, None);
        assert_eq!(got.understood.intent.as_deref(), Some("dose"), "{q}");
        assert!(!got.guidance.contains("date"), "{q}: {}", got.guidance);
    }
    let q = "how long till I can run after my ACL surgery?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("timing"),
        "{q}"
    );
}
