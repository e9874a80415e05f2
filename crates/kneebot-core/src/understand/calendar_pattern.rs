//! The one pattern that finds calendar references in a normalised question (ISO and numeric dates, days of
//! months, months, years, holidays, "this month", "the 3rd", weekdays), and the names its matches are read
//! with. Reading a match into a day is `calendar`'s job.

use regex::Regex;
use std::sync::LazyLock;

pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

// Alternatives said once and spelled into the pattern below, so each date form reads the same words.
macro_rules! months {
    () => {
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    };
}
macro_rules! weekdays {
    () => {
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    };
}
/// A weekday told before a date is part of it ("on Tuesday 3rd Feb").
macro_rules! weekday_lead {
    () => {
        concat!(r"(?:(?:on |since |last )?(?:", weekdays!(), r"),? )?")
    };
}
/// Ordinal words for days of a month ("third", "twenty first", "thirtieth").
macro_rules! ordinals {
    () => {
        "(?:twenty |thirty )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
    };
}
macro_rules! year {
    () => {
        r"(?:19|20)\d\d"
    };
}

/// Month names and their short forms, as alternatives, for other stages' patterns of dates.
pub(super) const MONTH_NAMES: &str = months!();
/// Ordinal words for days of a month, as alternatives.
pub(super) const ORDINAL_DAYS: &str = ordinals!();

