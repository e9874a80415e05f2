//! Stage of reading a question's topic: the exercise a post points at by its place in a list it gives
//! ("lying leg curls, box jumps and back squats… is the first one a good idea?", "that last one", "the
//! middle one"), as the one added lately ("last week I added glute bridges… is that new one ok?"), or as
//! the substitute it puts forward ("what can I do instead, are hamstring curls ok?"), or by the number of
//! a pasted list's item ("Ex 4: standing hamstring curl … should I be doing ex 4?").

use super::asking::{self, Asked};
use super::normalize::Token;
use super::phrases::Found;
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::vocabulary::{ListWords, Meaning};
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

/// What is pointed at: an exercise of a topic, or something the material does not cover.
pub(super) struct Pointed {
    /// The exercise's topic; `None` for something the material does not cover ("squats, bridges and
    /// lunges… is the last one ok?"), which the question then asks about.
    pub topic: Option<TopicId>,
    /// The first token of the uncovered thing pointed at.
    pub uncovered: Option<usize>,
    /// The pointer is in a sentence that asks ("is that new one ok?"), so the exercise is what is asked
    /// about, as if named there.
    pub in_asking: bool,
}

/// The exercise pointed at, when the asking part points at one or refers back to a sentence that does
/// ("The trainer only added that last one this week. Should I be doing it?"). `None` when nothing points
/// or the list has no such place.
pub(super) fn pointed(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    mentions: &[Mention],
    asked: &Asked,
    vocab: &Vocabulary,
) -> Option<Pointed> {
    // A question that names its own exercise asks about it ("the last one was in March… is it ok to
    // run?"); a pointer stands in only for a question that names none.
    let names_own = mentions
        .iter()
        .any(|&(_, first, _)| asked.contains(&tokens[first].sentence));
    if names_own {
        return None;
    }
    if let Some(topic) = numbered(tokens, mentions, asked, &vocab.item_labels) {
        return Some(Pointed {
            topic: Some(topic),
            uncovered: None,
            in_asking: true,
        });
    }
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
            // In the pointer's sentence or the two before it: "new" further back is another thing's.
            let novel = tokens.iter().rposition(|t| {
                t.end <= at && t.sentence + 2 >= sentence && t.is_one_of(&vocab.novelty)
            })?;
            list.iter().find(|&&(first, _, _)| {
                first > novel
                    && first <= novel + 4
                    && tokens[first].sentence == tokens[novel].sentence
            })
        }
        _ => {
            // The last list before the pointer ("lying leg curls, box jumps and back squats"; see
            // `lists`), counted only when no unknown thing stands where the count would miss it.
            let group = lists(text, tokens, &list, &vocab.lists)
                .into_iter()
                .rev()
                .find(|l| l.len() >= 2)?;
            if !counted_whole(text, tokens, &group, place, &vocab.lists) {
                return None;
            }
            match place {
                Place::First => group.first().copied(),
                Place::Second => group.get(1).copied(),
                Place::Middle if group.len() % 2 == 1 => group.get(group.len() / 2).copied(),
                Place::Last => group.last().copied(),
                _ => None,
            }
        }
    };
    chosen.map(|&(first, _, topic)| Pointed {
        topic,
        uncovered: topic.is_none().then_some(first),
        in_asking,
    })
}

/// "> Ex 4: standing hamstring curl … should I be doing ex 4?": a label (`[words] item_labels`) and a
/// number in the asking part point at the exercise just after the same number elsewhere in the post ("4)
/// hamstring curl … is number 4 ok?"). `None` when no item has that number. Read only for a question that
/// names no exercise of its own.
fn numbered(
    tokens: &[Token],
    mentions: &[Mention],
    asked: &Asked,
    labels: &[String],
) -> Option<TopicId> {
    let is_number = |t: &Token| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit());
    let asked_number = (1..tokens.len()).find(|&i| {
        asked.contains(&tokens[i].sentence)
            && is_number(&tokens[i])
            && tokens[i - 1].is_one_of(labels)
    })?;
    let number = &tokens[asked_number].text;
    // The item: the same number outside the asking part ("Ex 4: standing hamstring curl", "1) bridges
    // 2) leg curls" on one line), followed within a few words by an exercise, with no other number
    // between them.
    (0..tokens.len())
        .filter(|&i| !asked.contains(&tokens[i].sentence) && &tokens[i].text == number)
        .find_map(|i| {
            mentions
                .iter()
                .find(|&&(_, first, _)| {
                    first > i
                        && first <= i + ITEM_REACH
                        && tokens[first].sentence == tokens[i].sentence
                        && !tokens[i + 1..first].iter().any(is_number)
                })
                .map(|&(topic, _, _)| topic)
        })
}

