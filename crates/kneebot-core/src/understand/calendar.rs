//! Dates told as calendar references ("on Monday", "back in March", "over Christmas", "at the start of the
//! month", "the 10th of this month", "end of last year") turned into days before today. Today is an input
//! (the day the question was asked), never the clock. A reference is always read as the most recent such day in
//! the past, since people tell when something happened.

use super::calendar_pattern::{ordinal_day, MONTHS, REFERENCE};
use super::day_or_thing::{
    counts_a_thing, counts_or_tells, month_names_a_thing, names_a_thing, not_its_day,
};
use crate::text::pattern::captures_found;
use crate::text::WEEKDAYS;

pub use jiff::civil::Date;

/// Days from `then` to `today` (negative when `then` is later).
fn days_between(then: Date, today: Date) -> i64 {
    then.until(today)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

/// The day before the first of `today`'s month: the last day of the previous month.
fn end_of_last_month(today: Date) -> Date {
    today.first_of_month().yesterday().unwrap_or(today)
}

/// A calendar reference and how many days before `today` it points to.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub days: f64,
    pub start: usize,
    pub end: usize,
}

/// Every calendar reference in `text` (normalised, lower case) with its distance from `today` in days.
pub fn find(text: &str, today: Date) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut year_told = None;
    for caps in captures_found(&REFERENCE, text) {
        let Some(whole) = caps.get(0) else { continue };
        // "On the second day", "since the third session": an ordinal before a noun counts something else.
        if caps.name("nth_word").is_some() && counts_a_thing(text, whole.end()) {
            continue;
        }
        if caps
            .name("holiday")
            .is_some_and(|h| names_a_thing(text, h.start(), h.end()) || not_its_day(text, h))
        {
            continue;
        }
        // "My January goal", "the March sales": a month before a noun of no event names a thing.
        if caps.name("month").is_some()
            && caps.name("part").is_none()
            && caps.name("month_last_year").is_none()
            && month_names_a_thing(text, whole.start(), whole.end())
        {
            continue;
        }
        // "Now in winter I go to the gym": the season it is now, not when something happened.
        if caps.name("season").is_some()
            && crate::text::ends_with_word(text[..whole.start()].trim_end(), "now")
        {
            continue;
        }
        if caps
            .name("weekday5")
            .is_some_and(|w| !bare_weekday_told(&text[..w.start()]))
        {
            continue;
        }
        // "The Monday thing", "saturday nothing hurt": a word in -ing that is no doing.
        if caps.name("weekday4").is_some() && whole.as_str().ends_with("thing") {
            continue;
        }
        // "Six weeks on Friday since my op": the day a span is completed on, not the day of the event.
        if caps.name("on").is_some_and(|on| on.as_str() == "on")
            && ends_with_span_unit(&text[..whole.start()])
        {
            continue;
        }
        let year_back = super::year_told::pointed_back(&caps, text, year_told);
        let Some(then) = referenced_day(&caps, today, text, year_back) else {
            continue;
        };
        year_told = super::year_told::written(&caps, then).or(year_told);
        let days = days_between(then, today);
        // "the 3rd of November" can match as two pieces; the first one read stands for the date.
        let continues_previous = out
            .last()
            .is_some_and(|r: &Reference| whole.start() <= r.end + 4);
        if days >= 0 && !continues_previous {
            // A bare weekday's span is the day alone, not the mark after it.
            let (start, end) = caps
                .name("weekday5")
                .map_or((whole.start(), whole.end()), |w| (w.start(), w.end()));
            out.push(Reference {
                days: days as f64,
                start,
                end,
            });
        }
    }
    out
}

