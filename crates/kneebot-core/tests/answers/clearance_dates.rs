//! The day a clinician cleared the asker for something is not the day of the operation, through the core's
//! public door: "she cleared me for running last week" leaves the operation dated by its own words.

use crate::common;

use common::ask_on;

#[test]
fn a_clearance_told_with_its_day_does_not_date_the_operation() {
    for (q, days) in [
        ("Meniscectomy back in March, and my physio cleared me for running last week. Leg curls ok?", 260.0),
        ("my surgeon gave me the green light for squats 2 weeks ago (ACL reconstruction 7 months ago). can I do leg curls?", 213.0),
    ] {
        let a = ask_on(q, "2026-11-30");
        let elapsed = a.understood.elapsed_days.unwrap_or_default();
        assert!((elapsed - days).abs() < 2.0, "{q}: {elapsed} days");
    }
}

/// A clearance told with its day and no date of the operation leaves the operation undated: "cleared by my
/// surgeon yesterday after my meniscus repair" is not a repair done yesterday, so curls depend on how far
/// on the asker is rather than being fine for the early window.
#[test]
fn a_clearance_alone_dates_no_operation() {
    let a = ask_on(
        "Cleared by my surgeon yesterday after my meniscus repair. can I do hamstring curls now?",
        "2026-11-30",
    );
    assert_eq!(a.understood.elapsed_days, None);
    assert_eq!(a.verdict, kneebot_core::Verdict::Depends);
}
