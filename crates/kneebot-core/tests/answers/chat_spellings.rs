//! Words cut short the way people type on a phone, through the core's public door: "smth" is
//! "something", so "IT band thing or smth else?" is a diagnosis question; "tl;dr of…" and "summary of…"
//! ask for what the material says.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn or_smth_else_asks_for_a_diagnosis() {
    for q in [
        "outside of my knee kills when i run, IT band thing or smth else?",
        "outside of my knee kills when i run, IT band thing or sth else?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.verdict,
            Verdict::NotCovered,
            "{q}: {}",
            answer.guidance
        );
        assert!(
            answer.guidance.contains("No video can tell"),
            "{q}: {}",
            answer.guidance
        );
    }
}

#[test]
fn a_summary_asked_for_in_chat_words_is_about_the_material() {
    for q in [
        "tl;dr of the 3 reasons pls, didnt watch the whole thing",
        "summary of the 3 reasons?",
        "summarise the 3 reasons pls",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
        assert!(!answer.passages.is_empty(), "{q}");
    }
}

/// "Wen" is "when": the material's two windows are what is asked for.
#[test]
fn wen_asks_when() {
    let answer = ask("wen does he say hammy work is actually ok", None);
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
    assert!(
        answer.guidance.contains("two short windows"),
        "{}",
        answer.guidance
    );
}
