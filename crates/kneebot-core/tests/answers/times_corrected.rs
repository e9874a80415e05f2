//! A time the post corrects is read as corrected: "EDIT: 7 weeks not 7 days", "wait no, 3 months ago",
//! "sorry, 3 MONTHS ago", "I meant Nov 20 last year", "the 2nd - no wait, the 12th", "Update: it's now been
//! 7 months". The first time told no longer wins, which
//! mattered most where it kept a member inside the early window after surgery.

use crate::common;

use common::{ask, ask_on, assert_ruling};
use kneebot_core::Verdict;

#[test]
fn the_right_time_then_the_wrong_one_replaces_it() {
    for q in [
        "ACLR 7 days ago, are hamstring curls ok? EDIT: actually 7 weeks not 7 days, brain fog",
        "broke my kneecap 3 weeks ago, can I do hamstring curls? EDIT: typo, 3 months ago not weeks",
    ] {
        assert_ruling(q, "hamstring_strengthening", Verdict::Depends);
    }
    let q = "Had my ACL reconstruction on March 4th, should I be doing leg curls? EDIT: sorry, the surgery \
             was Feb 4th not March 4th";
    let got = ask_on(q, "2025-03-10");
    assert_eq!(got.understood.elapsed_days, Some(34.0), "{q}");
}

#[test]
fn a_correcting_word_then_the_time_replaces_the_last_one_of_its_kind() {
    for (q, verdict) in [
        (
            "ACLR 3 weeks ago, wait no, 3 months ago. leg curls ok?",
            Verdict::Depends,
        ),
        (
            "ACL reconstruction on Nov 20, can I do leg curls? EDIT: I meant Nov 20 last year",
            Verdict::Avoid,
        ),
        (
            "TKR 2 weeks ago, can I do leg curls? Update: it's now been 7 months",
            Verdict::Avoid,
        ),
        (
            "ACL reconstruction 3 weeks ago... sorry, 3 MONTHS ago. Are leg curls alright?",
            Verdict::Depends,
        ),
        (
            "TKR 4 months ago - actually no, 4 weeks ago. leg curls ok?",
            Verdict::OkForNow,
        ),
    ] {
        assert_ruling(q, "hamstring_strengthening", verdict);
    }
    // A day of the month corrected by another ("the 2nd of last month - no wait, the 12th").
    for (q, days) in [
        (
            "My meniscus op was on the 2nd of last month - no wait, it was the 12th. Can I do leg curls?",
            46.0,
        ),
        (
            "Had my ACL done on the 3rd, no wait, the 13th of this month. leg curls?",
            17.0,
        ),
    ] {
        let got = ask_on(q, "2025-03-30");
        assert_eq!(got.understood.elapsed_days, Some(days), "{q}");
    }
}

#[test]
fn an_apology_that_tells_no_time_corrects_nothing() {
    let q = "Sorry for the long post. TKR 2 weeks ago and my hamstring won't fire. leg curls ok?";
    assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    let q = "ACL reconstruction 3 weeks ago, sorry for rambling. 4 months of rehab ahead. leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(21.0), "{q}");
}

/// An update that tells a new event, a correcting word with no earlier time, and "not" between things
/// that are not times correct nothing.
#[test]
fn nothing_else_is_taken_for_a_correction() {
    let q =
        "tore my ACL 8 months ago. Update: had the reconstruction 2 weeks ago. can I do leg curls?";
    assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    let q = "I mean, I had my meniscus repaired 10 days ago, so are leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(10.0), "{q}");
    let q = "meniscus tear 2 weeks ago, walking not running for now. are leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(14.0), "{q}");
}

/// A unit slipped and put right further on than the words leading to a time ("wait no, looked at my
/// discharge letter, it was 5 days"): the same number in another unit is what was meant, and what the
/// correction says on the way to it is kept.
#[test]
fn a_slipped_unit_put_right_further_on_is_read_as_meant() {
    for (q, days) in [
        (
            "Meniscus repair 5 weeks ago - wait no, looked at my discharge letter, it was 5 days. Leg curls ok?",
            5.0,
        ),
        (
            "TKR 2 weeks ago... sorry, brain fog from the meds, I meant to write that it's 2 months. Leg curls?",
            61.0,
        ),
    ] {
        let got = ask(q, None);
        assert_eq!(
            got.understood.elapsed_days.map(f64::round),
            Some(days),
            "{q}"
        );
    }
    // A limit told on the way to the slipped unit still holds.
    let q = "ACL recon 3 weeks ago, wait no, surgeon says no leg curls and it was 3 days ago. Leg curls ok?";
    let got = ask(q, None);
    assert_eq!(got.understood.elapsed_days, Some(3.0), "{q}");
    assert_eq!(got.verdict, Verdict::NotCovered, "{q}");
    // Another number after the correcting word is no slip of this one; nor is a length of something else
    // with the same number, nor one after an update.
    for (q, days) in [
        ("ACL recon 3 weeks ago, sorry, I also did 10 days of antibiotics after. Leg curls ok?", 21.0),
        ("TKR 2 weeks ago. Sorry for the long post, I've had 2 years of pain before this. Can I start running again?", 14.0),
        ("Meniscus repair 3 weeks ago. Edit: for context, I first tore it 3 years ago playing football. Can I start jogging again?", 21.0),
        ("ACL reconstruction 3 weeks ago, sorry for rambling. 3 months of rehab ahead. leg curls ok?", 21.0),
    ] {
        assert_eq!(ask(q, None).understood.elapsed_days, Some(days), "{q}");
    }
}
