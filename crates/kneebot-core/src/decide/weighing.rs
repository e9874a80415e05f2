//! The answer to a question that weighs exercises against each other ("which one do I keep, the curls or
//! the bridges?", "if I drop one, which should it be?"): each option's ruling for this asker, the one the
//! material is most for (or, to let one go, least for) as the headline, and every option's line below it.
//! One the asker says is ruled out for them is never the one to keep.

use super::overview::{limited_line, ruled_line};
use super::{cite, follow_up, without_yes_no, Context, Query};
use crate::answer::{Answer, Phase, Verdict};
use crate::ids::TopicId;
use crate::knowledge::Knowledge;
use crate::understand::weighing::Weighed;
use crate::understand::Understanding;

/// The phases a person after surgery or trauma can be in, when the question does not say which.
const RECOVERY_PHASES: [Phase; 3] = [Phase::Early, Phase::Rebuilding, Phase::Recovered];

/// How much the material is for a ruling: the one to keep is the highest, the one to drop the lowest.
/// A topic ruled out for the asker is below every ruling.
fn standing(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Recommended => 5,
        Verdict::OkForNow => 4,
        Verdict::Caution => 3,
        Verdict::Depends => 2,
        Verdict::Avoid => 1,
        _ => 0,
    }
}

/// The option the question asks for in `phase`, and its verdict; `None` when no option has a ruling.
fn pick(
    k: &Knowledge,
    u: &Understanding,
    weighed: &Weighed,
    phase: Phase,
) -> Option<(TopicId, Verdict)> {
    let ruled = weighed.options.iter().filter_map(|&t| {
        if u.limited.contains(&t) {
            return Some((t, Verdict::NotCovered));
        }
        k.rule_for(t, phase, &u.conditions).map(|r| (t, r.verdict))
    });
    // Ties go to the option named first.
    let mut best: Option<(TopicId, Verdict)> = None;
    for (t, v) in ruled {
        let better = best.is_none_or(|(_, b)| match weighed.drop {
            true => standing(v) < standing(b),
            false => standing(v) > standing(b),
        });
        if better {
            best = Some((t, v));
        }
    }
    best
}

/// Answers a weighing question; `false` when no option has a ruling (the caller answers as before).
pub(super) fn answer(
    answer: &mut Answer,
    u: &Understanding,
    cx: &Context,
    query: &Query,
    phase: Phase,
    weighed: &Weighed,
) -> bool {
    let k = cx.knowledge;
    // Where the phase is unknown, the pick holds only if it is the same in every phase; otherwise the
    // answer turns on the phase, asked about the option whose ruling changes.
    let settled = if phase == Phase::Unknown {
        let picks: Vec<_> = RECOVERY_PHASES
            .iter()
            .map(|&p| pick(k, u, weighed, p))
            .collect();
        picks
            .windows(2)
            .all(|w| w[0] == w[1])
            .then(|| picks[0])
            .flatten()
    } else {
        pick(k, u, weighed, phase)
    };
    let unsettled = weighed.options.iter().copied().find(|&t| {
        !u.limited.contains(&t)
            && k.rule_for(t, phase, &u.conditions)
                .is_some_and(|r| r.verdict == Verdict::Depends)
    });
    // The lines below name every option; the lead names only the one picked.
    let of = "the ones you name";
    match (settled, unsettled) {
        (Some((topic, _)), _) if u.limited.contains(&topic) => {
            answer.verdict = Verdict::NotCovered;
            set_topic(answer, k, topic);
            answer.guidance = match weighed.drop {
                true => format!(
                    "Of {of}, the one to let go is {}. {}",
                    k.topics[topic].name, k.policy.settings.limited_guidance
                ),
                false => k.policy.settings.limited_guidance.clone(),
            };
        }
        (Some((topic, verdict)), _) => {
            let Some(rule) = k.rule_for(topic, phase_for(phase), &u.conditions) else {
                return false;
            };
            answer.verdict = verdict;
            set_topic(answer, k, topic);
            let same = weighed.options.iter().all(|&t| {
                u.limited.contains(&t) == u.limited.contains(&topic)
                    && k.rule_for(t, phase_for(phase), &u.conditions)
                        .is_some_and(|r| r.verdict == verdict)
            });
            let lead = match (same, weighed.drop) {
                (true, _) => {
                    "The material rules the same way on each of the ones you name.".to_string()
                }
                (false, false) => format!(
                    "Of {of}, the material is most for {}.",
                    k.topics[topic].name
                ),
                (false, true) => format!(
                    "Of {of}, the material is least for {}.",
                    k.topics[topic].name
                ),
            };
            answer.guidance = format!("{lead} {}", without_yes_no(&rule.guidance));
            cite(answer, &rule.reasons, cx, query);
        }
        (None, Some(topic)) => {
            answer.verdict = Verdict::Depends;
            set_topic(answer, k, topic);
            answer.guidance = format!(
                "Which of {of} the material is {} for depends on where you are in your recovery.",
                if weighed.drop { "least" } else { "most" }
            );
            if let Some(rule) = k.rule_for(topic, Phase::Unknown, &u.conditions) {
                cite(answer, &rule.reasons, cx, query);
            }
            answer.follow_up = Some(follow_up(k, topic, &u.conditions));
        }
        (None, None) => return false,
    }
    // Every option's own line, so the asker sees why the one named wins.
    let mut lines: Vec<_> = weighed
        .options
        .iter()
        .map(|&t| match u.limited.contains(&t) {
            true => limited_line(k, t),
            false => {
                let rule = k.rule_for(t, phase, &u.conditions);
                ruled_line(k, t, rule.map_or(Verdict::NotCovered, |r| r.verdict), rule)
            }
        })
        .collect();
    lines.sort_by_key(|(_, line)| line.verdict.overview_group());
    answer.overview = lines.into_iter().map(|(_, line)| line).collect();
    true
}

/// The phase whose rule words a settled pick: with the phase unknown the pick is the same in every
/// phase, so the early one's words serve.
fn phase_for(phase: Phase) -> Phase {
    match phase {
        Phase::Unknown => Phase::Early,
        p => p,
    }
}

fn set_topic(answer: &mut Answer, k: &Knowledge, topic: TopicId) {
    answer.topic = Some(k.topics[topic].id.clone());
    answer.topic_name = Some(k.topics[topic].name.clone());
}
