//! Stage 1 of reading a question: normalise it and correct its spelling towards vocabulary words, so every
//! later stage sees "meniscus" where "menicus" was typed.

use super::normalize::{normalize, tokenize, Stemmer, Token};
use super::split_words::Split;
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

/// The first and last token a correction replaces.
type TokenSpan = (usize, usize);

/// Normalises `question` and corrects its misspelt words.
pub(super) fn read(question: &str, knowledge: &Knowledge, stemmer: &Stemmer) -> Spelled {
    let normalized = normalize(question);
    let (normalized, misheard) = heard_right(normalized, knowledge);
    let typed = tokenize(&normalized, stemmer);
    let corrections = correct_spelling(question, &normalized, &typed, knowledge);
    // Which tokens each correction is for, so a word typed twice is corrected only where it was meant.
    let (at, corrections): (Vec<TokenSpan>, Vec<(String, String)>) =
        corrections.into_iter().unzip();
    // Most questions need no correction: their words are already tokenised.
    let (text, tokens) = if corrections.is_empty() {
        (normalized, typed)
    } else {
        corrected(&normalized, typed, &at, &corrections, stemmer)
    };
    let mut corrections = corrections;
    corrections.splice(0..0, misheard);
    Spelled {
        text,
        tokens,
        corrections,
    }
}

