//! Open questions asked as a list, with the "not" before "to", or for the worst ones, through the core's
//! public door: "a list of things NOT to do with a Baker's cyst", "what not to do after ACL surgery", "which
//! exercises are the worst for arthritic knees?", "a list of exercises to do".

mod common;

use common::ask;

/// Each asks for the rulings, what to avoid or what to do, and gets the overview.
#[test]
fn a_list_asked_for_is_an_open_question() {
    for (q, intent) in [
        (
            "Can someone give me a list of things NOT to do with a bakers cyst?",
            "overview (what to avoid)",
        ),
        (
            "what not to do after ACL surgery?",
            "overview (what to avoid)",
        ),
        // The worst ones, asked for, are what to avoid, with what they are for taken in.
        (
            "Which exercises are the worst for arthritic knees?",
            "overview (what to avoid)",
        ),
        (
            "what are the worst exercises for a meniscus tear?",
            "overview (what to avoid)",
        ),
        (
            "Can someone give me a list of exercises to do with a bakers cyst?",
            "overview (what to do)",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some(intent), "{q}");
        assert!(!answer.overview.is_empty(), "{q}: no overview");
    }
}
