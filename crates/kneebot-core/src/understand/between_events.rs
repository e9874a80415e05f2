//! Spans that tell the time between two events ("I tore my ACL in March and had surgery six weeks later",
//! "my repair was two weeks after my fall in August"). Read as time since today, they would put the
//! operation six weeks or two weeks back; counted from the other event's date, they date it where it was.
//! A span between two events the post tells, neither of them dated ("I had my ACL surgery 3 weeks after the
//! injury"), dates neither: the time since the operation is not told. A span told as the time now ("I'm 8
//! months after my meniscus repair", "running 3 weeks after my reconstruction") is left as it was.

use super::calendar::Date;
use super::timeline::{self, Elapsed};
use crate::knowledge::vocabulary::TimeWords;

/// The characters that end a clause: a date past one belongs to another clause.
const CLAUSE_ENDS: &[char] = &['.', ',', ';', '!', '?', '\n'];
/// The characters that end a sentence.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '\n'];
/// How far after "after" the other event's date may be told ("two weeks after my fall in August").
const AHEAD_BYTES: usize = 60;
/// How far before "later" the other event's date may be told ("tore it in March, it was still swollen and
/// I had surgery 6 weeks later").
const BEHIND_BYTES: usize = 250;

/// Which way the span counts from the other event's date.
#[derive(Clone, Copy)]
enum Direction {
    /// The span's event came that long after the other ("later", "after").
    After,
    /// ...or that long before it ("earlier", "before").
    Before,
}

/// Every elapsed-time expression in `text` ([`timeline::find`]), each that tells the time between two
/// events dated from the other's date, and those between two undated events left out. `events` are the
/// byte positions of the words that tell an operation, an injury or a trauma.
///
/// Also returns the byte spans of those left out: the words they sit beside have no time told, so no
/// date elsewhere in the post may date them.
pub(super) fn find(
    text: &str,
    today: Date,
    words: &TimeWords,
    events: &[usize],
) -> (Vec<Elapsed>, Vec<(usize, usize)>) {
    let mut spans = timeline::find(text, today, words);
    if spans.is_empty() {
        return (spans, Vec::new());
    }
    let between_undated = date_from_other_events(text, &mut spans, words, events);
    let undated = between_undated
        .iter()
        .map(|&i| (spans[i].start, spans[i].end))
        .collect();
    let dated = (spans.into_iter().enumerate())
        .filter(|(i, _)| !between_undated.contains(i))
        .map(|(_, span)| span)
        .collect();
    (dated, undated)
}

/// Dates each span in `spans` (in text order) that tells the time between its event and another from the
/// other event's date, when the post gives one; such a span is then dated against the day asked. A span
/// that would put its event after today is left as it was. Returns the spans between two events the post
/// names (at byte positions `events`) with no date for either.
fn date_from_other_events(
    text: &str,
    spans: &mut [Elapsed],
    words: &TimeWords,
    events: &[usize],
) -> Vec<usize> {
    let mut between_undated = Vec::new();
    for i in 0..spans.len() {
        if spans[i].anchored {
            continue;
        }
        if opens_question(text, &spans[i]) {
            continue;
        }
        let after = text[spans[i].end..].trim_start();
        let told = |list: &[String]| list.iter().find(|w| starts_with_whole(after, w)).cloned();
        // The words that look back are tried first: "after that" is not "after" and an event told next.
        let (direction, other) = if told(&words.later).is_some() {
            (Direction::After, Other::from(told_before(spans, i)))
        } else if told(&words.earlier).is_some() {
            (Direction::Before, Other::from(told_before(spans, i)))
        } else if let Some(w) = told(&words.after_other) {
            (
                Direction::After,
                told_other(spans, i, text, &after[w.len()..], events, words),
            )
        } else if let Some(w) = told(&words.before_other) {
            (
                Direction::Before,
                told_other(spans, i, text, &after[w.len()..], events, words),
            )
        } else {
            continue;
        };
        let other = match other {
            Other::Dated(other) => other,
            Other::Undated => {
                between_undated.push(i);
                continue;
            }
            Other::None => continue,
        };
        let days = match direction {
            Direction::After => spans[other].days - spans[i].days,
            Direction::Before => spans[other].days + spans[i].days,
        };
        if days > 0.0 {
            spans[i].days = days;
            spans[i].anchored = true;
            spans[i].from_other = true;
        }
    }
    between_undated
}

