//! A clinician's limit told with its length, through the core's public door: once the days since the
//! dated operation pass that length the exercise is ruled on as usual; a limit that may count from a
//! later day, that is only a least, that has not yet run, or whose operation is undated still holds.

mod common;

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
