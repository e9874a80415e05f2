//! Whether a warning sign is told as over in words that fit any sign: "it cleared up", "there was no
//! clot", "the swelling went down". Missing a current sign is the worst mistake the bot can make, so the
//! words count only when they are plainly about the sign and plainly done: not of another trouble ("the
//! bruising went away"), not hoped for or expected ("should have cleared up by now"), not partial
//! ("resolved a bit"), not "cleared for exercise", and not followed by the sign again.

use crate::knowledge::vocabulary::SignOver;
use crate::text::ends_with_word;
use regex::Regex;

/// How many sentences after a sign's may tell it is over.
const REACH: usize = 2;

/// How many words before the words of "over" may name what is over ("it", or a word of the sign).
const SUBJECT_REACH: usize = 3;

/// How many words a phrase after what is over may have, its opening word too ("from week 1").
const PHRASE_REACH: usize = 4;

/// How many words after the words of "over" may end the state they tell ("…since my op until today").
const ENDED_REACH: usize = 6;

/// How many words before them may make them a hope or an expectation ("hopefully it's healed up").
const UNSURE_REACH: usize = 4;

/// True when the sign found in sentence `i` (by `patterns`) of `text` is told over: after its last word in
/// that sentence, or in one of the `REACH` sentences after it that points back at it or repeats one of its
/// words; with no word of the sign after those words, nothing (`comes_back`) saying it came back, and not
/// in a sentence that asks ("no clot?").
/// `comes_back` is `(any return, a firm return)`: "again" is a return, not a firm one.
pub(super) fn told_over<B: Fn(&str) -> bool, F: Fn(&str) -> bool>(
    text: &str,
    sentences: &[&str],
    i: usize,
    patterns: &[Regex],
    words: &SignOver,
    (comes_back, comes_back_firmly): (B, F),
    points_back: impl Fn(&str) -> bool,
) -> bool {
    let sentence = sentences[i];
    let mut last_end = 0;
    let mut sign_words: Vec<&str> = Vec::new();
    // Of a sign of several patterns, the words of over come after its states and after what it is of first
    // named: it may be named again after them ("…infection, all cleared up since and the scar's fine now").
    let several = patterns.len() > 1;
    for (k, p) in patterns.iter().enumerate() {
        for (n, m) in p.find_iter(sentence).enumerate() {
            // A denied mention tells the sign over itself; the words of over may come before it.
            let renamed = several && k == 0 && n > 0;
            if !renamed && !denied_before(sentence, m.start(), words) {
                last_end = last_end.max(m.end());
            }
            sign_words.extend(
                m.as_str()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2),
            );
        }
    }
    // "Hot and swollen… the swelling went down", "calf swollen… no clot": other words of the same sign.
    let kin = kin_words(words, &sign_words);
    sign_words.extend(kin);
    // The sentences are pieces of `text`: the mark after one says whether it asks.
    let asks = |piece: &str| {
        let at = piece.as_ptr() as usize - text.as_ptr() as usize + piece.len();
        text[at.min(text.len())..].starts_with('?')
    };
    // "My calf is hot and swollen but I'm fine now": a person fine now says nothing of a sign told in the
    // present; only of one told as past ("it went hot and swollen… he's fine now").
    let person_ok = !told_present(&sentence[..last_end], words);
    // Whether a sentence is about the sign: points back at it or names one of its words.
    let about = |piece: &str| {
        points_back(piece)
            || piece
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| sign_words.contains(&w))
    };
    let over_in = |piece: &str, from: usize, j: usize| {
        !asks(piece)
            && over_ends(piece, from, &sign_words, words, person_ok)
                .into_iter()
                .any(|end| {
                    let rest = &piece[end..];
                    let next = sentences.get(j + 1).copied().unwrap_or("");
                    // The sign again after them: for a sign of several patterns, one of its states
                    // ("…sorted it, but it's weeping"), not only what it is of ("…sorted it and the
                    // incision has healed").
                    // A denied one is no return: "…all healed now, no fever since July"; nor one told as
                    // what the sign turned out to be: "…it was clear, just post-op swelling".
                    let told_again =
                        patterns
                            .iter()
                            .skip(usize::from(patterns.len() > 1))
                            .any(|p| {
                                p.find_iter(rest).any(|m| {
                                    !denied_before(rest, m.start(), words)
                                        && !explanation_start(rest, m.start(), words)
                                            .is_some_and(|p| rest[..p].trim().is_empty())
                                })
                            });
                    // "…he's fine now. I want to start jogging again": in the next sentence, "again"
                    // tells the sign back only of the sign, pointed back at or named; "the redness is
                    // back" does wherever it stands.
                    let back = comes_back(rest)
                        || comes_back_firmly(next)
                        || (about(next) && comes_back(next));
                    !told_again && !back
                })
    };
    over_in(sentence, last_end, i)
        || (i + 1..sentences.len().min(i + REACH + 1)).any(|j| {
            let later = sentences[j];
            (about(later) || opens_with_over(later, words)) && over_in(later, 0, j)
        })
}

