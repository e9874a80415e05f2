//! Symptoms in a post: whether it names one, and whether an exercise it names is only where a symptom
//! shows ("it hurts when I run", "…of the couch to 5k running program. But my knees are killing me."), so
//! the exercise is the symptom's setting, not what is asked about. Read by the topic and intent stages.

use super::normalize::Token;
use super::phrases::{last_words, preceded_by, sentence_span, sentence_tokens, word_before};
use crate::ids::TopicId;
use crate::knowledge::vocabulary::Asking;
use rustc_hash::FxHashMap as HashMap;

/// True when `text` names a symptom (pain, soreness, swelling…).
pub fn names_symptom(text: &str, asking: &Asking) -> bool {
    asking.symptom.is_match(text)
}

/// For each exercise starting at a token of `firsts`, true when it is where a symptom shows ("it hurts
/// when I run", "pain after running", "tweaked my knee hiking"): a symptom word just before it, or "when /
/// while / after / during" just before it with a symptom in the same sentence.
/// `negations` ("no", "not") before a symptom word deny it: "no pain when I squat" is no symptom.
pub fn in_symptoms(
    text: &str,
    tokens: &[Token],
    firsts: impl Iterator<Item = usize>,
    asking: &Asking,
    negations: &[Vec<String>],
) -> Vec<bool> {
    // "So I don't have pain when I run": a symptom denied in a clause of purpose is the one to be rid of,
    // still shown where it is.
    let denied = |at: usize| {
        preceded_by(text, at, negations, 3)
            && !purpose_before(
                last_words(&text[..at], PURPOSE_WORDS),
                &asking.purpose_openers,
                negations,
            )
    };
    let symptom_in = |from: usize, to: usize| {
        asking.symptom.iter().any(|r| {
            r.find_iter(&text[from..to])
                .any(|m| !denied(from + m.start()))
        })
    };
    // Whether a sentence holds a symptom, and whether the sentence after it opens with "but" and holds
    // one: read once per sentence, since a long post can name an exercise many times in one.
    let mut in_sentence: HashMap<usize, bool> = HashMap::default();
    let mut symptom_in_sentence = |sentence: usize| {
        *in_sentence.entry(sentence).or_insert_with(|| {
            let (start, end) = sentence_span(tokens, sentence);
            symptom_in(start, end)
        })
    };
    firsts
        .map(|first| {
            let sentence = tokens[first].sentence;
            let near = tokens[first.saturating_sub(4)..first]
                .iter()
                .find(|t| t.sentence == sentence)
                .map_or(tokens[first].start, |t| t.start);
            if symptom_in(near, tokens[first].start) {
                return true;
            }
            // "…of the couch to 5k running program. But my knees are killing me.": a sentence right after
            // that opens with "but" tells what the exercise brings on.
            let next = sentence_tokens(tokens, sentence + 1).first();
            if next.is_some_and(|t| t.text == "but") && symptom_in_sentence(sentence + 1) {
                return true;
            }
            // "when I run", "after a long run", "when you need to hike", "around mile 4 every run": a
            // setting word up to four words before.
            word_before(
                tokens,
                first,
                4,
                &["when", "while", "after", "during", "every", "each"],
            ) && symptom_in_sentence(sentence)
        })
        .collect()
}

/// How many words before a symptom are read for the "so" that opens a clause of purpose.
const PURPOSE_WORDS: usize = 6;

/// True when `words` (the last few before a denied symptom) open a clause of purpose with one of
/// `openers` (`[words] purpose_openers`: "so", "in order") and the denial comes after it ("so I don't
/// have pain", "so that it doesn't hurt").
fn purpose_before(words: &str, openers: &[String], negations: &[Vec<String>]) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    words
        .iter()
        .rposition(|w| openers.iter().any(|o| o == w))
        .is_some_and(|at| {
            let rest = &words[at + 1..];
            negations.iter().any(|n| {
                rest.windows(n.len())
                    .any(|w| w.iter().zip(n).all(|(a, b)| a == b))
            })
        })
}

/// True when every exercise named (`mentions`: topic, first and last token) is only the setting of a
/// symptom (`in_symptom`), part of a recovery sign (`in_sign`) or ruled out (`limited`): the post tells
/// symptoms rather than asking about an exercise. "Around 5k into every run the outside of my knee starts
/// burning": one exercise named twice in a sentence is one setting, so where one naming is a symptom's
/// setting the others in that sentence are too.
pub fn only_in_symptoms(
    tokens: &[Token],
    mentions: &[(TopicId, usize, usize)],
    in_symptom: &[bool],
    in_sign: &[bool],
    limited: &[TopicId],
) -> bool {
    let setting_in_sentence = |topic: TopicId, sentence: usize| {
        mentions
            .iter()
            .zip(in_symptom)
            .any(|(&(t, first, _), &symptom)| {
                symptom && t == topic && tokens[first].sentence == sentence
            })
    };
    mentions.iter().zip(in_symptom.iter().zip(in_sign)).all(
        |(&(t, first, _), (&symptom, &sign))| {
            symptom
                || sign
                || limited.contains(&t)
                || setting_in_sentence(t, tokens[first].sentence)
        },
    )
}
