//! Stage of reading a question's topic: the uncovered thing a short question points back at ("Dad says I
//! should wear a knee sleeve when I run. Should I?", "been icing my knee after every walk, should I keep
//! doing that?"). The story's last telling part names something the material does not cover as what is
//! done, and an exercise only as when it is done; the question names neither, so it asks about the thing
//! done, and the exercise is its occasion.

use super::asking::{self, Asked};
use super::normalize::Token;
use super::phrases::{word_before, Found};
use super::uncovered::Mention;
use crate::knowledge::vocabulary::{Meaning, PhraseEntry};
use crate::knowledge::Vocabulary;

/// How many words before an exercise a word of its occasion may stand ("after every walk", "when I run").
const SCENE_WORDS: usize = 2;
/// How many words before the thing a word of adding it may stand ("add swimming laps").
const ADDED_WORDS: usize = 2;
/// How many words before the thing a verb of using it may stand ("wear one of those knee sleeves").
const USED_WORDS: usize = 4;

/// The uncovered thing the asking part points back at, with its first token, if it points back at one.
pub(super) fn find<'k>(
    tokens: &[Token],
    found: &[Found<'k>],
    mentions: &[Mention],
    asked: &Asked,
    vocab: &Vocabulary,
) -> Option<(usize, &'k PhraseEntry)> {
    // Speed: most posts name nothing the material does not cover, and then the question's patterns need
    // no reading.
    if !found.iter().any(|f| f.entry.meaning == Meaning::Uncovered) {
        return None;
    }
    let asking_starts = asked.clauses.iter().map(|&(start, _)| start).min()?;
    let in_asking = |first: usize| asked.in_clause(tokens[first].start);
    // "Is it ok to take it before I go for my walk?": the asking clause uses a thing it only points back
    // at, and any exercise it names is the occasion.
    let uses_pointed = uses_thing_pointed_at(tokens, &in_asking, vocab);
    // A yes or no question pointing back ("Should I?", "should I keep doing that?"), not an open one
    // ("what should I do?") nor one of what, when or how. (With a thing used in it, "when I run" is the
    // occasion: "can I wear it when I run?".)
    if asked.open.is_some()
        || (!uses_pointed && vocab.intent.wh_word.is_match(&asked.text))
        || !(uses_pointed || asking::refers_back(asked, &vocab.asking))
    {
        return None;
    }
    // The question names an exercise or an uncovered thing of its own: that is what it asks about.
    let occasion = |f: &Found| {
        uses_pointed
            && matches!(f.entry.meaning, Meaning::Exercise(_))
            && word_before(tokens, f.first, SCENE_WORDS, &vocab.exercise_scene)
    };
    if found.iter().any(|f| in_asking(f.first) && !occasion(f)) {
        return None;
    }
    // The part told just before the question: its own sentence's telling clause, or the last sentence
    // before it that names an exercise or an uncovered thing (past a label such as "Knee OA, 58yo.").
    let first_asking = tokens.iter().position(|t| t.start >= asking_starts)?;
    let asking_sentence = tokens[first_asking].sentence;
    let names_thing = |sentence: usize| {
        found.iter().any(|f| {
            tokens[f.first].sentence == sentence
                && matches!(f.entry.meaning, Meaning::Uncovered | Meaning::Exercise(_))
        })
    };
    let told_sentence = if tokens[..first_asking]
        .iter()
        .any(|t| t.sentence == asking_sentence)
    {
        asking_sentence
    } else {
        (0..asking_sentence).rev().find(|&s| names_thing(s))?
    };
    let told = |first: usize| tokens[first].sentence == told_sentence && first < first_asking;
    // The thing is what is done: a doing ("icing my knee"), or what is worn, taken or used ("wear a knee
    // sleeve", "take naproxen").
    let done = |f: &&Found| {
        tokens[f.first..=f.last]
            .iter()
            .any(|t| t.text.ends_with("ing"))
            || word_before(tokens, f.first, USED_WORDS, &vocab.done_with)
    };
    // …or what is being added ("my sister says I should add swimming laps on top. Is that a good idea?").
    let added = |f: &Found| word_before(tokens, f.first, ADDED_WORDS, &vocab.novelty);
    let thing = found
        .iter()
        .filter(|f| f.entry.meaning == Meaning::Uncovered && told(f.first))
        .filter(|f| !super::uncovered::setting_before(tokens, f.first, vocab))
        .filter(|f| done(f) || added(f))
        .last()?;
    // An exercise is told there, and every one only as the occasion ("when I run", "after every walk").
    let mut exercises = mentions
        .iter()
        .filter(|&&(_, first, _)| told(first))
        .peekable();
    let only_occasions = (uses_pointed || exercises.peek().is_some())
        && exercises
            .all(|&(_, first, _)| word_before(tokens, first, SCENE_WORDS, &vocab.exercise_scene));
    // The thing added after every exercise told ("doing squats and bridges… should add swimming laps"):
    // the new thing is what the question points at, the exercises its background.
    let added_last = added(thing)
        && mentions
            .iter()
            .filter(|&&(_, first, _)| told(first))
            .all(|&(_, _, last)| last < thing.first);
    (only_occasions || added_last).then_some((thing.first, thing.entry))
}

/// True when a verb of using (`[words] done_with`) in the asking clause takes a word pointing back as its
/// object ("take it", "wear them", "use one"): the thing used is told before, not named in the question.
fn uses_thing_pointed_at(
    tokens: &[Token],
    in_asking: &impl Fn(usize) -> bool,
    vocab: &Vocabulary,
) -> bool {
    tokens.windows(2).enumerate().any(|(i, pair)| {
        in_asking(i)
            && pair[0].sentence == pair[1].sentence
            && pair[0].is_one_of(&vocab.done_with)
            && matches!(
                pair[1].text.as_str(),
                "it" | "them" | "one" | "those" | "these"
            )
    })
}
