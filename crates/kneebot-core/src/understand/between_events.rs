//! Spans that tell the time between two events ("I tore my ACL in March and had surgery six weeks later",
//! "my repair was two weeks after my fall in August"). Read as time since today, they would put the
//! operation six weeks or two weeks back; counted from the other event's date, they date it where it was.
//! A span whose other event has no date in the post is left as it was.

use super::calendar::Date;
use super::timeline::{self, Elapsed};
use crate::knowledge::vocabulary::TimeWords;

/// The characters that end a clause: a date past one belongs to another clause.
const CLAUSE_ENDS: &[char] = &['.', ',', ';', '!', '?', '\n'];
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
/// events dated from the other's date.
pub(super) fn find(text: &str, today: Date, words: &TimeWords) -> Vec<Elapsed> {
    let mut spans = timeline::find(text, today, words);
    date_from_other_events(text, &mut spans, words);
    spans
}

/// Dates each span in `spans` (in text order) that tells the time between its event and another from the
/// other event's date, when the post gives one; such a span is then dated against the day asked. A span
/// that would put its event after today is left as it was.
fn date_from_other_events(text: &str, spans: &mut [Elapsed], words: &TimeWords) {
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
            (Direction::After, told_before(spans, i))
        } else if told(&words.earlier).is_some() {
            (Direction::Before, told_before(spans, i))
        } else if let Some(w) = told(&words.after_other) {
            (
                Direction::After,
                told_next_or_before(spans, i, text, &after[w.len()..]),
            )
        } else if let Some(w) = told(&words.before_other) {
            (
                Direction::Before,
                told_next_or_before(spans, i, text, &after[w.len()..]),
            )
        } else {
            continue;
        };
        let Some(other) = other else { continue };
        let days = match direction {
            Direction::After => spans[other].days - spans[i].days,
            Direction::Before => spans[other].days + spans[i].days,
        };
        if days > 0.0 {
            spans[i].days = days;
            spans[i].anchored = true;
        }
    }
}

/// True when the span opens a clause of a question ("Eight months later, should they still be part of my
/// routine?"): the time it tells is the time now, which the other event's date already says.
fn opens_question(text: &str, span: &Elapsed) -> bool {
    let opens = text[..span.start]
        .trim_end()
        .ends_with(|c: char| CLAUSE_ENDS.contains(&c))
        || text[..span.start].trim().is_empty();
    let sentence_end = text[span.end..].find(['.', '!', '?', '\n']);
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
