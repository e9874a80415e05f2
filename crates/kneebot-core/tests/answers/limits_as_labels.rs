//! Limits told as a label and positions the asker cannot take, through the core's public door: "Surgeon: no
//! squats for 8 weeks" (the clinician named, then the limit, as on a protocol sheet) and "I can't lie on my
//! side" (side-lying exercises ruled out). The exercise is never recommended, in a ruling or an overview.

use crate::common;

use common::{ask, overview_verdict};
use kneebot_core::Verdict;

#[test]
fn a_clinician_named_as_a_label_before_the_limit_rules_the_exercise_out() {
    for q in [
        "ACL reconstruction 4 weeks ago. Physio: no running for 12 weeks. Is running ok yet?",
        "Knee replacement last month, consultant - no squats until my review. Can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let open = ask(
        "Meniscus repair 2 weeks ago. My surgeon: no squatting for 6 weeks. What can I be doing?",
        None,
    );
    assert!(
        overview_verdict(&open, "squats").is_none_or(|v| v == Verdict::NotCovered),
        "{:?}",
        overview_verdict(&open, "squats")
    );
    assert!(!open.overview.is_empty(), "{}", open.guidance);
}

#[test]
fn a_side_the_asker_cannot_lie_on_rules_out_side_lying_exercises() {
    for q in [
        "I have arthritis in both knees and my hip is too painful to lie on my side. Are clamshells a good \
         idea?",
        "Can't lie on either side since my shoulder op. With my IT band syndrome should I do side lying leg \
         raises?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    // Lying on one's back is another position: bridges stay recommended.
    common::assert_ruling(
        "I can't lie on my side because of my shoulder. With my knee arthritis are glute bridges good?",
        "glute_strengthening",
        Verdict::Recommended,
    );
}

#[test]
fn a_limit_told_before_the_clinician_who_gave_it_holds() {
    for q in [
        "stay off running for a few weeks, my physio said. I have a meniscus tear. is a gentle jog ok?",
        "Rules from my consultant - no running. Knee arthritis. Is running ok?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn a_position_the_asker_cannot_take_rules_out_the_exercise_named_in_it() {
    common::assert_verdict(
        "ACL reconstruction 10 days ago and I can't lie on my front yet. Are lying ham curls ok?",
        Verdict::NotCovered,
    );
    // Moved to a position they can take, the material's ruling stands.
    common::assert_ruling(
        "I can't lie on my front because of my back. Knee arthritis. My old physio gave me lying hamstring \
         curls, could I do them standing instead?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

#[test]
fn someone_in_a_wheelchair_is_not_told_to_walk() {
    let open = ask(
        "I'm a wheelchair user and have arthritis in both knees. What exercises should I do?",
        None,
    );
    assert!(
        overview_verdict(&open, "walking_running").is_none_or(|v| v == Verdict::NotCovered),
        "{:?}",
        overview_verdict(&open, "walking_running")
    );
    common::assert_verdict(
        "I use a wheelchair since my stroke and have knee arthritis. Is walking good for me?",
        Verdict::NotCovered,
    );
}
