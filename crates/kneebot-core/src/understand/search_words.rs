//! What a question gives the passage search besides its own words: the vocabulary's expansions for how
//! it is worded ("what are they for" adds a muscle's role words), and, for a question about the material,
//! the sentences it asks about.

use super::{normalize, phrases};
use crate::knowledge::Vocabulary;

/// Stems the vocabulary's search expansions add for a question worded as `text`.
pub(super) fn expansions(text: &str, vocab: &Vocabulary) -> Vec<String> {
    vocab
        .expansion_when
        .which(text)
        .iter()
        .filter_map(|i| vocab.expansion_add.get(i))
        .flatten()
        .cloned()
        .collect()
}

/// The sentences a question about the material asks about: its asking sentences, and any other that
/// points at a part of the material ("Near the end he talks about people who… What does he say goes
/// wrong for them?"), since the question's own words may be only pronouns.
pub(super) fn material_sentences(
    text: &str,
    tokens: &[normalize::Token],
    asked: &[usize],
    vocab: &Vocabulary,
) -> Vec<usize> {
    let mut sentences = asked.to_vec();
    let last = tokens.last().map_or(0, |t| t.sentence);
    for s in 0..=last {
        let (start, end) = phrases::sentence_span(tokens, s);
        if !sentences.contains(&s)
            && end > start
            && vocab.intent.about_material.is_match(&text[start..end])
        {
            sentences.push(s);
        }
    }
    sentences
}
