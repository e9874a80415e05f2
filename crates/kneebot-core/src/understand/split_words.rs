//! A medical word voice typing split into several ("men is kectomy", "a C L"): found in runs of words that
//! hold an unknown word or spelled letters, and joined back into the vocabulary word.

use super::normalize::Token;
use super::spelling::{nearest, KNOWN_WORD_MIN_LEN};
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Knowledge;

/// Most words a dictated medical word is split into ("osteo arthur itis").
const SPLIT_WORD_PIECES: usize = 3;

/// A joined medical word this long or longer is matched with typos ("men is kectomy" -> "meniscectomy");
/// shorter ones only as spelled letters ("a C L" -> "acl").
const SPLIT_WORD_MIN_LEN: usize = 8;

/// Pieces of a word an apostrophe left on their own ("it s", "don t"): never letters of an abbreviation.
const APOSTROPHE_PIECES: [&str; 6] = ["s", "t", "d", "ll", "re", "ve"];

/// The words of a question, for finding a medical word voice typing split.
pub(super) struct Split<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    /// Whether each word is unknown.
    pub(super) unknown: &'a [bool],
    /// Each word's own typo correction, if it has one.
    pub(super) typo_fix: &'a [Option<usize>],
}

impl Split<'_> {
    /// Voice typing hears a medical word as several ("men is kectomy", "chondro malaysia", "M C L"): from
    /// token `first`, up to [`SPLIT_WORD_PIECES`] words of one sentence, one space apart, no word of five
    /// letters or more a real word or a typo of one, that joined are a vocabulary word (with typos when long)
    /// or a condition's abbreviation spelled letter by letter. The last token joined and the word. `joined`
    /// is a buffer.
    pub(super) fn word_from(
        &self,
        first: usize,
        joined: &mut String,
        knowledge: &Knowledge,
    ) -> Option<(usize, String)> {
        let Split {
            text,
            tokens,
            unknown,
            typo_fix,
        } = *self;
        let vocab = &knowledge.vocabulary;
        let piece = |i: usize| &text[tokens[i].start..tokens[i].end];
        // Speed: most words are real words of five letters or more, which start no split word.
        let head = piece(first);
        if head.len() >= KNOWN_WORD_MIN_LEN && (typo_fix[first].is_some() || !unknown[first]) {
            return None;
        }
        // Speed: a run with no unknown word can only be letters spelled out, which start with one.
        let end = tokens.len().min(first + SPLIT_WORD_PIECES);
        if head.len() > 2 && !unknown[first..end].contains(&true) {
            return None;
        }
        joined.clear();
        joined.push_str(head);
        for last in first + 1..end {
            let (before, t) = (&tokens[last - 1], &tokens[last]);
            if t.sentence != tokens[first].sentence || &text[before.end..t.start] != " " {
                return None;
            }
            joined.push_str(piece(last));
            // Speed: a split word has a piece no word (or a letter of an abbreviation); most runs of
            // words have none.
            if !(first..=last).any(|i| unknown[i]) && (first..=last).any(|i| piece(i).len() > 2) {
                continue;
            }
            let pieces = || (first..=last).map(piece);
            if !pieces().all(|w| w.bytes().all(|b| b.is_ascii_alphabetic())) {
                return None;
            }
            let letters = pieces().all(|w| w.len() <= 2 && !APOSTROPHE_PIECES.contains(&w));
            if letters && joined.len() <= 4 {
                let named = vocab.phrases.get(joined.as_str()).is_some_and(|entries| {
                    entries.iter().any(|e| {
                        e.stems.len() == 1
                            && matches!(
                                e.meaning,
                                Meaning::Condition(_) | Meaning::ConditionSurgery(_)
                            )
                    })
                });
                if named {
                    return Some((last, joined.clone()));
                }
            } else if joined.len() >= SPLIT_WORD_MIN_LEN
            // The known words are those of five letters or more: a piece that long is a word unless
            // unknown ("surgeon has" is two words, not "surgeons"), or a typo of one.
            && (first..=last).all(|i| {
                let w = piece(i);
                w.len() < KNOWN_WORD_MIN_LEN || (unknown[i] && typo_fix[i].is_none())
            })
            // "a laterall" is an article and a typo.
            && pieces().all(|w| w.len() > 1)
            {
                // Joined with typos only when a piece is long enough to be an unknown word; short pieces
                // must join exactly ("men is cus").
                let exact = vocab.lexicon.binary_search(joined).ok();
                let near = || {
                    pieces()
                        .any(|w| w.len() >= KNOWN_WORD_MIN_LEN)
                        .then(|| nearest(joined, knowledge))
                        .flatten()
                };
                if let Some(i) = exact.or_else(near) {
                    return Some((last, vocab.lexicon[i].clone()));
                }
            }
        }
        None
    }
}
