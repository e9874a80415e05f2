//! Symptoms in a post: whether it names one, and whether an exercise it names is only where a symptom
//! shows ("it hurts when I run", "…of the couch to 5k running program. But my knees are killing me."), so
//! the exercise is the symptom's setting, not what is asked about. Read by the topic and intent stages.

use super::normalize::Token;
use super::phrases::{preceded_by, sentence_span, word_before};
use crate::knowledge::vocabulary::Asking;

/// True when `text` names a symptom (pain, soreness, swelling…).
pub fn names_symptom(text: &str, asking: &Asking) -> bool {
    asking.symptom.is_match(text)
}

/// True when the exercise at tokens `first..` is where a symptom shows ("it hurts when I run", "pain
/// after running", "tweaked my knee hiking"): a symptom word just before it, or "when / while / after /
/// during" just before it with a symptom in the same sentence.
/// `negations` ("no", "not") before a symptom word deny it: "no pain when I squat" is no symptom.
pub fn in_symptom(
    text: &str,
    tokens: &[Token],
    first: usize,
    asking: &Asking,
    negations: &[Vec<String>],
) -> bool {
    let sentence = tokens[first].sentence;
    let (start, end) = sentence_span(tokens, sentence);
    let symptom_in = |from: usize, to: usize| {
        asking.symptom.iter().any(|r| {
            r.find_iter(&text[from..to])
                .any(|m| !preceded_by(text, from + m.start(), negations, 3))
        })
    };
    let near = tokens[first.saturating_sub(4)..first]
        .iter()
        .find(|t| t.sentence == sentence)
        .map_or(tokens[first].start, |t| t.start);
    if symptom_in(near, tokens[first].start) {
        return true;
    }
    // "…of the couch to 5k running program. But my knees are killing me.": a sentence right after that
    // opens with "but" tells what the exercise brings on.
    let next = tokens.iter().find(|t| t.sentence > sentence);
    if let Some(t) = next.filter(|t| t.sentence == sentence + 1 && t.text == "but") {
        let (s, e) = sentence_span(tokens, t.sentence);
        if symptom_in(s, e) {
            return true;
        }
    }
    // "when I run", "after a long run", "when you need to hike", "around mile 4 every run": a setting word
    // up to four words before.
    let after_when = word_before(
        tokens,
        first,
        4,
        &["when", "while", "after", "during", "every", "each"],
    );
    after_when && symptom_in(start, end)
}
