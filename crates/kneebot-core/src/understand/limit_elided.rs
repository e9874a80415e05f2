//! Stage of reading limits: an inability told with its verb left out ("Everyone keeps saying 'just walk
//! more'… I physically can't."), which points back at the exercise named last before it. The bot never
//! recommends what the asker says they cannot do.

use super::normalize::Token;
use super::uncovered::Mention;
use crate::knowledge::vocabulary::Asking;

/// How many sentences back an elided inability may point ("…'just walk more'. My GP, my physio, this
/// video. I physically can't.").
const SENTENCES_BACK: usize = 2;

/// The indices of the `mentions` that a sentence of its own, telling an inability with no verb
/// (`[asking] limit_elided`), points back at: the last mention before it, within [`SENTENCES_BACK`].
pub(super) fn pointed_back(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    asking: &Asking,
) -> Vec<usize> {
    let mut limited = Vec::new();
    // The pattern holds a whole sentence, so it is matched sentence by sentence.
    if mentions.is_empty() {
        return limited;
    }
    for (s, span) in super::asking::sentence_spans(tokens)
        .into_iter()
        .enumerate()
    {
        let Some((start, end)) = span.filter(|_| s > 0) else {
            continue;
        };
        if !asking.limit_elided.is_match(&text[start..end]) {
            continue;
        }
        let named_before = mentions.iter().rposition(|&(_, first, _)| {
            let at = tokens[first].sentence;
            at < s && s - at <= SENTENCES_BACK
        });
        if let Some(k) = named_before.filter(|k| !limited.contains(k)) {
            limited.push(k);
        }
    }
    limited
}
