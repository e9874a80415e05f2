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
