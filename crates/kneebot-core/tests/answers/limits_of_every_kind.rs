//! A limit on every kind of an exercise ("I can't do any kind of glute bridge", "no sort of squat") rules
//! that exercise out as the bare limit does: the bot never recommends what the asker cannot do.

use crate::common;

use kneebot_core::Verdict;

#[test]
fn a_limit_on_any_kind_of_an_exercise_rules_it_out() {
    for q in [
        "can't do any kind of glute bridge, my lower back seizes up every time (knee OA) - should I still \
         be doing them somehow?",
        "I cannot do any type of squat because of my back. I have knee arthritis. Should I still squat?",
        "my surgeon said no sort of leg curl for now after my ACL repair, are they ok?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// The same words with no limit before them change nothing: the exercise keeps the material's ruling.
#[test]
fn every_kind_of_an_exercise_without_a_limit_keeps_its_ruling() {
    common::assert_verdict(
        "I have knee arthritis. Is any kind of glute bridge good for me?",
        Verdict::Recommended,
    );
}
