//! The questions a post asks beside each other ("Are hip thrusts ok? Also is there a playlist for bakers
//! cysts?"). A post typed with no stops asks each in a clause of its own ("is it normal my knee still aches
//! 3mo after tkr also can i do leg curls", "what exercises r good n do u have any vids on it"): a clause
//! that opens with a joining word (`[words] list_joiners`) and a question's opening words (`[asking]
//! question_starts`) is read as a sentence of its own.

use super::asking::{self, OpenAsk};
use crate::knowledge::vocabulary::{Asking, ListWords, Vocabulary};

/// The questions of a post's asking sentences (`Asked::text`, sentences joined by " ; ").
pub(super) struct Besides<'a> {
    asked: &'a str,
    vocab: &'a Vocabulary,
}

impl<'a> Besides<'a> {
    pub(super) fn of(asked: &'a str, vocab: &'a Vocabulary) -> Besides<'a> {
        Besides { asked, vocab }
    }

    fn questions(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.asked
            .split(" ; ")
            .flat_map(|s| of(s, &self.vocab.asking, &self.vocab.lists))
            .map(str::trim_start)
    }

    /// True when a question asks whether the asker should do something (`asks_advice`), as a question of
    /// their own: not "can you send them?" or "is that the one in the pinned post?".
    pub(super) fn asks_exercise(&self, asks_advice: impl Fn(&str) -> bool) -> bool {
        let p = &self.vocab.intent;
        self.questions().any(|question| {
            !p.playlist.is_match(question)
                && !p.names_material.is_match(question)
                // "I had my reconstruction 2 weeks ago, are leg curls ok?": a clause may ask.
                && question
                    .split(", ")
                    .any(|clause| self.vocab.asking.question_starts.is_match(clause.trim_start()))
                && asks_advice(question)
        })
    }

    /// True when a question other than a playlist request asks what to do or what to avoid.
    pub(super) fn asks_open(&self) -> bool {
        self.questions().any(|question| {
            !self.vocab.intent.playlist.is_match(question)
                && matches!(
                    asking::read_open_question(question, &self.vocab.asking),
                    Some(OpenAsk::Do | OpenAsk::Avoid)
                )
        })
    }
}

/// The clauses of `sentence`, split where a joining word opens a question, when there are two or more.
pub(super) fn split<'s>(
    sentence: &'s str,
    asking: &Asking,
    joiners: &ListWords,
) -> Option<Vec<&'s str>> {
    let starts: Vec<usize> = sentence
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .filter(|&at| {
            let rest = &sentence[at..];
            rest.split(' ').next().is_some_and(|w| joiners.is_joiner(w))
                && asking.question_starts.is_match(rest)
        })
        .collect();
    if starts.is_empty() {
        return None;
    }
    let ends = starts.iter().copied().chain([sentence.len()]);
    Some(
        std::iter::once(0)
            .chain(starts.iter().copied())
            .zip(ends)
            .map(|(from, to)| sentence[from..to].trim())
            .collect(),
    )
}

/// The clauses of `sentence` as [`split`] finds them, or the whole sentence when it has one.
pub(super) fn of<'s>(sentence: &'s str, asking: &Asking, joiners: &ListWords) -> Vec<&'s str> {
    split(sentence, asking, joiners).unwrap_or_else(|| vec![sentence])
}
