//! Whether a warning sign is told as history by when it happened: "had a wound infection after the first
//! one back in 2022", "years ago I had a fever after my meniscectomy". A sign needs a clinician now only if
//! it may be happening now, and one dated a year and a half or more before the day asked, told in the past,
//! is not.
//!
//! Missing a current sign is the worst mistake the bot can make, so the date counts only when it plainly
//! dates the sign: in the sign's own clause, after it or opening the clause, with no "and" between them; a
//! point in the past ("back in 2022", "3 years ago"), not a span since something ("2 years post op, the
//! wound started oozing" tells a sign since then); with no word of the present in the clause ("…and now
//! it's red again", "it has started oozing"), no recent time anywhere in the sentence ("my TKR was in 2022
//! and my calf swelled up yesterday"), and nothing telling it back, there or in the sentences after.

use super::calendar::Date;
use super::timeline::Elapsed;
use crate::knowledge::vocabulary::{SignOver, TimeWords};
use regex::Regex;

/// How long before the day asked a sign must be dated to be history: a year and a half, so that "last year"
/// (which may be last month, asked in January) and a bare year just gone ("in 2025", read as its middle) do
/// not count.
const HISTORY_DAYS: f64 = 548.0;

/// Words after a counted span that make it a point in the past ("3 years ago", "a couple of years back").
const POINT_AFTER: [&str; 2] = ["ago", "back"];

/// True when the sign that `patterns` find in `sentence` is dated a year and a half or more before `today`
/// in its own clause, with nothing telling it as now. `told_back` says whether the sign's sentence or those
/// after it tell it back ("it's happening again"); asked only once a date could make it history.
pub(super) fn told_long_ago(
    sentence: &str,
    patterns: &[Regex],
    today: Date,
    words: (&TimeWords, &SignOver),
    told_back: impl Fn() -> bool,
) -> bool {
    let (time, over) = words;
    let Some((sign_start, sign_end)) = sign_span(sentence, patterns) else {
        return false;
    };
    let times: Vec<Elapsed> = super::timeline::find(sentence, today, time)
        .into_iter()
        .filter(|t| t.anchored)
        .collect();
    // "My TKR was in 2022 and my calf swelled up yesterday": a recent time beside it may date the sign.
    if times.is_empty() || times.iter().any(|t| t.days < HISTORY_DAYS) || told_back() {
        return false;
    }
    let breaks = super::clause_breaks::clause_breaks(sentence);
    times.iter().any(|t| {
        let (start, end) = (t.start.min(sign_start), t.end.max(sign_end));
        let clause_start = breaks
            .iter()
            .copied()
            .filter(|&b| b <= start)
            .max()
            .unwrap_or(0);
        let clause_end = breaks
            .iter()
            .copied()
            .find(|&b| b > end)
            .unwrap_or(sentence.len());
        let in_one_clause = !breaks.iter().any(|&b| start < b && b <= end);
        // Between the date and the sign, no "and" or "but" that starts a new clause of its own ("2 years ago
        // I had my knee replaced and the scar started oozing" dates the operation).
        // After the sign, from the last of its words before the date ("calf went swollen and hot after his
        // op years ago": the "and" is the sign's own).
        let between = if t.start >= sign_end {
            let last = patterns
                .iter()
                .flat_map(|p| p.find_iter(sentence))
                .map(|m| m.end())
                .filter(|&e| e <= t.start)
                .max()
                .unwrap_or(sign_end);
            &sentence[last..t.start]
        } else {
            &sentence[t.end..sign_start]
        };
        let joined = crate::text::normalize::word_spans(between)
            .any(|(s, e, _)| over.clause_goes_on.iter().any(|w| w == &between[s..e]));
        // Before the sign, the date opens its clause ("Years ago I had a fever"); "my TKR in 2022 went fine
        // and my calf swelled up" dates the operation.
        let date_opens_clause = sentence[clause_start..t.start].trim().is_empty();
        is_point_in_the_past(sentence, t)
            && in_one_clause
            && !joined
            && (t.start >= sign_end || date_opens_clause)
            && !super::sign_over::told_present(&sentence[clause_start..clause_end], over)
    })
}

/// The span from the first match of the sign's patterns in `sentence` to the end of the last.
fn sign_span(sentence: &str, patterns: &[Regex]) -> Option<(usize, usize)> {
    let mut span: Option<(usize, usize)> = None;
    for p in patterns {
        let m = p.find(sentence)?;
        span = Some(span.map_or((m.start(), m.end()), |(s, e)| {
            (s.min(m.start()), e.max(m.end()))
        }));
    }
    span
}

/// Whether the time `t` in `sentence` is a point in the past: a calendar reference ("back in 2022", "last
/// year"), or a counted span with "ago" in it or just after it.
fn is_point_in_the_past(sentence: &str, t: &Elapsed) -> bool {
    let span = &sentence[t.start..t.end];
    let counted = span
        .split_whitespace()
        .last()
        .is_some_and(|w| super::lengths::unit(w).is_some());
    let next = sentence[t.end..].split_whitespace().next().unwrap_or("");
    !counted || span.split_whitespace().any(|w| w == "ago") || POINT_AFTER.contains(&next)
}
