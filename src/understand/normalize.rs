//! Text normalisation shared by the knowledge loader and the question reader, so that a phrase written in
//! `vocabulary.toml` and the same words typed in Discord come out identical: Unicode folded, lower case,
//! contractions spelled out, emoji and mentions dropped, words stemmed.

use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Questions longer than this are cut before any work, so no input can make the core slow.
pub const MAX_QUESTION_BYTES: usize = 4_000;

/// Lower-cases, folds Unicode (NFKD without accents), turns curly quotes straight, drops emoji, Discord
/// mentions and URLs, spells out contractions ("won't" -> "will not") and squeezes spaces. Sentence
/// punctuation (`. ! ? ; ,`) is kept so sentences can be told apart.
pub fn normalize(text: &str) -> String {
    let text = cut_to(text, MAX_QUESTION_BYTES);
    let text = strip_discord_markup(text);
    let mut folded = String::with_capacity(text.len());
    // Speed: text made only of characters that are their own NFKD form and not combining marks (ASCII and
    // the curly quotes and dashes the material is typed with) skips the costly Unicode decomposition; the
    // result is the same.
    if text.chars().all(is_own_nfkd) {
        text.chars().for_each(|c| fold_char(c, &mut folded));
    } else {
        text.nfkd()
            .filter(|&c| !is_combining_mark(c))
            .for_each(|c| fold_char(c, &mut folded));
    }
    squeeze(expand_contractions(&folded))
}

/// One decomposed character of [`normalize`]: quotes and dashes made plain, letters and digits lower-cased,
/// sentence punctuation kept, anything else a space.
#[inline]
fn fold_char(c: char, folded: &mut String) {
    // Speed: plain ASCII letters and digits are by far the most common; lower-case them directly.
    if c.is_ascii_alphanumeric() {
        folded.push(c.to_ascii_lowercase());
        return;
    }
    let c = match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' | '\u{00b4}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        _ => c,
    };
    if c.is_alphanumeric() {
        folded.extend(c.to_lowercase());
    } else if c == '\n' {
        // A line of a Discord message (a list item, a heading) stands on its own like a sentence.
        folded.push_str(" ; ");
    } else if matches!(c, '.' | '!' | '?' | ';' | ',' | '\'' | '-' | '/') {
        folded.push(c);
    } else {
        folded.push(' ');
    }
}

/// Characters NFKD leaves alone and that are not combining marks: ASCII, curly quotes, en and em dashes.
/// (U+2011 and U+2026 are left out on purpose: they have compatibility decompositions.)
fn is_own_nfkd(c: char) -> bool {
    c.is_ascii()
        || matches!(
            c,
            '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}' | '\u{2013}' | '\u{2014}'
        )
}

