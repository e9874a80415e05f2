//! Yes or no questions in shapes the question-finding must not miss, through the core's public door: a
//! long sentence offered for agreement with a tag and no comma ("…basically fine yeah?"), and good form
//! named as the condition of doing an exercise ("ok if I keep good form?"), which asks nothing about form, and
//! a plan told in a long sentence that ends by asking a verdict on it ("… - decent plan or not?").

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A long sentence ending in a word of agreement asks, though a sentence of story follows it; a long
/// sentence of story ending in a hedging "?" still only tells.
#[test]
fn a_long_sentence_ending_in_a_tag_asks() {
    let answer = ask(
        "my gp says my knee osteoarthritis is only early stage so leg curls at the gym are basically fine \
         right? it's not like it's end stage arthritis",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "Are squats ok with good form?" asks whether to squat; "what's the proper form for a squat?" asks how,
/// which the material does not teach.
#[test]
fn good_form_as_a_condition_asks_whether_not_how() {
    for q in [
        "chondromalacia here. my physio friend says squats wreck kneecaps but they're fine as long as I \
         use proper form surely?",
        "I have knee arthritis. Are squats ok if I keep really good form?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}: {}", answer.guidance);
    }
    let how = ask(
        "I have knee arthritis. What's the proper form for a squat?",
        None,
    );
    assert_eq!(how.verdict, Verdict::NotCovered, "{}", how.guidance);
}

/// A long sentence telling a plan, ending in a short clause asking a verdict on it, asks about the plan's
/// exercise, not about one the story tells after it; a claim told with "??" in a long sentence still only
/// tells.
#[test]
fn a_plan_ending_in_a_verdict_asked_is_the_question() {
    let answer = ask(
        "My quad is still smaller than the other. My plan is single leg extensions on the machine to build it \
         back - solid plan or not? I already do squats and lunges too.",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Caution, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    let claim = ask(
        "my knee osteoarthritis flares on stairs and my mate reckons the leg curl machine at his gym is fine?? \
         anyway should I keep doing my glute bridges",
        None,
    );
    assert_eq!(
        claim.topic.as_deref(),
        Some("glute_strengthening"),
        "{}",
        claim.guidance
    );
}

/// A thing named and "yes or no" after a dash asks about the thing; the label and story before it (a sport
/// the material does not cover) only tell.
#[test]
fn a_thing_and_yes_or_no_after_a_dash_asks_about_it() {
    let answer = ask(
        "hockey goalie, old meniscus tear from years back that never got operated on - hamstring curls yay \
         or nay?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// A long sentence naming exercises and ending in a judgement with its verb left out ("… - any good for my
/// knees?") asks about them; a story sentence after it only tells.
#[test]
fn a_judgement_after_a_dash_asks_about_what_the_sentence_named() {
    let answer = ask(
        "clamshells and glute kickbacks from a workout app my sister sent me - any good for my knees? no \
         injury, just sore knees after hockey",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"));
}
