//! Text utilities at the bottom of the layers, shared by the knowledge loader and the question reader so a
//! phrase in `vocabulary.toml` and the same words typed in Discord come out identical.
//!
//! - [`normalize`]: Unicode folding, lower case, contractions, tokens and stems.
//! - [`distance`]: the edit distance spelling correction compares words with.
//! - [`asides`]: an aside closed with "!" or "." mid-sentence does not end the sentence.
//! - [`emoticons`]: ":(" and ";)" read as the end of a thought, like emoji.
//! - [`marks`]: where sentence ends and clause breaks stand, found once.
//! - [`pattern`]: the checked regular expressions the language lists are written in.
//! - [`stem`]: the stemmer.

pub mod asides;
pub mod distance;
pub mod emoticons;
pub mod marks;
pub mod names;
pub mod normalize;
pub mod pattern;
pub mod stem;
pub mod word_set;

/// `text` with every run of whitespace made one space and none at the ends.
pub fn single_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The days of the week, Monday first (calendar references count from them; typos are corrected to them).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words of time expressions besides the weekdays, so typo tolerance can correct towards them ("yesterdy").
pub const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "morning",
    "fortnight",
    "fortnights",
    "months",
    "month",
    "weeks",
    "years",
    "days",
    "recently",
    "decades",
    "season",
    "summer",
    "winter",
    "spring",
    "autumn",
    "weekend",
    "couple",
    "several",
    "seven",
    "eight",
    "three",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
];

/// True when `text` ends with the whole word or words `word` ("for" ends "no weight for", not "before").
pub fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// True when `text` starts with the whole word or words `word` ("after" starts "after my op", not
/// "afterwards").
pub fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// True when `text` holds the word or words `word` with a space or an end of `text` on each side ("ahead
/// of" in "just ahead of it", not in "go-ahead offer"). Speed: no padded copy of the text is made.
pub fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| from + i) {
        let end = i + word.len();
        if (i == 0 || text[..i].ends_with(' '))
            && (end == text.len() || text[end..].starts_with(' '))
        {
            return true;
        }
        // Occurrences may overlap ("i m i m"): the next search starts a character on.
        from = i + text[i..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// True when `text` holds `word` with no letter or digit either side ("squats" in "squats and walking", not
/// in "squatsy").
pub fn holds_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| word_at(text, i, word.len()))
}

/// Where `words` last stand in `text` with no letter or digit either side.
pub fn last_word_at(text: &str, words: &str) -> Option<usize> {
    text.rmatch_indices(words)
        .map(|(i, _)| i)
        .find(|&i| word_at(text, i, words.len()))
}

/// True when the `len` bytes at `i` of `text` have no letter or digit either side.
fn word_at(text: &str, i: usize, len: usize) -> bool {
    !text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[i + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// `text` with the byte ranges `spans` (on character boundaries) made spaces, byte for byte, so positions
/// in it still hold for the text.
pub fn blanked<'t>(text: &'t str, spans: &[(usize, usize)]) -> std::borrow::Cow<'t, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for &(start, end) in spans {
        out.replace_range(start..end, &" ".repeat(end - start));
    }
    std::borrow::Cow::Owned(out)
}

/// `text` with each match of `pattern` made spaces ("cabin fever" blanked before warning signs are looked
/// for).
pub fn blank_matches<'t>(text: &'t str, pattern: &regex::Regex) -> std::borrow::Cow<'t, str> {
    let spans: Vec<(usize, usize)> = pattern
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    blanked(text, &spans)
}

/// Where the words of a match end, before any punctuation or space it took in after them ("8 months post
/// ACLR," ends at "ACLR"): a date told past that punctuation is in another clause.
pub fn words_end(m: regex::Match<'_>) -> usize {
    m.start()
        + m.as_str()
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .len()
}

#[cfg(test)]
mod tests {
    use super::{blank_matches, contains_word};

    #[test]
    fn blank_matches_keeps_positions() {
        let sayings = regex::Regex::new(r"\bcabin fever\b").unwrap();
        let text = "getting cabin fever, and a fever tonight; cabin feverish";
        let blanked = blank_matches(text, &sayings);
        assert_eq!(blanked.len(), text.len());
        assert_eq!(blanked.matches("fever").count(), 2, "{blanked}");
        assert!(
            blanked.starts_with("getting            , and a fever"),
            "{blanked}"
        );
    }

    #[test]
    fn contains_word_needs_a_space_or_an_end_on_each_side() {
        assert!(contains_word("until my review in april", "until"));
        assert!(contains_word("until my review in april", "in april"));
        assert!(contains_word("people say no deep squats", "people say"));
        assert!(!contains_word("people sayings", "people say"));
        assert!(!contains_word("go-ahead offer", "ahead of"));
        // An occurrence that overlaps an earlier unbounded one is still found.
        assert!(contains_word("xi m i m", "i m"));
        assert!(!contains_word("anything", ""));
    }
}
