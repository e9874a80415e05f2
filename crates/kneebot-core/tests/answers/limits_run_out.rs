//! A clinician's limit told with its length, through the core's public door: once the days since the
//! dated operation or injury (however long ago) pass that length the exercise is ruled on as usual; a
//! limit that may count from a later day, that is only a least, that has not yet run, or whose operation
//! is undated still holds.

use crate::common;

use common::assert_verdict;
use kneebot_core::Verdict;

#[test]
fn a_limit_whose_told_length_has_passed_no_longer_rules_the_exercise_out() {
    for (q, want) in [
        (
            "Meniscectomy 4 months ago. The surgeon said no squats for 6 weeks. Can I start squatting \
             again?",
            Verdict::Recommended,
        ),
        (
            "ACL recon 5 months ago, surgeon said no running before 12 weeks post op. Walking normally \
             and full range. Am I good to start jogging?",
            Verdict::Recommended,
        ),
        (
            "Had ACL recon with a hamstring graft 5 months ago and the physio banned heavy hamstring work \
             for the first 12 weeks. Full range, walking fine. Can I get back into leg curls?",
            Verdict::Avoid,
        ),
        // The limit's reason after its length ("because of the graft") still leaves the length read.
        (
            "ACL reconstruction 8 weeks ago. Surgeon said no resisted hamstring curls until 6 weeks \
             because of the graft. My hamstring is still really weak. Ok to start curls now?",
            Verdict::OkForNow,
        ),
    ] {
        assert_verdict(q, want);
    }
}

