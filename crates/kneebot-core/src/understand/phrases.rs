//! Stage 2 of reading a question: the vocabulary's phrases found in it (longest match at each position,
//! within one sentence, skipping filler words) and what they name; also the word checks that look just
//! before or after a place in the question (negations, the words of a sentence); the words that set an
//! exercise aside are in set_aside.rs.

use super::normalize::Token;
use crate::knowledge::vocabulary::{Asking, Meaning, PhraseEntry};

/// One phrase found in the question.
#[derive(Debug, Clone)]
pub(super) struct Found<'k> {
    pub entry: &'k PhraseEntry,
    /// Token range.
    pub first: usize,
    pub last: usize,
}

/// What the phrases found name besides exercises and events.
pub(super) struct Named {
    /// Condition indices, in order of first mention.
    pub conditions: Vec<crate::ids::ConditionId>,
    pub uncovered: Vec<String>,
    /// Problems other than the knee's that the question names ("hamstring tendinopathy").
    pub other_problems: Vec<String>,
    /// Conditions named only in the asker's doubt ("pretty sure it's not a meniscus tear"), in order.
    pub doubted: Vec<crate::ids::ConditionId>,
}

/// The conditions, uncovered things and other problems among `found`, each once, in order of mention. A
/// condition the words just before it deny ("the scan ruled out a meniscus tear") is not named; one they
/// doubt ("I don't think it is my cartilage") is kept apart, in `doubted`.
pub(super) fn named(found: &[Found], text: &str, tokens: &[Token], asking: &Asking) -> Named {
    let mut named = Named {
        conditions: Vec::new(),
        uncovered: Vec::new(),
        other_problems: Vec::new(),
        doubted: Vec::new(),
    };
    for f in found {
        match f.entry.meaning {
            Meaning::Condition(c) | Meaning::ConditionSurgery(c)
                if !named.conditions.contains(&c) =>
            {
                let before = words_before(text, tokens, f.first);
                if asking.condition_doubted.is_match(before) {
                    if !named.doubted.contains(&c) {
                        named.doubted.push(c);
                    }
                } else if !asking.condition_denied.is_match(before) {
                    named.conditions.push(c);
                }
            }
            Meaning::Uncovered if !named.uncovered.contains(&f.entry.text) => {
                named.uncovered.push(f.entry.text.clone());
            }
            Meaning::OtherProblem if !named.other_problems.contains(&f.entry.text) => {
                named.other_problems.push(f.entry.text.clone());
            }
            _ => {}
        }
    }
    named.doubted.retain(|c| !named.conditions.contains(c));
    named
}

/// Whether a phrase found tells of a knee problem, an operation or an injury.
pub(super) fn tells_knee(f: &Found) -> bool {
    matches!(
        f.entry.meaning,
        Meaning::Condition(_)
            | Meaning::ConditionSurgery(_)
            | Meaning::Surgery
            | Meaning::Trauma
            | Meaning::Injury
    )
}

/// True when the phrase found at token `first` names a muscle ("the hamstring"), not an exercise.
pub(super) fn names_muscle(found: &[Found], first: usize) -> bool {
    found
        .iter()
        .any(|f| f.first == first && matches!(f.entry.meaning, Meaning::Muscle(_)))
}

/// Phrases: longest match at each position, within one sentence, skipping filler words.
pub(super) fn find_phrases<'k>(
    tokens: &[Token],
    vocab: &'k crate::knowledge::Vocabulary,
) -> Vec<Found<'k>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut matched = None;
        if let Some(entries) = vocab.phrases.get(tokens[i].stem.as_str()) {
            for entry in entries {
                if let Some(last) = match_at(tokens, i, entry, &vocab.filler) {
                    matched = Some(Found {
                        entry,
                        first: i,
                        last,
                    });
                    break;
                }
            }
        }
        match matched {
            Some(f) => {
                i = f.last + 1;
                found.push(f);
            }
            None => i += 1,
        }
    }
    found
}

