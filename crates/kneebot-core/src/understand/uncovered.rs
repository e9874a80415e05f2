//! What a question asks about that the material does not cover: the uncovered things the asking clauses
//! name (not as when or where), whether they come before any exercise or as what it would follow, and
//! whether the asking sentences name a kind of training beside them. Part of reading the topic
//! (`topic.rs`).

use super::asking::{self, Asked};
use super::normalize::Token;
use super::phrases::{word_before, Found};
use super::set_aside::excluded_before;
use crate::ids::TopicId;
use crate::knowledge::vocabulary::{Meaning, PhraseEntry};
use crate::knowledge::Vocabulary;

/// An exercise or muscle named: `(topic, first, last)`, its topic and token range.
pub(super) type Mention = (TopicId, usize, usize);

/// The things the material does not cover that the asking clauses name, with their first token, in order:
/// not one that describes the exercise after it ("resistance band glute bridges") nor one named as when or
/// where ("before getting an MRI").
pub(super) fn uncovered_asked<'k>(
    tokens: &[Token],
    found: &[Found<'k>],
    mentions: &[Mention],
    asked: &Asked,
    vocab: &Vocabulary,
) -> Vec<(usize, &'k PhraseEntry)> {
    found
        .iter()
        .filter(|f| f.entry.meaning == Meaning::Uncovered)
        // (In its own sentence: "swap squats for leg press? squats feel awkward" names leg press alone.)
        .filter(|f| {
            !mentions.iter().any(|&(_, first, _)| {
                first == f.last + 1 && tokens[first].sentence == tokens[f.last].sentence
            })
        })
        .filter(|f| !getting_on(tokens, f.first, f.last, mentions, vocab))
        .filter(|f| is_state(f.entry, vocab) || !setting_before(tokens, f.first, vocab))
        .filter(|f| !in_saying(tokens, (f.first, f.last), &vocab.uncovered_sayings))
        // "What can I substitute for the lunges and step ups?": what is replaced is not what is asked.
        .filter(|f| !replaced(tokens, f.first, vocab))
        .filter(|f| asked.in_clause(tokens[f.first].start))
        .map(|f| (f.first, f.entry))
        .collect()
}

/// True when the words `first..=last` lie inside one of `sayings` as written ("worth a shot?": no
/// injection is asked about).
fn in_saying(tokens: &[Token], (first, last): (usize, usize), sayings: &[Vec<String>]) -> bool {
    sayings.iter().any(|saying| {
        (first.saturating_sub(saying.len().saturating_sub(1))..=first).any(|start| {
            let end = start + saying.len();
            end > last
                && end <= tokens.len()
                && tokens[start..end]
                    .iter()
                    .zip(saying)
                    .all(|(t, w)| t.text == *w)
        })
    })
}

/// How many words after "on" the exercise may start ("jump on the hamstring curl machine").
const ON_THE_EXERCISE_WORDS: usize = 3;

/// True when the uncovered word at tokens `first..=last` is a word of getting on an exercise ("can I jump
/// on the hamstring curl machine?", "hop on the leg press"): the exercise is what is asked, not jumping.
fn getting_on(
    tokens: &[Token],
    first: usize,
    last: usize,
    mentions: &[Mention],
    vocab: &Vocabulary,
) -> bool {
    first == last
        && vocab
            .plan_before_on
            .iter()
            .any(|w| *w == tokens[first].text)
        && tokens.get(last + 1).is_some_and(|t| t.text == "on")
        && mentions.iter().any(|&(_, m, _)| {
            m > last + 1
                && m <= last + 1 + ON_THE_EXERCISE_WORDS
                && tokens[m].sentence == tokens[first].sentence
        })
}

