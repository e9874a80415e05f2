//! Whether the question weighs exercises against each other ("which one do I keep, the curls or the
//! bridges?", "hamstring curls or squats, which is better?", "Doing leg curls and leg extensions… If I
//! drop one, which one should it be?"), and whether it asks for the one to keep or the one to let go.
//! Part of reading the topic (`topic.rs`); the rule engine picks among the options by their rulings.

use super::asking::Asked;
use super::mention_roles::{goal, inside_signal, told_of};
use super::normalize::Token;
use super::signals::Signals;
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::Vocabulary;

/// How many sentences back a pointer at options ("which one?", "any of that?") looks for them.
const SENTENCES_BACK: usize = 3;

/// Exercises of two kinds or more that the question asks the asker to choose among, or two of one kind
/// offered as the choice ("nordic curls or swiss ball curls?").
#[derive(Debug, Clone, PartialEq)]
pub struct Weighed {
    /// The kinds of exercise weighed, in the order the post names them.
    pub options: Vec<TopicId>,
    /// The question asks which to let go ("which should I drop?", "which is worse?"), not which to keep.
    pub drop: bool,
    /// The options were named in a sentence before the question ("…leg curl, hip thrust. Which of these
    /// should I be using?"): a list the question points back at.
    pub named_before: bool,
}

/// Reads the options a question weighs: the kinds named after a word that weighs ("which", "vs", "better…
/// or"), or else in its asking clause; for a "which one" naming none, those of the sentence just before.
pub(super) fn read(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    asked: &Asked,
    signals: &Signals,
    vocab: &Vocabulary,
) -> Option<Weighed> {
    let patterns = &vocab.intent;
    if !patterns.weighs.is_match(&asked.text) && !patterns.weighs_comparing.is_match(&asked.text) {
        return None;
    }
    // What a sentence names as something to do: not a recovery sign ("walking fine now"), back-story
    // ("pain after a run", unless after the weighing word: "which should I stay away from: curls…") or
    // the goal ("so I can run again").
    let options_in = |keep: &dyn Fn(usize) -> bool, story_too: bool| -> Vec<TopicId> {
        let mut kinds: Vec<TopicId> = Vec::new();
        for &(t, first, last) in mentions {
            let story = story_too && told_of(tokens, first, vocab);
            if keep(first)
                && !story
                && !inside_signal(tokens, signals, first, last)
                && !goal(tokens, first, vocab)
                && !kinds.contains(&t)
            {
                kinds.push(t);
            }
        }
        kinds
    };
    for &sentence in &asked.sentences {
        let (start, end) = super::phrases::sentence_span(tokens, sentence);
        let said = &text[start..end];
        let cue = patterns.weighs.find(said).or_else(|| {
            patterns
                .weighs_comparing
                .find(said)
                .filter(|_| !patterns.weighs_against.is_match(said))
        });
        let Some(cue) = cue else { continue };
        let cue_at = start + cue.start();
        let in_clause =
            |at: usize| tokens[at].sentence == sentence && asked.in_clause(tokens[at].start);
        // "Since I had to stop running, which is better, leg curls or bridges?": the ones after the
        // weighing word, where it names two; else the asking clause's ("curls or bridges, which?").
        let after = options_in(&|at| in_clause(at) && tokens[at].start >= cue_at, false);
        let here = match after.len() >= 2 {
            true => after,
            false => options_in(&in_clause, true),
        };
        // "Current leg day: squats, leg curls, hip thrusts. Consultant says it's my kneecap. Is any of
        // that bad for it?": the nearest of the sentences before that names options.
        let named_before = here.is_empty() && patterns.weighs_named_before.is_match(said);
        let options = if named_before {
            let mut before = super::phrases::sentence_before(tokens, sentence);
            let mut named = Vec::new();
            for _ in 0..SENTENCES_BACK {
                let Some(b) = before else { break };
                named = options_in(&|at| tokens[at].sentence == b, true);
                if named.len() >= 2 {
                    break;
                }
                before = super::phrases::sentence_before(tokens, b);
            }
            named
        } else {
            here
        };
        // "Nordic curls or swiss ball hamstring curls, which is easier on it?": two exercises of one kind
        // offered as the choice; the kind's ruling answers both.
        let one_kind_offered = || {
            let of_kind: Vec<(usize, usize)> = mentions
                .iter()
                .filter(|&&(t, first, _)| options.first() == Some(&t) && in_clause(first))
                .map(|&(_, first, last)| (first, last))
                .collect();
            of_kind.windows(2).any(|w| {
                let between = &text[tokens[w[0].1].end..tokens[w[1].0].start];
                between
                    .split_whitespace()
                    .any(|word| matches!(word, "or" | "vs" | "versus"))
            })
        };
        if options.len() >= 2 || (options.len() == 1 && !named_before && one_kind_offered()) {
            // "I want to lose weight, which is better…" keeps: the asking words after the weighing
            // word outweigh a word of letting go told before it ("which should I keep away from"
            // lets go).
            let asking = &said[cue.start()..];
            let drop = patterns.weighs_dropping.is_match(asking)
                || (!patterns.weighs_keeping.is_match(asking)
                    && patterns.weighs_dropping.is_match(said));
            return Some(Weighed {
                options,
                drop,
                named_before,
            });
        }
    }
    None
}
