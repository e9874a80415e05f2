//! Stage 3 of reading a question: the surgery, trauma or fresh injury it places in the past, and how long
//! ago.

use super::calendar::Date;
use super::normalize::Token;
use super::phrases::{ends_with_word, Found};
use super::timeline;
use super::Event;
use crate::knowledge::vocabulary::Meaning;
use crate::knowledge::Knowledge;
use crate::text::starts_with_word;

/// The event the question tells of, and what the red flags need to know about it.
pub(super) struct Events {
    pub event: Option<Event>,
    pub elapsed_days: Option<f64>,
    /// Byte position of a surgery the question places in the past.
    pub surgery_at: Option<usize>,
    /// A trauma or injury is named and is recent (or undated).
    pub injury_named: bool,
    /// A trauma or injury is named, however long ago.
    pub injury_ever: bool,
    /// Where a trauma or tear after a surgery that sets the clock is told (signs before it are older).
    pub since_surgery_at: Option<usize>,
    /// The days since an injury dated outside the fresh window (no event of its own, since the injury is
    /// then what the asker has): what a limit told with its length counts from.
    pub injury_days: Option<f64>,
}

/// Finds the surgery, trauma or injury in `text` (with its `tokens` and the phrases `found` in it) and the
/// time since it, counting calendar references from `today`.
pub(super) fn read(
    text: &str,
    tokens: &[Token],
    found: &[Found],
    today: Date,
    knowledge: &Knowledge,
) -> Events {
    let vocab = &knowledge.vocabulary;
    let mut event = None;
    let mut elapsed_days = None;
    let mut injury_days = None;
    // "Carry on or knock it on the head?", "fell asleep on the sofa", "the pinned post": a saying, no
    // injury or operation.
    let sayings = if vocab.not_injury.is_match(text) {
        vocab.not_injury.spans(text)
    } else {
        Vec::new()
    };
    let in_saying = |at: &usize| sayings.iter().any(|&(s, e)| (s..e).contains(at));
    // Not a surgery word matched only by its stem in a form that tells nothing done: "I know you can't
    // replace a doctor", "what can I replace curls with?".
    let surgery_words = || {
        found.iter().filter(|f| {
            matches!(
                f.entry.meaning,
                Meaning::Surgery | Meaning::ConditionSurgery(_)
            ) && !(f.first == f.last && tokens[f.first].is_one_of(&vocab.not_done_forms))
                && !in_saying(&tokens[f.first].start)
        })
    };
    let ahead_in_its_sentence = || {
        let sentences = surgery_words().map(|f| tokens[f.first].sentence);
        super::surgery_ahead::told_in_its_sentence(text, tokens, sentences, &vocab.ahead)
    };
    // "…after all that waiting for the op", "don't want to undo the surgery": told as done.
    let not_past = (vocab.not_past.is_match(text) && {
        let mut rest = text.to_string();
        for r in &vocab.told_done {
            rest = r.replace_all(&rest, " ").into_owned();
        }
        vocab.not_past.is_match(&rest)
    }) || ahead_in_its_sentence();
    // "Any tips for after a knee replacement? Mine is booked for next month": the question is about the
    // time after the surgery, which it does not date.
    let asks_after = not_past
        && text
            .split_inclusive(['.', '!', '?', ';', '\n'])
            .filter(|s| s.ends_with('?'))
            .any(|s| vocab.asks_after.iter().any(|r| r.is_match(s)));
    let surgeries = || surgery_words().map(|f| tokens[f.first].start);
    // The surgery patterns that match anywhere, found once in one pass (most posts match none), and their
    // matches searched once: the first surgery, the event words and the latest date all read them.
    let told_otherwise: Vec<regex::Match> = (vocab.surgery_patterns.matching(text))
        .flat_map(|(_, r)| r.find_iter(text))
        .collect();
    let told_otherwise = || told_otherwise.iter().copied();
    let first_surgery = surgeries()
        .next()
        .or_else(|| told_otherwise().map(|m| m.start()).min());
    let injuries = super::injuries::find(text, tokens, found, vocab, &in_saying);
    let (trauma_at, injury_at) = (injuries.trauma_at, injuries.first);
    let injuries_all = &injuries.all;
    let time = &vocab.time;
    let told_events = (surgeries().chain(told_otherwise().map(|m| m.start())))
        .chain(injuries_all.iter().copied().chain(trauma_at));
    let dating = super::dating::Dating::new(text, today, vocab, told_events);
    let durations = &dating.spans;
    let preceded_by = |d: &timeline::Elapsed, words: &[String]| dating.preceded_by(d, words);
    let nearest_span = |at: usize| dating.nearest_span(at);
    let nearest = |at: usize| dating.nearest(at);
    let dated_in_its_clause = |at: usize| dating.dated_in_its_clause(at);
    let breaks = &dating.breaks;
    // Where the post puts a surgery ahead or denies one ("booked for next month", "never had surgery"):
    // elsewhere, a surgery dated in the past in its own clause is past ("I had ACL surgery 2 weeks ago
    // and see the surgeon next week", "never had surgery on my knee but had hip surgery 2 weeks ago").
    let surgery_at = if !not_past || asks_after {
        first_surgery
    } else {
        let ahead_or_denied = vocab.not_past.spans(text);
        // The whole mention counts: "my ACL reconstruction is on the 3rd" is put ahead by words that
        // begin inside it ("reconstruction is on").
        let mentions = surgery_words().map(|f| (tokens[f.first].start, tokens[f.last].end));
        // "4 months post ACLR and season starts in 6 weeks": a time told after a word that opens a clause
        // of its own ("and", "but") is that clause's, not the surgery's.
        let opens_clause = |from: usize, to: usize| {
            text[from..to]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| vocab.persons.clause_openers.iter().any(|o| o == w))
        };
        mentions
            .filter(|&(at, end)| {
                !ahead_or_denied
                    .iter()
                    .any(|&(s, e)| s < end && at < e && !(s == at && opens_clause(end, e)))
            })
            .map(|(at, _)| at)
            .find(|&at| dating.dates_in_the_past_nearby(at))
    };
    // A tear is fresh only when a time dates it: "40 miles over 3.5 days" tells how long a trip took,
    // "the scan last week showed a tear", "diagnosed with a tear 2 days ago" when the tear was found
    // ("ago" makes it a date, but of the diagnosis), and "moved house last month. I have a torn
    // meniscus" nothing of a tear told as what one has.
    let dated = |at: usize| {
        nearest_span(at).is_some_and(|d| {
            let before = text[..d.start].trim_end();
            // "Diagnosed on MRI in November": the finding, then the little word that opens the date.
            let before_opener = before
                .rsplit_once(' ')
                .filter(|(_, last)| matches!(*last, "in" | "on" | "at" | "around" | "about"))
                .map_or(before, |(rest, _)| rest.trim_end());
            let had_before = d.end <= at && text[d.end..at].contains(['.', '!', '?', ';']);
            !(preceded_by(d, &time.length)
                || time
                    .finding
                    .iter()
                    .any(|w| ends_with_word(before, w) || ends_with_word(before_opener, w))
                || (had_before && super::phrases::preceded_by(text, at, &time.injury_state, 3)))
        }) && !super::phrases::preceded_by(text, at, &time.finding_seq, 5)
    };
    let settings = &knowledge.policy.settings;
    // A dated tear within the fresh window, after a surgery long behind ("tore my MCL five days ago, same
    // knee I had an ACL reconstruction on back in 2015"): the tear is what the question is about now.
    let fresh_tear = injuries_all.iter().find_map(|&at| {
        let days = nearest(at).filter(|&d| dated(at) && d <= settings.fresh_injury_max_days);
        days.map(|d| (at, d))
    });
    let surgery_long_past = surgery_at
        .and_then(nearest)
        .is_some_and(|d| d >= settings.recovered_min_days);
    let mut since_surgery_at = None;
    if let (Some((at, days)), true) = (fresh_tear, surgery_long_past) {
        event = Some(Event::FreshInjury);
        elapsed_days = Some(days);
        // Dated in its own clause ("then 3 weeks ago I fell") or later in its sentence ("she fell and
        // broke her hip, they pinned it on the 3rd"), not "before the injury" dated in another sentence.
        let later_in_its_sentence = nearest_span(at)
            .is_some_and(|d| d.start > at && !text[at..d.start].contains(['.', '!', '?', '\n']));
        since_surgery_at =
            (later_in_its_sentence || dated_in_its_clause(at).is_some()).then_some(at);
    } else if let Some(at) = surgery_at {
        event = Some(Event::Surgery);
        // Of several surgeries dated ("ACL surgery three years ago… a follow-up release in December"), the
        // latest is where the person is now, each dated in its own clause: "…signed me off last week, but
        // my operated hamstring is weaker" names the operation again without dating it.
        // An operation told in other words ("the right one was done on March 4th") is dated from where
        // its words end, since the date follows the verb.
        // "Second op on that knee, the first was a trim back in 2030": an operation told as earlier dates
        // only itself, when a later one is told as done and nothing in the post is ahead. Speed: the words
        // of a later one are looked for only when an earlier one is told.
        let told_earlier: Vec<usize> = surgeries()
            .filter(|&at| super::phrases::preceded_by(text, at, &time.earlier_surgery, 4))
            .collect();
        let later_told = !told_earlier.is_empty()
            && !not_past
            && surgeries().any(|at| super::phrases::preceded_by(text, at, &time.later_surgery, 4));
        let earlier = |at: &usize| later_told && told_earlier.contains(at);
        let earlier_dates: Vec<usize> = (told_earlier.iter().copied().filter(earlier))
            .filter_map(|at| dated_in_its_clause(at).map(|d| d.start))
            .collect();
        // "Reconstructed in 2015… then re-ruptured it and had a revision": a later operation told as
        // done with no date, after one dated in its own clause, leaves the time since the latest unknown;
        // the date is the earlier one's.
        let later_undated = !not_past && {
            let mut later = surgeries()
                .filter(|&at| super::phrases::preceded_by(text, at, &time.later_surgery, 4))
                .peekable();
            later.peek().is_some_and(|&first_later| {
                surgeries().any(|at| at < first_later && dated_in_its_clause(at).is_some())
            }) && later.all(|at| dated_in_its_clause(at).is_none())
        };
        let latest = surgeries()
            .filter(|at| !earlier(at))
            .chain(told_otherwise().map(crate::text::words_end))
            .filter_map(dated_in_its_clause)
            .map(|d| d.days)
            .reduce(f64::min)
            .filter(|_| !later_undated);
        // "I'm only one-week post-op", sentences away from the operation told amid years of history:
        // a span said to be after the operation dates it, however far from the word, and before any date.
        let post_op = || {
            durations
                .iter()
                .filter(|d| {
                    let after = text[d.end..].trim_start();
                    time.post_op.iter().any(|w| after.starts_with(w.as_str()))
                        // "5 weeks after my ACL surgery": the operation named a few words on. Not a
                        // time of its own ("a fever last month after the operation") or an instruction
                        // ("no weight for 6 weeks after my repair").
                        || (!d.anchored
                            && !preceded_by(d, &time.aside)
                            && time
                                .post_event_now
                                .iter()
                                .any(|w| ends_with_word(text[..d.start].trim_end(), w))
                            && time.post_event.iter().any(|w| starts_with_word(after, w))
                            && surgeries().any(|at| {
                                at >= d.end
                                    && at - d.end <= POST_EVENT_BYTES
                                    && !breaks.any_within(d.end, at)
                            }))
                })
                .map(|d| d.days)
                .reduce(f64::min)
        };
        // A span said to be after the operation comes first: "6/52 post-op L TKA today" is six weeks
        // after it, told today.
        elapsed_days = post_op()
            .or(latest)
            .or_else(|| {
                nearest_span(at)
                    .filter(|_| !later_undated)
                    .filter(|d| !earlier_dates.contains(&d.start))
                    // "No squats for 4 weeks after my meniscus repair": a limit's length, not the time
                    // since the operation.
                    .filter(|d| {
                        let after = text[d.end..].trim_start();
                        !(preceded_by(d, &time.aside)
                            && time.post_event.iter().any(|w| starts_with_word(after, w)))
                    })
                    .map(|d| d.days)
            })
            .filter(|_| !asks_after);
        // "Four months out from my knee replacement, then I cracked the kneecap on 15 March": the latest
        // trauma dated in its own clause after the operation, not one denied ("x-ray showed no fracture").
        let trauma_since = (injuries.traumas.iter().copied())
            .filter_map(|at| dated_in_its_clause(at).map(|d| (at, d.days)))
            .reduce(|a, b| if b.1 < a.1 { b } else { a })
            .filter(|&(_, days)| elapsed_days.is_some_and(|since_surgery| days < since_surgery));
        if let Some((at, days)) = trauma_since.filter(|_| !asks_after) {
            event = Some(Event::Trauma);
            elapsed_days = Some(days);
            since_surgery_at = Some(at);
        }
    } else if let Some(at) = trauma_at {
        event = Some(Event::Trauma);
        elapsed_days = nearest(at);
    } else if let Some(at) = injury_at {
        if let Some(days) = nearest(at).filter(|_| dated(at)) {
            if days <= knowledge.policy.settings.fresh_injury_max_days {
                event = Some(Event::FreshInjury);
                elapsed_days = Some(days);
            } else {
                injury_days = Some(days);
            }
        }
    }
    // A warning sign after an injury is current only when the injury is: "twisted it 3 months ago,
    // couldn't put weight on it for a day" tells of the past.
    // A story goes forward: an injury told in a sentence after one dating an operation in its own clause
    // ("ACLR 7 months ago. First run, slipped off a kerb and twisted it") came after it, so that date is
    // not the injury's, which is untold.
    let sentence_at = |at: usize| {
        let i = tokens.partition_point(|t| t.start < at);
        tokens.get(i).map(|t| t.sentence)
    };
    // Worked out only for a post with an injury dated, the first time one is weighed.
    let operation_dates = std::cell::OnceCell::new();
    let dates_an_earlier_operation = |d: &timeline::Elapsed, at: usize| {
        let dates: &Vec<(usize, usize)> = operation_dates.get_or_init(|| {
            surgeries()
                .filter_map(|op| dated_in_its_clause(op).map(|d| (d.start, op)))
                .collect()
        });
        dates
            .iter()
            .any(|&(start, op)| start == d.start && op < at && sentence_at(op) < sentence_at(at))
    };
    // "Fell off my bike and it blew up. I have an old ACL tear from years ago", "…had my ACL done in
    // 2015": a span in a later sentence beside an injury or operation of its own dates that one, not a
    // happening told before it ("torn meniscus?? MRI last year showed a tear" names one condition twice).
    // The other is dated by that span (its own nearest), and an operation counts only in a post that
    // puts none ahead or denies one ("do you think I'll need surgery?").
    let another_events = |d: &timeline::Elapsed, at: usize| {
        let (own, its) = (sentence_at(at), sentence_at(d.start));
        let operations = (!not_past)
            .then(|| surgeries().chain(told_otherwise().map(|m| m.start())))
            .into_iter()
            .flatten();
        own < its
            && !injuries.of_condition.contains(&at)
            && (trauma_at.into_iter().chain(injuries_all.iter().copied()))
                .chain(operations)
                .any(|other| {
                    other != at
                        && sentence_at(other) == its
                        && nearest_span(other).is_some_and(|o| o.start == d.start)
                })
    };
    let fresh = |at: usize| {
        let days = match nearest_span(at) {
            // ...though a span in its own sentence dates it ("back in 2023 my knee gave way (MCL tear)"),
            // not one of how long ("dodgy knees for 10 years").
            Some(d) if another_events(d, at) => sentence_at(at)
                .map(|i| super::phrases::sentence_span(tokens, i))
                .and_then(|(from, to)| dating.dating_within(from, to))
                .map(|o| o.days),
            // ...though one in its own sentence does date it ("...ago. Twisted it 5 months ago").
            Some(d) if dates_an_earlier_operation(d, at) => (durations.iter())
                .find(|o| sentence_at(o.start) == sentence_at(at))
                .map(|o| o.days),
            d => d.map(|d| d.days),
        };
        days.is_none_or(|d| d <= settings.fresh_injury_max_days)
    };
    let injury_named = trauma_at
        .into_iter()
        .chain(injuries_all.iter().copied())
        .any(fresh);
    Events {
        event,
        elapsed_days,
        surgery_at,
        injury_named,
        injury_ever: trauma_at.is_some() || injury_at.is_some(),
        since_surgery_at,
        injury_days,
    }
}

/// How far (in bytes) after a span an operation may be named for "N weeks after my ACL surgery" to date it.
const POST_EVENT_BYTES: usize = 32;
