//! Whether a warning sign told as past was checked by a clinician and found fine: "physio checked my calf
//! (it was a bit tender after my meniscectomy), she said it's fine". The sign was seen to and cleared, so
//! it is history.
//!
//! Careful by design, since a sign wrongly read as cleared would be missed:
//! - the sign is told as past: a sign told in the present ("my calf is hot, the nurse said it's fine") is
//!   not cleared by reassurance, nor is one told in the present after the check ("…said it's fine. It's
//!   still hot though");
//! - a clinician (or "they") checked the sign itself (`[sign_over] warning_checked`, then within a few words
//!   the sign, a word of its kin, or "it": "checked my calf", "had a look at it"; not "checked my knee" of a
//!   fever, nor "I checked my temperature");
//! - a finding of fine (`warning_found_fine`) is told after the sign's last word, in its sentence or in
//!   one of the two after that holds the check, and nothing after it tells the sign back.

use super::sign_over::plain_words;
use crate::knowledge::vocabulary::SignOver;
use regex::Regex;

/// How many sentences after a sign's may tell it checked and found fine.
const REACH: usize = 2;

/// How many words after the word of checking may name what was checked ("checked the back of my calf").
const OBJECT_REACH: usize = 4;

/// True when the sign found in sentence `i` of `sentences` (by `patterns`) is told as past and then as
/// checked by a clinician (`clinician`, or "they") and found fine; `comes_back` tells whether a piece of
/// text tells the sign back.
pub(super) fn checked_fine(
    sentences: &[&str],
    i: usize,
    patterns: &[Regex],
    (words, clinician): (&SignOver, &Regex),
    comes_back: impl Fn(&str) -> bool,
) -> bool {
    if words.checked.is_empty() || words.found_fine.is_empty() {
        return false;
    }
    let sentence = sentences[i];
    let mut last_end = 0;
    let mut sign_words: Vec<&str> = Vec::new();
    for p in patterns {
        for m in p.find_iter(sentence) {
            // "…it was clear, just post-op swelling": what the sign turned out to be, told straight after
            // the finding, is no word of it.
            let explains = super::sign_over::explanation_start(sentence, m.start(), words)
                .is_some_and(|p| ends_with_finding(&sentence[..p], words));
            if !explains {
                last_end = last_end.max(m.end());
            }
            sign_words.extend(plain_words(m.as_str()).into_iter().filter(|w| w.len() > 2));
        }
    }
    if super::sign_over::told_present(&sentence[..last_end], words) {
        return false;
    }
    // "Calf" and "clot", "swollen" and "swelling": other words of the same sign.
    let kin = super::sign_over::kin_words(words, &sign_words);
    let of_sign = |w: &str| sign_words.contains(&w) || kin.contains(&w) || w == "it" || w == "them";
    // A clinician, or "they", checking the sign itself.
    let checked = |piece: &str| {
        let plain = plain_words(piece);
        (0..plain.len()).any(|k| {
            words.checked.iter().any(|seq| {
                super::sign_over::words_at(&plain, k, seq)
                    && plain[k + seq.len()..]
                        .iter()
                        .take(OBJECT_REACH)
                        .any(|w| of_sign(w))
                    && (plain[..k].contains(&"they") || clinician.is_match(&plain[..k].join(" ")))
            })
        })
    };
    // Told in the present, or back, after the finding, by its own words ("It's still hot though"; not the
    // question's "is it still ok to…").
    let names_sign = |piece: &str| {
        plain_words(piece)
            .iter()
            .any(|w| sign_words.contains(w) || kin.contains(w))
    };
    let told_again = |j: usize| {
        (j + 1..sentences.len().min(j + REACH + 1)).any(|k| {
            names_sign(sentences[k])
                && (super::sign_over::told_present(sentences[k], words) || comes_back(sentences[k]))
        })
    };
    let fine_in = |piece: &str, j: usize| {
        let plain = plain_words(piece);
        (0..plain.len()).any(|k| {
            words.found_fine.iter().any(|seq| {
                super::sign_over::words_at(&plain, k, seq)
                    && !runs_on(piece, seq, words)
                    && !comes_back(&plain[k + seq.len()..].join(" "))
            })
        }) && !told_again(j)
    };
    // The check may come before the sign in its sentence ("physio checked my calf (it was tender)…").
    (checked(sentence) && fine_in(&sentence[last_end..], i))
        || (i + 1..sentences.len().min(i + REACH + 1))
            .any(|j| checked(sentences[j]) && fine_in(sentences[j], j))
}

/// True when `text` ends with a finding of fine (`[sign_over] warning_found_fine`: "it was clear").
fn ends_with_finding(text: &str, words: &SignOver) -> bool {
    let plain = plain_words(text);
    (words.found_fine.iter()).any(|seq| {
        plain.len() >= seq.len() && super::sign_over::words_at(&plain, plain.len() - seq.len(), seq)
    })
}

/// True when the finding `seq` runs on in `piece`, with no mark between, into a word that makes it
/// something else ("it was clear that I need a scan"; not "scan was clear, it settled").
fn runs_on(piece: &str, seq: &[String], words: &SignOver) -> bool {
    let finding = seq.join(" ");
    (words.not_before.iter()).any(|w| piece.contains(&format!("{finding} {w} ")))
}
