//! Limits by position: someone who says they cannot take a position ("I can't kneel since my TKR") cannot
//! do an exercise done in it ("kneeling glute kickbacks", "glute kickbacks on all fours"), whatever the
//! exercise's own ruling. Part of reading the limits (`topic.rs`).

use super::normalize::Token;
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::Vocabulary;

/// How many words either side of an exercise a position word may stand and still describe it.
const WINDOW: usize = 4;

/// The topics of the exercises `mentions` names in a position the post says the asker cannot take.
pub(super) fn limited(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    vocab: &Vocabulary,
) -> Vec<TopicId> {
    let mut limited = Vec::new();
    // Speed: with no exercise named there is nothing to rule out, and the patterns need not run.
    if mentions.is_empty() {
        return limited;
    }
    let mut ruled_out: Vec<usize> = vocab
        .posture_cannot
        .matching(text)
        .map(|&(p, _)| p)
        .collect();
    ruled_out.dedup();
    for posture in ruled_out.into_iter().map(|p| &vocab.postures[p]) {
        for &(topic, first, last) in mentions {
            let sentence = tokens[first].sentence;
            let lo = first.saturating_sub(WINDOW);
            let hi = (last + 1 + WINDOW).min(tokens.len());
            let near: Vec<&str> = tokens[lo..hi]
                .iter()
                .filter(|t| t.sentence == sentence)
                .map(|t| t.text.as_str())
                .collect();
            let in_position = posture.words.iter().any(|w| {
                near.windows(w.len())
                    .any(|n| n.iter().zip(w).all(|(a, b)| a == b))
            });
            if in_position && !limited.contains(&topic) {
                limited.push(topic);
            }
        }
    }
    limited
}
