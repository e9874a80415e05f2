//! Spans that tell the time between two events, through the core's public door: "I tore my ACL in March
//! and had surgery six weeks later" dates the operation from March, not six weeks before today, and "my
//! repair was two weeks after my fall in August" from August.

mod common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

/// An operation told as some time after a dated event is dated from that event: months back, not days.
/// (Asked on 30 November 2026: June and August are months past the early window, but not six months.)
#[test]
fn an_operation_told_after_a_dated_event_is_dated_from_it() {
    for q in [
        "I had my ACL reconstruction 10 days after I tore it in June. Are leg curls ok?",
        "my meniscus repair was two weeks after my fall in August. can I do hamstring curls now?",
        "Tore my meniscus in August and had it repaired a couple of weeks later. Can I do hamstring curls?",
    ] {
        let answer = assert_verdict(q, Verdict::Depends);
        assert!(answer.follow_up.is_some(), "{q}: no follow-up");
    }
    // Six weeks after March is past six months ago: recovered by the calendar.
    assert_verdict(
        "I tore my ACL in March and had surgery 6 weeks later. Can I do leg curls?",
        Verdict::Avoid,
    );
    // Counted forward from a date three weeks back, the operation is still in the early window.
    assert_verdict(
        "I fell on the 9th of November and had surgery a week later. Can I do leg curls?",
        Verdict::OkForNow,
    );
}

/// A span with no dated event to count from, or one that opens the question itself, dates as before.
#[test]
fn a_span_with_nothing_to_count_from_is_left_as_it_was() {
    // No date for the tear: "two weeks after" is all the post says of the operation.
    let answer = ask(
        "I had my meniscus repaired two weeks after I tore it. Can I do hamstring curls?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    // "Eight months later, should they…": the time now, which the break's own date already tells.
    assert_verdict(
        "Broke my femur in a bike crash last March, they put a plate in. I've been doing hamstring curls ever since. Eight months later, should they still be part of my routine?",
        Verdict::Avoid,
    );
}
