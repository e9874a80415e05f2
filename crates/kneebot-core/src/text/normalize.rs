//! Text normalisation shared by the knowledge loader and the question reader, so that a phrase written in
//! `vocabulary.toml` and the same words typed in Discord come out identical: Unicode folded, lower case,
//! contractions spelled out, emoji read as the end of a sentence, an aside's "!" or "." a clause break,
//! mentions dropped, words stemmed.
//! The edit distance that spelling correction compares words with lives in `distance.rs`, the stemmer in
//! `stem.rs`; both are re-exported here.

pub use super::distance::{edit_distance_within, letter_bound_of_masks, letter_mask, typo_budget};
pub use super::stem::Stemmer;
use smol_str::SmolStr;
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Questions are cut to this before any work, so no input makes the core slow: 4,000 characters (the longest
/// Discord message) of up to four bytes each.
pub const MAX_QUESTION_BYTES: usize = 16_000;

/// Lower-cases, folds Unicode (NFKD without accents), turns curly quotes straight, ends a sentence at an
/// emoji, drops Discord mentions and URLs, spells out contractions ("won't" -> "will not") and squeezes
/// spaces. Sentence punctuation (`. ! ? ; ,`) is kept so sentences can be told apart.
pub fn normalize(text: &str) -> String {
    let text = cut_to(text, MAX_QUESTION_BYTES);
    let text = strip_discord_markup(text);
    let text = super::asides::without_aside_ends(&text);
    let text = super::emoticons::as_breaks(&text);
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
    let mut out = squeeze(expand_contractions(&folded));
    // A message that ends in emoji or blank lines ends there: no empty sentence after it.
    let end = out.trim_end_matches([' ', ';']).len();
    out.truncate(end);
    out
}

/// True when `question` has a word left once mentions, links and emoji are dropped: "@everyone" or "🦵🔥"
/// alone asks nothing, and the doors say so instead of answering.
pub fn has_words(question: &str) -> bool {
    normalize(question).chars().any(char::is_alphanumeric)
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
    } else if c == '\n' || is_pictograph(c) {
        // A line of a Discord message (a list item, a heading) stands on its own like a sentence; so does
        // what an emoji closes ("I'll never dance again 😭 what exercises should I do?").
        folded.push_str(" ; ");
    } else if matches!(c, '.' | '!' | '?' | ';' | ',' | '\'' | '-' | '/') {
        folded.push(c);
    } else {
        folded.push(' ');
    }
}

/// An emoji or pictograph (the blocks chat emoji come from), which people end a thought with.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
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

/// Titles written with a point that does not end a sentence.
const TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "prof", "st", "vs"];

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
        let mut tail = &raw[word.len()..];
        // "Dr. says no squats": the point of a title is not the end of a sentence.
        if tail == "." && TITLES.contains(&word) {
            tail = "";
        }
        let word = word.trim_matches(|c| c == '\'' || c == '"');
        let expanded: Cow<str> = match word {
            "won't" | "wont" => "will not".into(),
            // With the negations of Englishes spelled as said: Scots "cannae", "canna"; Jamaican "cyaan".
            "can't" | "cant" | "cannot" | "cannae" | "canna" | "cyaan" | "kyaan" => {
                "can not".into()
            }
            "i'm" | "im" => "i am".into(),
            "i've" | "ive" => "i have".into(),
            "i'd" => "i would".into(),
            "i'll" => "i will".into(),
            "it's" | "that's" | "what's" | "there's" | "here's" | "he's" | "she's" | "who's"
            | "where's" | "how's" => format!("{} is", &word[..word.len() - 2]).into(),
            "let's" => "let us".into(),
            // The same typed without the apostrophe (not "its", "were", "hell": words of their own).
            "thats" | "whats" | "theres" | "heres" | "shes" | "wheres" | "hows" => {
                format!("{} is", &word[..word.len() - 1]).into()
            }
            "theyre" | "youre" => format!("{} are", &word[..word.len() - 2]).into(),
            "theyve" | "youve" | "weve" | "wouldve" | "couldve" | "shouldve" => {
                format!("{} have", &word[..word.len() - 2]).into()
            }
            // Chat shorthand written with a slash.
            "w/o" => "without".into(),
            "w/" => "with".into(),
            "b/c" => "because".into(),
            "y/n" => "yes or no".into(),
            "y'all" => "you all".into(),
            // "tl;dr": its semicolon is no sentence's end.
            "tl;dr" | "tl:dr" | "tl,dr" => "tldr".into(),
            // Spoken forms run together in chat ("gimme a routine", "wanna start running").
            "gimme" => "give me".into(),
            "lemme" => "let me".into(),
            "wanna" => "want to".into(),
            "gonna" => "going to".into(),
            "gotta" => "got to".into(),
            "oughta" => "ought to".into(),
            "hafta" => "have to".into(),
            "outta" => "out of".into(),
            "kinda" => "kind of".into(),
            "sorta" => "sort of".into(),
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
    /// The word as typed (lower case), after spelling correction. Speed: a word of up to 23 bytes is held
    /// inline, so reading a question does not allocate per word.
    pub text: SmolStr,
    /// Its stem, used to match vocabulary phrases.
    pub stem: SmolStr,
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Index of the sentence (split on `. ! ? ;`) the word is in.
    pub sentence: usize,
}

impl Token {
    /// Whether the word, as typed, is one of `words` (a vocabulary list).
    pub fn is_one_of(&self, words: &[String]) -> bool {
        words.iter().any(|w| *w == *self.text)
    }
}

/// Splits normalised text into words. Hyphens and slashes separate words ("post-op" -> "post", "op");
/// a decimal point between digits stays ("1.5").
pub fn tokenize(text: &str, stemmer: &Stemmer) -> Vec<Token> {
    // Speed: room for a word every five bytes (English runs about six) saves growing the list word by
    // word; a denser text grows it once or twice.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokens.extend(word_spans(text).map(|(start, end, sentence)| {
        let word = &text[start..end];
        Token {
            text: SmolStr::new(word),
            stem: stemmer.stem_small(word),
            start,
            end,
            sentence,
        }
    }));
    tokens
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

#[cfg(test)]
#[path = "normalize_tests.rs"]
mod tests;
