//! Which stems each passage holds, numbered once: "is this word in that passage?" and "how many passages
//! use it?" for every answer, in a few bytes per word rather than a set of strings per passage (a 50,000
//! passage catalogue held ~180 MB of sets).

use crate::knowledge::Knowledge;
use crate::understand::normalize::{normalize, word_spans, Stemmer};
use rustc_hash::FxHashMap;

#[derive(Debug, Default)]
pub struct PassageStems {
    ids: FxHashMap<String, u32>,
    /// Per passage, its stems' numbers, sorted, each once.
    per_passage: Vec<Box<[u32]>>,
    /// Per stem number, how many passages hold it.
    passages_with: Vec<u32>,
}

impl PassageStems {
    /// Reads every passage; `stemmer` learns the material's words on the way (see [`Stemmer::learn_word`]).
    pub fn build(knowledge: &Knowledge, stemmer: &mut Stemmer) -> PassageStems {
        let mut out = PassageStems::default();
        let mut numbers = Vec::new();
        for passage in &knowledge.passages {
            let text = normalize(&passage.text);
            numbers.clear();
            for (start, end, _) in word_spans(&text) {
                let stem = stemmer.learn_word(&text[start..end]);
                let next = out.ids.len() as u32;
                let id = *out.ids.entry(stem.to_string()).or_insert(next);
                numbers.push(id);
            }
            numbers.sort_unstable();
            numbers.dedup();
            for &id in &numbers {
                if id as usize >= out.passages_with.len() {
                    out.passages_with.resize(id as usize + 1, 0);
                }
                out.passages_with[id as usize] += 1;
            }
            out.per_passage.push(numbers.clone().into_boxed_slice());
        }
        out
    }

    /// Whether passage `passage` holds `stem`.
    pub fn contains(&self, passage: crate::ids::PassageId, stem: &str) -> bool {
        self.ids.get(stem).is_some_and(|id| {
            self.per_passage
                .get(passage.position())
                .is_some_and(|p| p.binary_search(id).is_ok())
        })
    }

    /// How many passages hold `stem`.
    pub fn passages_with(&self, stem: &str) -> usize {
        self.ids
            .get(stem)
            .map_or(0, |&id| self.passages_with[id as usize] as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PassageId;

    #[test]
    fn stems_per_passage_match_a_plain_reading() {
        let k = crate::test_support::shipped_knowledge();
        let mut stemmer = Stemmer::default();
        let stems = PassageStems::build(k, &mut stemmer);
        let plain = Stemmer::default();
        for (i, p) in k.passages.iter().enumerate() {
            for token in crate::understand::normalize::tokenize(&normalize(&p.text), &plain) {
                assert!(
                    stems.contains(PassageId(i), &token.stem),
                    "{} in {}",
                    token.stem,
                    p.id
                );
            }
        }
        assert!(!stems.contains(PassageId(0), "pizza"));
        assert_eq!(stems.passages_with("pizza"), 0);
        let hamstring = stems.passages_with(&plain.stem("hamstring"));
        let by_hand = PassageId::all(k.passages.len())
            .filter(|&i| stems.contains(i, &plain.stem("hamstring")))
            .count();
        assert_eq!(hamstring, by_hand);
        assert!(hamstring > 1);
    }
}
