//! Typo tolerance leaves real words as typed, through the core's public door: names of places and people,
//! informal words the English word list lacks, and words that differ from a vocabulary word in their first
//! letter are not "corrected" into an injury or a sign the post never told.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

fn corrected(q: &str) -> Vec<String> {
    ask(q, None).understood.corrections
}

/// "The young fella at the gym" is a person, not "fells" (a fall): no fresh injury is read from it.
#[test]
fn an_informal_word_is_no_injury() {
    let q = "Both knees are arthritic. Joined a gym on the 2nd and the fella there put leg curls in my plan. Should I do them?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{:?}", answer.understood);
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// A capitalised word inside a sentence is a name: "Leeds" stays Leeds, "Megan" stays Megan.
#[test]
fn names_are_not_corrected() {
    let q = "Knee replacement in May. Drove Megan to Leeds yesterday and the knee was fine. Glute bridges ok?";
    let fixes = corrected(q);
    assert!(
        fixes
            .iter()
            .all(|c| !c.contains("leeds") && !c.contains("megan")),
        "{fixes:?}"
    );
    // The same words opening a sentence are no names, and a real typo next to a name is still corrected.
    let q = "Drove to Leeds after my menicus repair. Glute bridges ok?";
    assert!(corrected(q).iter().any(|c| c.contains("meniscus")), "{q}");
}

/// A word that differs from a vocabulary word only in its first letter is another word ("ramping" is not
/// "cramping", "yikes" is not "bikes"); a sound-alike first letter is still a typo ("sist" for "cyst").
#[test]
fn a_different_first_letter_is_another_word() {
    let q = "I have arthritis and been ramping up my walking slowly, yikes it is hard. Are squats good?";
    let fixes = corrected(q);
    assert!(fixes.is_empty(), "{fixes:?}");
    let q = "My doctor found a bakers sist behind my knee. Are squats good?";
    let answer = ask(q, None);
    assert!(
        answer.conditions.iter().any(|c| c.contains("baker")),
        "{:?}",
        answer.conditions
    );
}

/// A number that counts a length of time stays a number after a word it would otherwise join as chat
/// spelling ("ok 2 go" is "ok to go"; "ok 2 weeks after surgery" is two weeks).
#[test]
fn a_number_counting_time_is_no_chat_spelling() {
    for q in [
        "hamstring curls ok 2 weeks after meniscus surgery?",
        "leg curls safe 2 days after my knee replacement?",
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, Verdict::OkForNow, "{q}: {}", got.guidance);
        assert!(
            got.understood.corrections.is_empty(),
            "{q}: {:?}",
            got.understood.corrections
        );
    }
    assert_eq!(
        corrected("is it ok 2 do squats with knee arthritis"),
        ["2 -> to"]
    );
}

/// "b" after a person is the chat spelling of "be" ("what shud i b doing"); alone ("plan b") it is kept.
#[test]
fn b_after_a_person_is_be() {
    let q = "what shud i b doing for my knee arthritis";
    let got = ask(q, None);
    assert_eq!(
        got.understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
    assert!(corrected("went to plan b for my knee arthritis, are squats ok").is_empty());
}
