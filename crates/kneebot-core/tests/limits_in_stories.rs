//! Limits told inside longer stories, through the core's public door: the bend an exercise needs told for
//! whom it is missing, and a clinician's limit in a post that also names the video.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "It won't bend far enough for me to get down into a squat": the bend is missing, whoever it is told of.
#[test]
fn a_bend_not_there_for_the_asker_is_a_limit() {
    let q = "Since my meniscus op the knee just won't bend far enough for me to sink into a deep squat. Should I do squats?";
    let answer = ask(q, None);
    assert_eq!(
        answer.verdict,
        Verdict::NotCovered,
        "{q}: {}",
        answer.guidance
    );
    let q = "Since my meniscus op the knee bends far enough for me to sink into a squat. Should I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// A question whether an exercise would be good "for my knee" asks about the asker's own case, though the
/// story mentions what the video says: the clinician's limit is followed, not the video quoted.
#[test]
fn good_for_my_knee_asks_for_the_asker_though_the_video_is_named() {
    let q = "My GP told me no running after the heart scare. I have arthritis and the video talks about \
             walking or running. Would a gentle jog be good for my knee?";
    let answer = ask(q, None);
    assert_eq!(
        answer.verdict,
        Verdict::NotCovered,
        "{q}: {}",
        answer.guidance
    );
    assert_eq!(answer.understood.intent.as_deref(), Some("advice"), "{q}");
}
