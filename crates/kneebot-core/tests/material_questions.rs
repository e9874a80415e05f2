//! Questions about the video itself in members' words, through the core's public door: what it compares,
//! what it brings up, are answered from the passage that says it.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "Bring up", "refer to" say the question is about the material, like "mention"; "comparison" and
/// "analogy" find where the material says "think of it this way".
#[test]
fn what_the_video_brings_up_or_compares_is_answered_from_it() {
    for (q, word) in [
        ("why does he bring up cake and cigarettes?", "cake"),
        ("what is the point of the car comparison?", "car"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}");
        let first = answer.passages.first().expect("a passage");
        assert!(
            first.text.to_lowercase().contains(word),
            "{q}: {}",
            first.text
        );
    }
}

/// A chat swear that asks what ("wtf is…") asks about the video like "what is…".
#[test]
fn a_swear_that_asks_what_is_a_question_about_the_video() {
    let answer = ask("wtf is the cigarette analogy in the video about?", None);
    assert_eq!(answer.verdict, Verdict::Info);
    let first = answer.passages.first().expect("a passage");
    assert!(first.text.contains("cigarette"), "{}", first.text);
}