/// `text` with each word voice typing misheard put right ("my need replacement" -> "my knee
/// replacement"), and `heard -> meant` for each.
fn heard_right(text: String, knowledge: &Knowledge) -> (String, Vec<(String, String)>) {
    let mut changes = Vec::new();
    // Speed: one pass over the set says whether any pattern matches; a pattern can only match a later
    // version of the text if an earlier one matched this one.
    if !knowledge.vocabulary.misheard_any.is_match(&text) {
        return (text, changes);
    }
    let mut text = text;
    for pattern in &knowledge.vocabulary.misheard {
        // Speed: most questions hold no misheard word.
        if !pattern.is_match(&text) {
            continue;
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for caps in pattern.captures_iter(&text) {
            let Some((name, heard)) = pattern
                .capture_names()
                .flatten()
                .find_map(|n| caps.name(n).map(|m| (n, m)))
            else {
                continue;
            };
            out.push_str(&text[last..heard.start()]);
            out.push_str(name);
            last = heard.end();
            changes.push((heard.as_str().to_string(), name.to_string()));
        }
        out.push_str(&text[last..]);
        text = out;
    }
    (text, changes)
}

/// The corrections for words (5+ letters) that are not real words: each typed word (in `tokens` order) with
/// the nearest vocabulary word, or its slang meaning; and a medical word dictated as several ("men is
/// kectomy", "a C L") with the word. Each is for the tokens `first..=last`.
fn correct_spelling(
    question: &str,
    text: &str,
    tokens: &[Token],
    knowledge: &Knowledge,
) -> Vec<(TokenSpan, (String, String))> {
    let vocab = &knowledge.vocabulary;
    let mut corrections = Vec::new();
    // Speed: one buffer for the two-word lookups below, not an allocation per short word.
    let mut pair = String::new();
    let mut joined = String::new();
    // Speed: each unknown word's own nearest vocabulary word, found once; the split-word check needs it
    // too (a typo of one word is not a word split in two).
    // Speed: which words are unknown (no real word, no chat spelling), looked up once. Words of one or two
    // letters are only ever letters of an abbreviation, for which it does not matter.
    let mut unknown: Vec<bool> = tokens
        .iter()
        .map(|t| {
            let word = &text[t.start..t.end];
            word.len() > 2 && !vocab.is_known_word(word) && !vocab.slang.contains_key(word)
        })
        .collect();
    // A word written as a name ("Spain", "Walter") is known as typed. Speed: looked for only when some
    // word is unknown.
    if unknown.contains(&true) {
        let names = crate::text::names::names(question);
        for (t, unknown) in tokens.iter().zip(unknown.iter_mut()) {
            *unknown &= !names.iter().any(|n| *n == text[t.start..t.end]);
        }
    }
    // Each distinct unknown word is looked up once, however often the post types it.
    let mut looked_up: rustc_hash::FxHashMap<&str, Option<usize>> =
        rustc_hash::FxHashMap::default();
    let typo_fix: Vec<Option<usize>> = tokens
        .iter()
        .zip(&unknown)
        .map(|(t, &unknown)| {
            let word = &text[t.start..t.end];
            if word.len() < KNOWN_WORD_MIN_LEN
                || !unknown
                || !word.bytes().all(|b| b.is_ascii_alphabetic())
            {
                return None;
            }
            if let Some(&fix) = looked_up.get(word) {
                return fix;
            }
            // The word as typed first; then its stem, so "sqauts" finds "squat" though the lexicon has
            // no "squats" (but "extentions" stays "extensions", not the stem's neighbour "extend").
            // A stem that is a real word ("pointe" -> "point") makes the word a form of it, not a typo.
            let fix = nearest(word, knowledge).or_else(|| {
                (t.stem != word && !vocab.known_words.contains(&t.stem))
                    .then(|| nearest(&t.stem, knowledge))
                    .flatten()
            });
            looked_up.insert(word, fix);
            fix
        })
        .collect();
    let mut next_free = 0;
    for (index, t) in tokens.iter().enumerate() {
        if index < next_free {
            continue;
        }
        let split = Split {
            text,
            tokens,
            unknown: &unknown,
            typo_fix: &typo_fix,
        };
        if let Some((last, meant)) = split.word_from(index, &mut joined, knowledge) {
            let typed = text[t.start..tokens[last].end].to_string();
            corrections.push(((index, last), (typed, meant)));
            next_free = last + 1;
            continue;
        }
        let word = &text[t.start..t.end];
        if let Some(meant) = vocab.slang.get(word) {
            corrections.push(((index, index), (word.to_string(), meant.clone())));
            continue;
        }
        // "What should I be doin?", "been walkin": an -ing word typed without its g, where the verb it
        // is made of is a known word too (so "ruin" is not read as "ruing").
        if unknown[index] && word.ends_with("in") && ing_of_known_verb(word, vocab) {
            joined.clear();
            joined.push_str(word);
            joined.push('g');
            if vocab.is_known_word(&joined) {
                corrections.push(((index, index), (word.to_string(), joined.clone())));
                continue;
            }
        }
        // A short chat spelling that means a word only after another ("what 2 avoid" but "2 weeks"): the
        // slang table's two-word entries.
        // "ok 2 wks after surgery": a number that counts a length of time is no chat spelling.
        if word.len() <= 2
            && index > 0
            && tokens[index - 1].sentence == t.sentence
            && !(word.bytes().all(|b| b.is_ascii_digit())
                && super::lengths::opens_with_length(&text[t.start..]))
        {
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
                corrections.push(((index, index), (word.to_string(), meant.to_string())));
                continue;
            }
        }
        if let Some(i) = typo_fix[index] {
            corrections.push(((index, index), (word.to_string(), vocab.lexicon[i].clone())));
        }
    }
    corrections
}

/// True when `word` ("doin", "runnin", "cyclin") less its "in" is a known verb ("do", "run", "cycle").
fn ing_of_known_verb(word: &str, vocab: &crate::knowledge::Vocabulary) -> bool {
    let verb = &word[..word.len() - 2];
    // "Runnin" from "run": the doubled last letter dropped. Letters, not bytes: a word in another script
    // may hold two equal bytes inside one letter.
    let mut letters = verb.char_indices().rev();
    let undoubled = match (letters.next(), letters.next()) {
        (Some((last_at, last)), Some((_, before))) if last == before => Some(&verb[..last_at]),
        _ => None,
    };
    vocab.is_known_word(verb)
        || undoubled.is_some_and(|v| vocab.is_known_word(v))
        || vocab.is_known_word(&format!("{verb}e"))
}

