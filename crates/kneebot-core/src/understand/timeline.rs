//! Reads elapsed time ("4 days ago", "6 wks post-op", "a year and a half", "yesterday", "day 5",
//! "last month") from normalised text into days, with where each one stands so the caller can take the one
//! nearest the surgery or injury it is about.

use super::lengths::{number, AMOUNT, DAY, MONTH, WEEK, YEAR};
use super::phrases::{ends_with_word, last_words};
use crate::text::pattern::captures_found;
use regex::Regex;
use std::sync::LazyLock;

/// A span of time found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Elapsed {
    pub days: f64,
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Dated against the day asked ("3 years ago", "in December 2013", "last week"), not a span that
    /// may count from something else ("2 weeks after the surgery", "day 5").
    pub anchored: bool,
    /// Counted from another event's date ("surgery two weeks later" after "tore it in April"): it dates
    /// the event told with it, not the other one.
    pub from_other: bool,
}

static DAY_N: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(?:(?:post op |post surgery |postop )?day|pod) ?(?P<n>\d{1,3})\b|\b(?:post op |postop )?week (?P<w>\d{1,2})\b")
        .expect("the day-number pattern is valid")
});

/// What comes just before the length of something ("a 3-day hike", "a 20 mile 3-day trip", "an 8 week
/// program"): an article, perhaps with a distance.
static LENGTH_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(
        r"(^|\s)an?(\s+\d+(\.\d+)?\s*(mile|miles|km|k|kilometres?|kilometers?))?$",
    )
    .expect("the length-of pattern is valid")
});

/// True when the words after "day 3" or "week 2" make it a day of something other than the recovery ("by
/// day 3 of the trip", "week 2 of the season"); "day 3 of my recovery" (`of_recovery`) counts.
fn day_of_something_else(after: &str, of_recovery: &[String]) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if words.next() != Some("of") {
        return false;
    }
    let thing = match words.next() {
        Some("the" | "my" | "a" | "every" | "each" | "this" | "our" | "his" | "her" | "their") => {
            words.next()
        }
        other => other,
    };
    thing.is_some_and(|t| !of_recovery.iter().any(|w| w == t))
}

/// Clinical shorthand: "6/52" is six weeks, "6/12" six months, "5/7" five days.
static CLINICAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(?P<n>\d{1,2}) ?/ ?(?P<of>52|12|7)\b")
        .expect("the clinical shorthand pattern is valid")
});

static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(?P<w>(the )?day before yesterday|(the )?week before last|(the )?month before last|yesterday|today|tonight|this morning|this afternoon|this evening|last night|((half )?an?|one|two|three|four|five|six|a few|few|a couple of|couple of|several|\d+) (hours?|hrs?|minutes?|mins?) ago|the other day|last week|last weekend|last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last month|last year|last season|a while ago|just now|years ago|decades ago|ages ago|a long time ago|as a (kid|child|teen|teenager|boy|girl)|when i was (a kid|a child|young|little|a teenager)|growing up|in (high school|college|my teens|my twenties))\b")
        .expect("the named-day pattern is valid")
});

/// Every pattern `find` reads a time with, as one set. Speed: most questions tell no time, and one pass
/// that stops at the first match says so where each pattern would scan the text in turn.
static ANY_TIME: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    crate::text::pattern::set_of(&[
        AMOUNT.clone(),
        DAY_N.clone(),
        CLINICAL.clone(),
        super::calendar_pattern::REFERENCE.clone(),
        NAMED.clone(),
        super::ages::AGE_THEN.clone(),
    ])
});

/// Things counted per day or week in a frequency ("an hour a day", "10 reps a day", "3 sessions a week").
const COUNTED: [&str; 24] = [
    "days", "day", "hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "min", "miles",
    "mile", "times", "sessions", "session", "km", "laps", "reps", "rep", "sets", "set", "steps",
    "rounds", "walks",
];

