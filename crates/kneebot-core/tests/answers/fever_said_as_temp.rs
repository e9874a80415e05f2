//! "Running a temp since my scope": a fever after surgery said as "temp" is a warning sign, before any
//! exercise advice; "temp" in other senses ("a temp job") is not.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn a_temp_after_surgery_is_urgent() {
    for q in [
        "running a temp since my knee scope on tuesday. should i still do my exercises?",
        "high temp after my meniscus op 3 days ago. squats ok?",
        "had a slight temp since my ACL surgery last week, can I do leg curls?",
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, Verdict::Urgent, "{q}: {}", got.guidance);
    }
}

#[test]
fn temp_in_another_sense_is_no_sign() {
    let q = "got a temp job at a warehouse after my ACL surgery 5 months ago, can I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// "Feeling a bit fluey, 38.4 this morning": a reading told alone as a clause is a fever, however it is
/// played down; a distance with its unit is not.
#[test]
fn a_reading_told_alone_after_surgery_is_urgent() {
    let answer = ask(
        "had my meniscectomy last wednesday. feeling a bit fluey since yesterday, 38.4 this morning, \
         probably just the bug going round work. ok to keep up the straight leg raises?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    let distance = ask(
        "knee replacement 3 months ago, walked 38.4 km this week all told. ok to do squats?",
        None,
    );
    assert_ne!(distance.verdict, Verdict::Urgent, "{}", distance.guidance);
}
