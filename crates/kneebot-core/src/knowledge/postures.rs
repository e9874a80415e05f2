//! Positions someone may say they cannot take (`vocabulary.toml` `[[posture]]`), compiled: read by the
//! understanding's limits, so an exercise done in such a position is ruled out for that person.

use regex::Regex;

/// A position, the patterns saying someone cannot take it, and the words that put an exercise in it.
#[derive(Debug, Clone)]
pub struct Posture {
    pub id: String,
    pub cannot: Vec<Regex>,
    /// Each a phrase as plain words ("on all fours" -> ["on", "all", "fours"]).
    pub words: Vec<Vec<String>>,
}

/// Compiles `[[posture]]` (`compile` reports a pattern that does not compile and leaves it out; `words`
/// turns a word list into phrases of plain words, the way questions are tokenised).
pub(super) fn compile(
    defs: &[super::files::PostureDef],
    mut compile: impl FnMut(&toml::Spanned<String>) -> Option<Regex>,
    words: impl Fn(&[String]) -> Vec<Vec<String>>,
) -> Vec<Posture> {
    defs.iter()
        .map(|p| Posture {
            id: p.id.clone(),
            cannot: p.cannot.iter().filter_map(&mut compile).collect(),
            words: words(&p.words),
        })
        .collect()
}
