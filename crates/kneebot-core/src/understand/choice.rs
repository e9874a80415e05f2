//! Which of the exercises a post names its question is about: the one in the asking sentence, then in its
//! asking clause, then one the short question points back at, and so on (`choose`). Part of reading the
//! topic (`topic.rs`).

use super::asking::{self, Asked};
use super::mention_roles::{backstory, in_signal_sentence, inside_signal};
use super::normalize::Token;
use super::signals::Signals;
use super::uncovered::Mention;
use crate::ids::TopicId;
use crate::knowledge::Knowledge;

/// The topic, and whether it is the material's alternative to the one named. The topic word may sit inside
/// a recovery sign, which then is dropped from `signals`.
pub(super) fn choose(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    asked: &Asked,
    limits: (&[TopicId], &[bool]),
    knowledge: &Knowledge,
    signals: &mut Signals,
) -> (Option<TopicId>, bool) {
    let (limited, limit_told) = limits;
    let vocab = &knowledge.vocabulary;
    // "…drop the ham curls. What should I do instead?": everything named is what to replace. Where each
    // "…instead" request ends is read once for every exercise it may put forward.
    let instead_ends: Vec<usize> = vocab
        .intent
        .asks_instead
        .find_iter(text)
        .map(|m| m.end())
        .collect();
    let asks_instead = !instead_ends.is_empty();
    let candidates: Vec<&Mention> = mentions
        .iter()
        .filter(|(t, first, last)| {
            let next = mentions.iter().map(|m| m.1).find(|f| f > first);
            !super::set_aside::set_aside(tokens, (*first, *last), next, vocab)
                && (!asks_instead
                    || super::pointers::put_forward(
                        text,
                        tokens,
                        asked,
                        limited,
                        (&instead_ends, &vocab.lists.asks_about),
                        *t,
                        *first,
                    ))
        })
        .collect();
    let short_question = !mentions
        .iter()
        .any(|(_, f, _)| asked.contains(&tokens[*f].sentence))
        && super::asking::refers_back(asked, &vocab.asking);
    // Rank: the sentence that asks the question first (one ending in "?" before a cue sentence), its asking
    // clause, then mentions that are no recovery sign or back-story ("after a long walk"), then, outside
    // the question, one the asker can do over one they cannot ("can't manage a single leg squat"), then
    // order of mention.
    let clean = candidates
        .iter()
        .filter(|(_, f, l)| !inside_signal(tokens, signals, *f, *l))
        .max_by_key(|(t, f, l)| {
            let in_question = asked.contains(&tokens[*f].sentence);
            let marked = asked.marked.contains(&tokens[*f].sentence);
            // In a sentence that tells and then asks ("…says no squats so are glute bridges okay?"),
            // the exercise in the asking clause.
            let in_clause = asked.in_clause(tokens[*f].start);
            // "…has bought me ankle weights for curls. Do I humour him?": a question that names nothing
            // asks about the sentence just before it.
            let just_before = short_question
                && asked.sentences.first().is_some_and(|&q| {
                    Some(tokens[*f].sentence) == super::phrases::sentence_before(tokens, q)
                });
            let weak = !just_before
                && (backstory(tokens, *f, vocab) || in_signal_sentence(tokens, signals, *f));
            // The one put forward: "…was going to do hip thrusts but might do leg curls in their place";
            // or the one being added, which the short question points at ("Been doing wall sits and now
            // thinking of adding clamshells. Good idea?", "…and now adding leg curls, ok?").
            let put_forward = marked_as_swap(tokens, mentions, *l)
                || ((just_before || in_question)
                    && super::phrases::word_before(tokens, *f, 3, &vocab.novelty));
            // Walking and running are everyday activities: beside another exercise they are
            // back-story ("on my long runs", "my running coach"), unless a yes/no question is asked of
            // them ("Is walking ok? And should I stop the curls?").
            let asked_of = *f > 0
                && tokens[*f - 1].sentence == tokens[*f].sentence
                && super::phrases::YES_NO_OPENERS.contains(&tokens[*f - 1].text.as_str());
            let background = vocab.background_topics.contains(t) && !(in_question && asked_of);
            // "…said no leg curls, but I've been doing them with my squats. Should I keep doing them?":
            // a question pointing back at a sentence telling an exercise done in spite of its limit may
            // mean that one, which no go-ahead on the other may answer.
            // "Squats are out so what about leg curls?": in the asking sentence, the exercise the limit is
            // told of is the premise; the other one is asked about.
            let told_limited = mentions
                .iter()
                .position(|m| m.1 == *f)
                .is_some_and(|k| limit_told.get(k) == Some(&true));
            let preferred = match just_before && defied(tokens, mentions, limited, *f, vocab) {
                true => limited.contains(t),
                false => (in_question && !told_limited) || !limited.contains(t),
            };
            (
                in_question,
                marked,
                in_clause,
                just_before,
                put_forward,
                !weak,
                preferred,
                !background,
                std::cmp::Reverse(*f),
            )
        });
    if let Some((t, _, _)) = clean {
        (Some(*t), false)
    } else if let Some((t, f, l)) = candidates.iter().find(|(_, f, _)| {
        asked.contains(&tokens[*f].sentence)
            || (short_question
                && !matches!(
                    asked.open,
                    Some(asking::OpenAsk::Do | asking::OpenAsk::Avoid)
                ))
    }) {
        // The topic word sits inside a recovery sign ("is walking good for me", "walking 3 miles a day
        // now. OK?"): it is the question, not a sign. Told only in the story before an open question
        // ("walking to the shops no bother now. What should I drop?"), it stays a sign.
        let (start, end) = (tokens[*f].start, tokens[*l].end);
        signals.drop_overlapping(start, end);
        (Some(*t), false)
    } else if let Some((t, _, _)) = mentions.first() {
        // What to do instead of it: the material's alternative, or, where it names none, every ruling.
        let alternative = knowledge.topics[*t].alternative;
        (alternative, alternative.is_some() || asks_instead)
    } else {
        (None, false)
    }
}