/// True when the asking sentence names something the material does not cover (`uncovered`, from
/// [`uncovered_asked`]) before any exercise ("should I ice my knee after monster walks?"), or after one
/// as what the exercise would follow ("squats after a cortisone injection?").
pub(super) fn asks_about_uncovered(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    asked: &Asked,
    uncovered: &[(usize, &PhraseEntry)],
    vocab: &Vocabulary,
) -> bool {
    let first_uncovered = uncovered.first().map(|&(i, _)| i);
    // An exercise put aside ("can I swap squats for leg press?") is not what is asked about.
    let first_topic = mentions
        .iter()
        .map(|(_, first, _)| *first)
        .filter(|&i| asked.contains(&tokens[i].sentence) && !excluded_before(tokens, i, vocab))
        .min();
    // "Squats feel awkward, so can I just use the leg press machine instead?": the thing proposed in the
    // exercise's place is what is asked about.
    let is_mention = |j: usize| mentions.iter().any(|&(_, first, _)| first == j);
    let proposed = || {
        uncovered.iter().any(|&(i, entry)| {
            let last = i + entry.stems.len().saturating_sub(1);
            super::set_aside::proposed_instead(tokens, (i, last), is_mention, vocab)
        })
    };
    // "Can I do squats after a cortisone injection?" asks about the injection's aftercare.
    let aftercare = uncovered
        .iter()
        .any(|&(i, _)| word_before(tokens, i, 3, &vocab.aftercare));
    // "Safe to keep running through the third trimester?": exercise in a state the material does not
    // speak to.
    let in_state = uncovered.iter().any(|&(_, entry)| is_state(entry, vocab));
    // "Going hiking on the 20th, should I wear a knee brace?": the thing worn or bought is asked about.
    let worn = || {
        uncovered
            .iter()
            .any(|&(i, _)| word_before(tokens, i, 3, &vocab.worn_or_used))
    };
    // "Should I be icing after my walks? … Is every day too much though?": an exercise asked about in a
    // question of its own, with nothing uncovered in it, is answered; the other question does not take
    // the answer over.
    let exercise_asked_alone = || {
        // Not an exercise that only sets the scene ("should I be wearing one on my runs?").
        mentions
            .iter()
            .filter(|&&(_, first, _)| {
                !setting_before(tokens, first, vocab)
                    && !word_before(tokens, first, 2, &vocab.exercise_scene)
            })
            .map(|&(_, first, _)| tokens[first].sentence)
            .filter(|s| asked.contains(s))
            // A question whether to do it ("should I be hammering hamstring curls?"), not one of cause
            // ("are the sprints causing my pain?").
            .filter(|&s| {
                let (start, end) = super::phrases::sentence_span(tokens, s);
                vocab.asking.asks_whether.is_match(&text[start..end])
            })
            .any(|s| !uncovered.iter().any(|&(i, _)| tokens[i].sentence == s))
    };
    match (first_uncovered, first_topic) {
        (Some(_), Some(_))
            if aftercare || in_state || ((proposed() || worn()) && !exercise_asked_alone()) =>
        {
            true
        }
        (Some(unc), Some(top)) => unc < top && !exercise_asked_alone(),
        (Some(_), None) => true,
        _ => false,
    }
}

/// True when the uncovered thing `entry` is the asker's state (`[words] uncovered_states`), not a thing done.
fn is_state(entry: &PhraseEntry, vocab: &Vocabulary) -> bool {
    vocab.uncovered_states.contains(&entry.text)
}

/// True when the uncovered thing at token `first` is put aside ("instead of cycling", "a substitute for
/// lunges"), or joined by "and" or "or" to a thing of one or two words that is ("for the lunges and step
/// ups").
fn replaced(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let sentence = tokens[first].sentence;
    excluded_before(tokens, first, vocab)
        || (first.saturating_sub(3)..first)
            .filter(|&j| {
                tokens[j].sentence == sentence && matches!(tokens[j].text.as_str(), "and" | "or")
            })
            .any(|j| {
                (j.saturating_sub(2)..j)
                    .any(|k| tokens[k].sentence == sentence && excluded_before(tokens, k, vocab))
            })
}

/// True when a word of time or setting (`[words] setting`) comes up to three words before token `first` in
/// its sentence: "before getting an MRI" says when, "tore it playing soccer", "during a race" where it
/// happened, "besides foam rolling" sets it aside; none is what is asked about. So does a word of injuring
/// before an activity in -ing ("torn mcl skiing").
pub(super) fn setting_before(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    word_before(tokens, first, 3, &vocab.setting_words)
        || (tokens[first].text.ends_with("ing")
            && word_before(tokens, first, 3, &vocab.injury_scene))
}

/// True when the asking sentences name a kind of training ("exercises", "strengthen", "workout"), in the
/// clause that asks or before it ("if I did some strength training, would it help?"). Training aimed at an
/// uncovered thing ("train hard on my upper body") is that thing, not leg training; one for a purpose
/// ("stay fit to ride") or beside others in a list ("exercises, knee braces") is not aimed at it. Training
/// the post rules out ("if we aren't allowed to lift more than 25lbs") is a limit, not what is asked for.
pub(super) fn asks_about_training(
    text: &str,
    tokens: &[Token],
    asked: &Asked,
    uncovered: &[(usize, &PhraseEntry)],
    found: &[Found],
    vocab: &Vocabulary,
) -> bool {
    let uncovered_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| uncovered.iter().any(|&(i, _)| i == f.first))
        .map(|f| (f.first, f.last))
        .collect();
    let aimed_at_uncovered = |end: usize| {
        uncovered_spans.iter().any(|&(first, _)| {
            first > end
                && first <= end + 4
                && tokens[first].sentence == tokens[end].sentence
                && !text[tokens[end].end..tokens[first].start].contains([',', ';', '/', '('])
                && !tokens[end + 1..first]
                    .iter()
                    .any(|t| t.is_one_of(&vocab.not_aimed))
        })
    };
    // "Cardio exercise", "pool workouts", "tennis specific rehab exercises": the uncovered thing up to
    // three words before names the kind of training; gear ("barbell exercises") says how it is done, and
    // a list ("cardio workouts and leg exercises") names another kind.
    let named_by_uncovered = |start: usize| {
        uncovered_spans.iter().any(|&(_, last)| {
            last < start
                && start <= last + 3
                && tokens[last].sentence == tokens[start].sentence
                && !text[tokens[last].end..tokens[start].start].contains([',', ';', '/', '('])
                && !tokens[last + 1..start]
                    .iter()
                    .any(|t| t.is_one_of(&vocab.not_aimed))
                && !tokens[last].is_one_of(&vocab.gear)
        })
    };
    // "Is the rowing machine any good? What sort of workout on it?": training done on the thing asked
    // about, pointed back at.
    let on_it = |end: usize| {
        let next = |k: usize| {
            tokens
                .get(end + k)
                .filter(|t| t.sentence == tokens[end].sentence)
                .map(|t| t.text.as_str())
        };
        matches!(next(1), Some("on" | "using"))
            && matches!(next(2), Some("it" | "that" | "this" | "them" | "one"))
    };
    (0..tokens.len())
        .filter(|&i| asked.contains(&tokens[i].sentence))
        .any(|i| {
            vocab.training_words.iter().any(|w| {
                let end = i + w.len();
                end <= tokens.len()
                    && tokens[i..end].iter().zip(w).all(|(t, s)| t.stem == *s)
                    // "Losing weight": a word of the uncovered thing itself is no training.
                    && !uncovered_spans.iter().any(|&(first, last)| first <= i && i <= last)
                    && !aimed_at_uncovered(end - 1)
                    && !on_it(end - 1)
                    // "What about ice after training?": the training says when, not what is asked.
                    && !word_before(tokens, i, 2, &vocab.training_scene)
                    && !named_by_uncovered(i)
                    && !super::limits::is_limited(
                        text,
                        tokens,
                        (i, end - 1),
                        |_| false,
                        |_| false,
                        &vocab.asking,
                    )
            })
        })
}

