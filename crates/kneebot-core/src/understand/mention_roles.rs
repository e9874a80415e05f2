//! Where a mention of an exercise stands in the post: inside or beside a recovery sign, in back-story ("after
//! a long walk"), or as the goal ("so I can get back to running"). The topic stage ranks mentions by these.

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
    first > 0
        && matches!(
            tokens[first - 1].text.as_str(),
            "from" | "after" | "during" | "while" | "since" | "when" | "with"
        )
        || (first > 1
            && matches!(
                tokens[first - 1].text.as_str(),
                "long" | "short" | "the" | "a"
            )
            && matches!(
                tokens[first - 2].text.as_str(),
                "a" | "after" | "from" | "on"
            )
            // "Go for a short walk", "take a long run": a walk or run taken is the plan, not back-story.
            && !(first > 2
                && tokens[first - 2].text == "a"
                && matches!(
                    tokens[first - 3].text.as_str(),
                    "for" | "take" | "do" | "try" | "have" | "manage"
                ))
            // "Getting back on the leg curl machine" is the plan, not where something happened; so is
            // how much to load it ("go heavier on the leg extension machine").
            && !(first > 2
                && vocab
                    .plan_before_on
                    .iter()
                    .any(|w| *w == tokens[first - 3].text)))
}

/// True when the words before token `first` make it back-story that is not the means: "with" is back-story
/// in "pain with running" but the means in "isolate it with curls" or "a plan with leg curls".
pub(super) fn told_of(tokens: &[Token], first: usize, vocab: &Vocabulary) -> bool {
    backstory(tokens, first, vocab) && tokens[first - 1].text != "with"
}

/// True when the words before token `first` make it the goal ("so I can walk smoother", "so I can get back
/// to running", "continue to run").
pub(super) fn goal(tokens: &[Token], first: usize) -> bool {
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
    so_can
        || matches!(before.as_slice(), [.., "continue" | "able", "to"])
        || matches!(
            before.as_slice(),
            [
                ..,
                "till" | "until" | "til",
                "i" | "he" | "she" | "we" | "they",
                "can" | "could"
            ]
        )
}
