//! Where a mention of an exercise stands in the post: inside or beside a recovery sign, in back-story ("after
//! a long walk"), or as the goal ("so I can get back to running"). The topic stage ranks mentions by these.
//! The words that place a mention are `[words] backstory_…`, `plan_…` and `goal_…` in vocabulary.toml.
//! Also whether "run" is the exercise at all ("ran out of time", "running a fever", "runs the gym").

use super::normalize::Token;
use super::signals::Signals;
use crate::knowledge::Vocabulary;

/// True when the words `first..=last` overlap a recovery signal.
pub(super) fn inside_signal(
    tokens: &[Token],
    signals: &Signals,
    first: usize,
    last: usize,
) -> bool {
    signals
        .spans
        .iter()
        .any(|(s, e, _, _)| tokens[first].start < *e && *s < tokens[last].end)
}

/// True when token `first` is in a sentence where a recovery signal starts.
pub(super) fn in_signal_sentence(tokens: &[Token], signals: &Signals, first: usize) -> bool {
    // The signal's first word: the first token ending after its start (tokens come in order).
    signals.spans.iter().any(|(s, _, _, _)| {
        tokens
            .get(tokens.partition_point(|t| t.end <= *s))
            .is_some_and(|t| t.sentence == tokens[first].sentence)
    })
}

/// True when the words before token `first` make it back-story ("after a long walk", "from running").
pub(super) fn backstory(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let roles = &vocab.roles;
    let word =
        |back: usize, words: &[String]| first >= back && tokens[first - back].is_one_of(words);
    // "Should I stay away from leg curls?": "from" after a word of keeping away is what is asked about.
    let kept_from = first >= 2
        && tokens[first - 1].text == "from"
        && tokens[first - 2].sentence == tokens[first].sentence
        && tokens[first - 2].is_one_of(&roles.keeping_from);
    (word(1, &roles.backstory_before) && !kept_from)
        || (word(1, &roles.backstory_sized)
            && word(2, &roles.backstory_sized_after)
            // "Go for a short walk", "take a long run": a walk or run taken is the plan, not back-story.
            && !(first > 2
                && tokens[first - 2].text == "a"
                && word(3, &roles.plan_taken_before))
            // "Getting back on the leg curl machine" is the plan, not where something happened; so is
            // how much to load it ("go heavier on the leg extension machine").
            && !word(3, &vocab.plan_before_on))
}

/// True when the words before token `first` make it back-story that is not the means: "with" is back-story
/// in "pain with running" but the means in "isolate it with curls" or "a plan with leg curls".
pub(super) fn told_of(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    backstory(tokens, first, vocab) && tokens[first - 1].text != "with"
}

/// True when the words before token `first` make it the goal ("so I can walk smoother", "so I can get back
/// to running", "continue to run").
pub(super) fn goal(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let lo = first.saturating_sub(6);
    let before: Vec<&str> = tokens[lo..first]
        .iter()
        .filter(|t| t.sentence == tokens[first].sentence)
        .map(|t| t.text.as_str())
        .collect();
    // "So I can…" tells a purpose; "so can I…" opens a question.
    let so_can = before.iter().position(|w| *w == "so").is_some_and(|i| {
        let after_so = before[i + 1..]
            .iter()
            .skip_while(|w| **w == "that")
            .collect::<Vec<_>>();
        after_so
            .first()
            .is_some_and(|w| !matches!(**w, "can" | "could"))
            && after_so
                .iter()
                .any(|w| matches!(**w, "can" | "could" | "able"))
    });
    // "…or rest it till I can run?": what is waited for.
    let roles = &vocab.roles;
    let is = |w: &&str, words: &[String]| words.iter().any(|x| x == *w);
    so_can
        || matches!(before.as_slice(), [.., w, "to"] if is(w, &roles.goal_to))
        || matches!(
            before.as_slice(),
            [.., w, "i" | "he" | "she" | "we" | "they", "can" | "could"]
                if is(w, &roles.goal_waited_for)
        )
}

/// True when the exercise at token `first` follows "for" (a word or two between) a few words after a word
/// of getting stronger or ready (`[words] goal_for_after`): "how do I make my knees stronger for hiking?",
/// "what should I do to get ready for the running season?". In an open question that is what the exercises
/// are for, not the exercise asked about.
pub(super) fn purpose_for(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    let sentence = tokens[first].sentence;
    let same = |i: usize| tokens[i].sentence == sentence;
    let Some(for_at) = (first.saturating_sub(3)..first)
        .rev()
        .find(|&i| same(i) && tokens[i].text == "for")
    else {
        return false;
    };
    (for_at.saturating_sub(4)..for_at)
        .any(|i| same(i) && tokens[i].is_one_of(&vocab.roles.goal_for_after))
}

/// True when "run" at token `run` is followed by a place that is run ("the bloke who runs the gym at the
/// centre"), not a race named by its organiser ("ran the charity race").
pub(super) fn runs_a_place(tokens: &[Token], run: usize, vocab: &Vocabulary) -> bool {
    let word = |i: usize| tokens.get(i).filter(|t| t.sentence == tokens[run].sentence);
    word(run + 1).is_some_and(|t| t.is_one_of(&vocab.run_determiners))
        && word(run + 2).is_some_and(|t| t.is_one_of(&vocab.run_organisers))
        && word(run + 3).is_none_or(|t| t.is_one_of(&vocab.run_place_ends))
}

/// True when the words after "run" at token `at` make it another verb: a particle ("ran out of time"), or
/// one after "a", "an" or "high" ("running a fever", "running a high temp").
pub(super) fn runs_another_verb(tokens: &[Token], at: usize, vocab: &Vocabulary) -> bool {
    let next = |i: usize| tokens.get(i).filter(|t| t.sentence == tokens[at].sentence);
    next(at + 1).is_some_and(|n| n.is_one_of(&vocab.run_particles))
        || (next(at + 1).is_some_and(|n| matches!(n.text.as_str(), "a" | "an" | "high"))
            && next(at + 2).is_some_and(|n| {
                n.is_one_of(&vocab.run_particles)
                    || (n.text == "high"
                        && next(at + 3).is_some_and(|m| m.is_one_of(&vocab.run_particles)))
            }))
}
