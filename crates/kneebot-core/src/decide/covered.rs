//! Whether the material speaks to a question about itself at all, before any passage is quoted as an
//! answer: a question whose specific words the top passages do not hold is not covered.

use super::{Context, MAX_PASSAGES};
use crate::understand::Understanding;

/// Whether the material speaks to a question about itself: the top passages hold most of the question's
/// specific words (not "knee", "pain" or "exercise", which are everywhere).
pub(super) fn covered(u: &Understanding, cx: &Context) -> bool {
    if cx.hits.is_empty() {
        return false;
    }
    // A story around a question about the material ("I've done curls for years… what point is he
    // making with the cake?") brings words no passage needs to hold: what is asked must be spoken to.
    let asked =
        |sentence: usize| u.material_asked.is_empty() || u.material_asked.contains(&sentence);
    let specific: Vec<&str> = u
        .tokens
        .iter()
        .filter(|t| asked(t.sentence))
        .filter(|t| {
            let vocab = &cx.knowledge.vocabulary;
            !vocab.is_stop_word(&t.text) && !vocab.is_generic(&t.text)
        })
        .map(|t| t.stem.as_str())
        .collect();
    let expanded = cx.hits.iter().take(MAX_PASSAGES).any(|h| {
        u.expansions
            .iter()
            .any(|s| cx.passage_stems.contains(h.passage, s))
    });
    if specific.is_empty() {
        return expanded;
    }
    let found = specific
        .iter()
        .filter(|s| {
            cx.hits
                .iter()
                .take(MAX_PASSAGES)
                .any(|h| cx.passage_stems.contains(h.passage, s))
        })
        .count();
    // The vocabulary's expansions say which words answer a question of this shape; finding them is
    // evidence too.
    found * 2 > specific.len() || (expanded && found > 0)
}
