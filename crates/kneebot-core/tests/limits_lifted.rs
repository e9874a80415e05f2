//! A limit told as over no longer rules an exercise out: a clinician lifted it, cleared the person, or the
//! time it was set for has passed by the post's own account. A lift asked about, still to come, or for
//! another exercise leaves the limit in place.

mod common;

use kneebot_core::Verdict;

#[test]
fn a_limit_told_as_lifted_no_longer_holds() {
    for q in [
        "Surgeon told me no squatting for the first 8 weeks after my meniscus repair in March. Saw him \
         again in July and he lifted every restriction, I'm walking totally normal now. So are squats good \
         for me now?",
        "surgeon's rule was no squats until 3 months after my meniscectomy. I'm 3 months and a week out \
         and he cleared me at my follow up last week. can i squat now?",
        "Physio said no squatting for six weeks after my meniscus repair. That was in March so I'm well \
         past that now. Are squats good for me?",
        "ortho told me no running for 3 months when i tore my meniscus. that was two years ago so the 3 \
         months is well and truly over. is running ok for me now?",
        "I was told no squats by my physio after my TKR last year. She cleared me for squats last week. \
         Can I squat?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

#[test]
fn a_lift_asked_about_still_to_come_or_for_another_exercise_lifts_nothing() {
    for q in [
        "surgeon said no squats for 6 weeks after my meniscus repair. has the ban been lifted? can i squat \
         now",
        "surgeon said no squats after my meniscus repair until he clears me. can i squat now?",
        "physio said no squats after my knee replacement. she hasn't lifted the restrictions yet, can I \
         squat?",
        "surgeon said no squats for 6 weeks after my meniscus repair. hoping he lifts the ban soon. can i \
         squat?",
        "I was told no squats by my physio after my TKR. She cleared me for walking last week. Can I squat?",
        "my surgeon said no squats and no running after my meniscus repair. at my check he lifted the \
         squat ban but still no running. can I run?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}
