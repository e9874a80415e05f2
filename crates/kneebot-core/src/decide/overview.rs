//! The answer to an open question ("what should I do after my knee replacement?", "what should I avoid with
//! a torn ACL?"): a ruling for every topic the rules cover, for the asker's conditions and phase, grouped the
//! way a physio would say it (do, go carefully, back off), each with the material's words it rests on.
//! Where the phase is unknown, only the rulings that hold in every phase are given and the follow-up asks
//! for the rest. A topic the asker says a clinician ruled out (or they cannot do) is never recommended.

use super::{cite, first_sentence, follow_up, without_yes_no, Context, Query};
use crate::answer::{Answer, OverviewLine, Phase, Verdict};
use crate::ids::{ConditionId, TopicId};
use crate::knowledge::{Knowledge, Rule};
use crate::understand::asking::OpenAsk;
use crate::understand::Understanding;

/// The phases a person after surgery or trauma can be in: a ruling that is the same in all of them holds
/// whatever the follow-up's answer.
const RECOVERY_PHASES: [Phase; 4] = [
    Phase::Early,
    Phase::Rebuilding,
    Phase::Recovered,
    Phase::Unknown,
];

/// A rule's verdict in an overview (where the rule gives one of its own for it).
fn overview_verdict(rule: &Rule) -> Verdict {
    rule.in_overview.as_ref().map_or(rule.verdict, |(v, _)| *v)
}

/// The rule for `topic` that holds for this asker, or `None` when it turns on the phase they did not give.
fn settled_rule<'k>(
    k: &'k Knowledge,
    topic: TopicId,
    phase: Phase,
    conditions: &[ConditionId],
) -> Option<&'k Rule> {
    if phase != Phase::Unknown {
        return k.rule_for(topic, phase, conditions);
    }
    let rule = k.rule_for(topic, Phase::Unknown, conditions)?;
    RECOVERY_PHASES
        .iter()
        .all(|&p| {
            k.rule_for(topic, p, conditions)
                .is_some_and(|r| overview_verdict(r) == overview_verdict(rule))
        })
        .then_some(rule)
}

/// One overview line: the topic, the verdict, one sentence of guidance and the quote it rests on.
fn line(
    k: &Knowledge,
    topic: TopicId,
    verdict: Verdict,
    guidance: String,
    passage: Option<&str>,
) -> (TopicId, OverviewLine) {
    let line = OverviewLine {
        topic: k.topics[topic].id.clone(),
        topic_name: k.topics[topic].name.clone(),
        verdict,
        guidance,
        passage: passage.unwrap_or_default().to_string(),
    };
    (topic, line)
}

/// The line for a topic the asker says is ruled out for them: follow the clinician.
pub(super) fn limited_line(k: &Knowledge, topic: TopicId) -> (TopicId, OverviewLine) {
    let guidance = k.policy.settings.limited_guidance.clone();
    line(k, topic, Verdict::NotCovered, guidance, None)
}

/// The line for a topic whose `rule` holds for the asker: the overview ruling the rule gives, if any,
/// else its own verdict and words.
fn overview_line(k: &Knowledge, topic: TopicId, rule: &Rule) -> (TopicId, OverviewLine) {
    match &rule.in_overview {
        Some((verdict, guidance)) => {
            let quote = rule.reasons.first().map(|r| r.quote.as_str());
            line(
                k,
                topic,
                *verdict,
                without_yes_no(&first_sentence(guidance)),
                quote,
            )
        }
        None => ruled_line(k, topic, rule.verdict, Some(rule)),
    }
}

/// The line for a topic with `verdict`, in the words of `rule` (its first sentence and first quote).
pub(super) fn ruled_line(
    k: &Knowledge,
    topic: TopicId,
    verdict: Verdict,
    rule: Option<&Rule>,
) -> (TopicId, OverviewLine) {
    let guidance = rule
        .map(|r| without_yes_no(&first_sentence(&r.guidance)))
        .unwrap_or_default();
    let quote = rule
        .and_then(|r| r.reasons.first())
        .map(|r| r.quote.as_str());
    line(k, topic, verdict, guidance, quote)
}

/// A line for every topic whose ruling holds for this asker in `phase` (a topic ruled out for them: follow
/// the clinician), and the topics whose ruling turns on the phase they did not give.
fn settled_lines(
    k: &Knowledge,
    u: &Understanding,
    phase: Phase,
) -> (Vec<(TopicId, OverviewLine)>, Vec<TopicId>) {
    let mut lines = Vec::new();
    let mut unsettled = Vec::new();
    for topic in TopicId::all(k.topics.len()) {
        if u.limited.contains(&topic) {
            lines.push(limited_line(k, topic));
            continue;
        }
        if u.left_out_of_overview.contains(&topic) {
            continue;
        }
        let Some(rule) = settled_rule(k, topic, phase, &u.conditions) else {
            unsettled.push(topic);
            continue;
        };
        // The material has nothing to say about this topic in this phase: no line rather than a shrug.
        if matches!(
            overview_verdict(rule),
            Verdict::NotCovered | Verdict::Depends
        ) {
            continue;
        }
        lines.push(overview_line(k, topic, rule));
    }
    (lines, unsettled)
}

