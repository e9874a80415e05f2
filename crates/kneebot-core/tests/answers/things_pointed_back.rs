//! A short question pointing back at the thing done in the story, where an exercise is only when it is
//! done ("wear a knee sleeve when I run. Should I?", "icing my knee after every walk, should I keep doing
//! that?", "put me on naproxen… ok to take it before my walk?"), or an exercise done in a thing worn
//! ("running in a knee brace?"), through the core's public door: the thing is asked about, and the
//! material does not cover it. A question pointing back at the exercise itself keeps its ruling.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn the_thing_done_around_an_exercise_is_what_is_asked() {
    for (q, thing) in [
        (
            "My coach wants me to wear a compression sleeve whenever I run because of my runner's knee. \
             Should I?",
            "sleeve",
        ),
        (
            "I have arthritis and I've been heat-free but icing my knee before every walk. Is that ok to \
             keep doing?",
            "ice",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        assert!(
            answer.guidance.to_lowercase().contains(thing),
            "{q}: {}",
            answer.guidance
        );
    }
}

#[test]
fn the_exercise_itself_pointed_back_at_keeps_its_ruling() {
    for q in [
        // A band used for the exercise is its equipment, and the question asks about doing it.
        "I have arthritis and my physio gave me a resistance band for glute bridges. Should I be doing them \
         every day?",
        // The exercise told as what is done, the thing beside it as well: the exercise is asked about.
        "I have arthritis and I do squats every morning. Should I?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}: {}", answer.guidance);
    }
    // "What should I do?" asks for the plan, not about the ice the story tells of.
    let open = ask(
        "Arthritic knees, icing them after every walk isn't helping much. What should I be doing?",
        None,
    );
    assert!(!open.overview.is_empty(), "{}", open.guidance);
}

/// A thing taken or a doing named in more than one word ("I take paracetamol…", "foam rolling…") is the
/// thing done, and a label between it and the question ("Knee OA, 61.") does not hide it.
#[test]
fn a_thing_taken_past_a_label_is_still_what_is_pointed_back_at() {
    for q in [
        "I take paracetamol before my walks so the knee behaves. Knee OA, 61. Fine to carry on with that?",
        "been foam rolling my thigh after every run for my runner's knee. keep it up?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
    }
}

/// A thing used that the question only points back at ("take it", "wear it"), with an exercise named in
/// the question only as its occasion ("before I go for my walk", "when I run"): the thing is asked about.
#[test]
fn a_thing_used_and_pointed_back_at_is_asked_about_past_its_occasion() {
    for (q, thing) in [
        (
            "GP put me on naproxen for my knee arthritis and told me to keep moving. Is it ok to take it \
             before I go for my walk or better after?",
            "naproxen",
        ),
        ("I bought a knee sleeve. Can I wear it when I run?", "sleeve"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        assert!(answer.guidance.contains(thing), "{q}: {}", answer.guidance);
    }
}

/// An exercise done in a thing worn ("running in a knee brace") asks about the thing worn.
#[test]
fn an_exercise_done_in_a_thing_worn_asks_about_the_thing() {
    let q = "ACL recon 8 months ago, back jogging. Should I be running in a knee brace or is that a crutch?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    assert!(answer.guidance.contains("brace"), "{}", answer.guidance);
}

/// A strap worn beside a condition's name ("one of those IT band straps") is asked about, and the
/// condition is still named; ankle weights strapped on are no strap.
#[test]
fn a_strap_worn_is_asked_about_beside_the_condition() {
    let answer = ask(
        "Should I wear one of those IT band straps when I run? Seen a few in the club wearing them",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    assert!(answer.guidance.contains("strap"), "{}", answer.guidance);
    assert_eq!(answer.conditions, vec!["it_band_syndrome".to_string()]);
    let weights = ask(
        "got my acl surgically repaired 10 days ago. would strapping on ankle weights n curling my heel to my butt be alright",
        None,
    );
    assert_ne!(weights.verdict, Verdict::NotCovered, "{}", weights.guidance);
}

/// A thing the story adds after the exercises it tells ("doing squats and bridges… my sister says I
/// should add swimming laps on top") is what a short question points at.
#[test]
fn a_thing_added_after_the_exercises_told_is_what_is_asked() {
    let answer = ask(
        "knee OA here. I'm doing squats and bridges like the video says and my sister says I should add \
         swimming laps on top. is that a good idea?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    assert!(answer.guidance.contains("swimming"), "{}", answer.guidance);
}

/// "Am I doing myself harm with those?": whether the exercise the story told of does harm is its ruling.
#[test]
fn harm_done_by_the_exercise_pointed_back_at_is_its_ruling() {
    for q in [
        "Knee replacement was 9 months ago. I do lying leg curls with a 2kg weight most nights. Am I doing myself harm with those?",
        "Arthritis in my knee, I do the hamstring curl machine twice a week. Could I be damaging my knee doing them?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
    // A go-ahead answers it without "Yes:", which would read as "yes, you are doing harm".
    let q = "I do squats every morning since my meniscus tear. Am I doing myself harm with those?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
    assert!(
        !answer.guidance.starts_with("Yes"),
        "{q}: {}",
        answer.guidance
    );
}
