//! Whether the material speaks to a question about itself at all, before any passage is quoted as an
//! answer: a question whose specific words the top passages do not hold is not covered.

use super::{Context, MAX_PASSAGES};
use crate::understand::{material_words, Understanding};

/// The largest count people write in digits that the material may write in words ("the 3 reasons").
const SMALL_COUNT: u8 = 12;

/// Whether the material speaks to a question about itself: the top passages hold most of the question's
/// specific words (not "knee", "pain" or "exercise", which are everywhere).
pub(super) fn covered(u: &Understanding, cx: &Context) -> bool {
    if cx.hits.is_empty() {
        return false;
    }
    // A story around a question about the material ("I've done curls for years… what point is he
    // making with the cake?") brings words no passage needs to hold: what is asked must be spoken to.
    let asked =
        |sentence: usize| u.material_asked.is_empty() || u.material_asked.contains(&sentence);
    // "I swear he said… or have I got that backwards?": in a sentence about what the material said, a
    // word the material never uses is the asker's chat; what people ask about that the material does not
    // cover (swimming, braces) is in the vocabulary and already makes the question `not_covered`. There
    // only the material's own words weigh. (Not in one about the presenter: "is the guy in the video a
    // physio or a chiropractor?")
    // "She said" is the presenter's only where nobody else is named before it ("the teacher… she said");
    // "the video says", "does this video apply" are the video's whoever the post names.
    let vocab = &cx.knowledge.vocabulary;
    let someone_named_before =
        |at: usize| material_words::someone_named_before(&u.text, &u.tokens, vocab, at);
    let about_its_words = u.material_asked.iter().any(|&sentence| {
        let mut words = u.tokens.iter().filter(|t| t.sentence == sentence);
        let start = words.next().map(|t| t.start);
        let end = u
            .tokens
            .iter()
            .rfind(|t| t.sentence == sentence)
            .map(|t| t.end);
        start.zip(end).is_some_and(|(s, e)| {
            let sentence = &u.text[s..e];
            vocab
                .asking
                .material_speech
                .spans(sentence)
                .iter()
                .any(|&(from, _)| {
                    let pronoun = ["he ", "she "]
                        .iter()
                        .any(|p| sentence[from..].starts_with(p));
                    !pronoun || !someone_named_before(s)
                })
        })
    });
    // "Someone quoted the video about cake and cigarettes. What was that bit about exactly?": an asking
    // sentence of only stop and general words points back, so the words of the sentence before it are
    // what the material must speak to.
    let own_words = |t: &&crate::understand::normalize::Token| {
        !vocab.is_stop_word(&t.text) && !vocab.is_generic(&t.text)
    };
    let points_back = !u.material_asked.is_empty()
        && !u
            .tokens
            .iter()
            .filter(|t| asked(t.sentence))
            .any(|t| own_words(&t));
    let asked = |sentence: usize| {
        asked(sentence) || (points_back && u.material_asked.contains(&(sentence + 1)))
    };
    let specific: Vec<&str> = u
        .tokens
        .iter()
        .filter(|t| asked(t.sentence))
        .filter(own_words)
        // "The 3 reasons", "the 2 times": a small count in digits the material never writes so is one it
        // writes in words ("three reasons"); "20 A Day" or a mother's 73 years still count.
        .filter(|t| {
            !(t.text
                .parse::<u8>()
                .is_ok_and(|n| (1..=SMALL_COUNT).contains(&n))
                && cx.passage_stems.passages_with(&t.stem) == 0)
        })
        .map(|t| t.stem.as_str())
        .filter(|s| !about_its_words || cx.passage_stems.passages_with(s) > 0)
        .collect();
    let expanded = cx.hits.iter().take(MAX_PASSAGES).any(|h| {
        u.expansions
            .iter()
            .any(|s| cx.passage_stems.contains(h.passage, s))
    });
    if specific.is_empty() {
        return expanded;
    }
    let found = specific
        .iter()
        .filter(|s| {
            cx.hits
                .iter()
                .take(MAX_PASSAGES)
                .any(|h| cx.passage_stems.contains(h.passage, s))
        })
        .count();
    // The vocabulary's expansions say which words answer a question of this shape; finding them is
    // evidence too.
    found * 2 > specific.len() || (expanded && found > 0)
}
