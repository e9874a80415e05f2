//! Days told with their year, through the core's public door: "on 20 November 2025" is a year before
//! today's 20 November, however the day and month are written, and a day that has not come yet dates
//! nothing.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// An operation on a day of last year is a year old (past the early window), not ten days old.
#[test]
fn a_day_told_with_its_year_is_that_year() {
    for day in [
        "on 20 November 2025",
        "on November 20 2025",
        "on November 20th, 2025",
        "on the 20th of November 2025",
    ] {
        let q = format!("I had my ACL reconstructed {day}. Can I do leg curls?");
        let answer = ask(&q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // The same day with no year is the latest one: ten days ago.
    let q = "I had my ACL reconstructed on 20 November. Can I do leg curls?";
    common::assert_verdict(q, Verdict::OkForNow);
    // A number after the day that counts something, or a year the next clause tells of, is no year of it.
    for q in [
        "I had my ACL reconstructed on November 20 2000 steps a day is all I manage. Can I do leg curls?",
        "I had my ACL reconstructed on 20 November, 2025 was the year I first tore it. Can I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
    // A year followed by words of its own clause is still the year.
    let q = "I had my ACL reconstructed on 20 November 2025 x rays look great. Can I do leg curls?";
    common::assert_verdict(q, Verdict::Avoid);
    // A day still to come tells no time: the phase is asked for.
    let q = "I had my ACL reconstructed on 20 November 2027. Can I do leg curls?";
    common::assert_verdict(q, Verdict::Depends);
}

/// "On 6th of this month" needs no "the"; a date whose two numbers could be either order is not read.
#[test]
fn days_told_without_the_are_read_and_numbers_in_either_order_are_not() {
    // Today is 2026-11-30: the 5th of this month is 25 days ago, within the early window.
    let q = "Tore my meniscus on 5th of this month. Should I do leg curls?";
    common::assert_verdict(q, Verdict::OkForNow);
    // "11/03/2026": the 3rd of November or 11 March, both past; the order is a guess, so no day is read.
    let q = "Meniscus repair on 11/03/2026. Should I do leg curls?";
    common::assert_verdict(q, Verdict::Depends);
    // "11/12/2026": one order is still to come, and the post may tell of an operation ahead: not the
    // other order's 12 November (early window), but the tear itself, the ongoing problem.
    let q = "My meniscus repair is on 11/12/2026. Should I do leg curls before it?";
    common::assert_verdict(q, Verdict::Avoid);
}

/// A day told for a return, an appointment or a trip still ahead ("I go back to work on 2 February", "we
/// fly out on the 20th") dates no operation: with no other time, the phase is asked for.
#[test]
fn a_day_ahead_dates_nothing() {
    for q in [
        "Had my meniscus trimmed. I go back to work on 14 December. Should I do leg curls?",
        "Had my meniscus trimmed. My follow up is on 3 December. Should I do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::Depends);
    }
    // A trip told in the present is planned: on 10 July, "the 14th" is the 14th of July, not of June.
    for q in [
        "ACL reconstruction, and I leave for Portugal on the 14th. Are leg curls ok?",
        "ACL reconstruction and we fly to Crete on the 14th. Are leg curls ok?",
    ] {
        assert_eq!(
            common::ask_on(q, "2026-07-10").verdict,
            Verdict::Depends,
            "{q}"
        );
    }
    // A trip told in words the past shares ("when we set off on holiday on the 5th") leaves the day
    // dating the tear: five days ago, a fresh injury.
    let q = "I tore my meniscus jumping off the ferry when we set off on holiday on the 5th. Can I go for a run?";
    assert_ne!(
        common::ask_on(q, "2026-07-10").verdict,
        Verdict::Recommended,
        "{q}"
    );
}

/// "A year ago today I had my ACL reconstructed" dates the operation a year back: the day named after
/// "ago" is its anniversary. Not an injury's anniversary, nor a count run on from another clause, nor
/// with another day named later: then the day dates an event of its own.
#[test]
fn a_count_ago_today_is_the_count() {
    // Today is 2026-11-30: a year back is past the early window and the middle band.
    for q in [
        "A year ago today I had my ACL reconstructed! Do I keep the leg curls in my routine?",
        "Two years ago yesterday I had my ACL reconstructed. Do I keep the leg curls in my routine?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
    // Told apart, or run on from a count that ends another clause, the day tells of its own event.
    for q in [
        "Tore my ACL two years ago. Today I had it reconstructed. Can I do leg curls?",
        "I tore my ACL 2 years ago yesterday i had the reconstruction can i do leg curls",
        "Two years ago today I tore my ACL and I finally had the reconstruction. Can I do leg curls?",
        "A year ago today I had my first ACL reconstruction, yesterday I had the other knee done. Leg curls?",
        "Six months ago today I had my right knee replaced, and 3 weeks ago I had the left one done. Can I do \
         leg curls?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
}

/// Of two dates in one clause, the one right after the operation's word dates it ("tore my ACL in January
/// and had the reconstruction 3 weeks ago"), and "6 months since my meniscus repair today" is six months,
/// told today.
#[test]
fn the_date_told_with_the_operation_dates_it() {
    for (q, days) in [
        (
            "Tore my ACL in March and had the reconstruction 3 weeks ago. Can I do leg curls?",
            21.0,
        ),
        (
            "Exactly 6 months since my ACL reconstruction today! Still doing leg curls, keep going?",
            182.6,
        ),
    ] {
        let elapsed = ask(q, None).understood.elapsed_days.expect("a time");
        assert!((elapsed - days).abs() < 1.0, "{q}: {elapsed}");
    }
}

/// A national holiday dates an operation as a date does: "Bonfire Night" is the 5th of November, "just
/// after Australia Day" late January (today is 2026-11-30).
#[test]
fn a_national_holiday_dates_the_operation() {
    for q in [
        "Had my ACL recon on Bonfire Night, left knee. Are hamstring curls right for me at this stage?",
        "Knee replaced the day after Remembrance Day. Leg curls ok for me now?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
    // The first of July: five months back, the middle band.
    let q = "Meniscus repair on Canada Day. Should I still be doing leg curls?";
    common::assert_verdict(q, Verdict::Depends);
    // The 26th of January: ten months back.
    let q = "Had my ACL recon just after Australia Day. Are hamstring curls right for me at this stage?";
    common::assert_verdict(q, Verdict::Avoid);
    // A year named is that year's day: Anzac Day 2025 is nineteen months back.
    let q = "Meniscus repair on Anzac Day 2025. Should I still be doing leg curls?";
    common::assert_verdict(q, Verdict::Avoid);
    // Named as a thing, not after a word that dates, it dates nothing.
    let q =
        "Got a rower in the Canada Day sale. Had a meniscectomy a while back. Can I do leg curls?";
    common::assert_verdict(q, Verdict::Depends);
}

/// A number of years beside a person is their age ("my husband (58 years)"), not the time since the
/// operation told next.
#[test]
fn years_beside_a_person_are_an_age() {
    let q = "my husband (58 years) had a meniscectomy 3 weeks ago. should he do leg curls?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.elapsed_days, Some(21.0), "{q}");
    assert_eq!(answer.verdict, Verdict::OkForNow);
}

/// "A DVT two weeks after my knee replacement in March": the span counts from the operation, which has a
/// date of its own; alone ("two weeks after my knee replacement and…") it is the time now.
#[test]
fn a_span_after_a_dated_operation_counts_from_it() {
    let answer = ask(
        "Had a clot two weeks after my knee replacement in July. Should I do leg curls?",
        None,
    );
    assert!(
        answer.understood.elapsed_days.is_some_and(|d| d > 100.0),
        "{:?}",
        answer.understood
    );
    let answer = ask(
        "Two weeks after my knee replacement and I can barely bend it. Should I do leg curls?",
        None,
    );
    assert_eq!(answer.understood.elapsed_days, Some(14.0));
}

/// Years beside a person with a word making them a time ("2 years post TKR", "3 years since") are that
/// time, not an age; an age after a comma is an age.
#[test]
fn years_beside_a_person_with_a_time_word_are_a_time() {
    for q in [
        "My wife (2 years post TKR) still does the leg curl machine. Good idea?",
        "my son 2 years out from ACL surgery does nordic curls every week, ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.verdict,
            Verdict::Avoid,
            "{q}: {:?}",
            answer.understood
        );
    }
    let answer = ask(
        "Mum, 72 years, had a knee replacement. Can she do leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{:?}", answer.understood);
}

/// An age told of oneself ("I'm 45 years and…", "Female, 52 years") is an age; "I'm 2 years post op" is a
/// time.
#[test]
fn ones_own_years_are_an_age_unless_a_time_word_follows() {
    let answer = ask("Female, 52 years, knee replacement. Leg curls ok?", None);
    assert_eq!(answer.verdict, Verdict::Depends, "{:?}", answer.understood);
    let answer = ask(
        "I'm 45 years and my knee OA flares. Should I do leg curls?",
        None,
    );
    assert_eq!(answer.understood.elapsed_days, None);
    let answer = ask("I'm 2 years post op ACL. Leg curls?", None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{:?}", answer.understood);
}

/// An operation told in rehab shorthand ("8 months post ACLR,") is dated by its own span: a date told
/// after the comma ("physio signed me off last week") is of something else.
#[test]
fn a_date_past_the_shorthands_comma_is_of_something_else() {
    common::assert_verdict(
        "8 months post ACLR, physio signed me off last week. Can I do leg curls?",
        Verdict::Avoid,
    );
    // Six weeks after the operation is between the windows, not the day after a visit.
    common::assert_verdict(
        "6 weeks post TKR, saw the surgeon yesterday. Can I do leg curls?",
        Verdict::Depends,
    );
}

/// A tear told as what one has ("I have a torn meniscus") is not dated by a sentence before it about
/// something else ("moved house last month."): it is the ongoing condition. Dated in its own sentence, or
/// told as an event, it is fresh.
#[test]
fn a_tear_one_has_is_not_dated_by_a_sentence_before_it() {
    common::assert_verdict(
        "moved house last month. I have a torn meniscus, are leg curls a good idea?",
        Verdict::Avoid,
    );
    common::assert_verdict(
        "I have a torn meniscus from last week. Can I do leg curls?",
        Verdict::OkForNow,
    );
    common::assert_verdict(
        "Tore my meniscus playing football. That was 2 weeks ago. Can I do leg curls?",
        Verdict::OkForNow,
    );
}

/// "6 months post ACLR today": the span is the time since the operation; "today" is when it is told (the
/// operation was read as done today: `ok_for_now` for leg curls at six months).
#[test]
fn rehab_shorthand_told_today_is_the_time_since() {
    let answer = ask(
        "6 months post ACLR today - still doing nordic curls 3x a week. should I keep them in my program?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "15 Aug last year": the day in the year before the one the post is written in, whichever way the day
/// and month are written (it was read as this year's, 24 days before).
#[test]
fn a_day_of_last_year_is_in_last_year() {
    for date in [
        "15 Aug last year",
        "August 15 last year",
        "the 15th of August last year",
    ] {
        let q = format!("My knee replacement was done on {date}. Can I do leg curls?");
        let answer = ask(&q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
}

/// "Saturday week ago" is the Saturday a week before the last one, as "Saturday week gone" is.
#[test]
fn a_weekday_week_ago_is_the_one_before_the_last() {
    // 2026-11-30 is a Monday: the last Saturday is the 28th, the one a week before it the 21st.
    let q = "Got tackled saturday week ago, grade 2 MCL tear. Back of my leg feels weak. Can I do hamstring \
             curls?";
    let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    assert_eq!(answer.understood.elapsed_days, Some(9.0), "{q}");
}

/// A holiday wished ("Happy new year btw!") dates nothing: the operation told "the week after Diwali" (a
/// day the calendar does not place) stays undated, so hamstring work depends on the phase.
#[test]
fn a_holiday_wished_dates_nothing() {
    let q =
        "Got my meniscus trimmed the week after Diwali. Happy new year btw! What exercises do you \
             recommend?";
    assert_eq!(
        common::overview_verdict(&common::ask_on(q, "2026-01-05"), "hamstring_strengthening"),
        Some(kneebot_core::Verdict::Depends),
        "{q}"
    );
}

/// "By day 3 of the trip" is a day of the trip, not three days since an injury; "day 3 of my recovery" is
/// a day since the operation.
#[test]
fn a_day_of_a_trip_is_not_a_day_since_an_injury() {
    common::assert_ruling(
        "IT band syndrome, the outside of my knee gets sore by day 3 of every ski trip. are leg curls ok?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
    common::assert_ruling(
        "ACL reconstruction, day 3 of my recovery. are leg curls ok?",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}

/// A length in a clause that plans ("I'll be off the exercises a few days anyway", "will be away a week")
/// is no time since the operation; one that counts back ("it'll be a fortnight Monday since…") is.
#[test]
fn a_length_in_a_plan_is_no_time_since_the_operation() {
    let answer = ask(
        "Had my knee replaced, surgeon is happy. I'll be off the exercises a few days anyway as we're away. \
         should I keep the hamstring curls going?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
    let answer = ask(
        "It'll be a fortnight Monday since they gave me the new knee. Should I keep on with the hamstring \
         curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "One day" told as some day ("would love to get back to netball one day", "one day my knee just went")
/// is no time since the operation; "one day post-op" is.
#[test]
fn some_day_is_no_day_since_the_operation() {
    let answer = ask(
        "Had my ACL reconstructed, would love to play netball again one day. should I be doing leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
    let answer = ask(
        "one day post op after my ACL reconstruction. leg curls ok?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "The op was Thursday" dates the operation to the last Thursday, as "on Thursday" does; "the op is
/// Thursday" is still ahead and dates nothing.
#[test]
fn an_operation_that_was_on_a_weekday_is_dated() {
    let answer = ask(
        "Home from hospital after my knee replacement (the op was Thursday). Should I be doing the \
         hamstring curls on the sheet?",
        None,
    );
    assert_eq!(
        answer.understood.elapsed_days,
        Some(4.0),
        "{}",
        answer.guidance
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    let ahead = ask(
        "My knee replacement is Thursday. Should I be doing hamstring curls?",
        None,
    );
    assert_eq!(ahead.understood.elapsed_days, None);
}

/// A weekday cut short ("scope last tues") dates the operation as the whole word does.
#[test]
fn a_weekday_cut_short_is_that_weekday() {
    for day in ["tues", "weds", "thurs", "fri"] {
        let answer = ask(&format!("scope last {day}, leg curls ok?"), None);
        let days = answer.understood.elapsed_days;
        assert!(days.is_some_and(|d| d <= 7.0), "{day}: {days:?}");
        assert_eq!(
            answer.verdict,
            Verdict::OkForNow,
            "{day}: {}",
            answer.guidance
        );
    }
}

/// "Physio discharged me last week after 5 months of rehab for my meniscus tear": the day told is the day
/// rehab ended, not the day of the tear, which is months back.
#[test]
fn a_discharge_from_rehab_dates_the_discharge_not_the_injury() {
    for q in [
        "My physio discharged me last week after 5 months of rehab for my meniscus tear, no surgery. Can I \
         do leg curls?",
        "Physio signed me off on Monday after four months of rehab on my torn ACL, never had surgery. Are \
         hamstring curls ok?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
}

/// "Tore my ACL saturday.": a bare weekday ending its clause after something done is that day; one after
/// "booked for" or "every" is a day ahead or a habit.
#[test]
fn a_bare_weekday_after_an_injury_is_its_day() {
    for q in [
        "I tore my ACL saturday, no surgery. Are hamstring curls ok?",
        "teammate did his ACL in the cup final saturday, no surgery date yet. are hamstring curls good or \
         bad for him rn?",
    ] {
        common::assert_verdict_on(q, "2026-04-20", Verdict::OkForNow);
    }
    for q in [
        "My meniscus repair is booked for saturday. Can I do leg curls before then?",
        "I have a meniscus tear and I play football every saturday. Can I do leg curls?",
    ] {
        common::assert_verdict_on(q, "2026-04-20", Verdict::Avoid);
    }
}

/// "In 2023… had the recon that November": a month pointing back ("that", "the same") is of the year
/// written out before it, not the latest one; with no year told it is the latest.
#[test]
fn that_month_is_of_the_year_told_before() {
    for (q, days) in [
        ("Tore my ACL in 2023, couldnt even weight bear for days after, had the recon that November. Are nordics a good idea?", 427.0),
        ("Had my left knee replaced in March 2024 and the right one that same October. Are leg curls ok?", 306.0),
        ("Had my knee replaced that November. Leg curls ok?", 61.0),
    ] {
        let elapsed = common::ask_on(q, "2025-01-15").understood.elapsed_days;
        assert_eq!(elapsed, Some(days), "{q}");
    }
}
