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
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
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
    let expanded = expand_contractions(&folded);
    squeeze(&expanded)
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
            w => w.replace('\'', "").into(),
        };
        out.push_str(&expanded);
        out.push_str(tail);
    }
    out
}

fn squeeze(text: &str) -> String {
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
    let mut tokens = Vec::new();
    let mut sentence = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            let start = i;
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
            let word = &text[start..end];
            tokens.push(Token {
                text: word.to_string(),
                stem: stemmer.stem(word),
                start,
                end,
                sentence,
            });
            i = end;
        } else {
            if matches!(c, '.' | '!' | '?' | ';') {
                sentence += 1;
            }
            i += c.len_utf8();
        }
    }
    tokens
}

/// English stemming (Snowball), the same algorithm the search index uses.
pub struct Stemmer(frostem::Stemmer);

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer(frostem::Stemmer::new(frostem::Algorithm::English))
    }
}

impl Stemmer {
    pub fn stem(&self, word: &str) -> String {
        self.0.stem(word).into_owned()
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
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut prev2 = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
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
    fn huge_input_is_cut_on_a_char_boundary() {
        let text = "é".repeat(10_000);
        assert!(normalize(&text).len() <= MAX_QUESTION_BYTES);
    }
}