/// The lexicon word nearest `form` within its typo budget; of equally near ones, the first in the (sorted)
/// lexicon.
pub(super) fn nearest(form: &str, knowledge: &Knowledge) -> Option<usize> {
    let vocab = &knowledge.vocabulary;
    if form.is_empty() {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    let form_mask = letter_mask(form.as_bytes());
    // At most 2 typos, so only words within two letters of the length can match (the lexicon is ASCII, so
    // bytes are letters).
    let lengths = form.len().saturating_sub(2)..=form.len() + 2;
    let (first, last) = (form.as_bytes()[0], form.as_bytes()[form.len() - 1]);
    for (length, bucket) in lengths.filter_map(|l| Some((l, vocab.lexicon_by_length.get(l)?))) {
        // Every word of a bucket has the same length, so the same budget: a bucket further in length
        // than its budget holds no near word.
        let budget = typo_budget(form.len().min(length));
        if budget == 0 || form.len().abs_diff(length) > budget {
            continue;
        }
        // People rarely mistype a word's first letter, and a word that differs there is most often another
        // real word or a name ("Leeds" is no "bleeds", "Megan" no "began"): only words with the same first
        // letter are looked at, or one that sounds alike at a word's start (c for k or s, and back: "sist"
        // for "cyst"). Speed: the lexicon is sorted, so a bucket's words with one first letter stand together.
        let letters: &[u8] = match first {
            b'c' => b"cks",
            b'k' => b"kc",
            b's' => b"sc",
            _ => std::slice::from_ref(&first),
        };
        for &letter in letters {
            let first_of = |&(i, _): &(usize, u32)| vocab.lexicon[i].as_bytes()[0];
            let from = bucket.partition_point(|e| first_of(e) < letter);
            let to = bucket.partition_point(|e| first_of(e) <= letter);
            for &(i, mask) in &bucket[from..to] {
                // A word with more letters the other lacks than the budget cannot be near.
                if letter_bound_of_masks(form_mask, mask) > budget {
                    continue;
                }
                let candidate = vocab.lexicon[i].as_str();
                let bytes = candidate.as_bytes();
                // One edit (words of five letters or more) leaves the first or the last letter as it was.
                if budget == 1 && bytes[0] != first && bytes[bytes.len() - 1] != last {
                    continue;
                }
                if let Some(d) = edit_distance_within(form, candidate, budget) {
                    if best.is_none_or(|b| (d, i) < b) {
                        best = Some((d, i));
                    }
                }
            }
        }
    }
    best.map(|(_, i)| i)
}

/// The shortest words the known-word list holds (shorter ones are never corrected, so never listed).
pub(super) const KNOWN_WORD_MIN_LEN: usize = 5;

/// `text` with each corrected word replaced (the corrections are in `tokens` order, one per changed word),
/// and its words: the words typed right are moved, only the corrections are tokenised.
fn corrected(
    text: &str,
    tokens: Vec<Token>,
    at: &[TokenSpan],
    corrections: &[(String, String)],
    stemmer: &Stemmer,
) -> (String, Vec<Token>) {
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for (&(first, end), (_, meant)) in at.iter().zip(corrections) {
        out.push_str(&text[last..tokens[first].start]);
        out.push_str(meant);
        last = tokens[end].end;
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
    // The end of the span being replaced: its other tokens are dropped.
    let mut replaced_to = None;
    for (i, mut t) in tokens.into_iter().enumerate() {
        let moved = |p: usize| (p as isize + shift) as usize;
        if replaced_to.is_some_and(|end| i <= end) {
            continue;
        }
        match next.peek() {
            Some(&(&(c, end), (typed, meant))) if c == i => {
                let start = moved(t.start);
                for mut w in tokenize(meant, stemmer) {
                    w.start += start;
                    w.end += start;
                    w.sentence = t.sentence;
                    words.push(w);
                }
                shift += meant.len() as isize - typed.len() as isize;
                replaced_to = Some(end);
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
