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
    ended: &dyn Fn(usize, usize) -> bool,
    vocab: &Vocabulary,
) -> Vec<TopicId> {
    let mut limited = Vec::new();
    // Speed: with no exercise named there is nothing to rule out, and the patterns need not run.
    if mentions.is_empty() {
        return limited;
    }
    // Speed: the set is run over the text once, for both uses below.
    // "I keep seeing people say no deep squats": a position others rule out is no limit of the asker's;
    // nor is one whose told end has passed ("no kneeling until 1 March", asked in mid-March).
    let cannot: Vec<&(usize, regex::Regex)> = vocab
        .posture_cannot
        .matching(text)
        .filter(|(_, pattern)| {
            pattern
                .find_iter(text)
                .any(|m| !hearsay(text, m.start(), vocab) && !ended(m.start(), m.end()))
        })
        .collect();
    let mut ruled_out: Vec<usize> = cannot.iter().map(|&&(p, _)| p).collect();
    ruled_out.dedup();
    // "Nothing past a 90 degree bend when squatting": the limit names the exercise it is for, so that
    // exercise is out wherever the post asks about it, named in the position's words or not (for a
    // position every version of the exercise takes, such as a bend).
    for &&(posture, ref pattern) in &cannot {
        if !vocab.postures[posture].limits_named_exercise {
            continue;
        }
        // Only a cap told as one ("no bending past 90 degrees"), not a count that happens to fit the
        // pattern ("up to 25 minutes on the treadmill", "only bends to 90 when I do curls").
        for found in pattern
            .find_iter(text)
            .filter(|m| names_a_cap(m.as_str(), &text[m.end()..], vocab))
        {
            for topic in named_for(tokens, (found.start(), found.end()), mentions, vocab) {
                if !limited.contains(&topic) {
                    limited.push(topic);
                }
            }
        }
    }
    for posture in ruled_out.into_iter().map(|p| &vocab.postures[p]) {
        for &(topic, first, last) in mentions {
            let sentence = tokens[first].sentence;
            let reach = if posture.in_exercise_words { 1 } else { WINDOW };
            let lo = first.saturating_sub(reach);
            let hi = (last + 1 + reach).min(tokens.len());
            let near: Vec<&str> = tokens[lo..hi]
                .iter()
                .filter(|t| t.sentence == sentence)
                .map(|t| t.text.as_str())
                .collect();
            let in_position = posture.words.iter().any(|w| {
                near.windows(w.len())
                    .any(|n| n.iter().zip(w).all(|(a, b)| a == b))
            });
            // "I can't lie on my tummy… lying hamstring curls: can I do them standing instead?": the
            // exercise is asked about in a position the asker can take.
            let moved = tokens[last + 1..]
                .iter()
                .take_while(|t| t.sentence == sentence)
                .any(|t| t.is_one_of(&vocab.position_moved_to));
            if in_position && !moved && !limited.contains(&topic) {
                limited.push(topic);
            }
        }
    }
    limited
}

/// How many words may stand between a limit and the exercise it is for ("a 90 degree bend when squatting").
const FOR_WINDOW: usize = 5;

/// The topics of exercises a limit (bytes `start..end`) says it is for: one it names ("squat no deeper than
/// parallel"), the exercise straight after it ("nothing deeper than a chair-height squat"), or one joined
/// by `[words] limit_for_joins` ("when", "for") in the same sentence, with none of `limit_for_breaks`
/// ("so", "instead") between:
/// "can't get on the floor, so I do squats" is no limit on squats.
fn named_for(
    tokens: &[Token],
    (start, end): (usize, usize),
    mentions: &[Mention],
    vocab: &Vocabulary,
) -> Vec<TopicId> {
    let Some(after) = tokens.iter().position(|t| t.start >= end) else {
        return Vec::new();
    };
    let Some(sentence) = after.checked_sub(1).map(|i| tokens[i].sentence) else {
        return Vec::new();
    };
    mentions
        .iter()
        .filter(|&&(_, first, last)| {
            // "Nothing lower than a box squat": the exercise's name may begin inside the cap.
            let named_in = tokens[first].start >= start && tokens[last].end <= end;
            let straight_after = first <= after && last >= after;
            let first = first.max(after);
            named_in
                || straight_after
                || first - after <= FOR_WINDOW && tokens[first].sentence == sentence && {
                    let between = &tokens[after..first];
                    between.iter().any(|t| t.is_one_of(&vocab.limit_for_joins))
                        && !between.iter().any(|t| t.is_one_of(&vocab.limit_for_breaks))
                }
        })
        .map(|&(topic, _, _)| topic)
        .collect()
}

/// True when a bend limit's words (`found`, then the text `after` it) tell a cap ("no", "nothing past",
/// "capped at") on a bend told in degrees or as a bend, not a count of something else.
fn names_a_cap(found: &str, after: &str, vocab: &Vocabulary) -> bool {
    let next: Vec<&str> = after.split_whitespace().take(2).collect();
    // "chair-height" is the words "chair" and "height".
    let words: Vec<&str> = found
        .split_whitespace()
        .chain(next)
        .flat_map(|w| w.split('-'))
        .collect();
    let has = |list: &[String]| words.iter().any(|w| list.iter().any(|l| l == w));
    has(&vocab.cap_words) && has(&vocab.bend_words)
}

/// True when the sentence up to byte `at` holds a word of hearsay (`[words] hearsay`).
fn hearsay(text: &str, at: usize, vocab: &Vocabulary) -> bool {
    let sentence = &text[text[..at]
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(0, |i| i + 1)..at];
    let sentence = sentence.trim();
    vocab
        .hearsay
        .iter()
        .any(|w| crate::text::contains_word(sentence, w))
}
