//! Unit tests of diagnosis questions put in few words: what the person has is no video's to tell.

use super::*;

#[test]
fn a_condition_named_alone_after_a_symptom_asks_what_it_is() {
    for q in [
        "grinding under my kneecap when I do goblet squats, doesn't really hurt. chondromalacia?",
        "my knee clicks when I squat. meniscus?",
        "sharp pain on the outside of my knee on long runs. maybe IT band syndrome?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
    // With no symptom told, the condition is what the asker has, and the exercise is what they ask.
    for q in ["leg curls. ACL tear?", "I have chondromalacia. squats?"] {
        assert_eq!(read(q).intent, Some(Intent::Advice), "{q}");
    }
}
