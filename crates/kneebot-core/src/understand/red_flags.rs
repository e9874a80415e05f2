//! Stage 4 of reading a question: the red flags (warning signs) it names, each needing all its patterns,
//! un-negated, inside one sentence, its causes in that sentence or the two before it, and nothing in that
//! sentence or the two after it telling the sign is over.

use super::calendar::Date;
use super::events::Events;
use super::phrases::preceded_by;
use super::Event;
use crate::ids::RedFlagId;
use crate::knowledge::files::RedFlagContext;
use crate::knowledge::Vocabulary;
use regex::Regex;

/// The red flags of `vocab` that `text` names, in the context of its `events`; when `writer_asks` (the
/// writer asks about their own knee; asked only of a sign owned by someone else), not one told of someone
/// else and seen to (`others_sign.rs`).
pub(super) fn find(
    text: &str,
    events: &Events,
    today: Date,
    vocab: &Vocabulary,
    writer_asks: &dyn Fn() -> bool,
) -> Vec<RedFlagId> {
    // "Getting proper cabin fever": a saying that holds a sign's word is not the sign.
    let text = &*match &vocab.red_flag_sayings {
        Some(sayings) => crate::text::blank_matches(text, sayings),
        None => std::borrow::Cow::Borrowed(text),
    };
    let mut red_flags = Vec::new();
    let many_sentences = text
        .bytes()
        .filter(|b| matches!(b, b'.' | b'!' | b'?' | b';'))
        .count()
        > 2;
    // Speed: one pass over the text says which patterns match anywhere; a flag needs all of its own.
    let matching = vocab.red_flag_set.which(text);
    // Cut into sentences once, the first time a flag needs them.
    let sentences = std::cell::OnceCell::new();
    let mut offset = 0;
    for (i, flag) in vocab.red_flags.iter().enumerate() {
        let first = offset;
        offset += flag.all.len();
        if (first..offset).any(|j| j < matching.len() && !matching.matched(j)) {
            continue;
        }
        let context_ok = match flag.context {
            RedFlagContext::Any => true,
            RedFlagContext::Surgery => {
                events.surgery_at.is_some() || events.event == Some(Event::Surgery)
            }
            RedFlagContext::Injury => events.injury_named,
        };
        let found = |patterns: &[Regex]| {
            all_in_one_sentence(
                text,
                &sentences,
                many_sentences,
                Sign {
                    patterns,
                    cause: &flag.cause,
                    unless: &flag.unless,
                    may_be_over: flag.may_be_over,
                },
                Telling {
                    negations: &vocab.sign_over.negations,
                    returns: (&vocab.red_flag_returns, &vocab.red_flag_worse),
                    firm_returns: &vocab.red_flag_returns_firm,
                    over: &vocab.sign_over,
                    dated: Dated {
                        today,
                        time: &vocab.time,
                    },
                    pointing: (
                        &vocab.pointing_back,
                        &vocab.persons.reporting,
                        &vocab.pointing_named_by,
                    ),
                    others: (&vocab.persons, writer_asks),
                    clinician: &vocab.intent.clinician,
                },
            )
        };
        // After an older injury, a sign told in the present ("I still can't straighten my knee") is
        // current; one told of the past ("couldn't put weight on it for a day") is not.
        let still = || {
            let with_present: Vec<Regex> = flag
                .all
                .iter()
                .chain(vocab.asking.still_present.iter())
                .cloned()
                .collect();
            found(&with_present)
        };
        let context_ok =
            context_ok || (flag.context == RedFlagContext::Injury && events.injury_ever && still());
        if context_ok && found(&flag.all) {
            red_flags.push(RedFlagId(i));
        }
    }
    red_flags
}

/// How many sentences before a warning sign's may tell what set it off.
const CAUSE_REACH: usize = 2;

/// How many sentences after a warning sign's may tell it is over ("It locked. I wiggled it. Then it
/// unlocked."). Only these: an older sign told over must not hide a sign told now, elsewhere in the post.
const UNLESS_REACH: usize = 2;

