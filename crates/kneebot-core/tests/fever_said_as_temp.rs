//! "Running a temp since my scope": a fever after surgery said as "temp" is a warning sign, before any
//! exercise advice; "temp" in other senses ("a temp job") is not.

mod common;

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
