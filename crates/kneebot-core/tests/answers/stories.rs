//! Which exercise a member's story asks about, through the core's public door: a short question asks about
//! the sentence just before it, or the exercise being added, swapped in or put "in their place"; the sentence
//! ending in "?" decides the topic, "what would you do?" asks for a view on the story, a numbered item points
//! at its own line, an emoticon ends the story, and a yes/no question after a long lead or asked first of
//! walking is the question.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A short question after a story asks about the sentence just before it, dots or not; an exercise
/// dropped there "in their place" of another leaves the new one as the question.
#[test]
fn a_swap_told_just_before_a_short_question_is_asked_about() {
    let q = "My knees have arthritis. Leg curls have been my go-to for years. Thinking of scrapping the curls and doing glute bridges in their place... smart move?";
    common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
}

/// A text emoticon ends a thought like an emoji: the story before it does not run into the question.
#[test]
fn an_emoticon_ends_the_story() {
    let q = "Arthritis in both knees. The exercise bike hurts and my insurance won't pay for more physio :( My question: are glute bridges good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A pasted list typed on one line: the number asked about points at its own item.
#[test]
fn a_numbered_item_on_one_line_is_the_one_asked_about() {
    for (q, topic) in [
        ("1) bridges 2) leg curls. I have OA. is number 2 ok?", "hamstring_strengthening"),
        ("Ex 1: glute bridge Ex 2: wall squat Ex 3: seated leg extension. OA. should I be doing ex 3?", "quad_isolation"),
    ] {
        assert_eq!(ask(q, None).topic.as_deref(), Some(topic), "{q}");
    }
}

/// The exercise followed by "instead" or "in their place" is the one put forward.
#[test]
fn the_exercise_put_in_place_of_another_is_asked_about() {
    let q = "OA in both knees. I was going to do hip thrusts but might do leg curls in their place. sound ok?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    let q = "OA knee. my trainer has me on leg extensions, thinking of doing squats in their place. good idea?";
    assert_eq!(ask(q, None).topic.as_deref(), Some("squats"), "{q}");
}

/// A short question that names nothing ("Do I humour him?") asks about the sentence just before it, even
/// where that sentence also tells how the asker is doing.
#[test]
fn a_short_question_asks_about_the_sentence_before_it() {
    let a = ask(
        "ACL reconstruction 3 years ago, I walk everywhere. My brother says my hamstring is weak and got me a band for curls. Should I listen to him?",
        None,
    );
    assert_eq!(
        a.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{}",
        a.guidance
    );
}

/// The sentence that ends in "?" is the question; a cue sentence after it asks for views on it. A
/// leading "so the question is -" or "or" does not hide a question.
#[test]
fn the_question_mark_sentence_decides_the_topic() {
    let answer = ask(
        "My knee has been sore for weeks and I have been doing leg extensions for it. So the question is - should I go for a couple of slow runs this week, or rest? Planning to keep up the leg extensions but would like other opinions.",
        None,
    );
    assert_eq!(
        answer.topic.as_deref(),
        Some("walking_running"),
        "{}",
        answer.guidance
    );
}

/// "What would you do?" asks the reader's view on the story, not for a list of exercises: after a story of
/// one exercise it is headed by that exercise's ruling; "what would I do" / "what can you do" still ask what to do.
#[test]
fn what_would_you_do_asks_for_a_view_on_the_story() {
    let curls = ask(
        "I have a meniscus tear and have been doing leg curls three times a week for it. What would you do?",
        None,
    );
    assert_eq!(curls.verdict, Verdict::Avoid, "{}", curls.guidance);
    assert_eq!(curls.topic.as_deref(), Some("hamstring_strengthening"));
    for question in [
        "Torn meniscus. What can you do to get stronger?",
        "Torn meniscus. What would I do to get stronger?",
    ] {
        let a = ask(question, None);
        assert!(!a.overview.is_empty(), "{question}: {}", a.guidance);
    }
}

/// "Been doing X and now adding Y. Good idea?": the short question points at the one being added.
#[test]
fn a_short_question_points_at_the_exercise_being_added() {
    for q in [
        "I've got a meniscus tear. Been doing wall sits for a month and I'm adding clamshells. Good idea?",
        "Patellofemoral pain. My routine is squats, now starting banded side steps. Sensible?",
        "Been doing wall sits for my torn meniscus and now adding clamshells, ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.topic.as_deref(),
            Some("glute_strengthening"),
            "{q}: {}",
            answer.guidance
        );
    }
}

/// A long sentence whose last clause opens with a yes/no word asks ("…the gym I've joined - would leg
/// curls help or hurt?"), though a sentence after it tells.
#[test]
fn a_last_clause_that_opens_yes_or_no_asks() {
    let a = ask(
        "My knee arthritis is settling. There's a leg curl machine at the leisure centre I joined last month - would leg curls twice a week help or hurt? The physio's sheet doesn't mention them at all",
        None,
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
    assert_eq!(a.verdict, Verdict::Avoid, "{}", a.guidance);
}

/// A yes/no question after a lead of any length ("for anyone else wondering (because I was too): is it
/// actually ok to…?") asks.
#[test]
fn a_yes_no_question_after_a_long_lead_asks() {
    common::assert_ruling(
        "to anyone else reading who wondered the same (I did too lol): is it really okay to do leg \
         extensions if you have arthritis? asking for me too, mine is in both knees",
        "quad_isolation",
        Verdict::Caution,
    );
}

/// Two exercises asked about in turn: a yes/no question asked of walking ("Is walking ok?") makes it the
/// one asked first, not back-story beside the other; walking only told of stays back-story.
#[test]
fn walking_asked_first_is_the_question() {
    let q =
        "Baker's cyst here. Is walking alright? Also should I drop the leg curls I do at the gym?";
    let got = common::ask(q, None);
    assert_eq!(got.topic.as_deref(), Some("walking_running"), "{q}");
    let q = "Baker's cyst. I walk the dog every day. Should I drop the leg curls I do at the gym?";
    assert_eq!(
        common::ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
}

/// "What still catches me out is getting out of the car" tells what troubles the writer; shaped like a
/// question but without one, it is story, and the question after it decides.
#[test]
fn a_sentence_telling_what_troubles_the_writer_is_story() {
    let q = "Knee replaced last year. What still bothers me is getting out of the car, I have to push up with \
             my arms. Are squats good for that?";
    common::assert_ruling(q, "squats", Verdict::Recommended);
}
