//! Whether a date in a post is still ahead: the clause before it waits for it ("till my consultant sees me
//! again in April", "the physio is on leave until January") or tells what happened ("I was on crutches
//! until March"). The words of each are `[words] ahead`, `behind` and `ahead_untensed`.

use super::phrases::last_words;
use crate::text::last_word_at;

/// How many words back from a date `looks_ahead` reads its clause.
const CLAUSE_WORDS: usize = 40;

/// True when the clause ending `before` waits for what comes next ("till my consultant sees me in April")
/// and tells nothing that happened nearer the date ("I was on crutches until March").
pub(super) fn looks_ahead(before: &str, words: &crate::knowledge::vocabulary::TimeWords) -> bool {
    // A clause longer than this is a run-on post; its last words are the ones that wait or not.
    let clause = super::timeline::last_clause(last_words(before, CLAUSE_WORDS)).trim();
    let last_of =
        |ws: &mut dyn Iterator<Item = &String>| ws.filter_map(|w| last_word_at(clause, w)).max();
    let Some(behind) = last_of(&mut words.behind.iter()) else {
        return last_of(&mut words.ahead.iter()).is_some();
    };
    let tensed = &mut words
        .ahead
        .iter()
        .filter(|w| !words.ahead_untensed.contains(w));
    last_of(tensed).is_some_and(|ahead| ahead > behind)
}
