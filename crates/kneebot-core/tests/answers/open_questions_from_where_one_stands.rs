//! Open questions asked from where the asker stands: what to start, go back to or put first, where to start
//! (told inside a sentence), anything else for the problem, and what one is better off avoiding. Each gets
//! the overview.

use crate::common;

use common::ask;

#[test]
fn starting_going_back_or_putting_first_asks_what_to_do() {
    for q in [
        "Had my meniscus repaired and I've basically been on the sofa since. What should I start doing?",
        "Knee OA. I stopped all my exercises over winter cos of the cold. What should I go back to doing?",
        "ACL reconstruction 9 days ago. wouldn't hurt to know where I should be starting, exercise wise?",
        "I don't suppose there's anything for IT band syndrome apart from rest and foam rolling?",
        "Meniscus repair 4 weeks ago. What should I be prioritising now vs leaving for later?",
    ] {
        let got = ask(q, None);
        assert_eq!(
            got.understood.intent.as_deref(),
            Some("overview (what to do)"),
            "{q}"
        );
        assert!(!got.overview.is_empty(), "{q}");
    }
}

#[test]
fn better_off_avoiding_asks_what_to_avoid() {
    let q = "Had a meniscectomy. Anything I'm better off avoiding?";
    let got = ask(q, None);
    assert_eq!(
        got.understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
}
