//! Whose word a limit is. Only a clinician's limit (or what the asker cannot do) rules an exercise out; one
//! told by an adviser who is not a clinician ("my personal trainer says I'm not allowed to run", "my friend
//! says rest it completely") is their opinion, and the material's ruling stands.

use super::super::normalize::Token;
use super::super::phrases::sentence_span;
use crate::knowledge::Vocabulary;

/// True when the limit told at the end of `before` (its sentence up to the limit) is an adviser's: one is
/// named speaking in it (`[asking] adviser_speaks`) with no clinician speaking nearer before the limit ("my
/// GP said squats are fine but my yoga teacher says never squat": the nearer speaker gives it). A
/// clinician's word inside the adviser's name ("personal trainer") is the adviser. A clinician the adviser
/// owns ("my daughter's surgeon said") speaks for that person, so the limit holds
/// unless the writer asks for themselves (`writer_asked`).
pub(super) fn gives(before: &str, writer_asked: impl Fn() -> bool, vocab: &Vocabulary) -> bool {
    let adviser = vocab.asking.adviser_speaks.spans(before).last().copied();
    adviser.is_some_and(|(start, end)| {
        !(vocab.intent.clinician.find_iter(before)).any(|m| {
            m.start() >= end
                || (m.start() > start
                    && before[start..m.start()].ends_with(" s ")
                    && !writer_asked())
        })
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
        let sentence = tokens
            .get(tokens.partition_point(|t| t.end <= start))
            .map_or(0, |t| sentence_span(tokens, t.sentence).0);
        !ended(start, end) && !gives(&text[sentence.min(start)..end], &writer_asked, vocab)
    })
}