/// The other event a span before "after" or "before" counts from.
enum Other {
    /// Told with the span at this index.
    Dated(usize),
    /// Both events are told and neither is dated: the span dates nothing.
    Undated,
    /// None told, or the span is the time now.
    None,
}

impl From<Option<usize>> for Other {
    fn from(dated: Option<usize>) -> Self {
        dated.map_or(Other::None, Other::Dated)
    }
}

/// The other event of span `i` followed by "after"/"before" and then `rest`: one dated in the clause
/// ([`told_next_or_before`]); else, where the span's own event is told in its clause before it ("had my
/// surgery 3 weeks after the injury") and the span is not told as now, the event
/// named after the word is dated by a date told before it in the sentence ("tore it 2 years ago skiing and
/// had surgery 3 weeks after the injury"), or by none.
fn told_other(
    spans: &[Elapsed],
    i: usize,
    text: &str,
    rest: &str,
    events: &[usize],
    words: &TimeWords,
) -> Other {
    if let Some(other) = told_next_or_before(spans, i, text, rest) {
        return Other::Dated(other);
    }
    let span = &spans[i];
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(CLAUSE_ENDS) {
        return Other::None;
    }
    let clause_start = text[..span.start].rfind(CLAUSE_ENDS).map_or(0, |at| at + 1);
    let before = text[..span.start].trim_end();
    let own_event_told = events
        .iter()
        .any(|&at| clause_start <= at && at < span.start);
    // "I'm 3 weeks after…", "post-op day 10 after ACLR": the time now.
    let told_as_now = (words.post_event_now.iter())
        .chain(&words.post_op)
        .any(|w| crate::text::ends_with_word(before, w));
    if !own_event_told || told_as_now {
        return Other::None;
    }
    let rest_at = text.len() - rest.len();
    let clause_end = rest.find(CLAUSE_ENDS).map_or(text.len(), |at| rest_at + at);
    let other_named = events.iter().any(|&at| rest_at <= at && at < clause_end);
    // The other event's date is told before, in the same sentence ("tore it 2 years ago skiing and had
    // surgery 3 weeks after the injury"); a date in another sentence is of something else ("Started a
    // new job last month. I had my surgery 3 weeks after the injury").
    let same_sentence = |j: usize| !text[spans[j].end..span.start].contains(SENTENCE_ENDS);
    match told_before(spans, i).filter(|&j| same_sentence(j) && spans[j].days > span.days) {
        Some(other) if other_named => Other::Dated(other),
        _ => Other::Undated,
    }
}

/// True when the span opens a clause of a question ("Eight months later, should they still be part of my
/// routine?"): the time it tells is the time now, which the other event's date already says.
fn opens_question(text: &str, span: &Elapsed) -> bool {
    let opens = text[..span.start]
        .trim_end()
        .ends_with(|c: char| CLAUSE_ENDS.contains(&c))
        || text[..span.start].trim().is_empty();
    let sentence_end = text[span.end..].find(SENTENCE_ENDS);
    opens && sentence_end.is_some_and(|at| text[span.end + at..].starts_with('?'))
}

/// The dated span told just before span `i`, within [`BEHIND_BYTES`].
fn told_before(spans: &[Elapsed], i: usize) -> Option<usize> {
    let start = spans[i].start;
    (0..i)
        .rev()
        .find(|&j| spans[j].anchored && spans[j].end <= start)
        .filter(|&j| start - spans[j].end <= BEHIND_BYTES)
}

/// The dated span told after "after" in the same clause ("two weeks after my fall in August"); where the
/// clause ends at the word ("surgery six weeks after."), the one told before.
fn told_next_or_before(spans: &[Elapsed], i: usize, text: &str, rest: &str) -> Option<usize> {
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(CLAUSE_ENDS) {
        return told_before(spans, i);
    }
    let from = spans[i].end;
    spans[i + 1..]
        .iter()
        .position(|s| {
            s.anchored
                && s.start - from <= AHEAD_BYTES
                && !text[from..s.start].contains(CLAUSE_ENDS)
        })
        .map(|k| i + 1 + k)
}

/// True when `text` starts with `word` as a whole word or words: "later." and "later on" start with
/// "later", "laterally" does not.
fn starts_with_whole(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}
