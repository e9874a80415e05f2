//! Words read as the member means them, through the core's public door: everyday words of other Englishes are
//! not typos ("bloke" is no "broke"), an -ing word typed without its g is the word, a soft tissue "broken" is
//! torn, a knee that is "the new one" or "prosthetic" is a replacement, "the back thigh muscle" is the
//! hamstring, and exercises described rather than named (a weight on the ankle and the leg straightened, a
//! band pulling the heel back, heels rolled in on a ball) are the exercises they describe.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Everyday words of British and other Englishes are words, not typos: "bloke" is no "broke" (a trauma),
/// and a CrossFit box is no boxing.
#[test]
fn other_englishes_are_not_typos() {
    let answer = ask(
        "Sore knees at the end of the week, no injury. A bloke at my gym says glute bridges. Good idea?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert!(
        answer.understood.corrections.is_empty(),
        "{:?}",
        answer.understood.corrections
    );
    // A word whose stem is a real word is a form of it, not a typo: "pointe" stays, no "joint".
    let pointe = ask(
        "I dance ballet en pointe and my knees ache. Should I do leg curls?",
        None,
    );
    assert!(
        pointe.understood.corrections.is_empty(),
        "{:?}",
        pointe.understood.corrections
    );
    // A real word behind a prefix is a word too: "unweighted" is not corrected to its opposite, "weighted";
    // a typo of a word is still corrected ("hamstirng").
    let prefixed = ask(
        "Hip arthroscopy 2 weeks ago, the hamstring won't fire. Unweighted hamstirng curls ok?",
        None,
    );
    assert_eq!(
        prefixed.understood.corrections,
        ["hamstirng -> hamstring"],
        "{:?}",
        prefixed.understood.corrections
    );
    let boxed = ask(
        "My knees ache at my crossfit box. Should I do glute bridges?",
        None,
    );
    assert!(
        !boxed.understood.uncovered.iter().any(|u| u == "boxing"),
        "{:?}",
        boxed.understood.uncovered
    );
}

/// Straightening the legs with a weight on "each ankle" is the leg extension, whatever else the post says.
#[test]
fn a_weight_on_each_ankle_is_the_leg_extension() {
    let q = "I have osteoarthritis in the knees. Every evening I sit in my chair with a pound-and-a-half weight \
             on each ankle and straighten my legs out in front of me. Is that a good exercise for me?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"), "{q}");
    assert_eq!(answer.verdict, Verdict::Caution, "{q}: {}", answer.guidance);
}

/// Exercises described, not named: a band looped round the ankle and the heel pulled back, heels rolled
/// in on a ball. "Would these be a good thing for me?" and "is that one wise for me?" ask about them.
#[test]
fn described_curls_and_bridges_asked_about_with_a_pointer() {
    let cases = [
        (
            "I've still got the rubber band from the hospital and I've been carrying on with the one where you \
             loop it round your ankle and pull the heel back. I have arthritis in my knee. Should I keep on with those?",
            "hamstring_strengthening",
        ),
        (
            "I have a Baker's cyst. In Pilates one of them is lying on your back with your heels on a big ball \
             and rolling it in towards your bottom. Is that one wise for me with the cyst?",
            "hamstring_strengthening",
        ),
        (
            "My daughter printed out some bridges for me and I can manage ten at a time now. Would these be a \
             good thing for me to keep up? I have arthritis in the right knee.",
            "glute_strengthening",
        ),
    ];
    for (q, topic) in cases {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
        assert_eq!(answer.understood.intent.as_deref(), Some("advice"), "{q}");
    }
    // "Would it be sensible for her to see a different surgeon?", "would that be a good time to go to A&E?"
    // point ahead, at seeing a doctor.
    for q in [
        "Mum's surgeon says her arthritis is bad enough for a knee replacement, but she only gets pain on \
         long walks. Would it be sensible for her to see a different surgeon first?",
        "Twisted my knee during squats, it's swollen and stiff. Would that be a good time to go to A&E?",
    ] {
        let intent = ask(q, None).understood.intent;
        assert_ne!(intent.as_deref(), Some("advice"), "{q}");
    }
    // A band pulling the leg back for the glutes is no curl.
    let q = "My physio has me loop a band round my ankle and pull my leg back behind me for my glutes. Is that \
             ok with a meniscus tear?";
    assert_ne!(
        ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
}

/// "What else should I be doin besides the walking?", "can i start runnin?": an -ing word typed without
/// its g is the word, so the question is read as if it were spelled out.
#[test]
fn an_ing_word_without_its_g_is_the_word() {
    let q = "Had me left knee replaced 14 months back. I'm walking most days, 5k or so round the lake, no \
             worries there. What else should I be doin besides the walking?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
    assert!(!answer.overview.is_empty(), "{q}");
    let q = "been walkin every day after my acl surgery 3 months ago, can i start runnin?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("walking_running"),
        "{q}"
    );
}