/// The day one match of [`REFERENCE`] points to (a month pointing back in the year `year_back`), or `None`
/// when it names no real day in the past.
fn referenced_day(
    caps: &regex::Captures<'_>,
    today: Date,
    text: &str,
    year_back: Option<i16>,
) -> Option<Date> {
    let month_of = |name: &str| {
        MONTHS
            .iter()
            .position(|full| full.starts_with(name))
            .and_then(|i| i8::try_from(i + 1).ok())
    };
    let day_number = |text: &str| text.parse::<i8>().ok().filter(|d| (1..=31).contains(d));
    let part_day = |part: Option<&str>| match part {
        Some("early" | "start of" | "beginning of" | "the start of" | "the beginning of") => 5,
        Some("late" | "end of" | "the end of") => 25,
        _ => 15,
    };
    // "4 December 2027", "December 4th, 2027": the day of the year told; with no year, its latest.
    let year_told = ["dom_y", "dom2_y", "domw_y", "domw2_y", "nth_word_y"]
        .iter()
        .find_map(|name| caps.name(name))
        .filter(|y| !counts_or_tells(text, y.end()))
        .and_then(|y| y.as_str().parse::<i16>().ok())
        // "15 Aug last year": the day in the year before this one.
        .or_else(|| caps[0].ends_with("last year").then(|| today.year() - 1));
    let on_day = |month: i8, day: i8| match year_told {
        Some(year) => Date::new(year, month, day)
            .ok()
            .filter(|date| *date <= today),
        None => most_recent(today, month, day),
    };
    let dated = caps
        .name("m_dom")
        .zip(caps.name("dom"))
        .or_else(|| caps.name("m_dom2").zip(caps.name("dom2")));
    if let (Some(y), Some(m), Some(d)) =
        (caps.name("iso_y"), caps.name("iso_m"), caps.name("iso_d"))
    {
        let year = y.as_str().parse::<i16>().ok()?;
        let month = m.as_str().parse::<i8>().ok()?;
        return Date::new(year, month, day_number(d.as_str())?).ok();
    }
    if let (Some(d), Some(m)) = (caps.name("dot_d"), caps.name("dot_m")) {
        let year = caps.name("dot_y")?.as_str().parse::<i16>().ok()?;
        let year = if year < 100 { 2000 + year } else { year };
        let date = Date::new(year, m.as_str().parse().ok()?, day_number(d.as_str())?).ok()?;
        return (date <= today).then_some(date);
    }
    if let (Some(d), Some(m)) = (caps.name("dot_d2"), caps.name("dot_m2")) {
        return most_recent(today, m.as_str().parse().ok()?, day_number(d.as_str())?);
    }
    if let (Some(a), Some(b)) = (caps.name("dm_a"), caps.name("dm_b")) {
        let (a, b) = (day_number(a.as_str())?, day_number(b.as_str())?);
        let dated = caps.name("dm_on").is_some();
        let (month, day) = match (a > 12, b > 12) {
            (true, false) if b != 7 || dated => (b, a),
            (false, true) if a != 7 || dated => (a, b),
            _ => return None,
        };
        return most_recent(today, month, day);
    }
    if let (Some(a), Some(b), Some(y)) =
        (caps.name("num_a"), caps.name("num_b"), caps.name("num_y"))
    {
        let (a, b) = (day_number(a.as_str())?, day_number(b.as_str())?);
        let year = y.as_str().parse::<i16>().ok()?;
        let year = if year < 100 { 2000 + year } else { year };
        let past = |month: i8, day: i8| Date::new(year, month, day).ok().filter(|d| *d <= today);
        // A number over 12 is the day; with both 12 or under the order is a guess, so no day is read (even
        // when one order is still to come: the post may tell of an operation ahead).
        return match (a > 12, b > 12) {
            (true, false) => past(b, a),
            (false, true) => past(a, b),
            _ if a == b => past(a, a),
            _ => None,
        };
    }
    if let Some(y) = caps.name("year") {
        let year = y.as_str().parse::<i16>().ok()?;
        let (month, day) = match caps.name("y_month") {
            Some(m) => (month_of(m.as_str())?, 15),
            // The current year alone is no later than today: its middle may not have come yet.
            None if year == today.year() => ((today.month() + 1) / 2, 1),
            None => (7, 1),
        };
        let date = Date::new(year, month, day).ok()?;
        return (date <= today).then_some(date);
    }
    if let Some((m, d)) = dated {
        return on_day(month_of(m.as_str())?, day_number(d.as_str())?);
    }
    if caps.name("may").is_some() {
        return most_recent(
            today,
            5,
            part_day(caps.name("may_part").map(|p| p.as_str())),
        );
    }
    if let Some(m) = caps.name("month") {
        // "may" is also a verb: only months that cannot be read another way are taken here.
        let day = part_day(caps.name("part").map(|p| p.as_str()));
        if caps.name("month_last_year").is_some() {
            return Date::new(today.year() - 1, month_of(m.as_str())?, day).ok();
        }
        if let Some(year) = year_back {
            return Date::new(year, month_of(m.as_str())?, day).ok();
        }
        return most_recent(today, month_of(m.as_str())?, day);
    }
    let season = caps.name("season_y").or_else(|| caps.name("season"));
    let year = caps
        .name("season_year")
        .or_else(|| caps.name("season_year2"));
    if let (Some(season), Some(year)) = (season, year) {
        let year = year.as_str().parse().ok()?;
        return super::seasons::of_year(season.as_str(), year, today, text);
    }
    if let Some(season) = caps.name("season").or_else(|| caps.name("fall")) {
        let lead = caps.name("season_lead").map_or("last", |l| l.as_str());
        let told = super::seasons::Told::from_lead(lead);
        return super::seasons::day(season.as_str(), told, today, text);
    }
    if let Some(h) = caps.name("holiday").or_else(|| caps.name("national")) {
        let named = |group: &str| caps.name(group).is_some();
        let year = match named("holiday_last_year") || named("national_last_year") {
            true => Some(today.year() - 1),
            false => caps
                .name("holiday_year")
                .or_else(|| caps.name("national_year"))
                .and_then(|y| y.as_str().parse().ok()),
        };
        return super::holidays::most_recent(h.as_str(), year, today);
    }
    if let Some(period) = caps.name("period") {
        let last = caps.name("which").is_some_and(|w| w.as_str() == "last");
        let start_of_year = |year: i16| Date::new(year, 1, 1).ok();
        return match (
            period.as_str(),
            last,
            caps.name("period_part").map(|p| p.as_str()),
        ) {
            // "last month" and "last year" alone are read by the timeline as a month and a year.
            (_, _, None) | (_, false, Some("end")) => None,
            ("month", false, _) => Some(today.first_of_month()),
            ("month", true, Some("end")) => Some(end_of_last_month(today)),
            ("month", true, _) => Some(end_of_last_month(today).first_of_month()),
            ("year", false, _) => start_of_year(today.year()),
            ("year", true, Some("end")) => Date::new(today.year() - 1, 12, 31).ok(),
            (_, _, _) => start_of_year(today.year() - 1),
        };
    }
    if let (Some(m), Some(w)) = (
        caps.name("m_domw").or_else(|| caps.name("m_domw2")),
        caps.name("domw").or_else(|| caps.name("domw2")),
    ) {
        return on_day(month_of(m.as_str())?, ordinal_day(w.as_str())?);
    }
    if let (Some(w), Some(m)) = (caps.name("nth_word"), caps.name("nth_word_month")) {
        return on_day(month_of(m.as_str())?, ordinal_day(w.as_str())?);
    }
    let nth = caps
        .name("nth")
        .or_else(|| caps.name("nth_b"))
        .and_then(|n| day_number(n.as_str()))
        .or_else(|| caps.name("nth_word").and_then(|w| ordinal_day(w.as_str())))
        .or_else(|| {
            caps.name("nth_word_b")
                .and_then(|w| ordinal_day(w.as_str()))
        });
    if let Some(day) = nth {
        let which = [
            "nth_which",
            "nth_which2",
            "nth_word_which",
            "nth_word_b_which",
        ]
        .iter()
        .find_map(|name| caps.name(name))
        .map(|w| w.as_str());
        let (last, this) = (which == Some("last"), which == Some("this"));
        let this_month = Date::new(today.year(), today.month(), day).ok();
        return match this_month {
            Some(d) if !last && d <= today => Some(d),
            // "On the 15th of this month" after today is still ahead: no day past.
            _ if this => None,
            _ => {
                let prev = end_of_last_month(today);
                Date::new(prev.year(), prev.month(), day.min(prev.days_in_month())).ok()
            }
        };
    }
    if let Some(w) = caps
        .name("weekday")
        .or_else(|| caps.name("weekday2"))
        .or_else(|| caps.name("weekday3"))
        .or_else(|| caps.name("weekday4"))
        .or_else(|| caps.name("weekday5"))
    {
        let target = WEEKDAYS.iter().position(|d| *d == w.as_str())? as i64;
        let mut back = (i64::from(today.weekday().to_monday_zero_offset()) - target).rem_euclid(7);
        if back == 0 {
            back = 7;
        }
        // "Thursday week gone", "the Thursday before last": the one a week before the last.
        if caps.name("gone").is_some_and(|g| {
            matches!(
                g.as_str(),
                "week gone" | "week last" | "week ago" | "before last"
            )
        }) {
            back += 7;
        }
        let weeks_back = match caps.name("weeks_back").map(|n| n.as_str()) {
            Some("two" | "2") => 1,
            Some("three" | "3") => 2,
            Some("four" | "4") => 3,
            _ => 0,
        };
        back += 7 * weeks_back;
        return today.checked_sub(jiff::Span::new().days(back)).ok();
    }
    None
}

