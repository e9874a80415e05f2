//! Unit tests of calendar references (`calendar.rs`): dates in many forms, counted back from the day asked.

use crate::understand::calendar::{find, Date};

const TODAY: Date = jiff::civil::date(2026, 11, 25);

fn days(text: &str) -> Vec<f64> {
    find(text, TODAY).into_iter().map(|r| r.days).collect()
}

#[test]
fn the_nth_of_a_month_is_that_month() {
    let today = jiff::civil::date(2026, 12, 1);
    let found = find("tkr on the 14th of august, still sore", today);
    // 14 August to 1 December.
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].days, 109.0);
    assert_eq!(find("scope on the 14th", today)[0].days, 17.0);
    // Chat spellings are read as words first: "on the 3rd" arrives as "on the third".
    assert_eq!(
        find("tkr on the third and she is sore", today)[0].days,
        28.0
    );
    assert_eq!(find("op on the twenty first", today)[0].days, 10.0);
    assert!(find("on the second day I walked", today).is_empty());
    // "2nd Feb" arrives as "second feb"; a holiday is its day.
    assert_eq!(find("meniscectomy on second feb", today)[0].days, 302.0);
    assert_eq!(find("tkr on boxing day", today)[0].days, 340.0);
    assert_eq!(
        find("reconstruction on the third of september", today)[0].days,
        89.0
    );
    assert_eq!(find("surgery was november first", today)[0].days, 30.0);
}

#[test]
fn a_year_alone_or_with_its_month() {
    let today = jiff::civil::date(2026, 12, 1);
    // The middle of 2024; 15 March 2025.
    assert_eq!(find("total knee replacement in 2024", today)[0].days, 883.0);
    assert_eq!(find("acl surgery march 2025", today)[0].days, 626.0);
    assert!(find("surgery booked for 2027", today).is_empty());
}

#[test]
fn month_lengths_and_leap_years_count() {
    let on = |y, m, d| find("aclr on february 29th", jiff::civil::date(y, m, d));
    // 2028 is a leap year: the 29th of February 2028 is one day before the 1st of March.
    assert_eq!(on(2028, 3, 1)[0].days, 1.0);
    // In 2027 there is none: the most recent one is 2024's.
    assert_eq!(on(2027, 3, 1)[0].days, 1096.0);
    // A day no month has is no date.
    assert!(find("tkr on 2026-02-30", TODAY).is_empty());
    // "the 31st of last month" in a 30-day month is its last day.
    let r = find(
        "knee scope on the 31st of last month",
        jiff::civil::date(2026, 12, 5),
    );
    assert_eq!(r[0].days, 5.0);
}

#[test]
fn numeric_dates_are_read_where_the_numbers_tell_the_order() {
    // Today is 2026-11-25 in these tests: 15/09/2025 is 436 days before, 9/15/25 the same day.
    assert_eq!(days("meniscus repair 15/09/2025"), vec![436.0]);
    assert_eq!(days("meniscus repair 9/15/25"), vec![436.0]);
    // 03/04/2026 could be March or April: no day is read rather than a guess.
    assert_eq!(days("op on 03/04/2026"), Vec::<f64>::new());
    // A date still to come is no past reference.
    assert_eq!(days("surgery booked 20/12/2026"), Vec::<f64>::new());
}

#[test]
fn reads_calendar_references() {
    let cases: &[(&str, &[f64])] = &[
        ("acl reconstruction on monday", &[2.0]),
        ("meniscus repaired over christmas", &[335.0]),
        // A holiday naming a thing is no day; told as when, it is.
        (
            "fell off a ladder putting up the christmas lights, it swelled",
            &[],
        ),
        ("tore it at the christmas party", &[335.0]),
        ("torn since the 2024 season", &[877.0]),
        ("new knee went in on valentines day", &[284.0]),
        ("tkr at the start of the month", &[24.0]),
        ("aclr back in march", &[255.0]),
        ("tkr in april", &[224.0]),
        ("at the start of the year", &[328.0]),
        ("knee scope on the 10th of this month", &[15.0]),
        ("meniscus repair in early november", &[20.0]),
        ("in february", &[283.0]),
        ("graft done mid september", &[71.0]),
        ("end of last year", &[329.0]),
        ("aclr on october 28th", &[28.0]),
        ("reconstruction on 2026-11-18", &[7.0]),
        ("on the 3rd of november", &[22.0]),
        ("tkr in early may", &[204.0]),
        ("i may do squats", &[]),
        ("last month", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(days(text), *want, "{text}");
    }
}

/// "Thursday gone" and "Tuesday past" are the last such day; "Thursday week gone" and "the Thursday before
/// last" the one a week before it.
#[test]
fn a_weekday_gone_and_the_one_before_last() {
    // Monday 11 May 2026.
    let today = jiff::civil::date(2026, 5, 11);
    assert_eq!(find("op was thursday gone", today)[0].days, 4.0);
    assert_eq!(find("scoped tuesday past", today)[0].days, 6.0);
    assert_eq!(find("got it done thursday week gone", today)[0].days, 11.0);
    assert_eq!(find("the thursday before last", today)[0].days, 11.0);
    assert!(find("thursday is my physio day", today).is_empty());
    // "Two Thursdays ago" is the one before last; "three Thursdays ago" a week before that.
    assert_eq!(find("tore it two thursdays ago", today)[0].days, 11.0);
    assert_eq!(find("op was 3 thursdays ago", today)[0].days, 18.0);
    assert!(find("two thursdays a month", today).is_empty());
}

#[test]
fn a_weekday_a_span_is_completed_on_is_not_the_events_day() {
    // 25 November 2026 is a Wednesday: "on Friday" alone is five days back; "six weeks on Friday" is the
    // day the six weeks are up, so it dates nothing itself.
    assert_eq!(days("had my acl done on friday"), [5.0]);
    assert!(days("six weeks on friday since they did my acl").is_empty());
    assert!(days("it will be three months on monday since my op").is_empty());
}
