//! "Six months ago today I had my ACL reconstructed": a day named right after a count that is the
//! anniversary of the operation the count dates, so the day is no time of its own.

use super::timeline::Elapsed;

/// Whether the day named at `start..end` names the anniversary of an operation counted just before it ("six
/// months ago today I had my ACL reconstructed"), so the count dates the event: the count opens its
/// sentence, words of an operation follow the day, and no other day or time is told later in the post. Run on
/// from another clause ("I tore it 2 years ago yesterday i had the op") or of an injury ("two years ago
/// today I tore my ACL and finally had the reconstruction"), the day keeps its own date.
pub(super) fn is_anniversary(
    text: &str,
    (start, end): (usize, usize),
    counts: &[Elapsed],
    named_later: impl FnOnce() -> bool,
    words: &crate::knowledge::vocabulary::TimeWords,
) -> bool {
    let Some(count_end) = text[..start]
        .trim_end()
        .strip_suffix(" ago")
        .map(|b| b.trim_end().len())
    else {
        return false;
    };
    let after = text[end..].trim_start();
    let of_operation = words
        .anniversary
        .iter()
        .any(|w| after.starts_with(w.as_str()) && after[w.len()..].starts_with([' ', ',']));
    let Some(count) = counts.iter().find(|e| e.end == count_end) else {
        return false;
    };
    let opens_sentence = text[..count.start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ';' | ':' | '('));
    // A later time for another event ("…and 3 weeks ago I had the left one done"); a date that agrees
    // with the count ("(8 Jan)") is the same event.
    let dated_later = counts
        .iter()
        .any(|e| e.start > end && (e.days - count.days).abs() > ANNIVERSARY_SLACK_DAYS);
    // Speed: looking for a later day is a search of its own, done last.
    opens_sentence && of_operation && !dated_later && !named_later()
}

/// How far a date written beside an anniversary may be from its count and still be the same event.
const ANNIVERSARY_SLACK_DAYS: f64 = 14.0;
