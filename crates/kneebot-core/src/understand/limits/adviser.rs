//! Whose word a limit is. Only a clinician's limit (or what the asker cannot do) rules an exercise out; one
//! told by an adviser who is not a clinician ("my personal trainer says I'm not allowed to run", "my friend
//! says rest it completely") is their opinion, and the material's ruling stands.

use super::super::clause_breaks::clause_breaks;
use super::super::normalize::Token;
use super::super::phrases::sentence_span;
use crate::knowledge::Vocabulary;

/// True when the limit told at byte `at` of `sentence` is an adviser's: one is named speaking before it
/// (`[asking] adviser_speaks`), their verb governs it (no clause opens between them, and it is no order
/// they pass on: `adviser_relays`), and no clinician is named in their clause, before or after ("my
/// surgeon and my personal trainer both said no squats", "…I was told no squats by the surgeon"). Missing
/// a clinician's limit may give a go-ahead they ruled out, so any doubt leaves it the clinician's.
/// A clinician's word inside the adviser's name ("personal trainer") is the adviser. A clinician the
/// adviser owns ("my daughter's surgeon said") speaks for that person, so the limit holds unless the
/// writer asks for themselves (`writer_asked`).
pub(super) fn gives(
    sentence: &str,
    at: usize,
    writer_asked: impl Fn() -> bool,
    vocab: &Vocabulary,
) -> bool {
    let at = at.min(sentence.len());
    let Some((start, end)) = vocab
        .asking
        .adviser_speaks
        .spans(&sentence[..at])
        .last()
        .copied()
    else {
        return false;
    };
    let breaks = clause_breaks(sentence);
    if breaks.iter().any(|&b| b > end && b <= at)
        || vocab.asking.adviser_relays.is_match(&sentence[end..at])
    {
        return false;
    }
    let from = breaks
        .iter()
        .copied()
        .filter(|&b| b <= start)
        .max()
        .unwrap_or(0);
    let to = breaks
        .iter()
        .copied()
        .find(|&b| b > at)
        .unwrap_or(sentence.len());
    !(vocab.intent.clinician.find_iter(&sentence[from..to])).any(|m| {
        let (m_start, m_end) = (from + m.start(), from + m.end());
        let inside = m_start >= start && m_end <= end;
        !inside || (m_start > start && sentence[start..m_start].ends_with(" s ") && !writer_asked())
    })
}

/// True when the post tells an order to rest that still holds and is a clinician's ("GP said rest
/// completely for 2 weeks", "surgeon said nothing but rest until my follow-up"), not an adviser's ("PT
/// says glute work, my friend says rest it completely til its healed"). `ended` reads whether the order's
/// told end, at bytes `start..end`, has passed.
pub(super) fn rest_ordered(
    text: &str,
    tokens: &[Token],
    ended: impl Fn(usize, usize) -> bool,
    writer_asked: impl Fn() -> bool,
    vocab: &Vocabulary,
) -> bool {
    (vocab.asking.rest_order.spans(text).iter()).any(|&(start, end)| {
        let (from, to) = tokens
            .get(tokens.partition_point(|t| t.end <= start))
            .map_or((0, text.len()), |t| sentence_span(tokens, t.sentence));
        let (from, to) = (from.min(start), to.max(end));
        !ended(start, end) && !gives(&text[from..to], end - from, &writer_asked, vocab)
    })
}