/// The lines for every topic but `named` (the ones a question weighs, which have lines of their own):
/// settled rulings grouped do / go carefully / back off, then those that turn on the phase.
pub(super) fn other_lines(
    k: &Knowledge,
    u: &Understanding,
    phase: Phase,
    named: &[TopicId],
) -> Vec<(TopicId, OverviewLine)> {
    let (mut lines, unsettled) = settled_lines(k, u, phase);
    lines.retain(|(t, _)| !named.contains(t));
    lines.sort_by_key(|(_, line)| line.verdict.overview_group());
    for topic in unsettled.into_iter().filter(|t| !named.contains(t)) {
        let rule = k.rule_for(topic, Phase::Unknown, &u.conditions);
        lines.push(ruled_line(k, topic, Verdict::Depends, rule));
    }
    lines
}

pub(super) fn answer(
    answer: &mut Answer,
    u: &Understanding,
    cx: &Context,
    query: &Query,
    phase: Phase,
    asked: OpenAsk,
) {
    let k = cx.knowledge;
    let (mut lines, unsettled) = settled_lines(k, u, phase);
    lines.sort_by_key(|(_, line)| line.verdict.overview_group());

    // The headline answers what was asked: the material's first recommendation for "what should I do",
    // the strictest ruling for "what should I avoid" (or the follow-up, when that turns on the phase).
    // The story's exercise heads a bare request only where the material rules on it in this phase, and
    // only an exercise named alone: a muscle ("get my quad strength back") is a goal every ruling answers,
    // and a list of several topics' exercises ("squats, leg extensions, leg presses") asks about them all.
    let story_topic = u.topic.filter(|&t| {
        u.only_exercise_named
            && !u.limited.contains(&t)
            && !u.topic_is_alternative
            && settled_rule(k, t, phase, &u.conditions)
                .is_some_and(|r| r.verdict != Verdict::NotCovered)
    });
    let headline = match asked {
        // "Any tips?" after a story of leg curls: the leg curls' ruling first.
        OpenAsk::Request if story_topic.is_some() => story_topic,
        OpenAsk::Do | OpenAsk::Request => lines
            .iter()
            .find(|(t, l)| *t == k.policy.default_topic && l.verdict.overview_group() == 0)
            .or_else(|| lines.iter().find(|(_, l)| l.verdict.overview_group() == 0))
            .map(|(t, _)| *t),
        OpenAsk::Avoid if !unsettled.is_empty() => None,
        OpenAsk::Avoid => lines
            .iter()
            .filter(|(_, l)| l.verdict != Verdict::NotCovered)
            .max_by_key(|(t, l)| (l.verdict.overview_group(), std::cmp::Reverse(*t)))
            .map(|(t, _)| *t),
    };
    match headline.and_then(|t| k.rule_for(t, phase, &u.conditions).map(|r| (t, r))) {
        Some((topic, rule)) => {
            answer.verdict = rule.verdict;
            answer.topic = Some(k.topics[topic].id.clone());
            answer.topic_name = Some(k.topics[topic].name.clone());
            cite(answer, &rule.reasons, cx, query);
        }
        None => match unsettled.first() {
            Some(&topic) => {
                answer.verdict = Verdict::Depends;
                answer.topic = Some(k.topics[topic].id.clone());
                answer.topic_name = Some(k.topics[topic].name.clone());
                if let Some(rule) = k.rule_for(topic, Phase::Unknown, &u.conditions) {
                    cite(answer, &rule.reasons, cx, query);
                }
            }
            None => answer.verdict = Verdict::NotCovered,
        },
    }
    if let Some(&topic) = unsettled.first() {
        answer.follow_up = Some(follow_up(k, topic, &u.conditions));
    }
    answer.guidance = match (lines.is_empty(), unsettled.is_empty()) {
        (true, _) => k.policy.settings.not_covered_guidance.clone(),
        (false, true) => k.policy.settings.overview_guidance.clone(),
        (false, false) => format!(
            "{} The rest depends on where you are in your recovery.",
            k.policy.settings.overview_guidance
        ),
    };
    // What turns on the phase is named too, so the asker sees every exercise the material speaks to; the
    // follow-up question settles it.
    for &topic in &unsettled {
        let rule = k.rule_for(topic, Phase::Unknown, &u.conditions);
        lines.push(ruled_line(k, topic, Verdict::Depends, rule));
    }
    lines.sort_by_key(|(_, line)| line.verdict.overview_group());
    answer.overview = lines.into_iter().map(|(_, line)| line).collect();
}