#[test]
fn a_limit_that_may_not_have_run_out_still_holds() {
    for q in [
        // Not yet run: "until 6 months after" is a bound, not the time since the operation.
        "my surgeon said absolutely no running until 6 months after my ACLR. im at 4 months and feel \
         great, can i do a little jog?",
        "ACL recon 10 weeks ago, surgeon said no running before 12 weeks post op. Can I jog?",
        "ACL recon 4 weeks ago, surgeon said no curls until 6 weeks because of the graft. Curls ok?",
        // Counted from a later day, or only a least.
        "Meniscus repair 4 months ago. At my check last week the surgeon said no squats for another 6 \
         weeks. Can I squat?",
        "Meniscus repair 4 months ago. Surgeon said no squats for at least 6 months. Can I squat?",
        // No dated operation: nothing to count from.
        "Surgeon said no squats for 6 weeks after my meniscus repair. Can I squat?",
        // Exactly the length: "for 6 weeks" holds through the sixth week.
        "Meniscus repair 6 weeks ago. Surgeon said no squats for 6 weeks. Can I squat?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn a_limit_told_by_its_last_day_ends_once_that_day_is_gone() {
    for (q, today) in [
        (
            "back in jan i had a meniscus repair and the surgeon said no running till april. walking \
             fine, swelling gone. should i be getting back into jogging now",
            "2025-07-10",
        ),
        (
            "my surgeon said no squats until October after my ACL repair. It's almost December now, can I \
             squat?",
            "2026-11-28",
        ),
        (
            "Meniscus repair in the spring, physio said no running until the end of August. Walking \
             normally, full bend. Can I start jogging?",
            "2026-10-02",
        ),
    ] {
        common::assert_verdict_on(q, today, Verdict::Recommended);
    }
}

#[test]
fn a_limit_whose_last_day_may_not_have_come_still_holds() {
    for (q, today) in [
        // Not yet come, or today itself.
        (
            "back in jan i had a meniscus repair and the surgeon said no running till april. walking \
             fine. should i be getting back into jogging now",
            "2025-03-10",
        ),
        (
            "Meniscus repair in May, physio said no running until the 14th of October. Can I jog?",
            "2026-10-14",
        ),
        // A month long gone may as well be the same month still ahead.
        (
            "ACL repair, surgeon said no running till June. Walking fine. Can I jog?",
            "2027-02-10",
        ),
        // Until a check: what was said at it is not told.
        (
            "Meniscus repair, surgeon said no squats until my check on the 1st of Feb. Can I squat?",
            "2027-02-20",
        ),
        // A day told before the exercise dates something else.
        (
            "I ran fine until March, then tore my meniscus and the surgeon said no running. Can I jog?",
            "2026-07-10",
        ),
    ] {
        common::assert_verdict_on(q, today, Verdict::NotCovered);
    }
}

/// A limit on a position ("no kneeling or squats until 1 March") ends at its told last day too.
#[test]
fn a_limit_on_a_position_ends_at_its_last_day() {
    let q = "Doc said no kneeling or squats until 1 March after my TKR. Can I squat now?";
    common::assert_verdict_on(q, "2026-03-15", Verdict::Recommended);
    let q = "Doc said no kneeling or squats until 1 April after my TKR. Can I squat now?";
    common::assert_verdict_on(q, "2026-03-15", Verdict::NotCovered);
}

/// "For the first couple of months after my TKR" is the limit's length, not the time since the operation;
/// the operation dated elsewhere ("that was back in 2023") is long past it.
#[test]
fn a_limit_for_the_first_months_is_its_length_not_the_time_since() {
    let q = "surgeon said no running for the first couple of months after my TKR. that was back in 2023. \
             walking fine. can I run?";
    let answer = common::assert_verdict_on(q, "2026-03-15", Verdict::Recommended);
    assert!(
        answer.understood.elapsed_days.is_some_and(|d| d > 365.0),
        "{q}"
    );
}

/// A limit's length counts from an injury however long ago it was dated, not only within the weeks an
/// injury is fresh: "no running for 8 weeks after my MCL tear. That was 3 months ago" has run out; the same
/// limit five weeks after the tear, or one told for six months, has not.
#[test]
fn a_limit_counts_from_an_injury_dated_months_ago() {
    for (q, want) in [
        (
            "I was told no running for 8 weeks after my MCL tear. That was 3 months ago. Can I go for a \
             run now?",
            Verdict::Recommended,
        ),
        (
            "Tore my meniscus 10 weeks ago and the physio said no squats for 6 weeks. Are squats ok now?",
            Verdict::Recommended,
        ),
        (
            "Tore my meniscus 5 weeks ago and the physio said no squats for 6 weeks. Are squats ok now?",
            Verdict::NotCovered,
        ),
        (
            "Tore my meniscus 10 weeks ago and the physio said no squats for 6 months. Are squats ok now?",
            Verdict::NotCovered,
        ),
    ] {
        assert_verdict(q, want);
    }
}

/// A limit's length told "after my meniscus repair" ("no squats for 4 weeks after my meniscus repair") is
/// no date of the operation: with nothing else dating it, the phase is asked for.
#[test]
fn a_limits_length_after_the_operation_does_not_date_it() {
    let q = "Surgeon said no squats for 4 weeks after my meniscus repair. Can I do leg curls?";
    assert_verdict(q, Verdict::Depends);
    // A span told without "for" still dates it.
    let q = "5 weeks after my meniscus repair and my hamstring won't fire. Can I do leg curls?";
    assert_verdict(q, Verdict::OkForNow);
}

/// A limit on bearing weight ends as other limits do: told as past with how long it lasted ("was non
/// weight bearing for 6 weeks"), or by a length the days since the dated operation have passed. Told as
/// an order ("was told to be…"), or bounded by a week still ahead ("till week 6", at three weeks), it holds.
#[test]
fn a_limit_on_bearing_weight_ends_when_told_as_past_or_run_out() {
    for q in [
        "Was non weight bearing for 6 weeks after my knee cartilage surgery, got the all clear on Monday \
         to walk without crutches. Is lots of walking good for it now?",
        "Had cartilage surgery 8 weeks ago, non weight bearing for 6 weeks. Is walking good for it now?",
    ] {
        assert_verdict(q, Verdict::Recommended);
    }
    for q in [
        "I was told to be non weight bearing for 6 weeks after my knee cartilage surgery. Is walking \
         good for it now?",
        "Had cartilage surgery 4 weeks ago, non weight bearing for 6 weeks. Is walking good for it now?",
        "cant put weight on it yet, surgeon says toe touch with crutches only till week 6 after my ACL \
         repair, im 3 wks in. should i start walking short bits round the house?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}

/// Clinicians abbreviate the weight-bearing orders (NWB, PWB, TTWB): the abbreviation is the same limit,
/// holding until told as past.
#[test]
fn a_weight_bearing_order_abbreviated_is_the_same_limit() {
    for q in [
        "physio said NWB for 6 weeks after my knee cartilage surgery, I'm 2 weeks in. Can I do body \
         weight squats?",
        "Surgeon has me PWB on crutches after my meniscus repair. Is walking good for it?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
    assert_verdict(
        "Was NWB for 6 weeks after my knee cartilage surgery, got the all clear on Monday to walk \
         without crutches. Is lots of walking good for it now?",
        Verdict::Recommended,
    );
}

/// A limit told on a muscle by how it may be loaded ("nothing heavy for the hammies till March") rules
/// out the work on that muscle until its end; after it, the material's ruling stands.
#[test]
fn a_limit_on_loading_a_muscle_holds_until_its_end() {
    let q = "doc said nothing heavy for the hammies till March after my meniscus repair. I feel great. \
             can I do heavier leg curls?";
    common::assert_verdict_on(q, "2027-02-10", Verdict::NotCovered);
    let after = common::ask_on(q, "2027-05-10");
    assert_ne!(after.verdict, Verdict::NotCovered, "{}", after.guidance);
    // With no word of loading joined to it, the muscle is only named: no limit is told.
    common::assert_verdict_on(
        "doc said my hammies are tight after my meniscus repair. can I do leg curls?",
        "2027-02-10",
        Verdict::Depends,
    );
}
