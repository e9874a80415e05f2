//! Answering a question about the material itself: a claim the material does not make is answered with
//! what it does say; "why" about a ruling with the ruling's reasons (the passage the question points at
//! first); otherwise the passages that speak to it, quoted, or `not_covered` when none does.

use super::cite::{self, cite};
use super::covered::covered;
use super::{new_video, not_covered, without_yes_no, Context, Query, MAX_PASSAGES};
use crate::answer::{Answer, Phase, Verdict};
use crate::knowledge::Reason;
use crate::retrieve::Hit;
use crate::understand::asking::Claim;
use crate::understand::normalize::Stemmer;
use crate::understand::{InfoKind, Understanding};

/// Fills `answer` for a question about the material, in the asker's `phase`.
pub(super) fn answer(
    answer: &mut Answer,
    u: &Understanding,
    cx: &Context,
    query: &Query,
    phase: Phase,
    kind: InfoKind,
) {
    let k = cx.knowledge;
    // "If curls are so bad, why does the vid say they're fine right after surgery?": a claim the material
    // makes for the early window, asked with that window named (an operation or an injury, or a muscle
    // that won't fire), is answered with the window's reasons.
    let window_rule = u
        .topic
        .filter(|_| kind == InfoKind::Why)
        .filter(|_| {
            u.claim == Some(Claim::For) || k.vocabulary.asking.claims_allowed.is_match(&u.text)
        })
        .filter(|_| u.event.is_some() || u.signal == Some(Phase::Early))
        .and_then(|t| k.rule_for(t, Phase::Early, &u.conditions))
        .filter(|rule| matches!(rule.verdict, Verdict::Recommended | Verdict::OkForNow));
    // "Why does the video say to strengthen the hamstrings?": a claim the material does not make is
    // answered with what it does say, not with a passage that happens to share the words. The
    // ruling is the asker's phase's: the material does say to do leg curls right after surgery.
    let contradicted = u
        .claim
        .zip(u.topic)
        .filter(|_| window_rule.is_none())
        .and_then(|(claim, t)| {
            let rule = k.rule_for(t, phase, &u.conditions)?;
            let material_for = matches!(rule.verdict, Verdict::Recommended | Verdict::OkForNow);
            let material_against = matches!(rule.verdict, Verdict::Avoid | Verdict::Caution);
            match claim {
                Claim::For if material_against => Some(rule),
                Claim::Against if material_for => Some(rule),
                _ => None,
            }
        });
    let why_rule = window_rule.or_else(|| {
        u.topic
            .filter(|_| kind == InfoKind::Why && u.asks_why_ruling)
            .and_then(|t| k.rule_for(t, Phase::None, &u.conditions))
    });
    if let Some(rule) = contradicted {
        answer.verdict = Verdict::Info;
        answer.guidance = format!(
            "That isn't what the material says. On {}: {}",
            k.topics[rule.topic].name,
            without_yes_no(&rule.guidance)
        );
        cite(answer, &rule.reasons, cx, query);
    } else if let Some(rule) = why_rule {
        answer.verdict = Verdict::Info;
        answer.guidance = format!("The material's reasons, for {}:", k.topics[rule.topic].name);
        // "Why does he compare curls to cake?": a word only one passage uses names the passage
        // the question is about; cite it before the general reasons.
        // "Why does he say…" quotes a claim: the passage that makes it comes first.
        let stems: Vec<&str> = query
            .stems
            .iter()
            .copied()
            .chain(u.expansions.iter().map(String::as_str))
            .collect();
        let pointed =
            hit_with_own_word(cx, &stems).or_else(|| cx.hits.first().filter(|_| u.quotes_material));
        cite(answer, &nearest_first(&rule.reasons, cx, query), cx, query);
        // Only a passage among the top hits leads (one further down is not what the search found).
        let among_top = |hit: &&Hit| {
            cx.hits
                .iter()
                .take(MAX_PASSAGES)
                .any(|h| h.passage == hit.passage)
        };
        if let Some(hit) = pointed.filter(among_top) {
            put_first(answer, cite::quoted_hit(cx, hit, query));
            cite::with_pointed_back(&mut answer.passages, cx, hit.passage, query);
        }
    } else if let Some((rule, instead)) = alternatives(u, cx, phase, kind) {
        // "What does the video say to do instead of hamstring curls?": the material's alternative, with a
        // passage for it and for each other exercise the material recommends.
        answer.verdict = Verdict::Info;
        answer.guidance = format!(
            "What the material says to do instead: {}",
            without_yes_no(&rule.guidance)
        );
        cite(answer, &instead, cx, query);
    } else if new_video::preferred(u, cx) && new_video::answer(answer, u, cx, query, false) {
        // The question is about a video no rule covers yet: its words, no verdict.
    } else if (if u.material_asked.is_empty() {
        u.uncovered.is_empty()
    } else {
        // A question about the material inside a story: only what it asks about counts.
        u.uncovered_asked.is_empty()
    }) && covered(u, cx)
    {
        answer.verdict = Verdict::Info;
        // "Near the end he lists…": words saying where in the video name no passage.
        let places = k.vocabulary.asking.place_in_material.spans(&u.text);
        let place_stems: Vec<&str> = u
            .tokens
            .iter()
            .filter(|t| places.iter().any(|&(s, e)| s <= t.start && t.end <= e))
            .map(|t| t.stem.as_str())
            .collect();
        let expansions: Vec<&str> = u.expansions.iter().map(String::as_str).collect();
        let (passages, first) = cite::retrieved_continued(cx, query, (&place_stems, &expansions));
        answer.passages = passages;
        // "He compares the quads and hamstrings to parts of a car: what does he mean?": a word of the
        // sentences about the material that only one passage uses names the passage asked about; it is
        // cited and quoted first. Otherwise the first cited passage is the first hit (or the passage that
        // delivers what the first hit only promises).
        let named = named_passage(u, cx, &place_stems)
            .filter(|h| Some(h.passage) != cx.hits.first().map(|f| f.passage));
        if let Some(hit) = named {
            put_first(answer, cite::quoted_hit(cx, hit, query));
            cite::continue_after(&mut answer.passages, cx, hit.passage, hit.score, query);
        }
        if let Some(lead) = named.map(|h| h.passage).or(first) {
            cite::with_pointed_back(&mut answer.passages, cx, lead, query);
        }
        // The material's own words, said to be its words: a transcript line is not the bot's guidance.
        answer.guidance = named
            .map(|h| h.passage)
            .or(first)
            .map(|passage| {
                let text = &k.passages[passage].text;
                let (quote, sentence) = cx.prepared.best_quote(passage, text, query);
                // "That's what leads to osteoarthritis…" says nothing without the sentence it points
                // back at: that sentence comes first.
                let before = sentence
                    .filter(|_| k.vocabulary.opens_pointing_back(&quote))
                    .and_then(|s| cx.prepared.sentence_before(k, passage, s.start));
                let quote = match before {
                    Some(before) => format!("{} {quote}", before.trim()),
                    None => quote,
                };
                format!("The video says: “{}”", quote.replace("**", ""))
            })
            .unwrap_or_default();
    } else {
        not_covered(answer, k, u);
    }
}

