//! Warning signs as members tell them, through the core's public door: a sign comes before any exercise
//! advice, also when the post tells the injury and the sign in different sentences, or the injury is a blow.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// People tell what happened, then what the knee did: the swelling's cause may be a sentence or two before
/// the swelling, and the post may be about someone else.
#[test]
fn a_sign_told_after_its_cause_is_urgent() {
    for q in [
        "I twisted my knee this morning. Within about an hour it swelled up like a balloon. Should I do squats?",
        "My husband slipped on the ice today and twisted his knee. An hour later it had blown up massively. What exercises should he do?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
        assert!(answer.overview.is_empty(), "{q}: no exercise list beside a warning sign");
    }
    // Swelling with no injury told near it is not the sudden swelling after an injury.
    let answer = ask(
        "My knee swelled up a lot after my long walk. Should I do squats?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent);
}

/// A blow to the knee is an injury: a knee stuck bent after it is a warning sign.
#[test]
fn a_blow_to_the_knee_is_an_injury() {
    for q in [
        "Daughter took a hockey stick to the knee yesterday and now it's stuck bent, she can't straighten it at all. Should she stretch it out?",
        "got kicked in the knee at football last night and now I can't straighten it, any exercises?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
    }
}

/// "..." and "!!" leave empty pieces between sentences: they do not put the cause out of reach.
#[test]
fn an_ellipsis_does_not_part_a_sign_from_its_cause() {
    let answer = ask(
        "Twisted it this morning... within an hour it had blown up!! Should I do squats?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent);
}

/// A wound that has come apart, told in everyday words, is a warning sign.
#[test]
fn a_wound_come_apart_is_urgent() {
    let answer = ask(
        "Knee replacement 10 days ago. The bottom of the wound has come apart a bit where a staple was. \
         Should I keep doing my bridges?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Urgent);
}
