//! Exercises set aside by the words just before them ("instead of leg curls", "swapped my squats for…",
//! "ditch the leg curls, can I walk instead?"): the question is about something else, or the exercise is
//! kept as it is while something else is asked; or named only to say it is not the question ("not asking
//! about curls").

use super::normalize::Token;
use crate::knowledge::Vocabulary;

/// True when "instead of", "rather than", "alongside" and the like come just before token `first`: the
/// exercise is put aside or kept as it is, and something else is asked about.
pub(super) fn excluded_before(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let words = words_before(tokens, first, vocab);
    // "…and do hip thrusts instead", "…and load up hip thrusts in their place". Looked for only when a
    // phrase that needs it is there. "…ok to do them at home instead?" asks how to do the one dropped.
    let instead = || {
        (0..tokens.len())
            .any(|i| swap_marked_at(tokens, i) && !points_back_before(tokens, i, vocab))
    };
    // "A substitute to do for the lunges", "a replacement exercise for squats": a word of replacing up to
    // three words before "for".
    let replaced_for = words.last() == Some(&"for")
        && words[words.len().saturating_sub(4)..words.len() - 1]
            .iter()
            .any(|w| vocab.replacing.iter().any(|r| r == w));
    replaced_for
        || (ends_with_any(&words, &vocab.setting_aside) && !only_one_done(tokens, first, vocab))
        || (ends_with_any(&words, &vocab.setting_aside_with_instead) && instead())
}

/// True when the words just before token `first` say the exercise there is not the question ("not asking
/// about curls, I mean stretching"): it counts as no exercise named.
pub(super) fn disclaimed(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    !vocab.disclaimed.is_empty()
        && ends_with_any(&words_before(tokens, first, vocab), &vocab.disclaimed)
}

/// How many words before an exercise are read for the words that make it the only one done.
const ONLY_ONE_WINDOW: usize = 8;

/// True when the word setting aside the exercise at token `first` follows words that make it the only
/// one done (`[words] only_one_done`): "he does nothing besides his leg curls", "refuses to do anything
/// except his hamstring curls" tell the one exercise done, not one put aside.
fn only_one_done(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = tokens[first.saturating_sub(ONLY_ONE_WINDOW)..first]
        .iter()
        .filter(|t| tokens[first].sentence == t.sentence)
        .map(|t| t.text.as_str())
        .collect();
    (1..words.len()).any(|end| {
        vocab.setting_aside.iter().any(|aside| {
            end >= aside.len()
                && words[end - aside.len()..end] == aside[..]
                && ends_with_any(&words[..end - aside.len()], &vocab.only_one_done)
        })
    })
}

/// True when, up to eight words before the "instead" at token `at` in its sentence, words point back at
/// the exercise dropped (`instead_points_back`: "do them"), and no word of dropping comes just before them
/// ("stop doing them, what can I do instead?").
fn points_back_before(tokens: &[Token], at: usize, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = tokens[at.saturating_sub(8)..at]
        .iter()
        .filter(|t| t.sentence == tokens[at].sentence)
        .map(|t| t.text.as_str())
        .collect();
    (1..=words.len()).any(|end| {
        ends_with_any(&words[..end], &vocab.instead_points_back)
            && !vocab.instead_points_back.iter().any(|seq| {
                end >= seq.len()
                    && ends_with_any(&words[..end - seq.len()], &vocab.setting_aside_with_instead)
            })
    })
}

/// Up to five words before token `first` in its sentence, past the words `setting_aside_skip` reads past.
fn words_before<'t>(tokens: &'t [Token], first: usize, vocab: &Vocabulary) -> Vec<&'t str> {
    tokens[first.saturating_sub(5)..first]
        .iter()
        .filter(|t| tokens[first].sentence == t.sentence)
        .map(|t| t.text.as_str())
        .filter(|w| !vocab.setting_aside_skip.iter().any(|s| s == w))
        .collect()
}