/// The latest `month`/`day` that is not after `today`; `None` for a day the month never has (30 February).
fn most_recent(today: Date, month: i8, day: i8) -> Option<Date> {
    latest_by(today, |year| Date::new(year, month, day).ok())
}

/// The latest of `day_in`'s days, one a year, on or before `today`. The 29th of February looks back to
/// the last year that had one.
pub(super) fn latest_by(today: Date, day_in: impl Fn(i16) -> Option<Date>) -> Option<Date> {
    (0..=8).find_map(|back| day_in(today.year() - back).filter(|&d| d <= today))
}

/// Whether `before` ends with a unit of a span of time ("six weeks "), so a weekday after it is when the
/// span is completed.
fn ends_with_span_unit(before: &str) -> bool {
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "day" | "days" | "week" | "weeks" | "wk" | "wks" | "month" | "months" | "year" | "years"
    )
}

/// How many words before a bare weekday may tell what was done on it ("did his ACL in the cup final
/// saturday").
const DONE_REACH: usize = 8;

/// Whether a bare weekday ending its clause, after `before` (its sentence up to it), tells the day
/// something was done: a word of an injury or an operation done stands within `DONE_REACH` words before it,
/// in its sentence, and the word just before it does not make it a day ahead or a habit ("surgery is
/// saturday", "I play every saturday", "booked for saturday").
fn bare_weekday_told(before: &str) -> bool {
    const DONE: [&str; 18] = [
        "tore",
        "torn",
        "did",
        "done",
        "hurt",
        "injured",
        "twisted",
        "sprained",
        "wrecked",
        "busted",
        "blew",
        "popped",
        "fell",
        "broke",
        "ruptured",
        "dislocated",
        "snapped",
        "had",
    ];
    const NOT_PAST: [&str; 14] = [
        "every", "each", "next", "this", "coming", "until", "till", "by", "before", "from", "for",
        "is", "be", "on",
    ];
    let sentence = before.rsplit(['.', '!', '?', ';']).next().unwrap_or(before);
    let words: Vec<&str> = crate::text::normalize::word_spans(sentence)
        .map(|(start, end, _)| &sentence[start..end])
        .collect();
    words.last().is_some_and(|w| !NOT_PAST.contains(w))
        && words
            .iter()
            .rev()
            .take(DONE_REACH)
            .any(|w| DONE.contains(w))
}
