//! The material's words reported in a post ("ok so she says if it's been more than a week you've lost
//! strength. I had my ACL recon 5 weeks ago…"): the rest of the sentence after the presenter's "says" is
//! the video's claim, not the asker's recovery, so no sign of recovery is read in it. Only the presenter's:
//! "my physio says my hamstring is weak" tells of the asker.

use super::normalize::Token;
use crate::knowledge::persons::Person;
use crate::knowledge::Vocabulary;

/// The byte ranges of `text` that report the presenter's words: from the end of each "he says", "the video
/// says"… to the end of its sentence, when nobody else (a clinician, a relative) is named before it, who
/// "he" or "she" could be.
pub(super) fn spans(text: &str, tokens: &[Token], vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let speech = vocab.asking.material_speech.spans(text);
    if speech.is_empty() {
        return Vec::new();
    }
    speech
        .into_iter()
        .filter(|&(start, _)| {
            let pronoun = ["he ", "she "].iter().any(|p| text[start..].starts_with(p));
            !pronoun || !someone_named_before(text, tokens, vocab, start)
        })
        .map(|(_, end)| {
            let sentence_end = text[end..]
                .find(['.', '!', '?', ';', '\n'])
                .map_or(text.len(), |i| end + i);
            (end, sentence_end)
        })
        .collect()
}

/// Whether a clinician or another person (not the asker) is named in `text` before byte `at`: then "he" or
/// "she" there may be them, not the presenter ("the teacher… she said").
pub(crate) fn someone_named_before(
    text: &str,
    tokens: &[Token],
    vocab: &Vocabulary,
    at: usize,
) -> bool {
    vocab.intent.clinician.is_match(&text[..at])
        || tokens.iter().take_while(|t| t.end <= at).any(|t| {
            vocab.persons.of(&t.text).is_some_and(|p| p != Person::Me)
                && !vocab.persons.is_pronoun(&t.text)
        })
}
