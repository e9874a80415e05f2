//! Whether a warning sign told as past was checked by a clinician and found fine: "physio checked my calf
//! (it was a bit tender after my meniscectomy), she said it's fine", "had a temperature on day 4 so I went
//! back in. They checked the wound and bloods, said all fine, no infection." The sign was seen to and
//! cleared, so it is history.
//!
//! Careful by design, since a sign wrongly read as cleared would be missed:
//! - the sign is told as past: a sign told in the present ("my calf is hot, the nurse said it's fine") is
//!   not cleared by reassurance;
//! - a check (`[words] warning_checked`) and a finding of fine (`warning_found_fine`) are both told, the
//!   finding after the sign's last word, in its sentence or in one of the two after that is about it;
//! - nothing after the finding tells the sign back ("…said it was fine, but it's swollen again").

use crate::knowledge::vocabulary::SignOver;
use regex::Regex;

/// How many sentences after a sign's may tell it checked and found fine.
const REACH: usize = 2;

/// True when the sign found in sentence `i` of `sentences` (by `patterns`) is told as past and then as
/// checked and found fine; `comes_back` tells whether a piece of text tells the sign back, `points_back`
/// whether it points back at something named before ("they checked it").
pub(super) fn checked_fine(
    sentences: &[&str],
    i: usize,
    patterns: &[Regex],
    words: &SignOver,
    comes_back: impl Fn(&str) -> bool,
    points_back: impl Fn(&str) -> bool,
) -> bool {
    if words.checked.is_empty() || words.found_fine.is_empty() {
        return false;
    }
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
    if super::sign_over::told_present(&sentence[..last_end], words) {
        return false;
    }
    let plain = |piece: &str| -> Vec<String> {
        piece
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // Where in `piece` (by word) the first sequence of `seqs` stands, from word `from` on.
    let find = |piece: &[String], seqs: &[Vec<String>], from: usize| {
        let piece: Vec<&str> = piece.iter().map(String::as_str).collect();
        (from..piece.len()).find_map(|k| {
            seqs.iter()
                .find(|s| super::sign_over::words_at(&piece, k, s))
                .map(|s| k + s.len())
        })
    };
    // The finding, after the sign's last word, with nothing telling the sign back after it.
    let fine_in = |piece: &str, next: &str| {
        let w = plain(piece);
        find(&w, &words.found_fine, 0).is_some_and(|end| {
            let rest = w[end..].join(" ");
            !comes_back(&rest) && !comes_back(next)
        })
    };
    let next = |j: usize| sentences.get(j + 1).copied().unwrap_or("");
    let about = |piece: &str| {
        points_back(piece)
            || plain(piece)
                .iter()
                .any(|w| sign_words.contains(&w.as_str()))
    };
    // The check may come before the sign in its sentence ("physio checked my calf (it was tender)…").
    (find(&plain(sentence), &words.checked, 0).is_some() && fine_in(&sentence[last_end..], next(i)))
        || (i + 1..sentences.len().min(i + REACH + 1)).any(|j| {
            let later = sentences[j];
            about(later)
                && find(&plain(later), &words.checked, 0).is_some()
                && fine_in(later, next(j))
        })
}
