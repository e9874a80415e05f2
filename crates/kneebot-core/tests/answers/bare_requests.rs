//! Bare requests ("thoughts?", "any advice?") through the core's public door: what they ask depends on the
//! sentence before them.

use crate::common;

use common::{ask, assert_ruling};
use kneebot_core::Verdict;

/// A bare request of a word or two ("thoughts?", "any advice?") after a sentence that weighs doing an
/// exercise asks about that exercise; after a story it still asks what to do.
#[test]
fn a_bare_request_after_a_weighed_exercise_asks_about_it() {
    let hamstrings = "hamstring_strengthening";
    assert_ruling(
        "Not sure if I should avoid hamstring work after my ACL reconstruction.. thoughts?",
        hamstrings,
        Verdict::Depends,
    );
    assert_ruling(
        "I think I should stop doing leg curls, I had my ACL reconstructed 2 weeks ago. Any advice?",
        hamstrings,
        Verdict::OkForNow,
    );
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
        assert_ruling(q, "squats", Verdict::Recommended);
    }
}
