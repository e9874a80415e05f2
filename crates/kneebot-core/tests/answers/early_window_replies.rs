//! Replies right after surgery or a trauma: the material recommends squats but gives no date for starting
//! them, so the reply says the clinician says when (as it does for walking); the caution on isolated quad
//! work cites the material's reason for caution, not the passage about the exception.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn squats_right_after_surgery_or_a_trauma_leave_the_start_to_the_clinician() {
    let q = "broke my kneecap 10 days ago, no surgery, in a brace. what exercises should I do?";
    let got = ask(q, None);
    let squats = got.overview.iter().find(|o| o.topic == "squats");
    assert!(
        squats.is_some_and(|o| o.verdict == Verdict::Recommended
            && o.guidance.contains("your clinician says when")),
        "{q}: {:?}",
        squats
    );
    let q = "had my meniscus repaired 10 days ago, are squats ok?";
    let got = ask(q, None);
    assert_eq!(got.verdict, Verdict::Recommended, "{q}");
    assert!(
        got.guidance.contains("clinician says when"),
        "{q}: {}",
        got.guidance
    );
    // Later, no hedge is needed.
    let q = "knee OA, are squats ok?";
    assert!(
        !ask(q, None).guidance.contains("clinician says when"),
        "{q}"
    );
}

#[test]
fn the_early_quad_caution_cites_its_own_reason() {
    let q = "ACL reconstruction 2 weeks ago. what exercises should I do?";
    let got = ask(q, None);
    let quads = got.overview.iter().find(|o| o.topic == "quad_isolation");
    assert!(
        quads.is_some_and(|o| o.verdict == Verdict::Caution && o.passage.contains("over dominant")),
        "{q}: {:?}",
        quads
    );
}