pub(super) static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(concat!(
        r"\b(?P<iso_y>20\d\d)[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})\b|",
        // "15/09/2025", "9/15/25": day and month in the order only the numbers can tell (below).
        // (Read before "on 26/11" below, which would take "on 11/12" of "on 11/12/2026".)
        r"\b(?:(?:on|since|from) )?(?P<num_a>\d{1,2})[-/](?P<num_b>\d{1,2})[-/](?P<num_y>(?:19|20)?\d\d)\b|",
        // "17.11.2030", "02.08.30", "on 17.11.": dots part day, month and year in that order. Without a
        // year only after a word that dates ("on 17.11"), since "2.5" is a number.
        r"\b(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>(?:19|20)?\d\d)\b|",
        r"\b(?:on|since|from|until|till|dated) (?P<dot_d2>\d{1,2})\.(?P<dot_m2>\d{1,2})\b(?:\.|\s*$|\s*[,;!?]| [a-z])|",
        // "26/11" with no year: a date only when one number is over 12 (so it is the day) and the
        // other is not the "/7" of clinical shorthand ("10/7" is ten days), unless a word that dates
        // comes before it ("TKR on 14/7").
        r"\b(?:(?P<dm_on>on|since|from) )?(?P<dm_a>\d{1,2})/(?P<dm_b>\d{1,2})\b|",
        // "March 2024", "in 2024": a month of a year, or a year alone (read as its middle).
        r"\b(?:(?P<y_month>", months!(), r") (?:of )?|(?:in|since|during|from|early|late|mid|back in) (?:the )?)(?P<year>", year!(), r")\b|",
        r"\b", weekday_lead!(), "(?P<m_dom>", months!(), r") (?P<dom>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<dom_y>", year!(), r")| (?:of )?last year)?\b",
        // "April 1st" arrives as "april first".
        r"|\b", weekday_lead!(), "(?P<m_domw>", months!(), ") (?:the )?(?P<domw>", ordinals!(), ")(?:,? (?P<domw_y>", year!(), r")| (?:of )?last year)?\b",
        // "2nd Feb" arrives as "second feb".
        r"|\b", weekday_lead!(), "(?:the )?(?P<domw2>", ordinals!(), ") (?:of )?(?P<m_domw2>", months!(), ")(?: (?P<domw2_y>", year!(), r")| (?:of )?last year)?\b",
        // "the 14th of August" is read whole here, before "the 14th" alone (of this month) below.
        r"|\b", weekday_lead!(), r"(?:the )?(?P<dom2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<m_dom2>", months!(), ")(?: (?P<dom2_y>", year!(), r")| (?:of )?last year)?\b",
        r"|\b(?:(?P<may_part>early|mid|late|end of|start of|beginning of)|in|since|back in|during|around|last) (?P<may>may)\b",
        r"|\b(?:(?P<part>early|mid|late|end of|start of|beginning of|the start of|the end of|the beginning of) ?)?",
        // "may" is also a verb: it is a month above only after a word that dates.
        r"(?P<month>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b",
        // "In March of last year": that month a year before this one.
        r"(?P<month_last_year> (?:of )?last year\b)?",
        // "Thanksgiving 2026": a holiday of the year named.
        r"|\b(?P<holiday>boxing day|christmas eve|christmas|xmas eve|xmas|new years eve|new year s eve|new years day|new year s day|new year|new years|good friday|easter sunday|easter monday|easter weekend|easter|thanksgiving|valentines day|valentine s day|st patricks day|st patrick s day|paddys day|paddy s day|halloween|leap day)(?: (?P<holiday_year>", year!(), r")| (?:of )?(?P<holiday_last_year>last year))?\b",
        // A national holiday only after a word that dates ("on Anzac Day", "just after Australia Day"): its
        // name alone is often a thing ("the Canada Day sale", "Anzac Day biscuits").
        r"|\b(?:(?:just|right) )?(?:on|after|before|over|around|since|from) (?:the )?(?P<national>australia day|anzac day|canada day|victoria day|burns night|bonfire night|guy fawkes night|st andrews day|st andrew s day|st georges day|st george s day|st davids day|st david s day|remembrance day|armistice day|veterans day|juneteenth|memorial day|mlk day|martin luther king day|presidents day)(?: (?P<national_year>", year!(), r")| (?:of )?(?P<national_last_year>last year))?\b",
        r"|\b(?:(?P<period_part>start|beginning|end) of )?(?P<which>this|last|the) (?P<period>month|year)\b",
        r"|\bthe (?P<nth>\d{1,2})(?:(?:st|nd|rd|th)(?: of (?P<nth_which>this|last) month)?|(?: of (?P<nth_which2>this|last) month))\b",
        // "On the third" (chat spellings like "3rd" are read as words before this runs).
        r"|\b(?:on|since) the (?P<nth_word>", ordinals!(), ")(?: of (?P<nth_word_which>this|last) month| of (?P<nth_word_month>", months!(), ")(?: (?P<nth_word_y>", year!(), r"))?)?\b",
        // "On sixth of this month", "since 6th of last month": with the month named, no "the" is needed.
        r"|\b(?:on|since) (?:(?P<nth_word_b>", ordinals!(), r")|(?P<nth_b>\d{1,2})(?:st|nd|rd|th)?) of (?P<nth_word_b_which>this|last) month\b",
        r"|\b(?P<on>on|since|last|this past|past|was|were) (?P<weekday>", weekdays!(), r")\b",
        // "Thursday gone", "Tuesday past", "Thursday week gone", "Saturday week ago", "the Thursday before
        // last".
        r"|\b(?P<weekday2>", weekdays!(), r") (?P<gone>week gone|week last|week ago|before last|just gone|gone|just past|past)\b",
        // "At netball Saturday night", "tore my MCL saturday skiing": a weekday with its part of the day,
        // or with what was being done then, is a day told, "on" or not.
        r"|\b(?P<weekday4>", weekdays!(), r") (?:night|morning|afternoon|evening|arvo|[a-z]+ing)\b",
        // "Summer 2024", "back in the spring", "last summer", "over the winter": a season (`seasons`). "Fall" only where it
        // cannot be a tumble ("in the fall" can be either).
        r"|\b(?P<season_y>spring|summer|autumn|fall|winter) (?:of )?(?P<season_year>", year!(), r")\b",
        r"|\b(?P<season_lead>back in|in|during|over|last|this past|this) (?:the )?(?P<season>spring|summer|autumn|winter)(?: (?:of )?(?P<season_year2>", year!(), r"))?\b",
        r"|\b(?:last|this past|back in the) (?P<fall>fall)\b",
        // "Two Saturdays ago": the Saturday a week before the last one.
        r"|\b(?P<weeks_back>two|three|four|2|3|4) (?P<weekday3>", weekdays!(), r")s ago\b",
        // "Tore my ACL saturday.", "did his ACL in the cup final saturday;": a bare weekday ending its
        // clause, read as a day only after a word of something done (`calendar::bare_weekday_told`). Last,
        // so "last Saturday" and "on Saturday" are read by their own forms.
        r"|\b(?P<weekday5>", weekdays!(), r")\s*(?:[.,;!?]|$)",
    ))
    .expect("the calendar pattern is valid")
});

/// The day of the month an ordinal word names ("third" -> 3, "twenty first" -> 21).
pub(super) fn ordinal_day(word: &str) -> Option<i8> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|i| i as i8 + 1);
    match word.split_once(' ') {
        Some(("twenty", rest)) => unit(rest).map(|u| 20 + u),
        Some(("thirty", rest)) => unit(rest).filter(|&u| u == 1).map(|u| 30 + u),
        _ => match word {
            "twentieth" => Some(20),
            "thirtieth" => Some(30),
            w => unit(w).or_else(|| TEENS.iter().position(|t| *t == w).map(|i| i as i8 + 10)),
        },
    }
}
