//! The words typo tolerance needs: what to correct towards (the vocabulary's own words and plurals, time
//! words, words in its patterns) and which real words never to "correct" (common English, the vocabulary's
//! list of real words that English list lacks, the material's words, the lexicon itself).

use super::files::VocabularyFile;
use super::phrases::PhraseTable;
use crate::text::normalize::{letter_mask, normalize, tokenize, Stemmer};
use crate::text::word_set::WordSet;
use std::collections::HashSet;

/// The sorted lexicon (words to correct towards) and the known words (never corrected).
pub(super) fn words<'a>(
    vocab: &VocabularyFile,
    table: &PhraseTable,
    english_words: &str,
    material: impl Iterator<Item = &'a str>,
    stemmer: &Stemmer,
) -> (Vec<String>, WordSet) {
    // Typo tolerance: what to correct towards...
    let mut lexicon: HashSet<String> = HashSet::new();
    // Plurals too, so "culrs" finds "curls" though the vocabulary says "curl".
    let mut add_words = |text: &str| {
        for w in text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 4)
        {
            let w = w.to_ascii_lowercase();
            if !w.ends_with('s') {
                lexicon.insert(format!("{w}s"));
            }
            if w.len() >= 5 {
                lexicon.insert(w);
            }
        }
    };
    for w in crate::text::TIME_WORDS.iter().chain(&crate::text::WEEKDAYS) {
        add_words(w);
    }
    for e in table.entries.values().flatten() {
        add_words(&e.text);
    }
    for w in vocab.words.training.iter().chain(&vocab.words.stretch) {
        add_words(w);
    }
    // Who a post tells of ("housemate", "granddaughter"): real words, and what a typo of one meant.
    let persons = &vocab.persons;
    for w in [&persons.me, &persons.he, &persons.she, &persons.someone]
        .into_iter()
        .flatten()
    {
        add_words(w);
    }
    let regex_sources = vocab
        .signal
        .iter()
        .flat_map(|s| s.patterns.iter())
        .chain(
            vocab
                .red_flag
                .iter()
                .flat_map(|f| f.all.iter().chain(&f.cause)),
        )
        .chain(vocab.events.not_past.iter())
        .chain(vocab.events.not_injury.iter())
        .chain(vocab.events.ahead.iter())
        .chain(vocab.events.asks_after.iter())
        .chain(vocab.events.injury_patterns.iter());
    for p in regex_sources {
        // Drop escapes like \b and \w so they do not glue onto words.
        let cleaned: String = strip_escapes(p.get_ref());
        add_words(&cleaned);
    }
    let mut lexicon: Vec<String> = lexicon.into_iter().collect();
    lexicon.sort();
    // ...and which words are real and stay as typed.
    let material_words: Vec<String> = material
        .flat_map(|text| tokenize(&normalize(text), stemmer))
        .map(|t| t.text.to_string())
        .collect();
    let known_words = WordSet::new(
        english_words
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .chain(material_words.iter().map(String::as_str))
            .chain(vocab.words.known.iter().map(String::as_str))
            .chain(lexicon.iter().map(String::as_str)),
    );
    (lexicon, known_words)
}

fn strip_escapes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// See [`Vocabulary::lexicon_by_length`]. Each bucket keeps the lexicon's order: the typo search finds a
/// first letter's words in it by binary search, so the lexicon must be sorted.
pub(super) fn by_length(lexicon: &[String]) -> Vec<Vec<(usize, u32)>> {
    debug_assert!(lexicon.is_sorted(), "the lexicon is sorted");
    let mut buckets: Vec<Vec<(usize, u32)>> = Vec::new();
    for (i, word) in lexicon.iter().enumerate() {
        if buckets.len() <= word.len() {
            buckets.resize(word.len() + 1, Vec::new());
        }
        buckets[word.len()].push((i, letter_mask(word.as_bytes())));
    }
    buckets
}
