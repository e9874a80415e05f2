//! Open questions asked as a list, with the "not" before "to", or for the worst ones, through the core's
//! public door: "a list of things NOT to do with a Baker's cyst", "what not to do after ACL surgery", "which
//! exercises are the worst for arthritic knees?", "a list of exercises to do".

use crate::common;

use common::ask;

/// Each asks for the rulings, what to avoid or what to do, and gets the overview.
#[test]
fn a_list_asked_for_is_an_open_question() {
    for (q, intent) in [
        (
            "Can someone give me a list of things NOT to do with a bakers cyst?",
            "overview (what to avoid)",
        ),
        (
            "what not to do after ACL surgery?",
            "overview (what to avoid)",
        ),
        // The worst ones, asked for, are what to avoid, with what they are for taken in.
        (
            "Which exercises are the worst for arthritic knees?",
            "overview (what to avoid)",
        ),
        (
            "what are the worst exercises for a meniscus tear?",
            "overview (what to avoid)",
        ),
        (
            "Can someone give me a list of exercises to do with a bakers cyst?",
            "overview (what to do)",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some(intent), "{q}");
        assert!(!answer.overview.is_empty(), "{q}: no overview");
    }
}

/// "How else do I strengthen my knees?" after a limit ("can't walk far because of my hip") asks for the
/// rest: an overview with walking ruled out for them (it was answered on walking alone: `not_covered`).
#[test]
fn how_else_asks_for_the_rest() {
    let answer = ask(
        "can't walk far because of my hip, so how else do I strengthen my knees? arthritis in both",
        None,
    );
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("overview (what to do)")
    );
    let walking = answer
        .overview
        .iter()
        .find(|o| o.topic == "walking_running");
    assert!(
        walking.is_some_and(|o| o.verdict == kneebot_core::Verdict::NotCovered),
        "{:?}",
        answer
            .overview
            .iter()
            .map(|o| (&o.topic, o.verdict))
            .collect::<Vec<_>>()
    );
}

/// "Which exercises aren't good for it?" asks what to avoid (it was read as what to do: `recommended`).
#[test]
fn which_are_not_good_asks_what_to_avoid() {
    for q in [
        "I have a Baker's cyst. which exercises arent good for it?",
        "what exercises are not good for a torn meniscus?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to avoid)"),
            "{q}"
        );
    }
}

/// "Which of these should I be doing?" with the choices on the lines after it: the choices are asked
/// about with it, so every one gets a ruling; a line that reads like a recovery sign ("walking to the end of
/// the road and back") is one of the choices, not where the asker is.
#[test]
fn choices_listed_after_the_question_are_asked_about() {
    let q = "Doc says I've got osteoarthritis in my right knee. Gym membership starts monday, which of these \
             should I actually be doing?\n- leg extension machine\n- lying hamstring curls\n- clamshells \
             with a band\n- bodyweight squats to a bench";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, kneebot_core::Verdict::Recommended, "{q}");
    assert!(answer.overview.len() >= 4, "{q}: {:?}", answer.overview);
    let q = "2 weeks since my knee replacement, still on the walker. which of these can I do?\n- heel \
             slides\n- hamstring curls with a band\n- bridges\n- walking to the end of the road and back";
    let answer = ask(q, None);
    let hamstring = common::overview_verdict(&answer, "hamstring_strengthening");
    assert_eq!(
        hamstring,
        Some(kneebot_core::Verdict::OkForNow),
        "{q}: {:?}",
        answer.overview
    );
    // Told before a question, the same walk is a sign.
    let q =
        "2 weeks since my knee replacement, walking to the end of the road and back now. Can I do \
             hamstring curls with a band?";
    assert_eq!(ask(q, None).verdict, kneebot_core::Verdict::Avoid, "{q}");
}

/// Asked inside a sentence, the asker before the modal ("not sure what I should be doing now", "wondering
/// what she ought to avoid"), or where someone else starts: open questions. "Is that what I should be
/// doing?" points back at one exercise and is not.
#[test]
fn an_open_question_asked_inside_a_sentence_is_one() {
    for (q, intent) in [
        (
            "meniscus tear in my left knee, honestly not sure what I should be doing now",
            "overview (what to do)",
        ),
        (
            "my mum has arthritis in both knees and we're wondering what she really ought to avoid at her gym",
            "overview (what to avoid)",
        ),
        (
            "my daughter had her ACL reconstructed last week. where does she even start?",
            "overview (a request for advice)",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some(intent), "{q}");
        assert!(!answer.overview.is_empty(), "{q}: no overview");
    }
    let one = ask(
        "My gym mates say heavy leg curls protect a torn ACL. I have a torn ACL. Is that what I should be doing?",
        None,
    );
    assert!(one.overview.is_empty(), "{}", one.guidance);
}

/// A plan of several kinds of exercise judged as a whole ("good plan?", "that combo should all be fine
/// right?") gets a ruling on each, leg curls included; "good plan?" about adding one exercise stays that
/// exercise's ruling.
#[test]
fn a_plan_judged_as_a_whole_gets_a_ruling_on_each() {
    for q in [
        "Knee arthritis. Plan is squats, glute bridges and a walk every day. Thats a good plan yeah?",
        "Meniscus tear for ages, no op. Starting a gym routine: leg curls, leg extensions, squats and glute \
         bridges. That combo should all be fine right?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to do)"),
            "{q}"
        );
        assert!(answer.overview.len() >= 3, "{q}: {:?}", answer.overview);
    }
    let adding = ask(
        "Knee arthritis, I want to add leg extensions to my squats. Good plan?",
        None,
    );
    assert_eq!(adding.topic.as_deref(), Some("quad_isolation"));
    assert!(adding.overview.is_empty());
}

/// "Anything I should be cutting out?" in a clause after the story ("walking 8k steps a day - anything…"),
/// or with a word between ("anything I should actually avoid?"), asks what to avoid: an overview, not a
/// ruling on the walking the story tells of.
#[test]
fn anything_to_cut_out_after_the_story_asks_for_an_overview() {
    for q in [
        "knee arthritis, doing about 10k steps a day - anything i should be cutting out?",
        "Torn meniscus from last year, still sore some days. Anything I should definitely avoid?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.verdict,
            kneebot_core::Verdict::Avoid,
            "{q}: {}",
            answer.guidance
        );
        assert!(!answer.overview.is_empty(), "{q}");
    }
}
