//! A post with some of its sentences left out, as `persons.rs` (someone else's story) and `sides.rs` (the
//! other knee's) read it: each kept sentence from its first word to the next sentence's first word, its
//! punctuation kept.

use super::normalize::Token;

/// `text` without the sentences marked in `left_out`; `before_each(s, kept)` may add words before
/// sentence `s`'s place, kept or not (a pointed-back exercise of a sentence left out).
pub(super) fn kept_sentences(
    text: &str,
    tokens: &[Token],
    left_out: &[bool],
    mut before_each: impl FnMut(usize, &mut String),
) -> String {
    let spans = super::asking::sentence_spans(tokens);
    let mut kept = String::with_capacity(text.len());
    for (s, span) in spans.iter().enumerate() {
        before_each(s, &mut kept);
        if let (Some((start, _)), false) = (span, left_out[s]) {
            let end = spans[s + 1..]
                .iter()
                .flatten()
                .next()
                .map_or(text.len(), |&(next, _)| next);
            kept.push_str(text[*start..end].trim_end());
            kept.push(' ');
        }
    }
    kept.truncate(kept.trim_end().len());
    kept
}