/// Cuts `text` to at most `max` bytes on a character boundary.
pub fn cut_to(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Removes `<@123>`, `<@&123>`, `<#123>`, `<:emoji:123>` and URLs: they carry no meaning for the rules.
fn strip_discord_markup(text: &str) -> Cow<'_, str> {
    if !text.contains('<') && !text.contains("http") && !text.contains('@') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                let inner = &rest[1..end];
                let is_markup = inner.starts_with('@')
                    || inner.starts_with('#')
                    || inner.starts_with(':')
                    || inner.starts_with("a:")
                    || inner.starts_with("t:")
                    || inner.starts_with("http");
                if is_markup && end < 120 {
                    out.push(' ');
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        if c == '@' {
            // "@everyone", "@here": drop the word.
            let end = rest[1..]
                .find(|ch: char| !ch.is_alphanumeric())
                .map(|i| i + 1)
                .unwrap_or(rest.len());
            out.push(' ');
            rest = &rest[end..];
            continue;
        }
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(' ');
            rest = &rest[end..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Spells out contractions so patterns only need one form. Possessive `'s` joins its word ("baker's" ->
/// "bakers"), since the vocabulary is written that way.
fn expand_contractions(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, raw) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // Keep trailing punctuation aside.
        let word = raw.trim_end_matches(['.', '!', '?', ';', ',', ':']);
        let tail = &raw[word.len()..];
        let word = word.trim_matches(|c| c == '\'' || c == '"');
        let expanded: Cow<str> = match word {
            "won't" | "wont" => "will not".into(),
            "can't" | "cant" | "cannot" => "can not".into(),
            "i'm" | "im" => "i am".into(),
            "i've" | "ive" => "i have".into(),
            "i'd" => "i would".into(),
            "i'll" => "i will".into(),
            "it's" | "that's" | "what's" | "there's" | "here's" | "he's" | "she's" | "who's"
            | "where's" | "how's" => format!("{} is", &word[..word.len() - 2]).into(),
            "let's" => "let us".into(),
            "y'all" => "you all".into(),
            w if w.ends_with("n't") => format!("{} not", &w[..w.len() - 3]).into(),
            "dont" | "doesnt" | "didnt" | "isnt" | "arent" | "wasnt" | "werent" | "havent"
            | "hasnt" | "hadnt" | "shouldnt" | "wouldnt" | "couldnt" => {
                format!("{} not", &word[..word.len() - 2]).into()
            }
            w if w.ends_with("'re") => format!("{} are", &w[..w.len() - 3]).into(),
            w if w.ends_with("'ve") => format!("{} have", &w[..w.len() - 3]).into(),
            w if w.ends_with("'ll") => format!("{} will", &w[..w.len() - 3]).into(),
            w if w.ends_with("'d") => format!("{} would", &w[..w.len() - 2]).into(),
            // "baker's", "foot's gone": keep the noun whole and the 's as a word of its own, so both the
            // possessive ("baker s cyst" matches "baker cyst") and "is/has" read right.
            w if w.ends_with("'s") => format!("{} s", &w[..w.len() - 2]).into(),
            w if w.ends_with("s'") => w[..w.len() - 1].into(),
            // Speed: most words have no apostrophe; borrowing them saves an allocation per word.
            w if !w.contains('\'') => w.into(),
            w => w.replace('\'', "").into(),
        };
        out.push_str(&expanded);
        out.push_str(tail);
    }
    out
}

fn squeeze(text: String) -> String {
    // Speed: text with no space to squeeze is returned as it is, without a copy.
    if !text.contains("  ") && !text.starts_with(' ') && !text.ends_with(' ') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// A word of the question, with where it stands in the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// The word as typed (lower case), after spelling correction.
    pub text: String,
    /// Its stem, used to match vocabulary phrases.
    pub stem: String,
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Index of the sentence (split on `. ! ? ;`) the word is in.
    pub sentence: usize,
}

/// Splits normalised text into words. Hyphens and slashes separate words ("post-op" -> "post", "op");
/// a decimal point between digits stays ("1.5").
pub fn tokenize(text: &str, stemmer: &Stemmer) -> Vec<Token> {
    word_spans(text)
        .map(|(start, end, sentence)| {
            let word = &text[start..end];
            Token {
                text: word.to_string(),
                stem: stemmer.stem(word),
                start,
                end,
                sentence,
            }
        })
        .collect()
}

/// The words of normalised text exactly as [`tokenize`] splits them, as `(start, end, sentence)`, without
/// building tokens: for callers that only look at stems and want no allocation per word.
pub fn word_spans(text: &str) -> WordSpans<'_> {
    WordSpans {
        text,
        i: 0,
        sentence: 0,
    }
}

/// Iterator of [`word_spans`].
pub struct WordSpans<'a> {
    text: &'a str,
    i: usize,
    sentence: usize,
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        while self.i < text.len() {
            let i = self.i;
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                let mut end = i;
                for (off, ch) in text[i..].char_indices() {
                    if ch.is_alphanumeric() {
                        end = i + off + ch.len_utf8();
                    } else if ch == '.'
                        && off > 0
                        && text[i..i + off].ends_with(|p: char| p.is_ascii_digit())
                        && text[i + off + 1..].starts_with(|n: char| n.is_ascii_digit())
                    {
                        end = i + off + 1;
                    } else {
                        break;
                    }
                }
                self.i = end;
                return Some((i, end, self.sentence));
            }
            if matches!(c, '.' | '!' | '?' | ';') {
                self.sentence += 1;
            }
            self.i += c.len_utf8();
        }
        None
    }
}