/// True when an uncovered thing asked about is widened to anything at all by "or" and a word of
/// `[words] widening` ("any form of cardio or anything I can do?"): the question is open.
pub(super) fn widened(
    tokens: &[Token],
    found: &[Found],
    uncovered: &[(usize, &PhraseEntry)],
    vocab: &Vocabulary,
) -> bool {
    found
        .iter()
        .filter(|f| uncovered.iter().any(|&(i, _)| i == f.first))
        .any(|f| {
            let next = |k: usize| {
                tokens
                    .get(f.last + k)
                    .filter(|t| t.sentence == tokens[f.last].sentence)
            };
            next(1).is_some_and(|t| t.text == "or")
                && next(2).is_some_and(|t| t.is_one_of(&vocab.widening))
        })
}

/// A clause of this many words or fewer after an open question, naming an uncovered thing, is a bare name
/// of something the question weighs ("Ice? Heat?").
const CANDIDATE_WORDS: usize = 2;

/// True when an asking sentence before any of the uncovered things asked about asks what to do or avoid
/// ("What should I avoid? And is swimming ok?"), or an asking clause that names one also holds an open
/// question of its own, joined by "and" or "but" ("What should I do, and can I keep dancing?"). The overview answers that part; the other asks
/// about something the material does not cover. Commas do not part a clause: "things to watch out for,
/// poses to avoid?" asks one thing twice.
pub(super) fn open_beside(
    text: &str,
    tokens: &[Token],
    asked: &Asked,
    uncovered: &[(usize, &PhraseEntry)],
    vocab: &Vocabulary,
) -> bool {
    if !matches!(
        asked.open,
        Some(asking::OpenAsk::Do | asking::OpenAsk::Avoid)
    ) {
        return false;
    }
    let asking = &vocab.asking;
    let starts: Vec<usize> = uncovered.iter().map(|&(i, _)| tokens[i].start).collect();
    let holds = |s: usize, e: usize| starts.iter().any(|&u| s <= u && u < e);
    let open = |part: &str| asking.open_do.is_match(part) || asking.open_avoid.is_match(part);
    // "What should I avoid? And is swimming ok?": the open question asked first, in a sentence of its
    // own ("Is the rowing machine any good? What sort of workout on it?" asks about the machine first).
    let first_uncovered = starts.iter().copied().min().unwrap_or(0);
    // "What should I do about the swelling? Ice? Heat?": bare names after the open question are
    // what it weighs, not questions of their own.
    let only_candidates = asked
        .clauses
        .iter()
        .filter(|&&(s, e)| holds(s, e))
        .all(|&(s, e)| text[s..e].split_whitespace().count() <= CANDIDATE_WORDS);
    let open_alone = !only_candidates
        && asked
            .clauses
            .iter()
            .any(|&(s, e)| e <= first_uncovered && open(&text[s..e]));
    open_alone
        || asked
            .clauses
            .iter()
            .filter(|&&(s, e)| holds(s, e))
            .any(|&(start, end)| {
                let clause = &text[start..end];
                let mut cuts: Vec<usize> = clause
                    .match_indices(" and ")
                    .chain(clause.match_indices(" but "))
                    .map(|(i, _)| i)
                    .collect();
                cuts.sort_unstable();
                cuts.push(clause.len());
                let mut from = 0;
                cuts.into_iter().any(|cut| {
                    let (s, e) = (start + from, start + cut);
                    from = cut;
                    open(&text[s..e]) && !holds(s, e)
                })
            })
}
