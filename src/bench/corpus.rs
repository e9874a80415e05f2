//! The benchmark's inputs: the fixed question mix and a deterministic large corpus made from the shipped
//! transcript's sentences. The shipped passages stay first, at the same positions, so every rule still cites
//! the passage it was written against.

use crate::knowledge::{Knowledge, Passage};

/// The question mix, compiled in so `kneebot bench` works from any folder and the peer gets the same list.
pub const QUESTIONS_FILE: &str = include_str!("../../benches/questions.txt");

/// The size of the generated corpus the issue asks for.
pub const LARGE_CORPUS: usize = 10_000;

/// A channel's whole catalogue: about 1,500 videos.
pub const CATALOGUE_CORPUS: usize = 50_000;

/// Seed of the generated corpus: fixed, so every run and the peer see the same passages.
pub const CORPUS_SEED: u64 = 0x6b6e_6565_626f_7421;

/// The questions of [`QUESTIONS_FILE`]: one a line, `#` comments and blank lines skipped.
pub fn questions() -> Vec<&'static str> {
    parse_questions(QUESTIONS_FILE)
}

/// Questions in the format of [`QUESTIONS_FILE`].
pub fn parse_questions(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// SplitMix64: a tiny, good-enough generator for picking sentences. Written here rather than adding `rand`,
/// whose only job would be this.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`); the slight modulo bias does not matter for picking sentences.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The sentences of the shipped passages (split after `.`, `?` or `!` followed by a space).
pub fn sentences(knowledge: &Knowledge) -> Vec<&str> {
    let mut out = Vec::new();
    for p in &knowledge.passages {
        let text = p.text.as_str();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(' ') {
                push_sentence(&mut out, &text[start..=i]);
                start = i + 1;
            }
        }
        push_sentence(&mut out, &text[start..]);
    }
    out
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// `count` passages of three sentences each, drawn with a seeded generator from `sentences`.
pub fn generated_passages(sentences: &[&str], count: usize, seed: u64) -> Vec<String> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|_| {
            (0..3)
                .map(|_| sentences[rng.below(sentences.len())])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// `knowledge` grown to `total` passages with generated ones (ids `generated#n`, source 0), for measuring
/// a large corpus. The shipped passages stay first, so rule citations (by index) still point at them.
pub fn with_generated_passages(mut knowledge: Knowledge, total: usize, seed: u64) -> Knowledge {
    let extra = total.saturating_sub(knowledge.passages.len());
    let made = generated_passages(&sentences(&knowledge), extra, seed);
    knowledge
        .passages
        .extend(made.into_iter().enumerate().map(|(i, text)| Passage {
            id: format!("generated#{}", i + 1),
            source: kneebot_core::ids::SourceId(0),
            text,
            start_seconds: None,
        }));
    knowledge
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;

    #[test]
    fn the_question_mix_is_about_fifty_lines() {
        let q = questions();
        assert!((45..=60).contains(&q.len()), "{} questions", q.len());
        assert!(q.iter().all(|q| !q.starts_with('#')));
    }

    #[test]
    fn the_generated_corpus_is_deterministic_and_keeps_shipped_passages_first() {
        let dir = Engine::default_knowledge_dir();
        let shipped = Knowledge::load(&dir).expect("shipped knowledge loads");
        let n = shipped.passages.len();
        let first = shipped.passages[0].text.clone();
        let grown = with_generated_passages(shipped, n + 50, 7);
        assert_eq!(grown.passages.len(), n + 50);
        assert_eq!(grown.passages[0].text, first);
        let again = with_generated_passages(Knowledge::load(&dir).expect("loads"), n + 50, 7);
        assert_eq!(grown.passages[n + 49].text, again.passages[n + 49].text);
        assert_eq!(grown.passages[n].id, "generated#1");
    }
}
