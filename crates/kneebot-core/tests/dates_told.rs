//! Days told with their year, through the core's public door: "on 20 November 2025" is a year before
//! today's 20 November, however the day and month are written, and a day that has not come yet dates
//! nothing.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// An operation on a day of last year is a year old (past the early window), not ten days old.
#[test]
fn a_day_told_with_its_year_is_that_year() {
    for day in [
        "on 20 November 2025",
        "on November 20 2025",
        "on November 20th, 2025",
        "on the 20th of November 2025",
    ] {
        let q = format!("I had my ACL reconstructed {day}. Can I do leg curls?");
        let answer = ask(&q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // The same day with no year is the latest one: ten days ago.
    let q = "I had my ACL reconstructed on 20 November. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    // A day still to come tells no time: the phase is asked for.
    let q = "I had my ACL reconstructed on 20 November 2027. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
}
