//! Warning signs told in idioms, and breathlessness that is only effort, through the core's public door: a
//! leg "like an elephant from the knee down" and hot after an operation, or stitches that "popped open",
//! are urgent; "out of breath" after a run with no operation is not (the README ties breathlessness to
//! surgery).

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_swollen_hot_leg_below_the_knee_told_as_an_idiom_is_urgent() {
    for q in [
        "4 days after my knee replacement my leg is like an elephant from the knee down and warm. ok to do my \
         bridges?",
        "mum's leg from the knee down is massive and red since her TKR on Monday. should she still walk?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

#[test]
fn stitches_that_popped_open_are_urgent() {
    for q in [
        "meniscus repair a week ago and two of my stitches popped open this morning. can I do leg curls?",
        "One of the stitches burst open after my ACL op, is walking still ok?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

#[test]
fn out_of_breath_after_effort_with_no_operation_is_not_urgent() {
    let a = ask(
        "I get out of breath after a 5k these days and my IT band syndrome niggles. is running good for me?",
        None,
    );
    assert_ne!(a.verdict, Verdict::Urgent, "{}", a.guidance);
    // After an operation it is.
    assert_verdict(
        "knee replacement 9 days ago and I'm short of breath walking to the kitchen. should I keep walking?",
        Verdict::Urgent,
    );
}
