//! Stage of reading a question's topic: the exercise a post points at by its place in a list it gives
//! ("lying leg curls, box jumps and back squats… is the first one a good idea?", "that last one", "the
//! middle one") or as the one added lately ("last week I added glute bridges… is that new one ok?").

use super::asking::{self, Asked};
use super::normalize::Token;
use super::phrases::Found;
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Vocabulary;

/// Where in a list a pointer points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    First,
    Second,
    Middle,
    Last,
    /// The one the story tells was added lately.
    New,
}

const PLACES: [(&str, Place); 5] = [
    ("first", Place::First),
    ("second", Place::Second),
    ("middle", Place::Middle),
    ("last", Place::Last),
    ("new", Place::New),
];

/// A thing the post names, by token range, with its topic (`None` for something the material does not
/// cover, which holds a place in a list all the same).
type Item = (usize, usize, Option<TopicId>);

/// The exercise pointed at.
pub(super) struct Pointed {
    pub topic: TopicId,
    /// The pointer is in a sentence that asks ("is that new one ok?"), so the exercise is what is asked
    /// about, as if named there.
    pub in_asking: bool,
}

/// The exercise pointed at, when the asking part points at one or refers back to a sentence that does
/// ("The trainer only added that last one this week. Should I be doing it?"). `None` when nothing points,
/// the list has no such place, or the place holds something the material does not cover.
pub(super) fn pointed(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    mentions: &[Mention],
    asked: &Asked,
    vocab: &Vocabulary,
) -> Option<Pointed> {
    let (place, at) = last_pointer(text, vocab)?;
    let sentence = tokens.iter().find(|t| t.end > at)?.sentence;
    let in_asking = asked.contains(&sentence);
    if !in_asking && !asking::refers_back(asked, &vocab.asking) {
        return None;
    }
    let list = named_before(tokens, found, mentions, at);
    let chosen = match place {
        Place::New => {
            // The first thing named within four words after the last word of novelty before the pointer.
            let novel = tokens
                .iter()
                .rposition(|t| t.end <= at && vocab.novelty.contains(&t.text))?;
            list.iter().find(|&&(first, _, _)| {
                first > novel
                    && first <= novel + 4
                    && tokens[first].sentence == tokens[novel].sentence
            })
        }
        _ => {
            // The last list before the pointer: things named one after another with no more than two
            // other words between them ("lying leg curls, box jumps and back squats").
            let group = lists(text, tokens, &list)
                .into_iter()
                .rev()
                .find(|l| l.len() >= 2)?;
            match place {
                Place::First => group.first().copied(),
                Place::Second => group.get(1).copied(),
                Place::Middle if group.len() % 2 == 1 => group.get(group.len() / 2).copied(),
                Place::Last => group.last().copied(),
                _ => None,
            }
        }
    };
    chosen
        .and_then(|&(_, _, topic)| topic)
        .map(|topic| Pointed { topic, in_asking })
}

/// Words that join the things of a list and do not count as words between them.
const JOINERS: [&str; 6] = ["and", "or", "then", "plus", "also", "&"];

/// `items` cut into lists: runs in one sentence where what stands between one thing and the next, cut at
/// commas and `JOINERS`, is pieces of two words at most (", wall sits, then seated ": things the
/// vocabulary does not know may be on the list too). "Our tennis plan is lying leg curls" is no list.
fn lists<'a>(text: &str, tokens: &[Token], items: &'a [Item]) -> Vec<Vec<&'a Item>> {
    let short_pieces = |gap: &str| {
        gap.split([',', ';']).all(|piece| {
            piece
                .split_whitespace()
                .collect::<Vec<_>>()
                .split(|w| JOINERS.contains(w))
                .all(|run| run.len() <= 2)
        })
    };
    let mut out: Vec<Vec<&Item>> = Vec::new();
    for item in items {
        let joins = out.last().and_then(|l| l.last()).is_some_and(|prev| {
            tokens[prev.1].sentence == tokens[item.0].sentence
                && short_pieces(&text[tokens[prev.1].end..tokens[item.0].start])
        });
        match out.last_mut() {
            Some(l) if joins => l.push(item),
            _ => out.push(vec![item]),
        }
    }
    out
}

/// The last pointer in `text` and the byte where it starts.
fn last_pointer(text: &str, vocab: &Vocabulary) -> Option<(Place, usize)> {
    // Speed: one pass over the text says which patterns match; only those are run again for where.
    let matched = vocab.asking.points_at.which(text);
    if !matched.matched_any() {
        return None;
    }
    let mut last: Option<(Place, usize)> = None;
    for (_, pattern) in vocab
        .asking
        .points_at
        .iter()
        .enumerate()
        .filter(|&(i, _)| matched.matched(i))
    {
        for caps in pattern.captures_iter(text) {
            let Some((place, at)) = PLACES
                .iter()
                .find_map(|&(name, place)| caps.name(name).map(|m| (place, m.start())))
            else {
                continue;
            };
            if last.is_none_or(|(_, before)| at > before) {
                last = Some((place, at));
            }
        }
    }
    last
}

/// The exercises and uncovered things named before byte `at`, in order, one for each stretch of words.
fn named_before(tokens: &[Token], found: &[Found], mentions: &[Mention], at: usize) -> Vec<Item> {
    let mut items: Vec<Item> = mentions
        .iter()
        .map(|&(topic, first, last)| (first, last, Some(topic)))
        .chain(
            found
                .iter()
                .filter(|f| f.entry.meaning == Meaning::Uncovered)
                .map(|f| (f.first, f.last, None)),
        )
        .filter(|&(_, last, _)| tokens[last].end <= at)
        .collect();
    // At one start the longest first; a thing inside another ("curl" in "hamstring curl machine") drops.
    items.sort_by_key(|&(first, last, _)| (first, std::cmp::Reverse(last)));
    let mut list: Vec<Item> = Vec::new();
    for item in items {
        if list.last().is_none_or(|&(_, last, _)| item.0 > last) {
            list.push(item);
        }
    }
    list
}