/// How many words after an exercise "instead" may come and still put it forward ("…so I do seated leg
/// curls 3x a week instead").
const SWAP_MARK_WORDS: usize = 6;

/// True when "instead" or "in their place" follows the exercise ending at token `last` in its sentence,
/// within [`SWAP_MARK_WORDS`] and before any other exercise is named.
fn marked_as_swap(tokens: &[Token], mentions: &[Mention], last: usize) -> bool {
    let sentence = tokens[last].sentence;
    (last + 1..tokens.len().min(last + 1 + SWAP_MARK_WORDS))
        .take_while(|&i| tokens[i].sentence == sentence && !mentions.iter().any(|m| m.1 == i))
        .any(|i| super::set_aside::swap_marked_at(tokens, i))
}

/// Whether the sentence of the exercise at token `at` tells one done in spite of its limit: an exercise
/// ruled out, then a word of defiance and a word pointing back at it, then one allowed ("no leg curls, but
/// I do them with my squats"; not "…, but I still do squats", nor "no leg curls, so I switched to
/// bridges, but my knee still aches").
fn defied(
    tokens: &[Token],
    mentions: &[Mention],
    limited: &[TopicId],
    at: usize,
    vocab: &crate::knowledge::Vocabulary,
) -> bool {
    let sentence = tokens[at].sentence;
    let in_sentence = |m: &&Mention| tokens[m.1].sentence == sentence;
    let Some(&(_, _, ruled_out_end)) = mentions
        .iter()
        .filter(in_sentence)
        .find(|m| limited.contains(&m.0))
    else {
        return false;
    };
    let Some(defiance) = (ruled_out_end + 1..tokens.len())
        .take_while(|&i| tokens[i].sentence == sentence)
        .find(|&i| tokens[i].is_one_of(&vocab.limit_defied))
    else {
        return false;
    };
    // "…but I still do them with my squats", "…I've been running anyway with my glute work": the one
    // ruled out pointed at or named again before the allowed one ("…but I still do squats. Should I
    // keep doing them?" means the squats).
    let again = |end: usize| {
        tokens[ruled_out_end + 1..end]
            .iter()
            .any(|t| t.is_one_of(&vocab.pointing_back))
            || mentions
                .iter()
                .filter(in_sentence)
                .any(|m| limited.contains(&m.0) && m.1 > ruled_out_end && m.2 < end)
    };
    mentions
        .iter()
        .filter(in_sentence)
        .any(|m| !limited.contains(&m.0) && m.1 > defiance && again(m.1))
}
