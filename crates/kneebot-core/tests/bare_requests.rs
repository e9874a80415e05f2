//! Bare requests ("thoughts?", "any advice?") through the core's public door: what they ask depends on the
//! sentence before them.

mod common;

use common::ask;

/// A bare request of a word or two ("thoughts?", "any advice?") after a sentence that weighs doing an
/// exercise asks about that exercise; after a story it still asks what to do.
#[test]
fn a_bare_request_after_a_weighed_exercise_asks_about_it() {
    for q in [
        "Not sure if I should avoid hamstring work after my ACL reconstruction.. thoughts?",
        "I think I should stop doing leg curls, I had my ACL reconstructed last month. Any advice?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.topic.as_deref(),
            Some("hamstring_strengthening"),
            "{q}: {}",
            answer.guidance
        );
        assert!(answer.overview.is_empty(), "{q}: {:?}", answer.overview);
    }
    let answer = ask("I tore my ACL running last week. Thoughts?", None);
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
}

/// "…but with a meniscus tear from 2 yrs ago, should i??": a bare "should I" at the end stands for the
/// exercise the story just told of.
#[test]
fn a_bare_should_i_asks_about_the_exercise_told() {
    for q in [
        "im not saying im gonna stop squatting... but with a meniscus tear from like 2 yrs ago, should i??",
        "I do squats. with a meniscus tear from 2 yrs ago, should i?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}: {}", answer.guidance);
        assert_eq!(answer.verdict, kneebot_core::Verdict::Recommended, "{q}");
    }
}
