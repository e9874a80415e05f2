//! Whether a warning sign is told as over in words that fit any sign: "it cleared up", "there was no
//! clot", "the swelling went down". Missing a current sign is the worst mistake the bot can make, so the
//! words count only when they are plainly about the sign and plainly done: not of another trouble ("the
//! bruising went away"), not hoped for or expected ("should have cleared up by now"), not partial
//! ("resolved a bit"), not "cleared for exercise", and not followed by the sign again.

use super::red_flags::points_back;
use crate::knowledge::vocabulary::SignOver;
use regex::Regex;

/// How many sentences after a sign's may tell it is over.
const REACH: usize = 2;

/// How many words before the words of "over" may name what is over ("it", or a word of the sign).
const SUBJECT_REACH: usize = 3;

/// How many words before them may make them a hope or an expectation ("hopefully it's healed up").
const UNSURE_REACH: usize = 4;

/// True when the sign found in sentence `i` (by `patterns`) is told over: after its last word in that
/// sentence, or in one of the `REACH` sentences after it that points back at it or repeats one of its
/// words; with no word of the sign after those words, and nothing (`comes_back`) saying it came back.
pub(super) fn told_over(
    sentences: &[&str],
    i: usize,
    patterns: &[Regex],
    words: &SignOver,
    comes_back: impl Fn(&str) -> bool,
) -> bool {
    let sentence = sentences[i];
    let mut last_end = 0;
    let mut sign_words: Vec<&str> = Vec::new();
    for p in patterns {
        for m in p.find_iter(sentence) {
            last_end = last_end.max(m.end());
            sign_words.extend(
                m.as_str()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2),
            );
        }
    }
    // "Hot and swollen… the swelling went down", "calf swollen… no clot": other words of the same sign.
    let kin: Vec<&str> = words
        .kin
        .iter()
        .filter(|group| group.iter().any(|w| sign_words.contains(&w.as_str())))
        .flatten()
        .map(String::as_str)
        .collect();
    sign_words.extend(kin);
    let over_in = |text: &str, j: usize| {
        over_end(text, &sign_words, words).is_some_and(|end| {
            let rest = &text[end..];
            let next = sentences.get(j + 1).copied().unwrap_or("");
            !patterns.iter().any(|p| p.is_match(rest)) && !comes_back(rest) && !comes_back(next)
        })
    };
    over_in(&sentence[last_end..], i)
        || (i + 1..sentences.len().min(i + REACH + 1)).any(|j| {
            let later = sentences[j];
            let about_it = points_back(later)
                || later
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| sign_words.contains(&w));
            about_it && over_in(later, j)
        })
}

/// The end (in bytes) of the first words of "over" in `text` that tell the sign over, if any.
fn over_end(text: &str, sign_words: &[&str], words: &SignOver) -> Option<usize> {
    let tokens: Vec<(usize, &str)> = text
        .split(|c: char| !c.is_alphanumeric())
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let plain: Vec<&str> = tokens.iter().map(|(_, w)| *w).collect();
    let any_at = |seqs: &[Vec<String>], range: std::ops::Range<usize>| {
        range.into_iter().any(|k| {
            seqs.iter().any(|seq| {
                !seq.is_empty()
                    && k + seq.len() <= plain.len()
                    && plain[k..k + seq.len()].iter().zip(seq).all(|(a, b)| a == b)
            })
        })
    };
    let told = words.told.iter().map(|seq| (seq, false));
    let of_subject = words.of_subject.iter().map(|seq| (seq, true));
    (0..plain.len()).find_map(|k| {
        told.clone()
            .chain(of_subject.clone())
            .find_map(|(seq, needs_subject)| {
                let end = k + seq.len();
                let fits = !seq.is_empty()
                    && end <= plain.len()
                    && plain[k..end].iter().zip(seq).all(|(a, b)| a == b);
                if !fits {
                    return None;
                }
                let negated = any_at(&words.negations, k.saturating_sub(2)..k);
                let unsure = any_at(&words.unsure, k.saturating_sub(UNSURE_REACH)..k);
                let partial = any_at(&words.partial, end..(end + 2).min(plain.len()));
                // "The bruising went away", "the rash on my arm, it cleared up": another trouble is over.
                let other = plain[..k]
                    .iter()
                    .any(|w| words.other.iter().any(|o| o == w));
                // What is over: just before the words ("it cleared up") or inside them ("no clot").
                let subject = !needs_subject
                    || plain[k.saturating_sub(SUBJECT_REACH)..end]
                        .iter()
                        .any(|w| words.subjects.iter().any(|s| s == w) || sign_words.contains(w));
                (!negated && !unsure && !partial && !other && subject).then(|| {
                    let (start, last) = tokens[end - 1];
                    start + last.len()
                })
            })
    })
}
