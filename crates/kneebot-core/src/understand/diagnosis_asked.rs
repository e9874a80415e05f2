//! Whether a post asks what the problem is (a diagnosis question, which no video can answer): asked
//! alone, beside an exercise question, or as a check of someone else's guess ("my trainer reckons it's IT
//! band syndrome. Is he right?"). The language lists are `[asking]`'s `diagnosis`, `names_the_problem`,
//! `condition_alone`, `guess_told` and `guess_checked` in `vocabulary.toml`; this file only applies them.

use super::asking::Asked;
use crate::knowledge::vocabulary::{Asking, ListWords};

/// True when the asking sentences ask what the person has, whether it is normal, or who to see.
pub(super) fn asks_diagnosis(text: &str, asked: &Asked, asking: &Asking) -> bool {
    asking.diagnosis.is_match(&asked.text)
        || (asking.which_is_correct.is_match(&asked.text) && !asking.advice_told.is_match(text))
        || (asked.text.split(" ; ")).any(|sentence| guess_checked(text, sentence, asking))
        || (asking.symptom.is_match(text)
            && (asking.condition_alone.is_match(&asked.text)
                // "…starts burning 5k into every run, IT band syndrome?": a condition asked alone after
                // words that tell a symptom and ask nothing ("can I do squats with my knee, OA?", "best
                // exercises for knee pain, arthritis?" tell the asker's problem).
                || asked.text.split(" ; ").any(|sentence| {
                    sentence.rsplit_once(", ").is_some_and(|(told, last)| {
                        asking.condition_alone.is_match(last)
                            && asking.symptom.is_match(told)
                            && !told
                                .split(", ")
                                .any(|c| asking.question_starts.is_match(c.trim_start()))
                            && ![&asking.cues, &asking.asks_whether, &asking.open_do, &asking.open_avoid]
                                .iter()
                                .any(|p| p.is_match(told))
                    })
                })))
}

/// True when a sentence of its own asks what the problem is, so it comes before any exercise asked about
/// ("Could it be a meniscus tear? Are squats ok?"). Not a problem told as one's own with a tag ("I have IT
/// band syndrome, right? So are squats ok?"); the diagnosis question's own words ask no advice ("Do I even
/// have…", "how would i know if…"), so advice is looked for outside them with `asks_advice`.
///
/// A post typed with no stops asks each question in a clause of its own ("is it normal my knee still
/// aches 3mo after tkr also can i do leg curls"): a clause that opens with a joining word (`joiners`) and
/// a question's opening words is read as a sentence of its own.
pub(super) fn asked_first(
    text: &str,
    asked: &Asked,
    asking: &Asking,
    joiners: &ListWords,
    asks_advice: impl Fn(&str) -> bool,
) -> bool {
    let alone = |sentence: &str| {
        !sentence.trim_start().starts_with("i ")
            && asking.diagnosis.is_match(sentence)
            && asking.names_the_problem.is_match(sentence)
            && !asks_advice(&asking.diagnosis.blank_out(sentence, " ; "))
    };
    asked.text.split(" ; ").any(|sentence| {
        // Speed: a sentence with no diagnosis words in it has no clause that asks one.
        let diagnosis = asking.diagnosis.is_match(sentence);
        (diagnosis && alone(sentence))
            || guess_checked(text, sentence, asking)
            // A clause's story before its question ("felt a pop… still walking on it fine tho do u
            // think i tore my acl") asks nothing.
            || (diagnosis
                && super::question_clauses::split(sentence, asking, joiners).is_some_and(|clauses| {
                    clauses.iter().any(|c| alone(from_its_question(c, asking)))
                }))
    })
}

/// `clause` from the first word that opens a question, or the whole clause when none does.
fn from_its_question<'c>(clause: &'c str, asking: &Asking) -> &'c str {
    std::iter::once(0)
        .chain(clause.match_indices(' ').map(|(i, _)| i + 1))
        .find(|&at| asking.question_starts.is_match(&clause[at..]))
        .map_or(clause, |at| &clause[at..])
}

/// "My pilates teacher thinks it's chondromalacia. Could it be that?", "MRI says a 3cm baker's cyst. Is
/// that big?", "trainer reckons IT band, is he right?": an asking `sentence` that only points back at a
/// problem named just before it (in the sentence before, or in its own sentence before a comma) asks
/// whether that naming holds. "Doctor said cartilage damage. I use the leg extension machine. Is it
/// correct?" checks the machine.
fn guess_checked(text: &str, sentence: &str, asking: &Asking) -> bool {
    let sentence = sentence.trim();
    if let Some((told, check)) = sentence.rsplit_once(", ") {
        return asking.guess_checked.is_match(check) && asking.guess_told.is_match(told);
    }
    if !asking.guess_checked.is_match(sentence) {
        return false;
    }
    let Some(at) = text.find(sentence) else {
        return false;
    };
    let before = text[..at]
        .trim_end()
        .trim_end_matches(['.', '!', '?', ';', ',']);
    // The sentence before starts after the last stop followed by a space ("3.2cm" is no stop).
    let start = before
        .rmatch_indices(['.', '!', '?', ';', '\n'])
        .find(|&(i, _)| before[i + 1..].starts_with(char::is_whitespace))
        .map_or(0, |(i, _)| i + 1);
    asking.guess_told.is_match(&before[start..])
}
