//! Which span of time in a post dates the words at a given place: the spans found once, each span's
//! standing (an aside such as an instruction's length; a clearance's or a step of healing's own day, which
//! dates nothing), where the clauses break, and the choice of the span nearest in the words' own clause.
//! The events stage asks it about each event word.

use super::calendar::Date;
use super::phrases::ends_with_word;
use super::timeline::Elapsed;
use crate::knowledge::vocabulary::TimeWords;
use crate::knowledge::vocabulary::Vocabulary;
use crate::text::marks::Marks;
use crate::text::starts_with_word;

/// The spans of time in one post and what is known of each, worked out once: a long post has many spans and
/// many event words, and each event word weighs every span.
pub(super) struct Dating<'a> {
    text: &'a str,
    time: &'a TimeWords,
    pub spans: Vec<Elapsed>,
    /// Spans between two undated events: the words beside them have no time told.
    undated: Vec<(usize, usize)>,
    /// Per span: it tells an instruction's length or a symptom's onset, not an event's.
    aside: Vec<bool>,
    /// Per span: it tells when a symptom is felt ("sore today"), dates a thing it owns ("yesterday's
    /// session"), a step of healing ("the cast came off last week") or a clearance ("cleared me to run
    /// last week"), so it dates no event at all.
    of_symptom: Vec<bool>,
    pub breaks: Marks,
}

impl<'a> Dating<'a> {
    /// Finds the spans in `text`, counting calendar references from `today`; `told_events` are the byte
    /// positions of the words that tell an operation, an injury or a trauma.
    pub fn new(
        text: &'a str,
        today: Date,
        vocab: &'a Vocabulary,
        told_events: impl Iterator<Item = usize>,
    ) -> Self {
        let time = &vocab.time;
        let told_events: Vec<usize> = told_events.collect();
        let (spans, undated) = super::between_events::find(text, today, time, &told_events);
        let mut dating = Dating {
            text,
            time,
            spans,
            undated,
            aside: Vec::new(),
            of_symptom: Vec::new(),
            breaks: Marks::of(text, b",;.!?"),
        };
        // "Hamstrings are sore today after yesterday's session": when it is felt. Not "swollen 3 weeks
        // after surgery", a span counted from the operation.
        // "Sore after yesterday's session": a span owning a noun dates that thing, unless the thing is
        // the event ("last year's operation").
        // An operation or injury named within `reach` bytes after the span.
        let event_within = |d: &Elapsed, reach: usize| {
            told_events
                .iter()
                .any(|&at| at > d.end && at - d.end <= reach)
        };
        let owns_other =
            |d: &Elapsed| text[d.end..].starts_with(" s ") && !event_within(d, OWNED_NOUN_BYTES);
        // "Sore two days after my first physio session": counted from a session, not from an operation or
        // injury, so still when it is felt.
        let event_follows = |d: &Elapsed| event_within(d, AFTER_EVENT_BYTES);
        // The clause just before each span, read once: what it tells (a clearance, a step of healing)
        // decides whose day the span is.
        let clause_before: Vec<&str> = (dating.spans.iter())
            .map(|d| {
                let before = super::phrases::last_bytes(&text[..d.start], CLEARANCE_REACH_BYTES);
                super::timeline::last_clause(before)
            })
            .collect();
        // "The cast came off last week", "cleared me to run last week": a step of healing's or a
        // clearance's own day, after the injury or operation, so it dates neither.
        let own_day = |i: usize| {
            (vocab.asking.healing_step_dated).is_match(clause_before[i])
                || (vocab.asking.clearance_dated).is_match(clause_before[i])
        };
        dating.of_symptom = (dating.spans.iter().enumerate())
            .map(|(i, d)| {
                let after = text[d.end..].trim_start();
                owns_other(d)
                    || own_day(i)
                    || dating.preceded_by(d, &time.of_symptom)
                        && (d.anchored
                            || !((time.post_event.iter().any(|w| starts_with_word(after, w))
                                && event_follows(d))
                                || time.post_op.iter().any(|w| after.starts_with(w.as_str()))))
            })
            .collect();
        dating.aside = (dating.spans.iter())
            .map(|d| dating.preceded_by(d, &time.aside))
            .collect();
        dating
    }

    /// "No weight on it for 6 weeks", "pain since this morning", "over the last ten days I improved": a
    /// span that is an instruction, a symptom's onset or how long something lasted yields to one that dates
    /// the event. "Just over 3 weeks ago" dates the event whatever comes before it.
    pub fn preceded_by(&self, d: &Elapsed, words: &[String]) -> bool {
        let before = self.text[..d.start].trim_end();
        let after = self.text[d.end..].trim_start();
        let dates = self
            .time
            .dated
            .iter()
            .any(|w| after.starts_with(w.as_str()));
        // "Knocked over this morning", "fell over yesterday": a day told as a point (dated against the day
        // asked, a day or less back) is no stretch for something to last over, so a word of length just
        // before it belongs to the verb, not to the time.
        let point = d.anchored && d.days <= 1.0;
        let of_length = |w: &String| point && self.time.length.contains(w);
        !dates
            && words
                .iter()
                .any(|w| ends_with_word(before, w) && !of_length(w))
    }

    /// The spans that may date an event, each with whether it is an aside.
    fn with_standing(&self) -> impl Iterator<Item = (&Elapsed, bool)> {
        (self.spans.iter().zip(self.aside.iter().copied()))
            .zip(&self.of_symptom)
            .filter(|(_, &symptom)| !symptom)
            .map(|(span, _)| span)
    }

