//! Choices listed on the lines after a question that points ahead to them ("which of these should I be
//! doing?" then "- leg extensions", "- lying curls"): the lines are asked about with the question, and
//! a line that reads like a recovery sign ("- walking to the end of the road and back") is a choice, not
//! where the asker is. Part of finding what a post asks (`asking.rs`).

use super::normalize::Token;

/// A line after a question pointing ahead is one of its choices up to this many words.
const LIST_ITEM_WORDS: usize = 10;

/// The sentences (index and byte span) listed after each of the `asking` sentences that `points_ahead`:
/// every short one up to the first longer one. `spans` are the sentences' byte spans, `None` for a
/// sentence with no words.
pub(super) fn items_after(
    asking: &[usize],
    spans: &[Option<(usize, usize)>],
    tokens: &[Token],
    points_ahead: impl Fn(usize) -> bool,
) -> Vec<(usize, (usize, usize))> {
    let mut items = Vec::new();
    for &i in asking.iter().filter(|&&i| points_ahead(i)) {
        for (j, span) in spans.iter().enumerate().skip(i + 1) {
            let Some(span) = span else {
                continue;
            };
            if super::phrases::sentence_tokens(tokens, j).len() > LIST_ITEM_WORDS {
                break;
            }
            if !items.iter().any(|&(k, _)| k == j) {
                items.push((j, *span));
            }
        }
    }
    items
}
