//! English stemming (Snowball, the algorithm the search index uses), with a table of stems already worked
//! out for the material's words, and abbreviations' plurals ("rdls") read in the singular.

use super::normalize::{normalize, tokenize, Token};
use smol_str::SmolStr;
use std::borrow::Cow;

/// English stemming (Snowball), the same algorithm the search index uses.
pub struct Stemmer {
    algorithm: frostem::Stemmer,
    /// Speed: stems already worked out for the material's words (see [`Stemmer::learn`]). Snowball is a
    /// large share of answering time (the passages quoted are re-tokenised per answer); a lookup gives the
    /// same stem for a fraction of the cost. Filled once, before the stemmer is shared, so it needs no lock.
    known: rustc_hash::FxHashMap<String, String>,
    /// Speed: stems of question words the material does not use, remembered as questions bring them
    /// ("physio", "squatting"), up to [`SEEN_MAX`] words so no stream of questions grows it without end.
    /// Snowball is a pure function of the word, so a remembered stem is the stem.
    seen: std::sync::RwLock<rustc_hash::FxHashMap<String, SmolStr>>,
}

/// How many question words [`Stemmer`] remembers beyond the material's (a few hundred kilobytes at most).
const SEEN_MAX: usize = 20_000;

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer {
            algorithm: frostem::Stemmer::new(frostem::Algorithm::English),
            known: rustc_hash::FxHashMap::default(),
            seen: std::sync::RwLock::default(),
        }
    }
}

impl Stemmer {
    pub fn stem(&self, word: &str) -> String {
        match self.known.get(word) {
            Some(stem) => stem.clone(),
            None => self.remembered(word).to_string(),
        }
    }

    /// The stem of a word the material does not use: remembered from an earlier question, or worked out
    /// and remembered while there is room.
    fn remembered(&self, word: &str) -> SmolStr {
        if let Some(stem) = self
            .seen
            .read()
            .ok()
            .and_then(|seen| seen.get(word).cloned())
        {
            return stem;
        }
        let stem = SmolStr::new(self.fresh(word));
        if let Ok(mut seen) = self.seen.write() {
            if seen.len() < SEEN_MAX {
                seen.insert(word.to_string(), stem.clone());
            }
        }
        stem
    }

    /// Snowball's stem, and the plural of an abbreviation ("rdls", "ghrs"), which Snowball leaves alone
    /// because it has no vowel, in the singular.
    fn fresh<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match word.strip_suffix('s') {
            Some(one) if one.len() >= 2 && !one.contains(['a', 'e', 'i', 'o', 'u', 'y']) => {
                Cow::Borrowed(one)
            }
            _ => self.algorithm.stem(word),
        }
    }

    /// Like [`Stemmer::stem`], borrowing the stem when it is known (no allocation).
    pub fn stem_cow(&self, word: &str) -> Cow<'_, str> {
        match self.known.get(word) {
            Some(stem) => Cow::Borrowed(stem.as_str()),
            None => Cow::Owned(self.remembered(word).to_string()),
        }
    }

    /// Like [`Stemmer::stem`], as a [`SmolStr`]: a short stem is copied inline, with no allocation.
    pub fn stem_small(&self, word: &str) -> SmolStr {
        match self.known.get(word) {
            Some(stem) => SmolStr::new(stem),
            None => self.remembered(word),
        }
    }

    /// The stem of `word`, remembered for later lookups (one allocation per new word, none after).
    pub fn learn_word(&mut self, word: &str) -> &str {
        if !self.known.contains_key(word) {
            let stem = self.fresh(word).into_owned();
            self.known.insert(word.to_string(), stem);
        }
        &self.known[word]
    }

    /// Remembers the stems of `tokens` (made by this stemmer, so the stems are Snowball's) for later lookups.
    pub fn learn(&mut self, tokens: &[Token]) {
        for t in tokens {
            if !self.known.contains_key(t.text.as_str()) {
                self.known.insert(t.text.to_string(), t.stem.to_string());
            }
        }
    }

    /// Normalises and stems a vocabulary phrase into its word stems.
    pub fn phrase(&self, phrase: &str) -> Vec<String> {
        tokenize(&normalize(phrase), self)
            .into_iter()
            .map(|t| t.stem.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_stem_is_snowballs_and_memory_is_bounded() {
        let s = Stemmer::default();
        for word in ["physio", "squatting", "hamstrings", "rdls", "physio"] {
            assert_eq!(s.stem(word), s.fresh(word), "{word}");
            assert_eq!(s.stem(word), s.stem_cow(word), "{word}");
        }
        for i in 0..SEEN_MAX + 50 {
            s.stem(&format!("word{i}s"));
        }
        let seen = s.seen.read().map(|seen| seen.len()).unwrap_or(0);
        assert_eq!(seen, SEEN_MAX);
        // A word met once the table is full is still stemmed right.
        assert_eq!(s.stem("lunges"), s.fresh("lunges"));
    }

    #[test]
    fn abbreviations_in_the_plural_stem_to_the_singular() {
        let s = Stemmer::default();
        assert_eq!(s.stem("rdls"), "rdl");
        assert_eq!(s.stem("ghrs"), "ghr");
        assert_eq!(s.stem("curls"), "curl");
        // A word with a vowel is left to Snowball; one letter before the "s" is no abbreviation.
        assert_eq!(s.stem("hips"), "hip");
        assert_eq!(s.stem("ms"), "ms");
    }
}
