//! Citing the material: the passages a ruling's reasons rest on, quoted with the question's words in bold
//! and scored by this question's search; or, with no ruling, the top search hits quoted at their best
//! sentence. Each citation carries where the passage can be watched.

use super::quote::{highlight, highlight_prepared};
use super::{Context, Query, MAX_PASSAGES};
use crate::answer::{Answer, CitedPassage};
use crate::ids::PassageId;
use crate::knowledge::Reason;
use crate::retrieve::Hit;

/// Cites the passages `reasons` rest on (at most three), scored by this question's search.
pub(super) fn cite(answer: &mut Answer, reasons: &[Reason], cx: &Context, query: &Query) {
    answer.reasons = reasons.iter().map(|r| r.says.clone()).collect();
    for r in reasons {
        if answer.passages.len() >= MAX_PASSAGES {
            break;
        }
        let passage = &cx.knowledge.passages[r.passage];
        if answer.passages.iter().any(|p| p.id == passage.id) {
            continue;
        }
        let score = cx
            .hits
            .iter()
            .find(|h| h.passage == r.passage)
            .map(|h| h.score)
            .unwrap_or(0.0);
        let quote = match cx.prepared.reason_quotes.get(&r.quote) {
            Some(stems) => highlight_prepared(&r.quote, stems, query),
            None => highlight(&r.quote, &query.stems, cx.stemmer),
        };
        answer.passages.push(cited(cx, r.passage, quote, score));
    }
}

fn cited(cx: &Context, passage: PassageId, quote: String, score: f32) -> CitedPassage {
    let p = &cx.knowledge.passages[passage];
    let source = &cx.knowledge.sources[p.source];
    CitedPassage {
        source: source.id.clone(),
        source_title: source.title.clone(),
        id: p.id.clone(),
        text: p.text.clone(),
        quote,
        score,
        url: cx.knowledge.passage_url(passage),
    }
}

/// The top search hits as cited passages, each quoted at its best sentence.
pub(super) fn retrieved(cx: &Context, query: &Query) -> Vec<CitedPassage> {
    cx.hits
        .iter()
        .take(MAX_PASSAGES)
        .map(|h| quoted_hit(cx, h, query))
        .collect()
}

/// A search hit as a cited passage, quoted at its best sentence with the question's words in bold.
pub(super) fn quoted_hit(cx: &Context, h: &Hit, query: &Query) -> CitedPassage {
    let text = &cx.knowledge.passages[h.passage].text;
    let (quote, sentence) = cx.prepared.best_quote(h.passage, text, query);
    let quote = match sentence {
        Some(sentence) => highlight_prepared(&quote, &sentence.quote_stems, query),
        None => highlight(&quote, &query.stems, cx.stemmer),
    };
    cited(cx, h.passage, quote, h.score)
}