/// How many words before the words of "over" a medicine that only hides the sign may stand ("took
/// paracetamol and that sorted it").
const MASKED_REACH: usize = 4;

/// The ends (in bytes) of the words of "over" in `sentence`, starting at or after byte `from`, that tell
/// the sign over. What is over may be named before `from` ("the swelling" of "the swelling went down"),
/// but another trouble counts only from `from` on (the sign itself comes before it).
fn over_ends(
    sentence: &str,
    from: usize,
    sign_words: &[&str],
    words: &SignOver,
    person_ok: bool,
) -> Vec<usize> {
    let tokens: Vec<(usize, &str)> = crate::text::normalize::word_spans(sentence)
        .map(|(start, end, _)| (start, &sentence[start..end]))
        .collect();
    let plain: Vec<&str> = tokens.iter().map(|(_, w)| *w).collect();
    let first = tokens
        .iter()
        .position(|&(start, _)| start >= from)
        .unwrap_or(plain.len());
    // Whether the words of `seq` stand from word `k` on.
    let seq_at = |k: usize, seq: &[String]| !seq.is_empty() && words_at(&plain, k, seq);
    let any_at = |seqs: &[Vec<String>], range: std::ops::Range<usize>| {
        range
            .into_iter()
            .any(|k| seqs.iter().any(|seq| seq_at(k, seq)))
    };
    // (words, needs a subject, the subject may be a person: "he's fine now").
    let told = words.told.iter().map(|seq| (seq, false, false));
    let of_subject = words.of_subject.iter().map(|seq| (seq, true, false));
    let of_person = words
        .person_states
        .iter()
        .filter(|_| person_ok)
        .map(|seq| (seq, true, true));
    let is_subject = |w: &&str, person: bool| {
        words.subjects.iter().any(|s| s == w)
            || sign_words.contains(w)
            || (person && words.persons.iter().any(|p| p == w))
    };
    // The text between word `b` and the next (its punctuation).
    let gap_after = |b: usize| {
        let (start, word) = tokens[b];
        let next = tokens.get(b + 1).map_or(sentence.len(), |t| t.0);
        &sentence[start + word.len()..next]
    };
    // "The fever from week 1 is long gone": what is over is named before a short phrase that ends at
    // word `b`, in one clause with it.
    let named_with_phrase = |b: usize| {
        (b.saturating_sub(PHRASE_REACH)..=b)
            .rev()
            .take_while(|&j| j == b || !gap_after(j).contains([',', ';', '.', '!', '?']))
            .filter(|&j| j >= first.max(1) && words.subject_phrase.iter().any(|p| p == plain[j]))
            .any(|j| !gap_after(j - 1).contains([',', ';']) && sign_words.contains(&plain[j - 1]))
    };
    let mut ends = Vec::new();
    for k in first..plain.len() {
        for (seq, needs_subject, person) in told
            .clone()
            .chain(of_subject.clone())
            .chain(of_person.clone())
        {
            if !seq_at(k, seq) {
                continue;
            }
            let end = k + seq.len();
            let negated = any_at(&words.negations, k.saturating_sub(2)..k);
            // "In May" is a month, not "may".
            let unsure = unsure_before(&plain, k, words);
            // "It was clear that I need a scan": what follows in the same clause makes them something else
            // (not "…was clear, it settled").
            let partial = any_at(&words.partial, end..(end + 2).min(plain.len()))
                || (plain
                    .get(end)
                    .is_some_and(|w| words.not_before.iter().any(|n| n == w))
                    && !gap_after(end - 1).contains([',', ';', '.', '!', '?', '-', '(', ')']));
            // "…fine ever since my op, until today": the state lasted up to a time now past. Read on past
            // commas, to the sentence's end.
            let ended = (end..plain.len())
                .take(ENDED_REACH)
                .take_while(|&w| w == end || !gap_after(w - 1).contains([';', '.', '!', '?']))
                .any(|w| words.ended.iter().any(|e| e == plain[w]));
            // "The bruising went away", "the rash on my arm, it cleared up": another trouble is over.
            // "The swelling went down in my knee": what follows may say it too.
            let after = &plain[end..(end + SUBJECT_REACH).min(plain.len())];
            // "Paracetamol sorted it": a medicine that only hides the sign is no end of it.
            let masked = plain[k.saturating_sub(MASKED_REACH)..k]
                .iter()
                .any(|w| words.masked_by.iter().any(|m| m == w));
            let other = plain[first..k]
                .iter()
                .any(|w| words.other.iter().any(|o| o == w))
                || after.iter().any(|w| words.elsewhere.iter().any(|o| o == w));
            // What is over: the word just before the words, past "has", "completely" and the like ("it
            // has cleared up", "the swelling has been completely gone"), or one inside them ("no clot");
            // not "I" of "I went down hard".
            let before = plain[..k]
                .iter()
                .enumerate()
                .rev()
                .take(2 * SUBJECT_REACH)
                .find(|(_, w)| !words.between.iter().any(|b| b == *w));
            // "Wound infection after my ACLR, treated with antibiotics, healed and…": a clause that is
            // the words alone has no subject of its own; it goes on about what the sentence is about.
            // Not one that goes on ("…, cleared by my GP for the flight", "…, healed in places").
            let ends_clause = end == plain.len()
                || gap_after(end - 1).contains([',', ';'])
                || words.clause_goes_on.iter().any(|w| w == plain[end]);
            // A subject parted from the words by a comma is of the clause before: then they must be a
            // clause alone ("…hot and swollen, cleared by my GP for the flight" tells nothing over).
            let subject = !needs_subject
                || before.is_some_and(|(b, w)| {
                    if gap_after(b).contains([',', ';']) {
                        ends_clause
                    } else {
                        is_subject(w, person) || named_with_phrase(b)
                    }
                })
                || plain[k..end].iter().any(|w| is_subject(w, false))
                // "All healed since, thank God.": a sentence that opens with the words (past "all",
                // "has") has left its subject out, the sign of the sentence before; only as a clause alone
                // ("Finished the antibiotics" goes on to what was finished).
                || (before.is_none() && first == 0 && ends_clause);
            if !negated && !unsure && !partial && !ended && !other && !masked && subject {
                let (start, last) = tokens[end - 1];
                ends.push(start + last.len());
            }
        }
    }
    ends.extend(denied_ends(&plain, first, sign_words, words).map(|w| {
        let (start, last) = tokens[w];
        start + last.len()
    }));
    ends
}

