//! A time the post corrects ("ACLR 7 days ago… EDIT: 7 weeks not 7 days", "3 weeks ago, wait no, 3 months
//! ago", "the surgery was feb 4th not march 4th", "Update: it's now been 7 months"): the post is read as
//! corrected. The corrected time takes the earlier one's place and the few words leading to it are set
//! aside (what a correction says on the way to a slipped unit is kept), so the event keeps one time, the
//! latest told. The words are `[words] time_corrected_by` and
//! `time_updated_by`.

use super::calendar_pattern::{MONTH_NAMES as MONTHS, ORDINAL_DAYS};
use super::lengths::{NUMBER, UNIT};
use crate::knowledge::vocabulary::TimeWords;
use regex::Regex;
use std::sync::LazyLock;

/// A length of time ("3 months", "7 wks ago").
fn span() -> String {
    format!(r"(?:{NUMBER})[ -]?(?:{UNIT})(?: ago)?")
}

/// A day of a month ("march 4th", "nov 20 last year", "4th of feb").
fn date() -> String {
    format!(
        r"(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?(?: last year| this year|,? (?:19|20)\d\d)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})(?: last year| this year)?"
    )
}

/// A day of the month told alone ("12th", "second"), as in "the 12th of last month".
fn day() -> String {
    format!(r"\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_DAYS}")
}

fn compile(pattern: &str) -> Regex {
    crate::understand::pattern::compile(pattern).expect("the time patterns compile")
}

/// "7 weeks not 7 days", "3 months ago not weeks": the right time, then the wrong one.
static RIGHT_NOT_WRONG: LazyLock<Regex> = LazyLock::new(|| {
    let (span, date) = (span(), date());
    compile(&format!(
        r"\b(?P<right>{date}|{span}) not (?P<wrong>{date}|{span}|{UNIT})\b"
    ))
});

/// The time just after a correcting word, past a few words that lead to it ("wait no, it was 3 months
/// ago", "update: it's now been 7 months").
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let (span, date, day) = (span(), date(), day());
    compile(&format!(
        r"^[\s,;.!-]*(?P<lead>(?:(?:sorry|it|its|it s|it is|it has|was|is|the|surgery|op|operation|injury|now|been|at|i m|im|i am|on|actually|that|should be|to say)\s+){{0,6}})(?P<time>{date}|{span}|the (?:{day}))\b"
    ))
});

static SPAN: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"\b(?:{})\b", span())));
static DATE: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"\b(?:{})\b", date())));
/// "The 2nd": a day of the month told with "the", where another day may take its place.
static THE_DAY: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"\bthe (?:{})\b", day())));
static UNIT_ONLY: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"^(?:{UNIT})$")));

/// `text` as corrected, when it corrects a time it told before; `None` when it corrects none.
pub(super) fn apply(text: &str, words: &TimeWords) -> Option<String> {
    right_not_wrong(text).or_else(|| corrected_after_word(text, words))
}

/// "…7 days ago… EDIT: actually 7 weeks not 7 days": the earlier "7 days" becomes "7 weeks".
fn right_not_wrong(text: &str) -> Option<String> {
    // Speed: most posts say no "not" between two words; the pattern runs only on those that do.
    if !text.contains(" not ") {
        return None;
    }
    let found = RIGHT_NOT_WRONG.captures_iter(text).last()?;
    let whole = found.get(0)?;
    let before = &text[..whole.start()];
    let right = without_ago(&found["right"]);
    let wrong = &found["wrong"];
    let (from, to) = if UNIT_ONLY.is_match(wrong) {
        // "3 months ago not weeks": the last length told in that unit.
        let last = SPAN
            .find_iter(before)
            .filter(|m| same_unit(m.as_str(), wrong))
            .last()?;
        (
            last.start(),
            last.start() + without_ago(last.as_str()).len(),
        )
    } else {
        let wrong = without_ago(wrong);
        let at = crate::text::last_word_at(before, wrong)?;
        (at, at + wrong.len())
    };
    Some(format!(
        "{}{right}{}{}",
        &before[..from],
        &before[to..],
        &text[whole.end()..]
    ))
}

