//! Unit tests of reading elapsed time (`timeline.rs`).

use crate::test_support::shipped_knowledge as knowledge;
use crate::understand::timeline::*;

fn days(text: &str) -> Vec<f64> {
    find(
        text,
        jiff::civil::date(2026, 11, 25),
        &knowledge().vocabulary.time,
    )
    .into_iter()
    .map(|e| (e.days * 10.0).round() / 10.0)
    .collect()
}

/// A break told in the present ("physio is off over xmas") is ahead, not last Christmas.
#[test]
fn a_break_told_in_the_present_is_ahead() {
    assert!(days("my physio is off over xmas").is_empty());
    assert_eq!(days("i was off work over xmas").len(), 1);
}

/// Of the words that tell a date ahead and those that tell what happened, the nearer one decides: "was"
/// inside "the physio I was referred to" does not put the physio's return in the past. "Until" alone
/// carries no tense.
#[test]
fn the_tense_nearest_the_date_decides() {
    assert!(days("the physio i was referred to is on leave until january").is_empty());
    assert!(days("my surgeon who did it was great but is away till march").is_empty());
    assert_eq!(
        days("i was referred to a physio and was on crutches until march").len(),
        1
    );
}

/// "Till week 6" bounds a limit, as "until 6 weeks" does: no time since the operation.
#[test]
fn a_numbered_week_after_a_bound_is_no_time_since() {
    assert!(days("toe touch only till week 6 after my acl repair").is_empty());
    assert_eq!(days("im in week 6 after my acl repair"), [42.0]);
}

#[test]
fn reads_elapsed_time() {
    let cases: &[(&str, &[f64])] = &[
        ("had acl reconstruction 4 days ago", &[4.0]),
        ("6 wks post-op", &[42.0]),
        ("a year and a half ago", &[547.9]),
        ("one and a half years out", &[547.9]),
        ("1.5 years ago", &[547.9]),
        ("half a year ago", &[182.6]),
        ("surgery was yesterday", &[1.0]),
        ("had my acl done recently", &[]),
        ("post op day 5", &[5.0]),
        ("pod 12", &[12.0]),
        ("broke it last month", &[30.4]),
        ("two weeks ago", &[14.0]),
        ("a couple of weeks ago", &[14.0]),
        ("3 weeks out from meniscus repair", &[21.0]),
        ("10 months ago", &[304.4]),
        ("2 years ago", &[730.5]),
        ("a week after knee surgery", &[7.0]),
        ("6-week mark", &[42.0]),
        ("surgery 3mo ago", &[91.3]),
        ("week 3 of rehab", &[21.0]),
        ("a fortnight ago", &[14.0]),
        ("2/52 post-op", &[14.0]),
        ("6/12 since my aclr", &[182.6]),
        (
            "broke it when i was 20 and now at 48 i have arthritis",
            &[10227.0],
        ),
        ("tore it last saturday", &[4.0]),
        ("tore it in a fall the week before last", &[14.0]),
        (
            "4 knee surgeries for various injuries growing up",
            &[3652.5],
        ),
        (
            "surgery last year. day 2: legs, day 3: upper body",
            &[365.3],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(days(text), *want, "text: {text}");
    }
}

#[test]
fn a_month_a_clause_waits_for_is_ahead() {
    let today = jiff::civil::date(2026, 12, 1);
    let days = |t: &str| {
        find(t, today, &knowledge().vocabulary.time)
            .iter()
            .map(|e| e.days)
            .collect::<Vec<_>>()
    };
    assert!(days("not allowed to run till my consultant sees me again in april").is_empty());
    assert!(days("my next appointment is in march").is_empty());
    // What happened until a month is behind.
    assert_eq!(days("i was on crutches until march").len(), 1);
    assert_eq!(days("acl surgery in april").len(), 1);
    assert_eq!(days("tore it again in march").len(), 1);
}

#[test]
fn leaves_out_ages_frequencies_and_future() {
    let cases = [
        "i am 45 years old",
        "my 2 year old",
        "3 times a week",
        "the 20 a day program",
        "surgery in 2 weeks",
        "reconstruction in about six weeks",
        "twice a day",
        "once a week",
        "4x a week",
        "1-2 miles 3 days a week",
        "a 20 mile 3-day in the mountains",
        "an 8 week program",
    ];
    for text in cases {
        assert_eq!(days(text), Vec::<f64>::new(), "text: {text}");
    }
}

/// How often something is done is no time since an event: "an hour a day", "20 minutes a day"; and a
/// span counted back ("put in 14 months back") is not ahead, though "in" comes just before it.
#[test]
fn frequencies_and_spans_counted_back() {
    assert_eq!(days("walking the dog an hour a day"), Vec::<f64>::new());
    assert!(days("i walk 20 minutes a day now").is_empty());
    assert!(days("i do 10 reps a day of my exercises").is_empty());
    // The number glued to its unit: "on my feet 12hrs a day", "walk 5km a day".
    assert!(days("head chef, on my feet 12hrs a day").is_empty());
    assert!(days("i walk 5km a day").is_empty());
    // A count a few words before it: "20 leg curls a day", "10 minutes of bridges a day".
    assert!(days("i tore my meniscus and i do 20 leg curls a day").is_empty());
    assert!(days("i do 10 minutes of bridges a day").is_empty());
    assert!(days("3 sets of squats a week").is_empty());
    // A count in another clause leaves "a day" its own: "…20 of them, a day after my op".
    assert_eq!(days("i did 20 of them, a day ago"), vec![1.0]);
    // "Back" then a place still counts back: "tore my acl 2 weeks back at training".
    assert_eq!(days("tore my acl 2 weeks back at training"), vec![14.0]);
    assert_eq!(days("had my new knee put in 14 months back"), vec![426.1]);
}

/// Only the words just before a span say it is the length of something, however long the post before it.
#[test]
fn a_length_is_read_from_the_words_just_before_it() {
    let story =
        "my knee has been sore for a while and i am not sure what to do about it. ".repeat(20);
    assert!(days(&format!("{story}we did a 3 day hike")).is_empty());
    assert_eq!(days(&format!("{story}i had surgery 3 days ago")), vec![3.0]);
    // The words read start at a word: "xa 3 days" is not "a 3 days".
    let long_word = "x".repeat(60);
    assert_eq!(days(&format!("{story}{long_word}a 3 days ago")), vec![3.0]);
}