/// Matches `entry` starting at token `i` (its stems, or its words as written when it has them), letting up
/// to two filler words sit between phrase words.
fn match_at(
    tokens: &[Token],
    i: usize,
    entry: &PhraseEntry,
    filler: &rustc_hash::FxHashSet<String>,
) -> Option<usize> {
    let sentence = tokens[i].sentence;
    let mut at = i;
    let mut skips = 0;
    for (k, stem) in entry.stems.iter().enumerate() {
        let word = entry.words.as_ref().and_then(|w| w.get(k));
        loop {
            let t = tokens.get(at)?;
            if t.sentence != sentence {
                return None;
            }
            if t.stem == *stem && word.is_none_or(|w| *w == t.text) {
                break;
            }
            if k > 0 && skips < 2 && filler.contains(t.text.as_str()) {
                skips += 1;
                at += 1;
                continue;
            }
            return None;
        }
        at += 1;
    }
    Some(at - 1)
}

/// True when the stems `seq` (a vocabulary phrase) stand together in `stems`.
pub(super) fn contains_seq(stems: &[&str], seq: &[String]) -> bool {
    !seq.is_empty()
        && stems.len() >= seq.len()
        && stems
            .windows(seq.len())
            .any(|w| w.iter().zip(seq).all(|(a, b)| *a == b))
}

/// Words that open a yes/no question ("are glute bridges okay?", "should I stop?").
pub(super) const YES_NO_OPENERS: [&str; 11] = [
    "are", "is", "should", "can", "could", "would", "will", "do", "does", "may", "am",
];

/// Whether `clause` opens with a word that asks yes or no ("is swimming a good exercise for me?", "would
/// leg curls help?"), not with a question word.
pub(super) fn opens_yes_no(clause: &str) -> bool {
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| YES_NO_OPENERS.contains(&w))
}

/// The last `n` words of `text`, from the start of the `n`th word from its end (all of `text` when it has
/// fewer): what a check of the words just before something needs, without reading a long post before them.
pub(super) fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return &text[i + c.len_utf8()..];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// The first `n` words of `text`, up to the end of the `n`th word (all of `text` when it has fewer).
pub(super) fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return &text[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// How far before a word the cues told of it are read ("my surgeon said no", "only allowed to"): every cue
/// pattern spans less (the longest about 200 characters), and reading the whole sentence before each
/// mention would make a post of one endless sentence slow.
const CUE_REACH_BYTES: usize = 400;

/// The last `max` bytes of `text` at most, cut on a character boundary.
pub(super) fn last_bytes(text: &str, max: usize) -> &str {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// The words of `tokens[first]`'s sentence before it, from at most [`CUE_REACH_BYTES`] back (cut at a
/// word's start).
pub(super) fn words_before<'t>(text: &'t str, tokens: &[Token], first: usize) -> &'t str {
    &text[cue_span(tokens, first, first).0..tokens[first].start]
}

/// The byte span, around the words `first..=last`, that what is told of them is read in: their sentence,
/// cut at word boundaries to at most [`CUE_REACH_BYTES`] on each side.
pub(super) fn cue_span(tokens: &[Token], first: usize, last: usize) -> (usize, usize) {
    let (at, end) = (tokens[first].start, tokens[last].end);
    let in_sentence = sentence_tokens(tokens, tokens[first].sentence);
    let from = at.saturating_sub(CUE_REACH_BYTES);
    let start = in_sentence
        .get(in_sentence.partition_point(|t| t.start < from))
        .map_or(at, |t| t.start.min(at));
    let within = in_sentence.partition_point(|t| t.end <= end + CUE_REACH_BYTES);
    let stop = within
        .checked_sub(1)
        .map_or(end, |i| in_sentence[i].end.max(end));
    (start, stop)
}

/// `text[from..to]` (the words after one, to its sentence's end), cut at a word's end to at most
/// [`CUE_REACH_BYTES`] when longer.
pub(super) fn words_after<'t>(text: &'t str, tokens: &[Token], from: usize, to: usize) -> &'t str {
    if to - from <= CUE_REACH_BYTES {
        return &text[from..to];
    }
    let within = tokens.partition_point(|t| t.end <= from + CUE_REACH_BYTES);
    let end = within
        .checked_sub(1)
        .map_or(from, |i| tokens[i].end.clamp(from, to));
    &text[from..end]
}

/// Byte span of sentence `sentence`: its first word's start to its last word's end.
pub(super) fn sentence_span(tokens: &[Token], sentence: usize) -> (usize, usize) {
    let words = sentence_tokens(tokens, sentence);
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => (first.start, last.end),
        _ => (0, 0),
    }
}

