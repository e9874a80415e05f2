//! Unit tests of exercises pointed at by their place in a list or as the new one (`pointers.rs`).

use super::*;

#[test]
fn a_place_in_a_list_points_at_that_exercise() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Our plan is lying leg curls, box jumps and back squats. I have a meniscus tear. Coach is strictest about the first one, is it a good idea for me?",
            Some("hamstring_strengthening"),
        ),
        (
            "My gym program for knee OA: 10 min warm up, bridges, wall sits, then seated hamstring curls. The trainer only added that last one this week. Should I be doing it?",
            Some("hamstring_strengthening"),
        ),
        (
            "I'm back at the gym doing leg press, the hamstring curl machine and some squats. Is that middle one still ok?",
            Some("hamstring_strengthening"),
        ),
        // The one added lately, wherever it stands in the list.
        (
            "tkr was 5 weeks ago. pt has me doing heel slides, quad sets and since monday glute squeezes. is the new one ok?",
            Some("glute_strengthening"),
        ),
        (
            "Tore my ACL in 2023. I walk 5k most days, do bodyweight squats, and last week I added glute bridges. is that new one ok?",
            Some("glute_strengthening"),
        ),
        // A sport named before the list is not on it: the first exercise is still the first.
        (
            "Our tennis plan is lying leg curls and back squats. I have a meniscus tear. Is the first one a good idea for me?",
            Some("hamstring_strengthening"),
        ),
        // Nothing points: the first exercise the story names, as before.
        (
            "I do leg curls and squats for my OA. Is that ok?",
            Some("hamstring_strengthening"),
        ),
    ];
    for (q, want) in cases {
        assert_eq!(topic(&read(q)), *want, "{q}");
    }
}

/// A pointer stands in only for a question that names no exercise of its own, and only where the list is
/// counted whole: "the last one" may be a surgery, "the new one" a knee, and an exercise the vocabulary does
/// not know ("lunges", "burpees") holds a place the count would miss.
#[test]
fn a_pointer_does_not_override_the_question_or_guess() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "I had two knee surgeries. I do squats, leg extensions and bridges. The last one was in March. My surgeon said no running yet. Is it ok to run?",
            Some("walking_running"),
        ),
        (
            "Old TKR on the left from 2020, right one replaced 3 weeks ago. Physio added leg curls last week. Is the new one ready for running?",
            Some("walking_running"),
        ),
    ];
    for (q, want) in cases {
        assert_eq!(topic(&read(q)), *want, "{q}");
    }
    // Burpees are last, though the vocabulary does not know them: not leg extensions.
    let q = "PT has me on bridges, leg extensions and burpees. Is the last one safe this early?";
    assert_ne!(topic(&read(q)), Some("quad_isolation"), "{q}");
    // What the asker wants replaced, told after "instead", is not put forward.
    let q = "What should I do instead, squats just make my knee worse?";
    assert_ne!(topic(&read(q)), Some("squats"), "{q}");
}

/// A place in a list that holds something the material does not cover ("…and lunges. Is the last one
/// ok?") points at that thing: the question asks about it, not about the first exercise named. Lunges are
/// known by their words as written, so "lung cancer" names no lunge.
#[test]
fn a_place_holding_an_uncovered_thing_asks_about_it() {
    let u = read("I do squats, glute bridges and lunges. Is the last one ok?");
    assert_eq!(topic(&u), None);
    assert!(u.asks_about_uncovered);
    assert_eq!(u.uncovered_asked, ["lunges"]);
    let u = read("I do lunges, glute bridges and squats. Is the last one ok?");
    assert_eq!(topic(&u), Some("squats"));
    let u = read("are lunges ok for my knee?");
    assert_eq!(u.uncovered, ["lunges"]);
    let u = read("he compares it to smoking and lung cancer, what does he mean?");
    assert!(u.uncovered.is_empty());
}

#[test]
fn a_numbered_item_points_at_its_line() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "from my physio's handout:\n> Ex 1: Bridges, 2x10\n> Ex 2: Band leg curl, 3x15\nI have knee arthritis. Should I be doing ex 2?",
            Some("hamstring_strengthening"),
        ),
        (
            "My list:\n1) wall squats\n2) leg extensions\n3) bridges\nKnee OA here. Is number 3 alright?",
            Some("glute_strengthening"),
        ),
        // A number the post gives no line for points at nothing.
        ("Arthritis in my knee. Is exercise 3 ok?", None),
    ];
    for (q, want) in cases {
        assert_eq!(topic(&read(q)), *want, "{q}");
    }
}

#[test]
fn good_idea_at_this_stage_points_back_at_the_exercise_told() {
    let u = read(
        "ACL op six weeks ago. I'd normally hit the lying leg curl machine first. Good idea at this stage or not?",
    );
    assert_eq!(u.intent, Some(Intent::Advice));
    assert_eq!(topic(&u), Some("hamstring_strengthening"));
    let u =
        read("ACL op six weeks ago. I'd normally hit the lying leg curl machine first. Ok yet?");
    assert_eq!(u.intent, Some(Intent::Advice));
}