/// How many words after its number an item's exercise may start ("Ex 4: standing band hamstring curl").
const ITEM_REACH: usize = 4;

/// `items` cut into lists: runs in one sentence where what stands between one thing and the next, cut at
/// commas and joiners (`[words] list_joiners`), is pieces of two words at most (", wall sits, then
/// seated ": things the vocabulary does not know may be on the list too), joined by a comma or a joiner
/// unless only fillers (`[words] list_fillers`) stand between. "Our tennis plan is lying leg curls" is no
/// list.
fn lists<'a>(
    text: &str,
    tokens: &[Token],
    items: &'a [Item],
    words_of: &ListWords,
) -> Vec<Vec<&'a Item>> {
    let joiner = |w: &str| words_of.is_joiner(w);
    let filler = |w: &str| words_of.is_filler(w);
    let short_pieces = |gap: &str| {
        let joined = gap.contains([',', ';'])
            || words(gap).all(|w| joiner(w) || filler(w))
            || words(gap).any(joiner);
        joined
            && gap.split([',', ';']).all(|piece| {
                piece
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .split(|w| joiner(w))
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

/// True when the place counted in `group` is the place in the list as written: no unknown thing ("lunges",
/// "burpees", "wall sits") comes before the first for `First`, after the last for `Last`, or between any
/// two for the places in between. Unknown things are not counted, so guessing would point at the wrong one.
fn counted_whole(
    text: &str,
    tokens: &[Token],
    group: &[&Item],
    place: Place,
    words_of: &ListWords,
) -> bool {
    let joiner = |w: &str| words_of.is_joiner(w);
    let filler = |w: &str| words_of.is_filler(w);
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return false;
    };
    let clause_start = |at: usize| {
        text[..at]
            .rfind(['.', '!', '?', ';', ':'])
            .map_or(0, |i| i + 1)
    };
    let clause_end = |at: usize| {
        text[at..]
            .find(['.', '!', '?', ';', ':'])
            .map_or(text.len(), |i| at + i)
    };
    match place {
        // "…lunges, squats and bridges": something listed before the first known one.
        Place::First => {
            let start = tokens[first.0].start;
            !text[clause_start(start)..start].contains(',')
        }
        // "…squats, glute bridges and lunges": something after the last known one.
        Place::Last => {
            let end = tokens[last.1].end;
            let after = text[end..clause_end(end)].trim_start();
            let joined = after.starts_with(',') || words(after).next().is_some_and(joiner);
            !joined
        }
        _ => group.windows(2).all(|pair| {
            words(&text[tokens[pair[0].1].end..tokens[pair[1].0].start])
                .all(|w| joiner(w) || filler(w))
        }),
    }
}

/// The words of `s`.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// True when the exercise of `topic` at token `first` is the substitute a question about what to do
/// instead puts forward: in a short clause of its own after the request that asks about it, in a sentence
/// that asks, and not ruled out ("…can't do squats yet. What can I do instead, are hamstring curls ok?").
/// What is to be replaced is not put forward: ", squats just make my knee worse", ", because squats are
/// killing me", "what substitutions for squats and lunges?". `instead_ends`: where each match of
/// `[intent] asks_instead` ends; `asks_about`: the words that open such a clause (`[words] asks_about`).
pub(super) fn put_forward(
    text: &str,
    tokens: &[Token],
    asked: &Asked,
    limited: &[TopicId],
    (instead_ends, asks_about): (&[usize], &[String]),
    topic: TopicId,
    first: usize,
) -> bool {
    let at = tokens[first].start;
    asked.contains(&tokens[first].sentence)
        && !limited.contains(&topic)
        && instead_ends.iter().any(|&end| {
            let between = &text[end.min(at)..at];
            between
                .rfind([',', ';', '.', '?', '!'])
                .map(|i| between[i + 1..].trim_start())
                .is_some_and(|clause| {
                    let words: Vec<&str> = clause.split_whitespace().collect();
                    words.len() <= 3
                        && words
                            .first()
                            .is_some_and(|w| asks_about.iter().any(|a| a == w))
                })
        })
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
