//! Exercises described rather than named ("lie on your back and lift your hips", "the machine where you
//! kick your leg out against a pad"): mentions of their topic, as the named ones are. Part of reading the
//! topic (`topic.rs`).

use super::normalize::Token;
use super::uncovered::Mention;
use crate::knowledge::Vocabulary;

/// The mentions of topics by description in `text`, as token ranges.
pub(super) fn mentions(text: &str, tokens: &[Token], vocab: &Vocabulary) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for (topic, pattern) in vocab.described.matching(text) {
        for m in pattern.find_iter(text) {
            let first = tokens.iter().position(|t| t.start >= m.start());
            let last = tokens.iter().rposition(|t| t.end <= m.end());
            if let (Some(first), Some(last)) = (first, last) {
                // Two descriptions of the same words are one mention.
                let seen = mentions
                    .iter()
                    .any(|&(_, f, l): &Mention| f <= last && first <= l);
                if first <= last && !seen {
                    mentions.push((*topic, first, last));
                }
            }
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use crate::test_support::shipped_knowledge as knowledge;
    use crate::text::normalize::{normalize, tokenize, Stemmer};

    fn topics(q: &str) -> Vec<&'static str> {
        let text = normalize(q);
        let tokens = tokenize(&text, &Stemmer::default());
        super::mentions(&text, &tokens, &knowledge().vocabulary)
            .into_iter()
            .map(|(t, _, _)| knowledge().topics[t].id.as_str())
            .collect()
    }

    #[test]
    fn exercises_described_in_words_are_mentions_of_their_topic() {
        let cases: &[(&str, &[&str])] = &[
            (
                "I lie on my back with knees bent and lift my hips up and hold",
                &["glute_strengthening"],
            ),
            (
                "the machine where you sit down and kick your leg out straight against a padded bar",
                &["quad_isolation"],
            ),
            (
                "lying face down and bending the knee up with a small weight on the ankle",
                &["hamstring_strengthening"],
            ),
            (
                "practise standing up from a dining chair and sitting back down",
                &["squats"],
            ),
            // The pad goes up only on the extension machine; on the curl machine it goes down or back.
            (
                "quads machine at the gym where you sit and kick the pad up",
                &["quad_isolation"],
            ),
            ("the machine where you lie down and pull the pad back", &[]),
            // A curl told the other way round, or standing at the worktop.
            (
                "still doing the theraband heel-pulls lying on my tummy",
                &["hamstring_strengthening"],
            ),
            (
                "one where you stand holding the worktop and bring your heel up behind you",
                &["hamstring_strengthening"],
            ),
            // Lying on one's back to rest, or a chair to sit on, describe no exercise.
            ("I lie on my back to sleep and my hips ache", &[]),
            ("I sit in a chair all day at work", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(topics(q), *want, "{q}");
        }
    }
}