/// What one warning sign needs: every pattern in a sentence, every cause in reach before it, and no
/// `unless` (the sign told as over, or as something else) in that sentence or in reach after it.
struct Sign<'p> {
    patterns: &'p [Regex],
    cause: &'p [Regex],
    unless: &'p [Regex],
    may_be_over: bool,
}

/// How a sign may be told not to hold: negated before it, told over after it, or told back again.
struct Telling<'w> {
    negations: &'w [Vec<String>],
    returns: (&'w [Vec<String>], &'w [Vec<String>]),
    /// The returns that tell the sign back wherever they stand ("came back"; not "again").
    firm_returns: &'w [Vec<String>],
    over: &'w crate::knowledge::vocabulary::SignOver,
    /// The day asked and the words of time: a sign dated long before it is history.
    dated: Dated<'w>,
    /// Pronouns that point back, the words after one that make it people speaking ("they said"), and
    /// those that make it part of a name ("IT band").
    pointing: (&'w [String], &'w [String], &'w [String]),
    /// The person words, and whether the writer asks about their own knee (asked once, when needed): then a
    /// sign of someone else's seen to is theirs (`others_sign.rs`).
    others: (&'w crate::knowledge::persons::Persons, &'w dyn Fn() -> bool),
    /// Whoever gives a patient instructions: a sign they checked and found fine is history.
    clinician: &'w Regex,
}

/// The day asked and the words of time, for telling a sign dated long before it.
struct Dated<'w> {
    today: Date,
    time: &'w crate::knowledge::vocabulary::TimeWords,
}

/// True when, in one sentence, every pattern of `sign` matches un-negated, every cause in that sentence or
/// one of the `CAUSE_REACH` before it, and no `unless` in it or one of the `UNLESS_REACH` after it.
/// `sentences` holds `text` cut into sentences once cut.
fn all_in_one_sentence<'t>(
    text: &'t str,
    sentences: &std::cell::OnceCell<Vec<&'t str>>,
    many_sentences: bool,
    sign: Sign<'_>,
    telling: Telling<'_>,
) -> bool {
    let Telling {
        negations,
        returns,
        pointing,
        ..
    } = telling;
    let Sign {
        patterns,
        cause,
        unless,
        may_be_over,
    } = sign;
    if patterns.is_empty() {
        return false;
    }
    // Speed, for long stories: a pattern that matches nowhere in the text matches in no sentence of it (a
    // sentence's edges are punctuation, which `\b` treats as the text's edges), so one pass over the text
    // rules most flags out instead of one pass per sentence. Not worth it for a sentence or two. Patterns
    // with anchors are left to the sentence loop.
    if many_sentences
        && patterns
            .iter()
            .chain(cause)
            .any(|p| !p.as_str().contains(['^', '$']) && !p.is_match(text))
    {
        return false;
    }
    let in_sentence = |p: &Regex, sentence: &str| {
        p.find_iter(sentence)
            .any(|m| !preceded_by(sentence, m.start(), negations, 3))
    };
    let sentences = sentences.get_or_init(|| sentences_of(text));
    sentences.iter().enumerate().any(|(i, sentence)| {
        patterns.iter().enumerate().all(|(k, p)| {
            in_sentence(p, sentence)
                // "The incision oozed at first. Since yesterday it's weeping again": the first of several
                // patterns (what the sign is of) may be told a sentence before and pointed back at.
                || (k == 0
                    && patterns.len() > 1
                    && i > 0
                    && points_back(sentence, pointing)
                    && in_sentence(p, sentences[i - 1]))
        }) && cause.iter().all(|p| {
            sentences[i.saturating_sub(CAUSE_REACH)..=i]
                .iter()
                .any(|s| in_sentence(p, s))
        }) && !(i..sentences.len().min(i + UNLESS_REACH + 1)).any(|j| {
            unless.iter().any(|u| {
                u.find_iter(sentences[j]).any(|m| {
                    // "It unlocked, but now it's locked again": told over, then back.
                    let next = sentences.get(j + 1).copied().unwrap_or("");
                    !comes_back(&sentences[j][m.end()..], returns, negations)
                        && !comes_back(next, returns, negations)
                })
            })
        }) && !(may_be_over
            && super::sign_dated::told_long_ago(
                sentence,
                patterns,
                telling.dated.today,
                (telling.dated.time, telling.over),
                // "In 2023 my calf swelled up. It's happening again since Monday": told back later.
                || {
                    (i..sentences.len().min(i + UNLESS_REACH + 1))
                        .any(|j| comes_back(sentences[j], returns, negations))
                },
            ))
            // Someone else's sign seen to is theirs whatever the sign: even one never told over (a knee
            // that swelled up after a fall) is in other hands.
            && !(patterns
                    .iter()
                    .filter_map(|p| p.find(sentence).map(|m| m.start()))
                    .min()
                    .is_some_and(|at| {
                        let next = sentences.get(i + 1).copied().unwrap_or("");
                        super::others_sign::seen_to_of_someone_else(
                            sentence,
                            at,
                            next,
                            telling.others.0,
                            telling.over,
                        )
                    })
                && (telling.others.1)())
            && !(may_be_over
                && super::sign_checked::checked_fine(
                    sentences,
                    i,
                    patterns,
                    (telling.over, telling.clinician),
                    |piece: &str| comes_back(piece, returns, negations),
                ))
            && !(may_be_over
                && super::sign_over::told_over(
                    text,
                    sentences,
                    i,
                    patterns,
                    telling.over,
                    (
                        |piece: &str| comes_back(piece, returns, negations),
                        |piece: &str| {
                            comes_back(piece, (telling.firm_returns, returns.1), negations)
                        },
                    ),
                    |piece| points_back(piece, pointing),
                ))
    })
}

