//! Dates and times as members write them, through the core's public door: clinical shorthand ("6/52 post-op",
//! "10/7"), dates with slashes or dots (day first), a month ("last May", "March of last year"), a holiday
//! (Good Friday, Easter last year, "the day after Thanksgiving 2025"), a weekday with its part of the day
//! ("saturday night") and a span with a word between number and unit ("one whole year since my TKR") each
//! date the operation or injury.

use crate::common;

use common::{ask, engine};
use kneebot_core::Verdict;

/// Clinical shorthand and written dates place the operation: "6/52 post-op" is six weeks whatever else
/// the sentence dates ("… today"), "15/11/2026" is a date (day first, since 15 is no month), not
/// fifteen months, and "in March of last year" is a year further back than "in March".
#[test]
fn clinical_shorthand_and_written_dates_place_the_operation() {
    let six_weeks = ask(
        "6/52 post-op L TKA today. Is it ok to do standing hamstring curls with an ankle weight now?",
        None,
    );
    assert_eq!(six_weeks.understood.elapsed_days, Some(42.0));
    assert_eq!(six_weeks.verdict, Verdict::Depends);
    let dated = ask(
        "Partial medial meniscectomy on 15/11/2026. Ok to start hamstring curls?",
        None,
    );
    assert_eq!(dated.understood.elapsed_days, Some(15.0));
    assert_eq!(dated.verdict, Verdict::OkForNow);
    // "In March of last year" is the March before this year's.
    let last_year = ask(
        "I HAD MY KNEE REPLACEMENT IN MARCH OF LAST YEAR. SHOULD I USE THE HAMSTRING CURL MACHINE?",
        None,
    );
    assert!(last_year.understood.elapsed_days.is_some_and(|d| d > 365.0));
    assert_eq!(last_year.verdict, Verdict::Avoid);
}

/// Dates with dots are day, month, year ("02.08.2030"); without a year only after a word that dates ("on
/// 17.11."), since "2.5" is a number.
#[test]
fn dotted_dates_are_day_first() {
    let today = jiff::civil::date(2030, 12, 2);
    let days = |q: &str| {
        engine()
            .answer(q, &kneebot_core::AskOptions::on(today))
            .understood
            .elapsed_days
    };
    assert_eq!(
        days("ACL reconstruction on 02.08.2030. Can I do hamstring curls?"),
        Some(122.0)
    );
    assert_eq!(
        days("I tore my MCL on 17.11., the leg is weak. hamstring curls?"),
        Some(15.0)
    );
    assert_eq!(
        days("ACL reconstruction 2.5 weeks ago. Can I do hamstring curls?"),
        Some(17.5)
    );
}

/// "TKR on 14/7" is the 14th of July (a word that dates comes before it); "10/7 post-op" is still the
/// clinical shorthand for ten days.
#[test]
fn a_day_and_seven_after_on_is_a_date_in_july() {
    let today = jiff::civil::date(2027, 10, 1);
    let dated = kneebot_core::Engine::answer(
        common::engine(),
        "TKR on 14/7, can I do hamstring curls at home?",
        &kneebot_core::AskOptions::on(today),
    );
    assert_eq!(dated.understood.elapsed_days, Some(79.0));
    assert_eq!(dated.verdict, Verdict::Depends);
    let shorthand = kneebot_core::Engine::answer(
        common::engine(),
        "10/7 post-op after my TKR, can I do hamstring curls at home?",
        &kneebot_core::AskOptions::on(today),
    );
    assert_eq!(shorthand.understood.elapsed_days, Some(10.0));
}

/// "Last May" dates the operation (the month "may" is read only where it cannot be the verb).
#[test]
fn last_may_is_a_month() {
    let q = "got my knee replaced last may. put the weight up on the curl machine last week. leg curls ok?";
    let days = ask(q, None).understood.elapsed_days.unwrap_or(0.0);
    assert!(days > 180.0, "{q}: {days}");
}

/// "One whole year since my TKR" is a year, like "one year"; "a good 3 weeks ago" is three weeks.
#[test]
fn a_span_with_a_word_between_number_and_unit() {
    for (q, days) in [
        (
            "Surgiversary today!! one whole year since my TKR. Leg curls ok?",
            365.0,
        ),
        ("ACL surgery a good 3 weeks ago. Leg curls ok?", 21.0),
    ] {
        let elapsed = ask(q, None).understood.elapsed_days.expect("a time");
        assert!((elapsed - days).abs() < 2.0, "{q}: {elapsed}");
    }
}

/// Days told by a holiday fall where that holiday fell: Easter and its days move with the year, a year named
/// after a holiday is that year's ("Thanksgiving 2025").
#[test]
fn holidays_are_dated_in_their_own_year() {
    let days = |q: &str| ask(q, None).understood.elapsed_days;
    // Good Friday 2026 was the 3rd of April: 241 days before 2026-11-30.
    assert_eq!(
        days("Had my ACL reconstructed on Good Friday. Can I do leg curls?"),
        Some(241.0)
    );
    assert_eq!(
        days("Knee replaced on Easter Monday, are squats ok?"),
        Some(238.0)
    );
    // Thanksgiving 2025 was the 27th of November.
    assert_eq!(
        days("My ACL surgery was the day after Thanksgiving 2025. Leg curls ok now?"),
        Some(368.0)
    );
}