    /// The span nearest the words at `at`, a dating one before an aside. "Started a new job last month. I
    /// had my surgery 3 weeks after the injury": a span between two undated events, nearer than any date,
    /// leaves the words beside it undated.
    pub fn nearest_span(&self, at: usize) -> Option<&Elapsed> {
        let key = |d: &Elapsed, aside: bool| (aside, distance(d.start, d.end, at));
        self.with_standing()
            .min_by_key(|&(d, aside)| key(d, aside))
            .filter(|&(d, aside)| {
                (self.undated.iter()).all(|&(s, e)| (false, distance(s, e, at)) >= key(d, aside))
            })
            .map(|(d, _)| d)
    }

    /// The first span in the bytes `from..to` that may date an event and is no aside ("for 10 years" tells
    /// how long, not when).
    pub fn dating_within(&self, from: usize, to: usize) -> Option<&Elapsed> {
        self.with_standing()
            .find(|&(d, aside)| !aside && from <= d.start && d.end <= to)
            .map(|(d, _)| d)
    }

    /// The days of [`Self::nearest_span`].
    pub fn nearest(&self, at: usize) -> Option<f64> {
        self.nearest_span(at).map(|d| d.days)
    }

    /// Bytes between a span and the word starting at `at`, from the word's end for a span after it: in
    /// "tore it in January and had the reconstruction 3 weeks ago" the span right after the long word is
    /// the nearer.
    fn distance_from_word(&self, d: &Elapsed, at: usize) -> usize {
        let word_end = at
            + self.text[at..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(self.text.len() - at);
        if d.start >= word_end {
            d.start - word_end
        } else {
            distance(d.start, d.end, at)
        }
    }

    /// "A DVT two weeks after my knee replacement in March": counted from the operation; its own date first.
    fn counted_from(&self, d: &Elapsed, at: usize) -> bool {
        d.end <= at
            && (self.time.counted_from.iter())
                .any(|w| starts_with_word(self.text[d.end..].trim_start(), w))
    }

    /// "6 months since my meniscus repair today": a span told as the time since the words a few words on
    /// dates them, before any nearer span (here the day it is told).
    fn since_these_words(&self, d: &Elapsed, at: usize) -> bool {
        d.end <= at
            && at - d.end <= SINCE_WORDS_BYTES
            && starts_with_word(self.text[d.end..].trim_start(), "since")
    }

    fn own_date_between(&self, from: usize, to: usize) -> bool {
        (self.spans.iter()).any(|o| o.anchored && !o.from_other && from <= o.start && o.end <= to)
    }

    /// The time that dates the words at `at`: the nearest in their own clause, one past a clause's end only
    /// when theirs has none ("ACL done in 2017, then a meniscus repair on the 3rd": the 3rd dates the repair).
    pub fn date_of(&self, at: usize) -> Option<&Elapsed> {
        self.with_standing()
            .min_by_key(|&(d, aside)| {
                let (from, to) = between(d, at);
                // "Tore it in April and was operated on two weeks later": in one clause, the span
                // counted from the other event's date dates the words told before it, unless a date of
                // their own comes between ("surgery 5 months ago and back at work 4 months later").
                (
                    self.breaks.any_within(from, to),
                    !(d.from_other && at < d.start && !self.own_date_between(at, d.start)),
                    !self.since_these_words(d, at),
                    aside,
                    self.counted_from(d, at),
                    self.distance_from_word(d, at),
                )
            })
            .map(|(d, _)| d)
    }

    /// The date told of the words at `at` in their own clause, if any.
    pub fn dated_in_its_clause(&self, at: usize) -> Option<&Elapsed> {
        self.date_of(at).filter(|d| {
            let (from, to) = between(d, at);
            d.anchored && !self.breaks.any_within(from, to)
        })
    }

    /// A surgery at `at` dated in the past in its own clause, close by ("hip surgery 2 weeks ago", "had my
    /// knee replaced on the 3rd of last month").
    pub fn dates_in_the_past_nearby(&self, at: usize) -> bool {
        self.date_of(at).is_some_and(|d| {
            let (from, to) = between(d, at);
            d.anchored
                && d.days > 0.0
                && to - from <= SAME_CLAUSE_BYTES
                && !self.breaks.any_within(from, to)
        })
    }
}

fn distance(start: usize, end: usize, at: usize) -> usize {
    start.abs_diff(at).min(end.abs_diff(at))
}

/// The byte range between a span and the words at `at`.
fn between(d: &Elapsed, at: usize) -> (usize, usize) {
    if d.start >= at {
        (at, d.start)
    } else {
        (d.end.min(at), at)
    }
}

/// How far (in bytes) before a span of time the words of a clearance are read ("cleared me to get back to
/// running last week").
const CLEARANCE_REACH_BYTES: usize = 80;

/// How far (in bytes) after a span owning a noun ("last year s …") the event word may start for the span
/// to date it ("last year s acl reconstruction").
const OWNED_NOUN_BYTES: usize = 24;
/// How far after "after" the event a span is counted from may be named ("3 weeks after my ACL reconstruction").
const AFTER_EVENT_BYTES: usize = 40;

/// How far (in bytes) after "6 months since" the words it dates may start ("since my ACL reconstruction").
const SINCE_WORDS_BYTES: usize = 24;

/// How far (in bytes) a date may stand from a surgery it dates in the same clause ("hip surgery 2 weeks
/// ago", "had my knee replaced on the 3rd of last month").
const SAME_CLAUSE_BYTES: usize = 40;