/// True when `sentence` opens with words that tell a sign over, past words like "all" and "has" ("All
/// healed since"): it has left out what is over.
fn opens_with_over(sentence: &str, words: &SignOver) -> bool {
    let plain = plain_words(sentence);
    let Some(k) = plain
        .iter()
        .position(|w| !words.between.iter().any(|b| b == w))
    else {
        return false;
    };
    words
        .told
        .iter()
        .chain(&words.of_subject)
        .any(|seq| words_at(&plain, k, seq))
}

/// How many words a denial may stand before the word of the sign it denies ("no more swelling").
const DENIAL_REACH: usize = 3;

/// The indices of the words of the sign, from word `first` on, that a denial before them tells over: "I
/// don't have any fever since three weeks", "no more swelling". Only a word that names a sign as such (one
/// of `kin`, not "the" or "and" of its match), neither hoped for ("hopefully no more swelling") nor named
/// again later in the sentence ("no swelling today but the calf is still hot").
fn denied_ends<'a>(
    plain: &'a [&'a str],
    first: usize,
    sign_words: &'a [&'a str],
    words: &'a SignOver,
) -> impl Iterator<Item = usize> + 'a {
    let names_sign =
        move |w: &str| sign_words.contains(&w) && words.kin.iter().flatten().any(|k| k == w);
    (first..plain.len()).filter_map(move |k| {
        let seq = words.negations.iter().find(|seq| words_at(plain, k, seq))?;
        let from = k + seq.len();
        // "Red and hot, not just swelling": a denial that widens denies nothing.
        if plain
            .get(from)
            .is_some_and(|w| words.widened.iter().any(|x| x == w))
        {
            return None;
        }
        let denied =
            (from..(from + DENIAL_REACH).min(plain.len())).find(|&w| names_sign(plain[w]))?;
        let unsure = unsure_before(plain, k, words);
        let again = plain[denied + 1..].iter().any(|w| sign_words.contains(w));
        (!unsure && !again).then_some(denied)
    })
}