/// "ACLR 3 weeks ago, wait no, 3 months ago", "Update: it's now been 7 months": the time after the
/// correcting word replaces the last one of its kind (a length or a date) told before it.
fn corrected_after_word(text: &str, words: &TimeWords) -> Option<String> {
    if !words
        .correcting_any
        .as_ref()
        .is_some_and(|any| any.is_match(text))
    {
        return None;
    }
    let markers = (words.corrected_by.iter().map(|w| (w, false)))
        .chain(words.updated_by.iter().map(|w| (w, true)));
    for (marker, update) in markers {
        let Some(at) = crate::text::last_word_at(text, marker) else {
            continue;
        };
        let after = &text[at + marker.len()..];
        let before = &text[..at];
        // What a slipped unit's correction says on the way to it is kept ("wait no, the physio said no
        // squats, it was 6 days"); the few words leading to a time just after the marker are not.
        let (time, kept) = match time_just_after(after, update) {
            Some(time) => (time, ""),
            None => match unit_slip(before, after).filter(|_| !update) {
                Some(time) => (time, &after[..time.start()]),
                None => continue,
            },
        };
        let kind: &Regex = if DATE.is_match(time.as_str()) {
            &DATE
        } else if THE_DAY.is_match(time.as_str()) {
            &THE_DAY
        } else {
            &SPAN
        };
        let Some(last) = kind.find_iter(before).last() else {
            continue;
        };
        let end = last.start() + without_ago(last.as_str()).len();
        return Some(format!(
            "{}{}{}{kept}{}",
            &before[..last.start()],
            without_ago(time.as_str()),
            &before[end..],
            &after[time.end()..]
        ));
    }
    None
}

/// The time just after a correcting word, past the few words that lead to it; after an update, only one
/// told as the time now ("it's now been…"): an update tells a new event as often as a new time.
fn time_just_after(after: &str, update: bool) -> Option<regex::Match<'_>> {
    let found = TIME_AFTER.captures(after)?;
    if update && !found["lead"].split(' ').any(|w| w == "now" || w == "been") {
        return None;
    }
    found.name("time")
}

/// How far after a correcting word a slipped unit may be told.
const SLIP_REACH: usize = 80;

/// "6 weeks ago - wait no, just checked the paperwork, it was 6 DAYS ago": further on than the words that
/// lead to a time, a length told as the time ("it was", "it's") with the number of the last one told
/// before and another unit is what it meant. Not a length of something else ("sorry for the long post, 2
/// years of pain before this", "I first tore it 3 years ago"), nor a vague number ("a week" and "a year").
fn unit_slip<'a>(before: &str, after: &'a str) -> Option<regex::Match<'a>> {
    let last = SPAN.find_iter(before).last()?;
    let number = |length: &str| {
        let first = length.split([' ', '-']).next()?;
        (!VAGUE_NUMBERS.contains(&first)).then(|| first.to_owned())
    };
    let reach = crate::text::normalize::cut_to(after, SLIP_REACH);
    SPAN.find_iter(reach).find(|m| {
        number(last.as_str()).is_some_and(|n| number(m.as_str()) == Some(n))
            && !same_unit(last.as_str(), unit_of(m.as_str()))
            && TOLD_AS_THE_TIME.is_match(&reach[..m.start()])
    })
}

/// Numbers that say no number: "a couple of weeks" is no slip of "a year".
const VAGUE_NUMBERS: &[&str] = &["a", "an", "few", "couple", "several"];

/// The words just before a length that tell it as the time of what was told ("it was 6 days", "it's 3
/// months", "it was actually 6 days").
static TOLD_AS_THE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:it|that|surgery|op|operation) (?:was|is|s|has been)(?: actually| only| really| just)?\s*$|\bits(?: actually| only| really| just)?\s*$",
    )
});

/// The unit a length is told in ("months" of "3 months ago").
fn unit_of(length: &str) -> &str {
    let told = without_ago(length).rsplit([' ', '-']).next().unwrap_or("");
    told.trim_start_matches(|c: char| c.is_ascii_digit())
}

fn without_ago(time: &str) -> &str {
    time.strip_suffix(" ago").unwrap_or(time)
}

/// Whether a length ("3 weeks ago") is told in `unit` ("weeks", "wks").
fn same_unit(length: &str, unit: &str) -> bool {
    unit_of(length)
        .chars()
        .next()
        .is_some_and(|c| unit.starts_with(c))
}