/// For a question about what the material says to do in place of an exercise (not why): the ruling on
/// the material's alternative in the asker's `phase` (a recommendation), and the first reason of it and of
/// every other exercise the material recommends there.
fn alternatives<'k>(
    u: &Understanding,
    cx: &Context<'k>,
    phase: Phase,
    kind: InfoKind,
) -> Option<(&'k crate::knowledge::Rule, Vec<Reason>)> {
    let k = cx.knowledge;
    let asks_instead = || {
        let words = &k.vocabulary.alternative_asked;
        words.iter().any(|w| crate::text::contains_word(&u.text, w))
    };
    let topic = u
        .topic
        .filter(|_| u.topic_is_alternative && kind != InfoKind::Why && asks_instead())?;
    let recommended = |t| {
        k.rule_for(t, phase, &u.conditions)
            .filter(|r| r.verdict == Verdict::Recommended)
    };
    let rule = recommended(topic)?;
    let others = crate::ids::TopicId::all(k.topics.len()).filter(|&t| t != topic);
    let instead = std::iter::once(rule)
        .chain(others.filter_map(recommended))
        .filter_map(|r| r.reasons.first().cloned())
        .collect();
    Some((rule, instead))
}

/// The reasons, the one saying most of the question's words first ("why does he say the machine trains
/// the hamstring the wrong way?" is answered by the reason about how it trains the muscle): it and its
/// passage lead, and a question about the third reason is not cut off by the first two. Ties keep the
/// order the rules give.
fn nearest_first(reasons: &[Reason], cx: &Context, query: &Query) -> Vec<Reason> {
    let shared = |r: &Reason| {
        let worked_out;
        let stems = match cx.prepared.reason_says.get(&r.says) {
            Some(stems) => stems,
            // A reason the engine was not built with.
            None => {
                worked_out = says_stems(&r.says, cx.stemmer);
                &worked_out
            }
        };
        (stems.iter())
            .filter(|s| query.stems.contains(s.as_str()))
            .count()
    };
    let mut ordered: Vec<(usize, &Reason)> = reasons.iter().map(|r| (shared(r), r)).collect();
    ordered.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
    ordered.into_iter().map(|(_, r)| r.clone()).collect()
}

/// The hit holding a word of the sentences about the material that no other passage uses ("car" in "he
/// compares them to parts of a car"): the passage the question points at. Words saying where in the
/// video (`place_stems`: "near the end") name none.
fn named_passage<'c>(u: &Understanding, cx: &'c Context, place_stems: &[&str]) -> Option<&'c Hit> {
    if u.material_asked.is_empty() {
        return None;
    }
    let vocab = &cx.knowledge.vocabulary;
    let stems: Vec<&str> = u
        .tokens
        .iter()
        .filter(|t| u.material_asked.contains(&t.sentence))
        .filter(|t| !vocab.is_stop_word(&t.text) && !vocab.is_generic(&t.text))
        .filter(|t| !place_stems.contains(&t.stem.as_str()))
        .map(|t| t.stem.as_str())
        .collect();
    hit_with_own_word(cx, &stems)
}

/// The first hit holding one of `stems` that no other passage uses.
fn hit_with_own_word<'c>(cx: &'c Context, stems: &[&str]) -> Option<&'c Hit> {
    cx.hits
        .iter()
        .find(|h| cite::holds_own_word(cx, h.passage, stems))
}

/// Cites `first` before the other passages (once), keeping at most three.
fn put_first(answer: &mut Answer, first: crate::answer::CitedPassage) {
    answer.passages.retain(|p| p.id != first.id);
    answer.passages.insert(0, first);
    answer.passages.truncate(MAX_PASSAGES);
}

/// The distinct stems of the words of `says`, sorted: what a "why" question's words are counted against
/// (prepared once per reason in [`super::quote::Prepared`]).
pub(super) fn says_stems(says: &str, stemmer: &Stemmer) -> Vec<String> {
    let mut stems: Vec<String> = says
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| stemmer.stem(&w.to_lowercase()))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}
