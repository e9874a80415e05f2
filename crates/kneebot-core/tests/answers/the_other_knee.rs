//! Posts that tell of both knees, through the core's public door: an operation on one knee does not set the
//! clock for a one-leg exercise asked about for the other knee, which is ruled by its own problem; an
//! exercise that loads both knees, a ban or a warning sign on the other leg, and a question naming no side
//! still count the operation.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Leg curls asked about for the knee not operated on follow that knee's own problem.
#[test]
fn a_one_leg_exercise_for_the_other_knee_follows_its_own_problem() {
    for q in [
        "Had my left knee replaced 4 weeks ago and that hamstring is weak. My right knee has osteoarthritis. Are hamstring curls ok for the right knee?",
        "ACL reconstruction on the right 3 weeks ago. The left knee has a Baker's cyst. Should I do leg curls with my left leg?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Avoid);
        // The other knee's operation is still named, with its playlist.
        assert!(
            answer.conditions.iter().any(|c| c == "knee_replacement" || c == "acl_tear"),
            "{q}: {:?}",
            answer.conditions
        );
    }
}

/// The operated knee keeps its window, and so does a question that names no side.
#[test]
fn the_operated_knee_or_no_side_named_keeps_the_window() {
    for q in [
        "Left knee replaced 3 weeks ago, the hamstring won't switch on. Should I do hamstring curls on the left leg?",
        "Left TKR 3 weeks ago, hamstring won't fire. My right knee has OA. Are hamstring curls ok?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
}

/// Walking and squats put weight through both knees: the operation still counts.
#[test]
fn an_exercise_that_loads_both_knees_keeps_the_operation() {
    let q = "Meniscus repair on my left knee last week. My right knee has arthritis. Can I walk more for my right knee?";
    common::assert_verdict(q, Verdict::NotCovered);
}

/// A ban or a warning sign told of the other leg still comes first.
#[test]
fn a_ban_or_a_sign_on_the_other_leg_still_counts() {
    let q = "My surgeon said no leg curls for 6 weeks after my left ACL reconstruction 2 weeks ago. My right knee has a meniscus tear. Can I do leg curls with the right leg?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    let q = "Right knee replaced 10 days ago, the calf on that side is hot and swollen. My left knee has arthritis, are leg curls ok for the left knee?";
    common::assert_verdict(q, Verdict::Urgent);
    // A ban on the knee asked about is timed by that knee's clock, not ended by the older operation.
    let q = "Left ACL reconstruction 10 weeks ago, going well. Tore the meniscus in my right knee 2 weeks ago and my physio said no leg curls for 6 weeks. Are leg curls ok for my right leg?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}
