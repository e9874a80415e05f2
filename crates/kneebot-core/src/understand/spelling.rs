//! Stage 1 of reading a question: normalise it and correct its spelling towards vocabulary words, so every
//! later stage sees "meniscus" where "menicus" was typed.

use super::normalize::{normalize, tokenize, Stemmer, Token};
use crate::knowledge::Knowledge;
use crate::text::distance::{
    edit_distance_within, letter_bound_of_masks, letter_mask, typo_budget,
};

/// The question as the later stages read it.
pub(super) struct Spelled {
    /// The normalised, spelling-corrected text.
    pub text: String,
    /// Its words.
    pub tokens: Vec<Token>,
    /// `typed -> meant` for each corrected word.
    pub corrections: Vec<(String, String)>,
}

/// Normalises `question` and corrects its misspelt words.
pub(super) fn read(question: &str, knowledge: &Knowledge, stemmer: &Stemmer) -> Spelled {
    let normalized = normalize(question);
    let typed = tokenize(&normalized, stemmer);
    let corrections = correct_spelling(&normalized, &typed, knowledge);
    // Which token each correction is for, so a word typed twice is corrected only where it was meant.
    let (at, corrections): (Vec<usize>, Vec<(String, String)>) = corrections.into_iter().unzip();
    // Most questions need no correction: their words are already tokenised.
    let (text, tokens) = if corrections.is_empty() {
        (normalized, typed)
    } else {
        corrected(&normalized, typed, &at, &corrections, stemmer)
    };
    Spelled {
        text,
        tokens,
        corrections,
    }
}

/// The corrections for words (5+ letters) that are not real words: each typed word (in `tokens` order) with
/// the nearest vocabulary word, or its slang meaning.
fn correct_spelling(
    text: &str,
    tokens: &[Token],
    knowledge: &Knowledge,
) -> Vec<(usize, (String, String))> {
    let vocab = &knowledge.vocabulary;
    let mut corrections = Vec::new();
    // Speed: one buffer for the two-word lookups below, not an allocation per short word.
    let mut pair = String::new();
    for (index, t) in tokens.iter().enumerate() {
        let word = &text[t.start..t.end];
        if let Some(meant) = vocab.slang.get(word) {
            corrections.push((index, (word.to_string(), meant.clone())));
            continue;
        }
        // A short chat spelling that means a word only after another ("what 2 avoid" but "2 weeks"): the
        // slang table's two-word entries.
        if word.len() <= 2 && index > 0 && tokens[index - 1].sentence == t.sentence {
            let before = &tokens[index - 1];
            pair.clear();
            pair.push_str(&text[before.start..before.end]);
            pair.push(' ');
            pair.push_str(word);
            if let Some(meant) = vocab
                .slang
                .get(pair.as_str())
                .and_then(|m| m.split(' ').next_back())
            {
                corrections.push((index, (word.to_string(), meant.to_string())));
                continue;
            }
        }
        if word.len() < 5
            || !word.chars().all(|c| c.is_ascii_alphabetic())
            || vocab.known_words.contains(word)
        {
            continue;
        }
        // The word as typed first; then its stem, so "sqauts" finds "squat" though the lexicon has no
        // "squats" (but "extentions" stays "extensions", not the stem's neighbour "extend").
        // The nearest word; of equally near ones, the first in the (sorted) lexicon.
        let mut best: Option<(usize, usize)> = None;
        for form in [word, t.stem.as_str()] {
            let form_mask = letter_mask(form.as_bytes());
            // At most 2 typos, so only words within two letters of the length can match (the lexicon is
            // ASCII, so bytes are letters).
            let lengths = form.len().saturating_sub(2)..=form.len() + 2;
            for bucket in lengths.filter_map(|l| vocab.lexicon_by_length.get(l)) {
                for &(i, mask) in bucket {
                    let candidate = vocab.lexicon[i].as_str();
                    let budget = typo_budget(form.len().min(candidate.len()));
                    // A word with more letters the other lacks than the budget cannot be near.
                    if budget == 0 || letter_bound_of_masks(form_mask, mask) > budget {
                        continue;
                    }
                    if let Some(d) = edit_distance_within(form, candidate, budget) {
                        if best.is_none_or(|b| (d, i) < b) {
                            best = Some((d, i));
                        }
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        if let Some((_, i)) = best {
            corrections.push((index, (word.to_string(), vocab.lexicon[i].clone())));
        }
    }
    corrections
}

/// `text` with each corrected word replaced (the corrections are in `tokens` order, one per changed word),
/// and its words: the words typed right are moved, only the corrections are tokenised.
fn corrected(
    text: &str,
    tokens: Vec<Token>,
    at: &[usize],
    corrections: &[(String, String)],
    stemmer: &Stemmer,
) -> (String, Vec<Token>) {
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for (&i, (_, meant)) in at.iter().zip(corrections) {
        let t = &tokens[i];
        out.push_str(&text[last..t.start]);
        out.push_str(meant);
        last = t.end;
    }
    out.push_str(&text[last..]);
    // A correction that holds a sentence's end or a word break of its own kind would split differently:
    // tokenise the whole text then (rare; slang meanings are plain words).
    if corrections
        .iter()
        .any(|(_, meant)| meant.contains(|c: char| !(c.is_ascii_alphanumeric() || c == ' ')))
    {
        let tokens = tokenize(&out, stemmer);
        return (out, tokens);
    }
    let mut words = Vec::with_capacity(tokens.len() + corrections.len());
    let mut shift: isize = 0;
    let mut next = at.iter().zip(corrections).peekable();
    for (i, mut t) in tokens.into_iter().enumerate() {
        let moved = |p: usize| (p as isize + shift) as usize;
        match next.peek() {
            Some(&(&c, (_, meant))) if c == i => {
                let start = moved(t.start);
                for mut w in tokenize(meant, stemmer) {
                    w.start += start;
                    w.end += start;
                    w.sentence = t.sentence;
                    words.push(w);
                }
                shift += meant.len() as isize - (t.end - t.start) as isize;
                next.next();
            }
            _ => {
                t.start = moved(t.start);
                t.end = moved(t.end);
                words.push(t);
            }
        }
    }
    (out, words)
}
