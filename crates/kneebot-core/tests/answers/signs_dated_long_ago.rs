//! Warning signs dated a year and a half or more before the day asked, through the core's public door: "had a wound
//! infection after my knee replacement back in 2022", "years ago I had a fever after my meniscectomy" are
//! history, and the question gets its ruling. A sign told as now, dated by a span since an operation, told
//! beside a recent time, in a clause of its own or joined by "and", told back later, or dated less than a
//! year and a half ago is still a warning sign.

use crate::common;

use common::assert_verdict_on;
use kneebot_core::Verdict;

const TODAY: &str = "2026-11-30";

#[test]
fn a_sign_dated_years_ago_is_history() {
    for (q, want) in [
        (
            "Had a wound infection after my knee replacement back in 2022, sorted with antibiotics. Are leg extensions ok?",
            Verdict::Caution,
        ),
        (
            "Years ago I had a fever after my meniscectomy. Are hamstring curls ok for my meniscus tear?",
            Verdict::Avoid,
        ),
        (
            "In 2023 my calf swelled up after my ACL surgery. Are glute bridges good for my knee?",
            Verdict::Recommended,
        ),
    ] {
        assert_verdict_on(q, TODAY, want);
    }
}

#[test]
fn a_sign_that_may_be_now_is_still_urgent() {
    for q in [
        // Told in the present.
        "My knee replacement was back in 2022 and my calf is hot and swollen. Are glute bridges ok?",
        // A span since the operation, not a point in the past.
        "2 years post op my wound started oozing. Are glute bridges ok?",
        // A recent time beside the old one.
        "My TKR was in 2022 and my calf swelled up and went red yesterday. Are glute bridges ok?",
        // The date is of the operation, in a clause of its own.
        "I had a knee replacement in 2022, my calf went hot and swollen. Are glute bridges ok?",
        // Less than a year and a half ago ("last year" may be last month).
        "Had a wound infection after my knee replacement in March. Are glute bridges ok?",
        "Last year my wound got infected after my TKR. Are glute bridges ok?",
        // Joined to the date by "and" or "but": the date is the operation's.
        "2 years ago I had my knee replaced and the scar suddenly started oozing. Are glute bridges ok?",
        "Back in 2022 I had a TKR but my calf swelled up and went red after my flight. Are glute bridges ok?",
        // Told as now, or as coming back.
        "Back in 2022 my calf swells up and goes red whenever I fly. Are glute bridges ok?",
        "In 2023 my calf swelled up after my ACL surgery. It's happening again since my revision. Are glute bridges ok?",
    ] {
        assert_verdict_on(q, TODAY, Verdict::Urgent);
    }
}
