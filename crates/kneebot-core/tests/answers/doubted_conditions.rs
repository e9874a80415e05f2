//! A condition the asker doubts ("pretty sure it's not a meniscus tear", "I hope I haven't torn my ACL"),
//! through the core's public door: no ruling rests on it, but a question whether it could be that asks
//! about it, so the answer names it (and links its playlist). A finding that rules it out names nothing.

use crate::common;

use common::{ask, assert_diagnosis};

fn named(q: &str, id: &str) -> bool {
    ask(q, None).conditions.iter().any(|c| c == id)
}

#[test]
fn a_diagnosis_question_names_the_condition_it_doubts() {
    for (q, id) in [
        (
            "I really hope I haven't torn my meniscus. knee locks now and then. does that sound like one?",
            "meniscus_tear",
        ),
        (
            "I don't think it's arthritis, I'm only 35, but does it sound like it? both knees creak on the \
             stairs",
            "knee_osteoarthritis",
        ),
        (
            "I hope it's not a baker's cyst. there's a soft lump behind my knee. is that what it is?",
            "bakers_cyst",
        ),
    ] {
        assert_diagnosis(q);
        assert!(named(q, id), "{q}: {:?}", ask(q, None).conditions);
    }
}

/// Asked for a ruling, the doubt still keeps the condition out of it; a scan's finding never names it.
#[test]
fn a_doubt_outside_a_diagnosis_question_and_a_finding_name_nothing() {
    let q = "I don't think it's arthritis, just stiff in the mornings. can I do leg curls?";
    assert!(!named(q, "knee_osteoarthritis"), "{q}");
    let q = "the MRI ruled out a meniscus tear. could it be my cartilage then?";
    assert_diagnosis(q);
    assert!(!named(q, "meniscus_tear"), "{q}");
}
