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