/// Where the words just before the word of the sign at byte `at` of `text` start, when they only tell what
/// the sign turned out to be: one or more of `[sign_over] warning_over_explained` ("post-op", "normal"),
/// after at most one word ("just", "only") of a clause that opens with a comma, a dash or `text` itself
/// ("…it was clear, just post-op swelling"). The byte returned is that opening's. Not "twice the normal
/// swelling" nor "more than the usual swelling": other words before them tell the sign as it is.
pub(super) fn explanation_start(text: &str, at: usize, words: &SignOver) -> Option<usize> {
    let mut before = text[..at.min(text.len())].trim_end();
    let mut explained = false;
    while let Some(len) = (words.explained.iter())
        .map(|seq| seq.join(" "))
        .find(|seq| ends_with_word(before, seq))
        .map(|seq| seq.len())
    {
        before = before[..before.len() - len].trim_end();
        explained = true;
    }
    let opening = before.rfind([',', ';', ':', '-']);
    let lead = &before[opening.map_or(0, |i| i + 1)..];
    (explained && lead.split_whitespace().count() <= 1).then_some(opening.unwrap_or(0))
}

/// Whether a denial ("no", "not any") stands among the `DENIAL_REACH` words before byte `at` of `text`.
fn denied_before(text: &str, at: usize, words: &SignOver) -> bool {
    super::phrases::preceded_by(text, at, &words.negations, DENIAL_REACH)
}

/// Whether a word of hope or expectation comes up to `UNSURE_REACH` words before word `k` ("hopefully it's
/// healed up", "hopefully no more swelling"), not one that names a month ("in May it cleared").
fn unsure_before(plain: &[&str], k: usize, words: &SignOver) -> bool {
    (k.saturating_sub(UNSURE_REACH)..k).any(|j| {
        words.unsure.iter().any(|seq| {
            !seq.is_empty()
                && words_at(plain, j, seq)
                && !words
                    .unsure_dated
                    .iter()
                    .any(|d| j >= d.len() && words_at(plain, j - d.len(), d))
        })
    })
}

/// Whether `told` holds a word of the present ("is", "still"): the sign it tells is told as now.
pub(super) fn told_present(told: &str, words: &SignOver) -> bool {
    let plain = plain_words(told);
    (0..plain.len()).any(|k| words.present.iter().any(|seq| words_at(&plain, k, seq)))
}

/// The words of `text`, as the vocabulary's word lists spell them.
pub(super) fn plain_words(text: &str) -> Vec<&str> {
    crate::text::normalize::word_spans(text)
        .map(|(start, end, _)| &text[start..end])
        .collect()
}

/// Whether one of `seqs` stands in `plain` from a word in `range` on.
pub(super) fn any_words_at(
    plain: &[&str],
    seqs: &[Vec<String>],
    range: std::ops::Range<usize>,
) -> bool {
    range
        .into_iter()
        .any(|k| seqs.iter().any(|seq| words_at(plain, k, seq)))
}

/// Whether the words of `seq` stand in `plain` from word `k` on.
pub(super) fn words_at(plain: &[&str], k: usize, seq: &[String]) -> bool {
    k + seq.len() <= plain.len() && plain[k..k + seq.len()].iter().zip(seq).all(|(a, b)| a == b)
}

/// The other words of the groups in `words.kin` that `sign_words` belong to ("calf" and "clot", "swollen"
/// and "swelling").
pub(super) fn kin_words<'w>(words: &'w SignOver, sign_words: &[&str]) -> Vec<&'w str> {
    (words.kin.iter())
        .filter(|group| group.iter().any(|w| sign_words.contains(&w.as_str())))
        .flatten()
        .map(String::as_str)
        .collect()
}