/// True when one of the last few words of `before`'s clause is a number ("20 leg curls", "3x10 squats"):
/// the "a day" or "a week" after it counts them.
fn counted_just_before(before: &str) -> bool {
    last_clause(before)
        .split_whitespace()
        .rev()
        .take(COUNT_WORDS)
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The clause `before` ends with: after its last stop, comma or opening bracket.
pub(super) fn last_clause(before: &str) -> &str {
    before
        .rfind(['.', '!', '?', ';', ',', '\n', '('])
        .map_or(before, |i| &before[i + 1..])
}

/// How many words before "a day" `counted_just_before` reads ("20 leg curls of my own a day" is too far).
const COUNT_WORDS: usize = 4;

/// True when the words after a span tell what it was spent doing ("two years of going back and forth",
/// "three months of trying everything"): "of" and a verb's -ing form make the span how long that went
/// on, not a time since anything (except `[words] time_lasted_not_doing`: "3 weeks of recovering").
fn spent_doing(after: &str, not_doing: &[String]) -> bool {
    after
        .strip_prefix("of ")
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
        .is_some_and(|word| {
            word.len() > 4 && word.ends_with("ing") && !not_doing.iter().any(|w| w == word)
        })
}

/// The words `LENGTH_OF` reads ("a 12.5 km").
const LENGTH_OF_WORDS: usize = 3;

/// Every elapsed-time expression in `text`, in order, with calendar references ("back in March") counted
/// from `today`. Ages ("45 years old"), frequencies ("3 times a week", "20 a day") and future times
/// ("in 2 weeks") are left out.
pub fn find(
    text: &str,
    today: super::calendar::Date,
    words: &crate::knowledge::vocabulary::TimeWords,
) -> Vec<Elapsed> {
    let mut out = Vec::new();
    if !ANY_TIME.is_match(text) {
        return out;
    }
    for caps in captures_found(&AMOUNT, text) {
        let Some(whole) = caps.get(0) else { continue };
        let Some((amount, unit_days)) = super::lengths::amount_of(&caps) else {
            continue;
        };
        if amount <= 0.0 {
            continue;
        }
        let before = text[..whole.start()].trim_end();
        let after = text[whole.end()..].trim_start();
        let is_age = after.starts_with("old")
            || (unit_days == YEAR && super::ages::beside_person(before, after, words));
        // "3 weeks ago", "8 weeks post-op", "5 weeks out": counted back from the day asked (so "put in 14
        // months back" is not "in 14 months").
        let anchored = words.dated.iter().any(|w| {
            after
                .strip_prefix(w.as_str())
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        });
        let is_frequency = before.ends_with("times")
            || before.ends_with("once")
            || before.ends_with("twice")
            || before.ends_with("per")
            || before.ends_with("every")
            || (before.ends_with('x')
                && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()))
            || (whole.as_str().starts_with('a') && before.ends_with(|c: char| c.is_ascii_digit()))
            // "3 days a week", "an hour a day", "12hrs a day" (the number glued to its unit): both the
            // amount and "a week" are the frequency.
            || (whole.as_str().starts_with('a')
                && before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|w| {
                        COUNTED.contains(&w.trim_start_matches(|c: char| c.is_ascii_digit()))
                    }))
            || words.frequency.iter().any(|w| after.starts_with(w.as_str()))
            // "20 leg curls a day", "10 minutes of bridges a day": a count a few words before "a day" in
            // the same clause is how many per day.
            || (whole.as_str().starts_with('a') && !anchored && counted_just_before(before));
        // "a 3-day hike", "an 8 week program": how long something lasts, not time since an event.
        let is_length_of_something =
            LENGTH_OF.is_match(last_words(before, LENGTH_OF_WORDS)) && !after.starts_with("ago");
        let is_future = words.future.iter().any(|w| ends_with_word(before, w)) && !anchored;
        // "I'll be off the exercises a few days anyway": a length in a clause that waits or plans is no
        // time since anything, unless it counts back ("I'll be 6 weeks post-op on Monday", "it'll be a
        // fortnight Monday since they gave me the new knee").
        let counts_back_soon = || {
            after
                .split_whitespace()
                .take(3)
                .any(|w| words.dated.iter().any(|d| d == w))
        };
        let is_future = is_future
            || after.starts_with("from now")
            || words.bound.iter().any(|w| ends_with_word(before, w))
            || (!anchored && !counts_back_soon() && super::time_ahead::looks_ahead(before, words));
        let lasted = words.lasted.iter().any(|w| {
            after
                .strip_prefix(w.as_str())
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        }) || spent_doing(after, &words.lasted_not_doing);
        // "It aches after a day out": an outing, not a day since the operation ("a day out from surgery").
        let outing = whole.as_str() == "a day"
            && after.starts_with("out")
            && !words
                .not_outing
                .iter()
                .any(|w| after.starts_with(w.as_str()));
        // "…would love to get back to it one day", "one day my knee just gave way": some day, not a day since
        // anything, unless it counts back ("one day post-op").
        let some_day = whole.as_str() == "one day" && !anchored;
        // "The week after my op" counts from the operation; "the day I fell", "all the week" count nothing,
        // and "the day after Thanksgiving" is a day the calendar reads.
        let the_unit = whole.as_str().starts_with("the ")
            && !after.strip_prefix("after ").is_some_and(|rest| {
                let mut next = rest.split_whitespace();
                matches!(
                    next.next(),
                    Some("my" | "his" | "her" | "their" | "your" | "the")
                ) && !next
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            });
        if is_age
            || is_frequency
            || is_future
            || is_length_of_something
            || lasted
            || outing
            || some_day
            || the_unit
        {
            continue;
        }
        out.push(Elapsed {
            days: amount * unit_days,
            start: whole.start(),
            end: whole.end(),
            anchored,
            from_other: false,
        });
    }
    for caps in captures_found(&DAY_N, text) {
        let Some(whole) = caps.get(0) else { continue };
        // "Day 2: legs, day 3: upper body" is a training plan's day, not time since an event.
        let next_word = text[whole.end()..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        // "Toe touch only till week 6": a bound, as "until 6 weeks".
        let before = text[..whole.start()].trim_end();
        if words.plan_day.iter().any(|w| w == next_word)
            || day_of_something_else(&text[whole.end()..], &words.day_of_recovery)
            || words.bound.iter().any(|w| ends_with_word(before, w))
        {
            continue;
        }
        let days = if let Some(n) = caps.name("n") {
            n.as_str().parse::<f64>().ok()
        } else {
            caps.name("w")
                .and_then(|w| w.as_str().parse::<f64>().ok())
                .map(|w| w * WEEK)
        };
        if let Some(days) = days {
            if !out
                .iter()
                .any(|e| e.start < whole.end() && whole.start() < e.end)
            {
                out.push(Elapsed {
                    days,
                    start: whole.start(),
                    end: whole.end(),
                    anchored: false,
                    from_other: false,
                });
            }
        }
    }
    for caps in captures_found(&CLINICAL, text) {
        let (Some(whole), Some(n)) = (caps.get(0), caps.name("n").and_then(|n| number(n.as_str())))
        else {
            continue;
        };
        // "15/12/2029" is a date, not fifteen months; so is "14/7" after a word that dates ("TKR on 14/7").
        // The words that date are those `calendar.rs` reads such a date after.
        let word_before = text[..whole.start()].split_whitespace().next_back();
        if text[whole.end()..].starts_with(['/', '-'])
            || text[..whole.start()].ends_with(['/', '-'])
            || matches!(word_before, Some("on" | "since" | "from"))
        {
            continue;
        }
        let unit = match caps.name("of").map(|m| m.as_str()) {
            Some("52") => WEEK,
            // "26/12" is Boxing Day: months in this shorthand run to eleven.
            Some("12") if n > 12.0 => continue,
            Some("12") => MONTH,
            _ => DAY,
        };
        out.push(Elapsed {
            days: n * unit,
            start: whole.start(),
            end: whole.end(),
            anchored: false,
            from_other: false,
        });
    }
    for r in super::calendar::find(text, today) {
        if super::time_ahead::looks_ahead(&text[..r.start], words) {
            continue;
        }
        if !out.iter().any(|e| e.start < r.end && r.start < e.end) {
            out.push(Elapsed {
                days: r.days,
                start: r.start,
                end: r.end,
                anchored: true,
                from_other: false,
            });
        }
    }
    for caps in captures_found(&NAMED, text) {
        let Some(w) = caps.name("w") else { continue };
        let named_later = || NAMED.find_at(text, w.end()).is_some();
        if super::anniversary::is_anniversary(text, (w.start(), w.end()), &out, named_later, words)
        {
            continue;
        }
        let days = match w.as_str() {
            "today" | "tonight" | "this morning" | "this afternoon" | "this evening"
            | "just now" => 0.0,
            // "Two hours ago", "20 mins ago": today.
            w if w.split(' ').any(|u| {
                matches!(
                    u,
                    "hour" | "hours" | "hr" | "hrs" | "minute" | "minutes" | "min" | "mins"
                )
            }) =>
            {
                0.0
            }
            w if w.ends_with("day before yesterday") => 2.0,
            w if w.ends_with("week before last") => 2.0 * WEEK,
            w if w.ends_with("month before last") => 2.0 * MONTH,
            "yesterday" | "last night" => 1.0,
            "the other day" => 3.0,
            "last week" => WEEK,
            "last season" => 6.0 * MONTH,
            w if w.starts_with("last ") && w != "last month" && w != "last year" => 5.0,
            "years ago" | "a long time ago" | "ages ago" => 2.0 * YEAR,
            "decades ago" => 20.0 * YEAR,
            w if w.starts_with("as a ")
                || w.starts_with("in ")
                || w.starts_with("when i was")
                || w == "growing up" =>
            {
                10.0 * YEAR
            }
            "last month" => MONTH,
            "last year" => YEAR,
            _ => continue,
        };
        if !out.iter().any(|e| e.start < w.end() && w.start() < e.end) {
            out.push(Elapsed {
                days,
                start: w.start(),
                end: w.end(),
                anchored: true,
                from_other: false,
            });
        }
    }
    if let Some(then) = super::ages::AGE_THEN.captures(text) {
        // "at 48" is an age; "at 6 weeks" is not.
        let now = super::ages::AGE_NOW
            .captures_iter(text)
            .find(|c| c.name("unit").is_none());
        let (Some(t), Some(n)) = (
            then.name("n").and_then(|m| number(m.as_str())),
            now.as_ref()
                .and_then(|c| c.name("n"))
                .and_then(|m| number(m.as_str())),
        ) else {
            out.sort_by_key(|e| e.start);
            return out;
        };
        if let (Some(whole), true) = (then.get(0), n > t) {
            out.retain(|e| !(e.start < whole.end() && whole.start() < e.end));
            out.push(Elapsed {
                days: (n - t) * YEAR,
                start: whole.start(),
                end: whole.end(),
                anchored: true,
                from_other: false,
            });
        }
    }
    out.sort_by_key(|e| e.start);
    out
}
