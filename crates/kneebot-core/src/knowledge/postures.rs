//! Positions someone may say they cannot take (`vocabulary.toml` `[[posture]]`), compiled: read by the
//! understanding's limits, so an exercise done in such a position is ruled out for that person.

use crate::text::pattern::Tagged;
use regex::Regex;

/// A position and the words that put an exercise in it.
#[derive(Debug, Clone)]
pub struct Posture {
    pub id: String,
    /// Each a phrase as plain words ("on all fours" -> ["on", "all", "fours"]).
    pub words: Vec<Vec<String>>,
    /// A limit naming an exercise ("…when squatting") rules out all of that exercise (`[[posture]]`
    /// `limits_named_exercise`).
    pub limits_named_exercise: bool,
    /// Only the exercise's own words and the word either side put it in the position (`[[posture]]
    /// in_exercise_words`).
    pub in_exercise_words: bool,
}

/// Compiles `[[posture]]`: the positions, and the patterns saying someone cannot take one, each tagged
/// with its position's place in the list (`compile` reports a pattern that does not compile and leaves it
/// out; `words` turns a word list into phrases of plain words, the way questions are tokenised).
pub(super) fn compile(
    defs: &[super::files::PostureDef],
    mut compile: impl FnMut(&toml::Spanned<String>) -> Option<Regex>,
    words: impl Fn(&[String]) -> Vec<Vec<String>>,
) -> (Vec<Posture>, Tagged<usize>) {
    let cannot = defs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.cannot.iter().map(move |r| (i, r)))
        .filter_map(|(i, r)| Some((i, compile(r)?)))
        .collect();
    let postures = defs
        .iter()
        .map(|p| Posture {
            id: p.id.clone(),
            words: words(&p.words),
            limits_named_exercise: p.limits_named_exercise,
            in_exercise_words: p.in_exercise_words,
        })
        .collect();
    (postures, Tagged::new(cannot))
}
