//! A video no rule covers yet still answers, in its own words and without a verdict. When a question the
//! rules cannot rule on points into a source that no rule or timing note cites (a video a moderator just
//! added), the answer is `info`: the video's title and its best passages, never a yes or no. An advice
//! question is told that no rule says yet whether the exercise suits them.

use super::cite::quoted_hit;
use super::{Context, Query, MAX_PASSAGES};
use crate::answer::{Answer, Verdict};
use crate::retrieve::Hit;
use crate::understand::Understanding;

/// Whether a question about the material points more to a video no rule covers than to the ruled ones:
/// some passage of that video holds more of the question's own specific words (not the search's
/// expansions) than any ruled passage among the hits. "How do I do a TKE?" is about the TKE video, even
/// when the older video's passages on quads rank higher through the expanded search.
pub(super) fn preferred(u: &Understanding, cx: &Context) -> bool {
    let k = cx.knowledge;
    let specific = specific_stems(u, cx);
    if specific.is_empty() {
        return false;
    }
    let held = |h: &Hit| {
        specific
            .iter()
            .filter(|s| cx.passage_stems.contains(h.passage, s))
            .count()
    };
    let best = |ruled: bool| {
        cx.hits
            .iter()
            .filter(|h| k.is_ruled(k.passages[h.passage].source) == ruled)
            .map(held)
            .max()
            .unwrap_or(0)
    };
    best(false) > best(true)
}

fn specific_stems<'u>(u: &'u Understanding, cx: &Context) -> Vec<&'u str> {
    let vocab = &cx.knowledge.vocabulary;
    u.tokens
        .iter()
        .filter(|t| !vocab.is_stop_word(&t.text) && !vocab.is_generic(&t.text))
        .map(|t| t.stem.as_str())
        .collect()
}

/// Turns a `not_covered` answer into the new video's passages when the question's words point there;
/// `false` (and no change) otherwise.
pub(super) fn answer(
    answer: &mut Answer,
    u: &Understanding,
    cx: &Context,
    query: &Query,
    advice: bool,
) -> bool {
    let k = cx.knowledge;
    let unruled = |h: &&Hit| !k.is_ruled(k.passages[h.passage].source);
    // The video whose passage holds most of the question's words; the better-ranked one on a tie.
    let specific = specific_stems(u, cx);
    let Some(first) = cx.hits.iter().filter(unruled).rev().max_by_key(|h| {
        specific
            .iter()
            .filter(|s| cx.passage_stems.contains(h.passage, s))
            .count()
    }) else {
        return false;
    };
    let source = k.passages[first.passage].source;
    let in_source: Vec<&Hit> = cx
        .hits
        .iter()
        .filter(|h| k.passages[h.passage].source == source)
        .take(MAX_PASSAGES)
        .collect();
    let holds = |stem: &str| {
        in_source
            .iter()
            .any(|h| cx.passage_stems.contains(h.passage, stem))
    };
    // The question's specific words (not "knee", "pain", "exercise"), most of them in the video's passages;
    // or the thing the vocabulary calls uncovered, which this video does talk about.
    let found = specific.iter().filter(|s| holds(s)).count();
    let names_uncovered = !u.uncovered.is_empty()
        && u.uncovered
            .iter()
            .all(|phrase| cx.stemmer.phrase(phrase).iter().all(|s| holds(s)));
    if specific.is_empty() || !(found * 2 > specific.len() || names_uncovered) {
        return false;
    }
    let passages: Vec<_> = in_source.iter().map(|h| quoted_hit(cx, h, query)).collect();
    let title = &k.sources[source].title;
    let said = passages
        .first()
        .map(|p| p.quote.replace("**", ""))
        .unwrap_or_default();
    answer.verdict = Verdict::Info;
    answer.topic = None;
    answer.topic_name = None;
    answer.guidance = if advice {
        format!(
            "The channel has a video on this, “{title}”, but no rule here says yet whether it suits you, so \
             I give no yes or no. The video says: “{said}”"
        )
    } else {
        format!("The video “{title}” says: “{said}”")
    };
    answer.passages = passages;
    true
}
