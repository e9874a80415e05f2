//! Questions of how much is too much, and of what to put first. "How do I know if I'm doing too many?",
//! "what counts as overdoing it with leg extensions?" ask whether the asker's own doing is right, which the
//! exercise's ruling answers (the material warns against overdoing quad work); they are not questions about
//! the material. "Should glutes be the main focus?" names the muscle as what the training puts first, so it
//! asks about training it.

use crate::common;

use common::{ask, assert_ruling};
use kneebot_core::Verdict;

#[test]
fn too_much_of_ones_own_exercise_gets_its_ruling() {
    for (q, topic, want) in [
        (
            "my physio has me on leg extensions, 3 sets every day. how can I tell if I'm doing too many?",
            "quad_isolation",
            Verdict::Caution,
        ),
        (
            "how much is too much with leg extensions? knee arthritis, going most days",
            "quad_isolation",
            Verdict::Caution,
        ),
        (
            "old meniscus tear, never operated. I do leg curls every day, am I overdoing it?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
    ] {
        let got = assert_ruling(q, topic, want);
        assert_ne!(got.understood.intent.as_deref(), Some("info"), "{q}");
    }
}

/// What the video says about overdoing is still a question about the video.
#[test]
fn too_much_asked_of_the_video_stays_a_question_about_it() {
    let q = "why does he say people overdo the quads?";
    assert_eq!(ask(q, None).verdict, Verdict::Info, "{q}");
}

#[test]
fn a_muscle_put_first_asks_about_training_it() {
    for q in [
        "knee arthritis. should glutes be the main focus of my training?",
        "torn ACL a few years back, no surgery. is it worth making glutes the priority on leg day?",
    ] {
        assert_ruling(q, "glute_strengthening", Verdict::Recommended);
    }
}

/// A muscle worked, whoever's it is ("should I be working my glutes?", "is it ok to work her hamstrings?"),
/// asks about training it.
#[test]
fn a_muscle_worked_asks_about_training_it() {
    assert_ruling(
        "I have a meniscus tear. should I be working my glutes more?",
        "glute_strengthening",
        Verdict::Recommended,
    );
    assert_ruling(
        "my mum has knee arthritis, is it ok to work her hamstrings on the curl machine?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}
