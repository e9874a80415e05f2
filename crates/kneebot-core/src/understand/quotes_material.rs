//! Words of the video quoted in a post ("if its been more than a week youve lost strength" - more than a week
//! since WHAT?): a phrase in quotation marks whose words one passage holds points at the material as surely
//! as "he says" does. Part of reading what a post asks about.

use crate::knowledge::Knowledge;

/// A quoted phrase is read only with this many words or more that say something (not "the", "and").
const MIN_CONTENT_WORDS: usize = 2;
/// ...and this many words at most: a longer stretch in quotation marks is a pasted message, not a line.
const MAX_WORDS: usize = 30;

/// True when `question` (as typed) puts in quotation marks, in the sentence that asks, a phrase whose words,
/// nearly all of them, one passage of the material holds. A phrase quoted in a sentence that tells ("my
/// trainer put curls in my routine 'to balance out the quads'.") is someone's words, not the question.
pub(super) fn quotes_passage(question: &str, knowledge: &Knowledge) -> bool {
    // Speed: most questions quote nothing.
    if !question.contains(['"', '\u{201c}', '\u{201d}', '\'', '\u{2018}', '\u{2019}']) {
        return false;
    }
    let vocab = &knowledge.vocabulary;
    // The end of each phrase's sentence, found in one pass over the ends since the phrases come in order: a
    // post of a thousand quote marks must not be scanned once per pair.
    let mut sentence_ends = question.match_indices(['.', '!', '?', '\n']).peekable();
    let in_asking_sentence = |&(_, end): &(usize, usize)| {
        while sentence_ends.next_if(|&(i, _)| i < end).is_some() {}
        sentence_ends.peek().is_none_or(|&(_, mark)| mark == "?")
    };
    quoted_phrases(question)
        .into_iter()
        .filter(in_asking_sentence)
        .any(|(start, end)| {
            let normal = super::normalize::normalize(&question[start..end]);
            let words: Vec<&str> = normal
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 2 && !vocab.is_stop_word(w))
                .collect();
            if words.len() < MIN_CONTENT_WORDS || normal.split_whitespace().count() > MAX_WORDS {
                return false;
            }
            knowledge.passages.iter().any(|p| {
                let text = p.text.to_lowercase();
                let held = words
                    .iter()
                    .filter(|w| crate::text::holds_word(&text, w))
                    .count();
                held * 4 >= words.len() * 3
            })
        })
}

/// The byte ranges of the phrases `text` puts between a pair of quotation marks: double quotes, or single
/// quotes that open after a space and close before one (not the apostrophes of "it's").
fn quoted_phrases(text: &str) -> Vec<(usize, usize)> {
    let mut phrases = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = chars.peek().map(|&(_, c)| c);
        let next = i + c.len_utf8();
        match (open, c) {
            (None, '"' | '\u{201c}') => open = Some((next, '"')),
            (None, '\'' | '\u{2018}') if before.is_none_or(|b| !b.is_alphanumeric()) => {
                open = Some((next, '\''))
            }
            (Some((start, '"')), '"' | '\u{201d}') => {
                phrases.push((start, i));
                open = None;
            }
            (Some((start, '\'')), '\'' | '\u{2019}')
                if after.is_none_or(|a| !a.is_alphanumeric()) =>
            {
                phrases.push((start, i));
                open = None;
            }
            _ => {}
        }
        before = Some(c);
    }
    phrases
}

#[cfg(test)]
mod tests {
    use super::quoted_phrases;

    /// The words of each phrase `quoted_phrases` finds in `text`.
    fn phrases_in(text: &str) -> Vec<&str> {
        quoted_phrases(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn quoted_phrases_are_read_between_quotes_not_apostrophes() {
        let text = "this 'muscle imbalance' he keeps on about, it's odd";
        assert_eq!(phrases_in(text), vec!["muscle imbalance"]);
        let text = "\"if its been more than a week\" - since what?";
        assert_eq!(phrases_in(text), vec!["if its been more than a week"]);
        assert!(phrases_in("it's my knee's fault, isn't it").is_empty());
    }
}
