//! Spans that tell the time between two events, through the core's public door: "I tore my ACL in March
//! and had surgery six weeks later" dates the operation from March, not six weeks before today, and "my
//! repair was two weeks after my fall in August" from August.

use crate::common;

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

/// A span between two events the post names, neither dated, dates neither: how long ago the operation was
/// is not told, so the answer depends on it. (Read as time since today, each was `ok_for_now`.)
#[test]
fn a_span_between_two_undated_events_dates_neither() {
    for q in [
        "I had my ACL surgery 3 weeks after the injury. Can I do leg curls?",
        "I had my meniscus repaired two weeks after I tore it. Can I do hamstring curls?",
        "got my reconstruction done about 10 days after the accident, are hamstring curls ok?",
    ] {
        let answer = assert_verdict(q, Verdict::Depends);
        assert!(answer.follow_up.is_some(), "{q}: no follow-up");
    }
    // The other event dated before: the operation counted from it, years back.
    assert_verdict(
        "Tore my ACL 2 years ago skiing and had surgery 3 weeks after the injury. Can I do leg curls?",
        Verdict::Avoid,
    );
}

/// A span told as the time now, or one that opens the question itself, dates as before.
#[test]
fn a_span_told_as_now_is_left_as_it_was() {
    // The operation named only after the span: the time since it ("3 weeks after my reconstruction").
    for q in [
        "Is it ok to be doing hamstring curls 3 weeks after my ACL reconstruction?",
        "I'm 3 weeks after my ACL surgery, are leg curls ok?",
        "Post-op day 10 after ACLR. Is it ok to be doing hamstring curls?",
    ] {
        assert_verdict(q, Verdict::OkForNow);
    }
    // "Eight months later, should they…": the time now, which the break's own date already tells.
    assert_verdict(
        "Broke my femur in a bike crash last March, they put a plate in. I've been doing hamstring curls ever since. Eight months later, should they still be part of my routine?",
        Verdict::Avoid,
    );
}

/// A fall long after an operation, dated later in its own sentence ("she fell and broke her hip, they
/// pinned it on the 20th"): how she walked before the fall is older than it, so the fresh break decides
/// (the walking told before it made her recovered: `avoid`).
#[test]
fn signs_told_before_a_later_fall_are_older() {
    assert_verdict(
        "My mum had her left knee replaced in march last year and was doing really well, walking to the \
         shops on her own. Then she fell in the garden and broke her hip, they pinned it on the 20th. \
         Should she be doing hamstring curls now?",
        Verdict::OkForNow,
    );
}

/// "Tore it at Easter and was operated on a fortnight later": the span counted from Easter dates the
/// operation, though Easter is told nearer its word (it was dated at Easter: 40 days, `depends`). Asked
/// here on 30 November: torn on 20 October (41 days), operated on a fortnight later (27 days ago); torn in
/// May, operated on six weeks later (over five months, not over six).
#[test]
fn a_span_counted_from_the_other_date_dates_the_words_before_it() {
    assert_verdict(
        "tore my meniscus on the 20th of October and was operated on a fortnight later. can I do leg curls?",
        Verdict::OkForNow,
    );
    assert_verdict(
        "tore my meniscus in May and was operated on 6 weeks later. can I do leg curls?",
        Verdict::Depends,
    );
}

/// A date of the operation's own between it and a span counted from it ("surgery 5 months ago and was
/// back at work 4 months later") dates it; the span dates the return to work.
#[test]
fn an_operations_own_date_comes_before_a_span_counted_from_it() {
    assert_verdict(
        "had ACL surgery 7 months ago and was back at work 4 months later. can I do leg curls?",
        Verdict::Avoid,
    );
    // A date in another sentence is of something else: the operation is not dated by "last month".
    let answer = common::ask(
        "Started a new job in July. I had my ACL surgery 3 weeks after the injury. Can I do leg curls?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "They went back in last Thursday to tidy it up": a second operation in the surgeon's words, dated last
/// Thursday, sets the clock again (the meniscectomy two years ago made it `avoid`).
#[test]
fn going_back_in_is_an_operation() {
    assert_verdict(
        "Had a meniscectomy two years ago that never settled so they went back in last Thursday to tidy it \
         up again. Can't get the leg to do much yet. Can I do hamstring curls?",
        Verdict::OkForNow,
    );
}

/// A span between two undated events leaves the operation undated, even where another sentence holds a
/// date of something else ("Started a new job last month"): that date is the job's, not the operation's.
#[test]
fn a_date_of_something_else_does_not_date_an_operation_told_from_an_undated_event() {
    let q = "Started a new job last month. I had my surgery 3 weeks after the injury. Can I do leg curls?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.elapsed_days, None, "{q}");
    assert_eq!(answer.verdict, Verdict::Depends, "{q}");
    // With the injury dated, the operation is counted from it.
    let q = "Tore my ACL in March and had surgery 3 weeks after the injury. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}
