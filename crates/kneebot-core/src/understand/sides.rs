//! Stage 1c of reading a question: which knee it asks about. A post may tell of both knees ("ACL recon on
//! my left 4 weeks ago… my question is about the RIGHT knee, which has a degenerative meniscus tear"); an
//! operation or injury told only of the other knee does not set the clock for the one asked about.
//!
//! Careful by design, as `persons.rs` is, since a sentence wrongly left out would lose what was told:
//! - the side asked about is the one the asking clauses name, and they must name one side only;
//! - they must ask about an exercise that can be done one leg at a time (leg curls, leg extensions), and
//!   name none that puts weight through both knees (squats, walking): the other knee bears those too;
//! - a sentence is left out only when it names the other side and not the side asked about;
//! - the post must tell a knee problem in a sentence naming the side asked about (or in the question),
//!   so there is something of that knee to answer from;
//! - the events, the conditions ruled on and the recovery signs come from what is kept ("the hamstring on
//!   that side is weak" is the other leg's); limits and warning signs are read from the whole post (a ban
//!   on the left leg still limits a squat).

use super::normalize::{tokenize, Stemmer, Token};
use super::phrases::{tells_knee, Found};
use crate::knowledge::sides::{Side, Sides};
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Vocabulary;

/// The post told of the knee asked about.
pub(super) struct KneeStory {
    /// The post without the sentences that tell only of the other knee, and its words.
    pub text: String,
    pub tokens: Vec<Token>,
    /// Where the sentences left out stand in the post as read (byte spans).
    pub left_out: Vec<(usize, usize)>,
}

/// The post told of the knee asked about; `None` when nothing is left out (most posts name no side, or
/// one).
pub(super) fn asked_side_story(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    vocab: &Vocabulary,
    stemmer: &Stemmer,
) -> Option<KneeStory> {
    let sides = &vocab.sides;
    // Speed: most posts name no side, and then the asking part is not read here.
    if !tokens.iter().any(|t| sides.of(&t.text).is_some()) {
        return None;
    }
    let count = tokens.last().map_or(0, |t| t.sentence + 1);
    let asked = super::asking::find(text, tokens, &vocab.asking);
    let mut named = vec![[false; 2]; count];
    let mut in_asking = [false; 2];
    for (i, t) in tokens.iter().enumerate() {
        if let Some(side) = side_at(tokens, i, sides) {
            named[t.sentence][side as usize] = true;
            in_asking[side as usize] |= asked.in_clause(t.start);
        }
    }
    let asked_exercises = || {
        found.iter().filter_map(|f| match f.entry.meaning {
            Meaning::Exercise(topic) if asked.in_clause(tokens[f.first].start) => Some(topic),
            _ => None,
        })
    };
    let loaded = |topic| vocab.loaded_topics.contains(&topic);
    if asked_exercises().next().is_none() || asked_exercises().any(loaded) {
        return None;
    }
    let asked_side = match in_asking {
        [true, false] => Side::Left,
        [false, true] => Side::Right,
        _ => return None,
    };
    let other = asked_side.other() as usize;
    let is_asked = |s: usize| asked.contains(&s);
    let left_out: Vec<bool> = (0..count)
        .map(|s| !is_asked(s) && named[s][other] && !named[s][asked_side as usize])
        .collect();
    let mut tells = vec![false; count];
    for f in found.iter().filter(|f| tells_knee(f)) {
        tells[tokens[f.first].sentence] = true;
    }
    let asked_knee_told = (0..count)
        .any(|s| tells[s] && !left_out[s] && (named[s][asked_side as usize] || is_asked(s)));
    let other_knee_told = (0..count).any(|s| tells[s] && left_out[s]);
    if !(asked_knee_told && other_knee_told) {
        return None;
    }
    let kept = super::kept::kept_sentences(text, tokens, &left_out, |_, _| {});
    let spans = super::asking::sentence_spans(tokens);
    Some(KneeStory {
        tokens: tokenize(&kept, stemmer),
        text: kept,
        left_out: (0..count)
            .filter(|&s| left_out[s])
            .filter_map(|s| spans[s])
            .collect(),
    })
}

/// The side token `i` names, if it names one: a side word before a part of the leg ("left knee", "the
/// right one"; not "the right side of my knee"), or after "my" or "the" and not before what makes it
/// "correct" ("on my left was…", "while the left heals"; not "the right way").
fn side_at(tokens: &[Token], i: usize, sides: &Sides) -> Option<Side> {
    let t = &tokens[i];
    let side = sides.of(&t.text)?;
    let in_sentence = |j: usize| tokens.get(j).filter(|n| n.sentence == t.sentence);
    let next = in_sentence(i + 1);
    if next.is_some_and(|n| n.is_one_of(&sides.parts)) {
        let place = in_sentence(i + 2).is_some_and(|a| a.is_one_of(&sides.place_after));
        return (!place).then_some(side);
    }
    let before = i.checked_sub(1).and_then(in_sentence);
    (before.is_some_and(|b| b.is_one_of(&sides.before))
        && !next.is_some_and(|n| n.is_one_of(&sides.not_after)))
    .then_some(side)
}