/// The leg extension done at home, told by what one does ("straightening my leg out in the armchair", "a
/// weight on my ankle"), is the leg extension.
#[test]
fn a_leg_extension_done_at_home_is_read() {
    for q in [
        "I sit in my chair with a bag of sugar tied to my ankle, straightening my leg out 50 times a day, for my knee arthritis. Is that good?",
        "With my knee osteoarthritis I've been sitting on the sofa straightening my knee out with a light ankle weight. Should I keep going?",
        "My mum has arthritis in her knees. Every evening she puts on 2 kg ankle weights and kicks her legs out straight 30 times. Is that good for her?",
    ] {
        common::assert_ruling(q, "quad_isolation", Verdict::Caution);
    }
}

/// "My left knee is the new one" names a knee replacement.
#[test]
fn the_new_knee_told_as_the_new_one_is_a_replacement() {
    let q = "My left knee is the new one, done 2 years ago. The right one has arthritis. Are glute bridges good for me?";
    let answer = ask(q, None);
    assert!(
        answer.conditions.iter().any(|c| c == "knee_replacement"),
        "{q}: {:?}",
        answer.conditions
    );
}

/// A soft tissue "broken" ("meniscus broken", "broke my ACL") is a tear, not a broken bone: with no
/// date, it is the ongoing condition.
#[test]
fn a_broken_soft_tissue_is_a_tear() {
    let q = "I have the meniscus broken since long time, the doctor say no need of operation. Are the leg curls good for me?";
    let answer = ask(q, None);
    assert_ne!(answer.understood.event.as_deref(), Some("trauma"), "{q}");
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
}

/// A knee replacement told as the prosthesis ("my knee prosthesis", "a prosthetic knee") is one; a curl
/// told as "bending the leg lying face down" is a hamstring curl.
#[test]
fn a_prosthesis_is_a_replacement_and_a_bend_lying_face_down_is_a_curl() {
    let a = ask(
        "They put in my prosthetic knee five weeks ago. The physio has me bending the leg lying face down with a small weight. Is that fine?",
        None,
    );
    assert!(
        a.conditions.iter().any(|c| c == "knee_replacement"),
        "{:?}",
        a.conditions
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "The back thigh muscle" is the hamstring, not the thigh's front.
#[test]
fn the_back_thigh_muscle_is_the_hamstring() {
    let a = ask(
        "I have arthritis in both knees. Is it good to train my back thigh muscle with a band?",
        None,
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
}

/// A word in another script ending in "in" is no "-in'" spelling of a verb, and reading it does not cut a
/// letter in two (two equal bytes inside one letter once looked like a doubled letter).
#[test]
fn a_word_in_another_script_ending_in_in_is_read_whole() {
    for q in [
        "\u{10D40}\u{1EC71}in",
        "can I do squats? \u{10D40}\u{1EC71}in",
    ] {
        let answer = ask(q, None);
        assert!(!answer.guidance.is_empty(), "{q}");
    }
    // The doubled letter of an ASCII verb is still dropped: "runnin" is "running".
    let answer = ask(
        "is runnin ok after my knee replacement last year? I walk fine",
        None,
    );
    assert_eq!(
        answer.topic.as_deref(),
        Some("walking_running"),
        "{}",
        answer.guidance
    );
}
