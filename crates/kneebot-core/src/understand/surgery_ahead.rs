//! Whether a surgery the post names is told as ahead ("having my TKR next week", "Got my date. It's next
//! Friday."): then the times the post gives are before it, not since it.

use super::normalize::Token;
use crate::text::pattern::AnyOf;

/// A sentence this short after a surgery's ("Next week!") tells its time.
const SHORT_SENTENCE_WORDS: usize = 3;

/// True when a sentence of `text` with a surgery word in it (their indices, `sentences`) says it is ahead
/// (`ahead`), or the short sentence after it, or one after it that points back at it, does.
pub(super) fn told_in_its_sentence(
    text: &str,
    tokens: &[Token],
    sentences: impl Iterator<Item = usize>,
    ahead: &AnyOf,
) -> bool {
    // Every surgery word of one sentence gets the same answer: each sentence is read once, so a post
    // naming the operation hundreds of times in one sentence is not read hundreds of times over.
    let mut read: Vec<usize> = Vec::new();
    for sentence in sentences {
        if read.contains(&sentence) {
            continue;
        }
        read.push(sentence);
        let (start, end) = super::phrases::sentence_span(tokens, sentence);
        let mut next = super::phrases::sentence_tokens(tokens, sentence + 1).iter();
        // "Having my TKR. Next week.", "Got my date. It's next Friday.": a short sentence after it, or
        // one that points back at it, tells its time.
        let next_tells_its_time = next.next().is_some_and(|first| {
            matches!(first.text.as_str(), "it" | "its" | "that")
                || next.count() < SHORT_SENTENCE_WORDS // the words after the first
        });
        if ahead.is_match(&text[start..end])
            || (next_tells_its_time && {
                let (start, end) = super::phrases::sentence_span(tokens, sentence + 1);
                ahead.is_match(&text[start..end])
            })
        {
            return true;
        }
    }
    false
}