/// True when `words` end with one of the word sequences `seqs`.
fn ends_with_any(words: &[&str], seqs: &[Vec<String>]) -> bool {
    seqs.iter()
        .any(|seq| words.len() >= seq.len() && words[words.len() - seq.len()..] == seq[..])
}

/// True when the exercise at tokens `first..=last` is put aside ("instead of leg curls") or dropped for the
/// next one named, which starts at `next_first`.
pub(super) fn set_aside(
    tokens: &[Token],
    (first, last): (usize, usize),
    next_first: Option<usize>,
    vocab: &Vocabulary,
) -> bool {
    excluded_before(tokens, first, vocab)
        || dropped_for_next(tokens, (first, last), next_first, vocab)
}

/// True when the exercise at tokens `first..=last` is dropped for the next one named ("thinking of ditching
/// leg curls for glute bridges"): a verb of dropping (`setting_aside_with_instead`) just before it, and
/// "for" then the next exercise (starting at `next_first`) just after it.
fn dropped_for_next(
    tokens: &[Token],
    (first, last): (usize, usize),
    next_first: Option<usize>,
    vocab: &Vocabulary,
) -> bool {
    let Some(next) = next_first else {
        return false;
    };
    let skip = |t: &Token| t.is_one_of(&vocab.setting_aside_skip);
    let between: Vec<&Token> = tokens[last + 1..next].iter().filter(|t| !skip(t)).collect();
    matches!(between.as_slice(), [t] if t.text == "for" && t.sentence == tokens[first].sentence)
        && ends_with_any(
            &words_before(tokens, first, vocab),
            &vocab.setting_aside_with_instead,
        )
}

/// True when the words from token `i` on, in its sentence, mark a swap: "instead", "in their place", "in
/// its place" ("…and do hip thrusts instead", "…and load up hip thrusts in their place").
pub(super) fn swap_marked_at(tokens: &[Token], i: usize) -> bool {
    let Some(first) = tokens.get(i) else {
        return false;
    };
    let mut words = tokens[i..]
        .iter()
        .take_while(|t| t.sentence == first.sentence)
        .map(|t| t.text.as_str());
    match words.next() {
        Some("instead") => true,
        Some("in") => {
            matches!(words.next(), Some("their" | "its")) && words.next() == Some("place")
        }
        _ => false,
    }
}

/// How many words after a thing an "instead" may come and still propose that thing ("use the leg press
/// machine instead").
const INSTEAD_REACH: usize = 4;

/// True when the thing at tokens `first..=last` is proposed in another's place by an "instead" just after it
/// in its sentence, with no exercise (`is_mention`: one starts at that token) between or just before ("squats feel awkward, so can
/// I just use the leg press machine instead?"); not "instead of", which puts aside what follows, nor where
/// words before the "instead" point back at the exercise dropped ("do them with dumbbells instead"), nor
/// the means of an exercise named just before ("do leg curls with dumbbells instead").
pub(super) fn proposed_instead(
    tokens: &[Token],
    (first, last): (usize, usize),
    is_mention: impl Fn(usize) -> bool,
    vocab: &Vocabulary,
) -> bool {
    let sentence = tokens[first].sentence;
    // "Do leg curls with dumbbells instead": an exercise just before makes the thing how it is done.
    let exercise_just_before = (first.saturating_sub(INSTEAD_REACH + 2)..first)
        .any(|j| tokens[j].sentence == sentence && is_mention(j));
    !exercise_just_before
        && (last + 1..=(last + INSTEAD_REACH).min(tokens.len().saturating_sub(1)))
            .take_while(|&j| tokens[j].sentence == sentence && !is_mention(j))
            .find(|&j| tokens[j].text == "instead")
            .is_some_and(|j| {
                !tokens
                    .get(j + 1)
                    .is_some_and(|t| t.sentence == sentence && t.text == "of")
                    && !points_back_before(tokens, j, vocab)
            })
}
