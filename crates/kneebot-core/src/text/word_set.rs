//! A large, fixed set of words asked only "is this word in it?" (the spelling check's real words).
//!
//! Why not a hash set of `String`s: sixty thousand words there cost about 5 MB (a table of 24-byte
//! strings plus one allocation per word), more than a tenth of the bot's memory. Here they sit in one
//! buffer with their offsets, found through an open-addressing table of 4-byte positions (about 1.3 MB in
//! all); a lookup hashes the word once and compares it with one or two candidates.

use std::hash::BuildHasher;

/// A slot of `table` that holds no word.
const EMPTY: u32 = u32::MAX;

/// Words without repeats, in one buffer.
#[derive(Debug, Default)]
pub struct WordSet {
    text: String,
    /// Where each word starts in `text`; a word ends where the next starts (or at the end).
    starts: Vec<u32>,
    /// Word positions by hash, linear probing; a power of two at least twice the word count, so
    /// probes stay short.
    table: Vec<u32>,
}

impl WordSet {
    /// The set of `words` (repeats and order do not matter).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut sorted: Vec<&str> = words.into_iter().collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut set = WordSet {
            text: String::with_capacity(sorted.iter().map(|w| w.len()).sum()),
            starts: Vec::with_capacity(sorted.len()),
            table: Vec::new(),
        };
        for word in sorted {
            let start = u32::try_from(set.text.len()).expect("the word list is under 4 GB");
            set.starts.push(start);
            set.text.push_str(word);
        }
        if !set.starts.is_empty() {
            set.table = vec![EMPTY; (set.starts.len() * 2).next_power_of_two()];
            for i in 0..set.starts.len() {
                let mut slot = set.home(set.word(i));
                while set.table[slot] != EMPTY {
                    slot = (slot + 1) & (set.table.len() - 1);
                }
                set.table[slot] = i as u32;
            }
        }
        set
    }

    /// Whether `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// How many words the set holds.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the set holds no word.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn word(&self, i: usize) -> &str {
        let start = self.starts[i] as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |&s| s as usize);
        &self.text[start..end]
    }

    /// The slot where `word`'s probe starts.
    fn home(&self, word: &str) -> usize {
        rustc_hash::FxBuildHasher.hash_one(word) as usize & (self.table.len() - 1)
    }

    fn position(&self, word: &str) -> Option<usize> {
        if self.table.is_empty() {
            return None;
        }
        let mut slot = self.home(word);
        loop {
            match self.table[slot] {
                EMPTY => return None,
                i if self.word(i as usize) == word => return Some(i as usize),
                _ => slot = (slot + 1) & (self.table.len() - 1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn finds_every_word_and_nothing_else() {
        let set = WordSet::new(["walking", "squat", "knee", "squat", "a", "zebra", "squats"]);
        assert_eq!(set.len(), 6);
        for w in ["walking", "squat", "knee", "a", "zebra", "squats"] {
            assert!(set.contains(w), "{w}");
        }
        // Prefixes and extensions of words, and words between or beyond them, are not in it.
        for w in [
            "", "squa", "squatss", "kne", "kneel", "b", "zz", "aa", "walk",
        ] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn an_empty_set_holds_nothing() {
        let set = WordSet::new(std::iter::empty());
        assert!(set.is_empty());
        assert!(!set.contains("knee"));
        assert!(!set.contains(""));
    }
}