/// The sentence with words just before sentence `q` ("…in their place... good call?": the dots leave
/// empty sentences between).
pub(super) fn sentence_before(tokens: &[Token], q: usize) -> Option<usize> {
    // Tokens come in sentence order: the last token before sentence `q` is in the one wanted.
    let before = tokens.partition_point(|t| t.sentence < q);
    before.checked_sub(1).map(|i| tokens[i].sentence)
}

/// The tokens of sentence `sentence` (tokens come in sentence order, so they are found by bisection).
pub(super) fn sentence_tokens(tokens: &[Token], sentence: usize) -> &[Token] {
    let from = tokens.partition_point(|t| t.sentence < sentence);
    let to = tokens.partition_point(|t| t.sentence <= sentence);
    &tokens[from..to]
}

/// True when one of `words` is among the `window` words before token `first`, in its sentence.
pub(super) fn word_before<W: AsRef<str>>(
    tokens: &[Token],
    first: usize,
    window: usize,
    words: &[W],
) -> bool {
    tokens[first.saturating_sub(window)..first]
        .iter()
        .filter(|t| t.sentence == tokens[first].sentence)
        .any(|t| words.iter().any(|w| w.as_ref() == t.text))
}

/// True when one of `negations` ends within `window` words before byte `at`, in the same sentence.
pub(super) fn preceded_by(text: &str, at: usize, negations: &[Vec<String>], window: usize) -> bool {
    // The last `window` words, read back from `at` and no further than the clause's start, so a long
    // clause is not read once for every word in it.
    let mut recent: Vec<&str> = Vec::with_capacity(window);
    // ...and no further than the reach of a cue: a "word" of thousands of letters is not read back over.
    let mut words = last_bytes(&text[..at], CUE_REACH_BYTES)
        .split_whitespace()
        .rev()
        .peekable();
    while let Some(word) = words.next() {
        // "Nowhere near 100% but walking normally": what comes before a contrast does not reach past it,
        // unless it is a bare "not (yet)" that the contrast goes on to say of ("not yet but nearly walking
        // normally", "I'm not though walking normally").
        let mut bare_denial = || words.peek().is_some_and(|w| matches!(*w, "yet" | "not"));
        if recent.len() == window
            || (matches!(word, "but" | "though" | "although" | "whereas") && !bare_denial())
        {
            break;
        }
        if let Some(i) = word.rfind(['.', '!', '?', ';', ',']) {
            let after_break = &word[i + 1..];
            if !after_break.is_empty() {
                recent.push(after_break);
            }
            break;
        }
        recent.push(word);
    }
    recent.reverse();
    negations.iter().any(|n| {
        recent
            .windows(n.len())
            .any(|w| w.iter().zip(n).all(|(a, b)| *a == b))
    })
}

pub(super) use crate::text::ends_with_word;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::tokenize;
    use crate::text::stem::Stemmer;

    #[test]
    fn first_and_last_words() {
        assert_eq!(first_words("so  is it ok to squat", 3), "so  is it");
        assert_eq!(first_words("ok?", 3), "ok?");
        assert_eq!(last_words("i had my op and now walk well", 2), "walk well");
        assert_eq!(last_words("  walk", 2), "  walk");
        assert_eq!(last_words("été très bien", 2), "très bien");
    }

    /// Only the words just before, in the clause, count, however long the clause before them.
    #[test]
    fn preceded_by_reads_back_only_to_the_clause_start() {
        let not = vec![vec!["not".to_string()]];
        let lead = "my knee was sore for a while ".repeat(200);
        let text = format!("{lead}and i am not walking well");
        let at = text.rfind("walking").unwrap();
        assert!(preceded_by(&text, at, &not, 3));
        let text = format!("{lead}and i am not, walking well");
        let at = text.rfind("walking").unwrap();
        assert!(!preceded_by(&text, at, &not, 3));
        let text = format!("{lead}not and i am now walking well");
        let at = text.rfind("walking").unwrap();
        assert!(!preceded_by(&text, at, &not, 3));
    }

    #[test]
    fn sentences_are_found_by_their_index() {
        let text = "Had my op. Walking well now! Squats ok?";
        let tokens = tokenize(text, &Stemmer::default());
        let (start, end) = sentence_span(&tokens, 1);
        assert_eq!(&text[start..end], "Walking well now");
        assert_eq!(sentence_tokens(&tokens, 2).len(), 2);
        assert!(sentence_tokens(&tokens, 7).is_empty());
        assert_eq!(sentence_span(&tokens, 7), (0, 0));
    }
}