/// English stemming (Snowball), the same algorithm the search index uses.
pub struct Stemmer {
    algorithm: frostem::Stemmer,
    /// Speed: stems already worked out for the material's words (see [`Stemmer::learn`]). Snowball is a
    /// large share of answering time (the passages quoted are re-tokenised per answer); a lookup gives the
    /// same stem for a fraction of the cost. Filled once, before the stemmer is shared, so it needs no lock.
    known: rustc_hash::FxHashMap<String, String>,
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer {
            algorithm: frostem::Stemmer::new(frostem::Algorithm::English),
            known: rustc_hash::FxHashMap::default(),
        }
    }
}

impl Stemmer {
    pub fn stem(&self, word: &str) -> String {
        match self.known.get(word) {
            Some(stem) => stem.clone(),
            None => self.algorithm.stem(word).into_owned(),
        }
    }

    /// Like [`Stemmer::stem`], borrowing the stem when it is known (no allocation).
    pub fn stem_cow(&self, word: &str) -> Cow<'_, str> {
        match self.known.get(word) {
            Some(stem) => Cow::Borrowed(stem.as_str()),
            None => Cow::Owned(self.algorithm.stem(word).into_owned()),
        }
    }

    /// Remembers the stems of `tokens` (made by this stemmer, so the stems are Snowball's) for later lookups.
    pub fn learn(&mut self, tokens: &[Token]) {
        for t in tokens {
            if !self.known.contains_key(&t.text) {
                self.known.insert(t.text.clone(), t.stem.clone());
            }
        }
    }

    /// Normalises and stems a vocabulary phrase into its word stems.
    pub fn phrase(&self, phrase: &str) -> Vec<String> {
        tokenize(&normalize(phrase), self)
            .into_iter()
            .map(|t| t.stem)
            .collect()
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    // Speed: typo correction calls this for thousands of lexicon words per unknown word. ASCII words (nearly
    // all) are compared as bytes, rejected on length before any work, and short ones use rows on the stack:
    // no allocation. The distance computed is the same.
    if a.is_ascii() && b.is_ascii() {
        if a.len().abs_diff(b.len()) > max || letter_bound(a.as_bytes(), b.as_bytes()) > max {
            return None;
        }
        const STACK: usize = 32;
        if b.len() < STACK {
            let mut rows = [[0usize; STACK]; 3];
            return osa_within(a.as_bytes(), b.as_bytes(), max, &mut rows);
        }
        return osa_within(a.as_bytes(), b.as_bytes(), max, &mut heap_rows(b.len()));
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    osa_within(&a, &b, max, &mut heap_rows(b.len()))
}

/// A lower bound of the edit distance, cheap to compute: how many distinct letters one word has that the
/// other lacks altogether (each needs at least one edit of its own; a transposition adds or removes none).
/// Letters are folded into 32 classes (`byte & 31`), which can only lower the bound, so it stays a bound.
fn letter_bound(a: &[u8], b: &[u8]) -> usize {
    letter_bound_of_masks(letter_mask(a), letter_mask(b))
}

/// The letter set [`letter_bound`] compares, for callers that compare one word with many.
pub fn letter_mask(word: &[u8]) -> u32 {
    word.iter().fold(0u32, |m, &c| m | 1 << (c & 31))
}

/// [`letter_bound`] of two words from their [`letter_mask`]s.
pub fn letter_bound_of_masks(a: u32, b: u32) -> usize {
    (a & !b).count_ones().max((b & !a).count_ones()) as usize
}

fn heap_rows(len: usize) -> [Vec<usize>; 3] {
    [vec![0; len + 1], vec![0; len + 1], vec![0; len + 1]]
}

/// The distance itself over any symbols; `rows` holds three rows of at least `b.len() + 1` cells.
fn osa_within<T: PartialEq, R: AsMut<[usize]>>(
    a: &[T],
    b: &[T],
    max: usize,
    rows: &mut [R; 3],
) -> Option<usize> {
    let width = b.len() + 1;
    let [prev2, prev, cur] = rows;
    let (mut prev2, mut prev, mut cur) = (
        &mut prev2.as_mut()[..width],
        &mut prev.as_mut()[..width],
        &mut cur.as_mut()[..width],
    );
    prev2.fill(0);
    for (j, cell) in prev.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// How many typos a word of this length may carry and still be recognised. Short words must be exact:
/// "acl" one letter off is "all".
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_quotes_contractions_and_markup() {
        let cases = [
            ("My hamstring WON’T fire!", "my hamstring will not fire!"),
            ("I can't put weight on it", "i can not put weight on it"),
            ("Baker’s cyst", "baker s cyst"),
            ("doesn't contract", "does not contract"),
            ("<@123> @everyone leg curls?? 🦵🔥", "leg curls??"),
            ("Café   ACL   https://x.y/z repair", "cafe acl repair"),
            ("post-op day 5", "post-op day 5"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input: {input}");
        }
    }

    #[test]
    fn tokenizes_with_sentences_and_decimals() {
        let stemmer = Stemmer::default();
        let tokens = tokenize("1.5 years ago. post-op curls", &stemmer);
        let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["1.5", "years", "ago", "post", "op", "curls"]);
        assert_eq!(tokens[3].sentence, 1);
        assert_eq!(tokens[5].stem, "curl");
    }

    #[test]
    fn edit_distance_counts_transpositions_and_stops_early() {
        assert_eq!(edit_distance_within("hamstirng", "hamstring", 2), Some(1));
        assert_eq!(edit_distance_within("menicus", "meniscus", 1), Some(1));
        assert_eq!(edit_distance_within("pizza", "squat", 2), None);
        assert_eq!(typo_budget(3), 0);
        assert_eq!(typo_budget(8), 2);
    }

    #[test]
    fn the_fast_path_characters_are_their_own_nfkd_form() {
        let special = [
            '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2013}', '\u{2014}',
        ];
        for c in (0u8..128).map(char::from).chain(special) {
            assert!(is_own_nfkd(c));
            assert_eq!(c.nfkd().collect::<String>(), c.to_string(), "{c:?}");
            assert!(!is_combining_mark(c), "{c:?}");
        }
        assert!(!is_own_nfkd('\u{2026}') && !is_own_nfkd('é'));
        assert_eq!(edit_distance_within("kneé", "knee", 1), Some(1));
        assert_eq!(
            edit_distance_within(&"a".repeat(60), &"a".repeat(59), 2),
            Some(1)
        );
    }

    /// The plain optimal-string-alignment distance, with no shortcuts, to check the fast one against.
    fn reference_distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn fast_edit_distance_agrees_with_the_plain_one() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let letters = b"abcdeimnorst";
        for _ in 0..20_000 {
            let word = |next: &mut dyn FnMut(u64) -> u64| -> String {
                let len = 3 + next(8) as usize;
                (0..len)
                    .map(|_| letters[next(letters.len() as u64) as usize] as char)
                    .collect()
            };
            let a = word(&mut next);
            let b = if next(2) == 0 {
                word(&mut next)
            } else {
                let mut b: Vec<char> = a.chars().collect();
                let i = next(b.len() as u64) as usize;
                b[i] = letters[next(letters.len() as u64) as usize] as char;
                if i + 1 < b.len() && next(2) == 0 {
                    b.swap(i, i + 1);
                }
                b.into_iter().collect()
            };
            let want = reference_distance(&a, &b);
            for max in 0..3 {
                let got = edit_distance_within(&a, &b, max);
                assert_eq!(got, (want <= max).then_some(want), "{a} {b} max {max}");
            }
        }
    }

    #[test]
    fn huge_input_is_cut_on_a_char_boundary() {
        let text = "é".repeat(10_000);
        assert!(normalize(&text).len() <= MAX_QUESTION_BYTES);
    }
}
