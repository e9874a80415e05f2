//! Calendar words that name a thing rather than a day: "the christmas lights", "my January goal", "on the
//! third attempt", the "2000 steps" after a date. The calendar reads a date only where these say it is one.

/// Words that, after "on the third", make the ordinal count something other than a day of the month.
const ORDINAL_NOUNS: [&str; 24] = [
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "time",
    "times",
    "one",
    "session",
    "attempt",
    "try",
    "round",
    "set",
    "rep",
    "lap",
    "mile",
    "floor",
    "step",
    "stage",
    "phase",
    "visit",
    "appointment",
    "morning",
    "night",
];

/// True when the ordinal ending at `end` ("on the third") counts a thing named just after it ("…attempt").
pub(super) fn counts_a_thing(text: &str, end: usize) -> bool {
    let next = words_after(text, end).next().unwrap_or("");
    ORDINAL_NOUNS.contains(&next.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// The words after byte `end`, each without the punctuation that ends it, while the clause goes on (the
/// word a comma or a point ends is the clause's last).
fn words_after(text: &str, end: usize) -> impl Iterator<Item = &str> {
    text[end..]
        .split_whitespace()
        .scan(false, |clause_ended, raw| {
            let in_clause = !*clause_ended;
            *clause_ended = raw.ends_with([',', ';', '.', '!', '?', ':']);
            in_clause.then(|| raw.trim_end_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// True when the holiday at `start..end` names a thing ("putting up the christmas lights", "an easter egg
/// hunt"), not a day: no word of time comes before it ("at", "over", "since", "last"…) and a word that is
/// not one of time ("day", "holidays", "break"…) follows it in the same clause. A day named whole
/// ("boxing day", "christmas eve") is always a day.
pub(super) fn names_a_thing(text: &str, start: usize, end: usize) -> bool {
    const BEFORE: [&str; 22] = [
        "at", "on", "over", "since", "before", "after", "around", "during", "from", "until",
        "till", "til", "by", "last", "this", "for", "in", "past", "near", "was", "is", "were",
    ];
    // Words after a day that go on with the sentence rather than name a thing ("was easter and…").
    const GOES_ON: [&str; 16] = [
        "and", "so", "but", "or", "i", "we", "he", "she", "they", "it", "my", "when", "then",
        "was", "is", "with",
    ];
    const AFTER: [&str; 13] = [
        "day", "eve", "time", "holiday", "holidays", "hols", "break", "period", "season", "week",
        "weekend", "morning", "night",
    ];
    let holiday = &text[start..end];
    if holiday.contains(' ') {
        return false;
    }
    let before = text[..start]
        .split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "the" | "this" | "that"));
    if before.is_some_and(|w| BEFORE.contains(&w)) {
        return false;
    }
    let rest = &text[end..];
    if rest.starts_with([',', '.', ';', '!', '?', ':']) {
        return false;
    }
    words_after(text, end)
        .next()
        .is_some_and(|word| !word.is_empty() && !AFTER.contains(&word) && !GOES_ON.contains(&word))
}

/// Nouns a month may stand before as the date of what they name ("my March op", "the June scan").
const DATED_NOUNS: [&str; 22] = [
    "surgery",
    "op",
    "operation",
    "injury",
    "fall",
    "accident",
    "repair",
    "replacement",
    "reconstruction",
    "tear",
    "scan",
    "mri",
    "appointment",
    "visit",
    "check",
    "checkup",
    "review",
    "procedure",
    "crash",
    "diagnosis",
    "arthroscopy",
    "flare",
];

/// True when the month at `start..end` stands before a noun as what kind of thing it is ("my january
/// goal", "the march sales") rather than when something happened: no word of time before it, and a noun
/// after it that is no event a month could date ("my march op" is dated).
pub(super) fn month_names_a_thing(text: &str, start: usize, end: usize) -> bool {
    // The event may come a word or two on ("my March knee op", "the June ACL repair"), within the clause.
    let dates_an_event = words_after(text, end)
        .take(DATED_NOUN_REACH)
        .any(|word| DATED_NOUNS.contains(&word));
    !dates_an_event && names_a_thing(text, start, end)
}

/// How many words after a month the event it dates may come.
const DATED_NOUN_REACH: usize = 3;

/// True when the number read as a year just before byte `end` is no year: it counts something ("on November
/// 1 2000 steps a day") or is what the next clause tells of ("on 1 November 2027 was a rough year").
pub(super) fn counts_or_tells(text: &str, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    if next.is_empty() || !next.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    const TELLS: [&str; 9] = [
        "was", "is", "were", "has", "had", "will", "would", "s", "been",
    ];
    // Things counted and units: "on November 1 2000 steps a day", "3 November 2000 m walked today".
    const COUNTED: [&str; 24] = [
        "steps", "miles", "metres", "meters", "m", "km", "kms", "k", "ft", "feet", "yards", "reps",
        "times", "calories", "cal", "kcal", "people", "pounds", "lbs", "kg", "kilos", "hours",
        "minutes", "laps",
    ];
    TELLS.contains(&word) || COUNTED.contains(&word)
}

/// True when a holiday's name does not tell its day: a Friday that went well, or a holiday wished.
pub(super) fn not_its_day(text: &str, holiday: regex::Match) -> bool {
    a_good_day(text, holiday) || a_greeting(text, holiday)
}

/// True when "good friday" is a Friday that went well ("on a good friday for once", "a really good
/// friday"), not the holiday, which takes no article.
fn a_good_day(text: &str, holiday: regex::Match) -> bool {
    holiday.as_str() == "good friday"
        && matches!(
            text[..holiday.start()].split_whitespace().next_back(),
            Some("a" | "really" | "very" | "pretty" | "such" | "another" | "one" | "quite")
        )
}

/// True when the holiday is wished, not dated: "Happy new year btw!", "merry christmas all".
fn a_greeting(text: &str, holiday: regex::Match) -> bool {
    matches!(
        text[..holiday.start()].split_whitespace().next_back(),
        Some("happy" | "merry" | "belated")
    )
}

#[cfg(test)]
mod tests {
    use super::super::calendar::{find, Date};

    fn dated(text: &str) -> bool {
        !find(text, Date::new(2037, 1, 7).unwrap()).is_empty()
    }

    #[test]
    fn a_holiday_wished_is_no_date() {
        assert!(!dated(
            "got my meniscus trimmed in the end. happy new year btw!"
        ));
        assert!(!dated("merry christmas all, can i do squats"));
        assert!(dated("tore it on new year s day"));
    }

    #[test]
    fn a_month_before_a_noun_of_no_event_is_no_date() {
        assert!(!dated(
            "had a meniscus repair and my january goal is to get strong"
        ));
        assert!(!dated("the march sales had a rowing machine"));
        // Before an event it dates, and after a word of time, at a clause's end or going on, it is a date.
        for text in [
            "since my march op the knee is stiff",
            "since my march knee op i walk",
            "the june acl repair went well",
            "had surgery in march and now i walk",
            "had my op march, now i walk",
            "march was my op",
        ] {
            assert!(dated(text), "{text}");
        }
    }
}
