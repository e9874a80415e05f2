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
    /// For a kind of movement: the topics holding exercises of that kind ("no impact": walking or
    /// running). An overview leaves their lines out when such a limit is told: it can neither recommend
    /// the line whole nor rule out its other exercises.
    pub topics: Vec<crate::ids::TopicId>,
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
            topics: Vec::new(),
        })
        .collect();
    (postures, Tagged::new(cannot))
}

/// Fills in each movement's topics: those with an exercise phrase written as one of the movement's words.
pub(super) fn link_topics(
    postures: &mut [Posture],
    phrases: &rustc_hash::FxHashMap<String, Vec<super::phrases::PhraseEntry>>,
    words: impl Fn(&str) -> Vec<String>,
) {
    for posture in postures.iter_mut().filter(|p| p.in_exercise_words) {
        for entry in phrases.values().flatten() {
            let super::vocabulary::Meaning::Exercise(topic) = entry.meaning else {
                continue;
            };
            if !posture.topics.contains(&topic) && posture.words.contains(&words(&entry.text)) {
                posture.topics.push(topic);
            }
        }
    }
}
