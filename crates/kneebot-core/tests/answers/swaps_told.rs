//! A swap the story tells ("swapped my leg extensions for glute bridges", "so I do the leg curl machine
//! twice a week instead") and a short question after it ("Good swap?", "Is that ok for me?"), through the
//! core's public door: the question is about the exercise swapped in, not the one left; and an exercise
//! "replaced" is no operation.

use crate::common;

use common::{ask, assert_ruling, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_short_question_after_a_swap_is_about_the_exercise_swapped_in() {
    for (q, topic, verdict) in [
        (
            "Knee arthritis here. Since March I have swapped my leg extensions for glute bridges. Good swap?",
            "glute_strengthening",
            Verdict::Recommended,
        ),
        (
            "I had OA for years. Last month I replaced my leg curls with hip thrusts. Are those fine?",
            "glute_strengthening",
            Verdict::Recommended,
        ),
        // From one to the other, or one that used to be done.
        (
            "knee OA. switched from squats to leg curls on the machine. is that ok?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
        (
            "knee OA. I used to do leg curls, switched to hip thrusts. good swap?",
            "glute_strengthening",
            Verdict::Recommended,
        ),
        // "Instead" a few words after the exercise, past how often it is done.
        (
            "Meniscus tear last year. Squats scare me so I do the leg curl machine twice a week instead. Is that ok for me?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
    ] {
        let answer = assert_verdict(q, verdict);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
    }
}

/// An exercise "replaced" tells a plan changed, not a knee replacement: no operation to ask the phase of.
#[test]
fn an_exercise_replaced_is_no_operation() {
    let answer = assert_verdict(
        "my physio replaced the leg curls with bridges for my knee OA. should I still do a few leg curls at home?",
        Verdict::Avoid,
    );
    assert_eq!(answer.understood.event, None, "{:?}", answer.understood);
    // The knee itself replaced is one.
    assert_verdict(
        "They replaced my knee 3 weeks ago. Can I do leg curls?",
        Verdict::OkForNow,
    );
}

/// "Took me off leg curls and put me on clamshells. Was she right?": the exercise taken off is set aside,
/// so the question is about the glute work put on (it was ruled on the leg curls: `avoid`).
#[test]
fn an_exercise_taken_off_is_set_aside() {
    let answer = assert_verdict(
        "Meniscus tear last year, no op. My PT took me off leg curls and put me on clamshells. Was she right?",
        Verdict::Recommended,
    );
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"));
}

/// "Should I swap her leg curls for hip thrusts?" (a coach or a parent asking): whose exercise it is does
/// not change which is the new one.
#[test]
fn a_swap_of_someone_elses_exercise_asks_about_the_new_one() {
    for q in [
        "Baker's cyst. Should I swap her leg curls for hip thrusts in our gym block?",
        "Baker's cyst. Should he do hip thrusts instead of his leg curls?",
    ] {
        common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
    }
}

/// "Compared to squats, are leg curls easier…?": what it is compared with is set aside, as after "than".
#[test]
fn what_an_exercise_is_compared_with_is_not_what_is_asked() {
    for q in [
        "Compared to squats, are leg curls easier on my arthritic knee?",
        "Are leg curls gentler on a knee with an old meniscus tear, compared with squats?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
}

/// "Refuses to do anything except his hamstring curls", "nothing but leg curls": the exercise after
/// "except" is the only one done, so a question pointing back at it asks about it; "what can I do except
/// hamstring curls?" still puts them aside.
#[test]
fn the_only_exercise_done_is_not_set_aside() {
    for q in [
        "My dad had his knee replaced 10 weeks ago, he refuses to do anything except his hamstring curls. Should he still be doing those?",
        "Ten weeks after my knee replacement I do nothing but leg curls. Should I keep doing them?",
    ] {
        assert_ruling(q, "hamstring_strengthening", Verdict::Depends);
    }
    let answer = ask(
        "what can I do except hamstring curls after my knee replacement?",
        None,
    );
    assert_ne!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// Something the material does not cover proposed in an exercise's place by a closing "instead" ("squats
/// hurt, so can I use the leg press instead?") is what is asked about: the material does not speak to it,
/// so no go-ahead for the exercise it would replace.
#[test]
fn an_uncovered_thing_proposed_instead_is_what_is_asked() {
    for q in [
        "Lunges are awkward with my arthritis, so could I just do the leg press instead?",
        "squats hurt my kneecap (chondromalacia) so can I use the leg press machine instead?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
    // The exercise itself done another way ("do them with a band instead") is still about the exercise.
    assert_ruling(
        "no machine at home. ok to do leg curls with dumbbells instead? meniscus tear",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

/// The thing put aside may come with a verb of getting or using and an article ("instead of buying a
/// bike", "rather than getting an exercise bike"): it is still put aside, so the question is about what is
/// kept, not about the uncovered bike.
#[test]
fn a_thing_put_aside_past_a_verb_of_getting_is_not_the_question() {
    for q in [
        "8 months since my TKR and walking is decent now. Should I just keep walking instead of buying a bike?",
        "Knee replacement last year, walking well. Should I keep walking rather than getting an exercise bike?",
    ] {
        assert_ruling(q, "walking_running", Verdict::Recommended);
    }
}

/// "Can I swap squats for leg press? squats feel awkward": the thing swapped in, asked about in its own
/// sentence, is what is asked, whatever the next sentence opens with.
#[test]
fn an_uncovered_thing_swapped_in_before_a_new_sentence_is_what_is_asked() {
    for q in [
        "could i swap leg curls for deadlifts? leg curls make my knee ache",
        "can I switch squats for box jumps? squats are boring with my arthritis",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}