/// True when `sentence` has a word of `pointing` (a pronoun that points back at something named before,
/// "it's weeping"), not followed by a word of speaking ("…sore, which they said to expect": people) or one
/// that makes it part of a name ("I have IT band syndrome").
fn points_back(
    sentence: &str,
    (pronouns, speaking, named_by): (&[String], &[String], &[String]),
) -> bool {
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(w) = words.next() {
        if pronouns.iter().any(|p| p == w)
            && !words
                .peek()
                .is_some_and(|next| speaking.iter().chain(named_by).any(|s| s == next))
        {
            return true;
        }
    }
    false
}

/// True when one of `returns` (word sequences) is among the words of `text`, not denied by one of
/// `negations` in the `RETURN_DENIAL_REACH` words before it ("the locking has not come back"), or one of
/// `worse`, denied or not ("it has never been worse").
fn comes_back(
    text: &str,
    (returns, worse): (&[Vec<String>], &[Vec<String>]),
    negations: &[Vec<String>],
) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let at = |k: usize, seq: &[String]| super::sign_over::words_at(&words, k, seq);
    (0..words.len()).any(|k| {
        worse.iter().any(|w| at(k, w))
            || returns.iter().any(|r| at(k, r))
                && !(k.saturating_sub(RETURN_DENIAL_REACH)..k)
                    .any(|j| negations.iter().any(|n| at(j, n) && j + n.len() <= k))
    })
}

/// How many words before a return ("come back") may deny it.
const RETURN_DENIAL_REACH: usize = 2;

/// The sentences of `text`, cut at `. ! ? ;` ("38.9" is a number, not a sentence's end).
fn sentences_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '.')))
    {
        let decimal = c == '.'
            && text[..i].ends_with(|p: char| p.is_ascii_digit())
            && text
                .get(i + 1..)
                .is_some_and(|rest| rest.starts_with(|n: char| n.is_ascii_digit()));
        if matches!(c, '.' | '!' | '?' | ';') && !decimal {
            // "..." and "!!" leave empty pieces, which are no sentences (they would use up the reach).
            if !text[start..i].trim().is_empty() {
                out.push(&text[start..i]);
            }
            start = (i + 1).min(text.len());
        }
    }
    out
}