/// "A good Friday" is a Friday that went well; a holiday "last year" is last year's.
#[test]
fn holiday_look_alikes_and_last_years_holidays() {
    let days = |q: &str| ask(q, None).understood.elapsed_days;
    assert!(
        days("Had my meniscus repair on a good friday last week, can I do leg curls?")
            .is_some_and(|d| d < 30.0)
    );
    // Easter 2025 was the 20th of April.
    assert_eq!(
        days("ACL surgery at Easter last year, can I do leg curls?"),
        Some(589.0)
    );
}

/// A weekday told with its date ("on Tuesday 3rd February", "Friday, March 6") is that date, not the last
/// such weekday; a weekday alone is still the last one.
#[test]
fn a_weekday_told_with_its_date_is_that_date() {
    let days = |q: &str| common::ask_on(q, "2026-04-20").understood.elapsed_days;
    assert_eq!(
        days("My knee was replaced on Tuesday 3rd February. Can I do leg curls?"),
        Some(76.0)
    );
    assert_eq!(
        days("ACL surgery was on Friday, March 6. Are bridges ok?"),
        Some(45.0)
    );
    assert_eq!(
        days("ACL surgery was on Friday. Are bridges ok?"),
        Some(3.0)
    );
}

/// A weekday with its part of the day ("at netball saturday night") or its doing ("saturday skiing") is
/// that day, with no "on" before it: the twist is days old, so a knee stuck since is the warning sign,
/// whatever older injury the post tells.
#[test]
fn a_weekday_with_its_part_of_the_day_dates_the_injury() {
    for q in [
        "Twisted my knee at netball saturday night and now its stuck, cant straighten it at all. Same \
         knee I did my ACL in 3 yrs ago. can i do squats?",
        "Went over on my knee at football Tuesday evening, it's locked and I can't straighten it. I tore \
         my meniscus 2 years ago. Are glute bridges ok?",
    ] {
        common::assert_verdict_on(q, "2026-10-18", Verdict::Urgent);
    }
    // ...and with what was being done then ("saturday skiing"): the tear is days old, the early window.
    common::assert_verdict_on(
        "tore my mcl saturday skiing :( can i do leg curls",
        "2026-10-20",
        Verdict::OkForNow,
    );
    // A weekday before a thing ("the monday thing") tells no day: the tear stays undated.
    let undated = common::ask_on(
        "tore my mcl, the monday thing at the gym is squats. can i do leg curls",
        "2026-10-20",
    );
    assert_eq!(
        undated.understood.elapsed_days, None,
        "{}",
        undated.guidance
    );
}

/// A season dates what happened in it: its middle the last time it came round ("back in the spring", asked
/// in November, is seven months back, so a repair then with the rehab done is past the window), or the
/// season of the year named ("summer 2024"). The season it is now ("now in winter I go to the gym") dates
/// nothing, and a post that says it is spring in October counts in the southern year.
#[test]
fn a_season_dates_what_happened_in_it() {
    let spring = common::ask_on(
        "had a meniscus repair back in the spring, did all my PT. Watched this video last night. Should I keep up the hamstring curls?",
        "2026-11-10",
    );
    assert_eq!(spring.understood.elapsed_days, Some(209.0));
    assert_eq!(spring.verdict, Verdict::Avoid);
    let summer = common::ask_on(
        "had my hip replaced back in the summer and now the knee on that side grumbles. Worth adding lying leg curls?",
        "2025-03-15",
    );
    assert_eq!(summer.verdict, Verdict::Avoid);
    let year_named = common::ask_on(
        "had ACLR in summer 2024, did all my rehab. should i add lying leg curls?",
        "2026-11-30",
    );
    assert_eq!(year_named.understood.elapsed_days, Some(867.0));
    let now = common::ask_on(
        "I tore my ACL in summer 2036 and decided on no operation. Now in winter I go to the fitness studio. Is the hamstring curl machine good?",
        "2037-12-19",
    );
    assert_eq!(now.verdict, Verdict::Avoid);
    // "It's spring now" in October: the southern winter ended in August, two months back.
    let southern = common::ask_on(
        "had my knee replaced in the winter just gone, it's spring now. Can I do hamstring curls?",
        "2025-10-05",
    );
    assert_eq!(southern.understood.elapsed_days, Some(81.0));
}

/// "Saw the video pinned in here", "someone pinned this video": a post kept at the top of a channel, no
/// bone pinned, so no operation is told.
#[test]
fn a_video_pinned_in_a_channel_tells_no_operation() {
    for q in [
        "Got arthritis in my knee. Saw the video pinned in here. Should I keep the leg curls in?",
        "Arthritic knee. Then someone pinned this video and now I'm second guessing. Should I keep the leg curls in?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.event, None, "{q}");
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    }
}
