//! The answer to a question that weighs exercises against each other ("which one do I keep, the curls or
//! the bridges?", "if I drop one, which should it be?"): each option's ruling for this asker, the one the
//! material is most for (or, to let one go, least for) as the headline, every option's line below it, and
//! then the rest of what the material rules for them.
//! One the asker says is ruled out for them is never the one to keep.

use super::overview::{limited_line, other_lines, ruled_line};
use super::{cite, first_sentence, follow_up_leading_to, without_yes_no, Context, Query};
use crate::answer::{Answer, FollowUp, Phase, Verdict};
use crate::ids::TopicId;
use crate::knowledge::Knowledge;
use crate::understand::weighing::Weighed;
use crate::understand::Understanding;

/// The phases a person after surgery or trauma can be in, when the question does not say which.
const RECOVERY_PHASES: [Phase; 3] = [Phase::Early, Phase::Rebuilding, Phase::Recovered];

/// How much the material is for a ruling: the one to keep is the highest, the one to drop the lowest.
/// A topic ruled out for the asker (`None`) is below every ruling.
fn standing(verdict: Option<Verdict>) -> u8 {
    match verdict {
        Some(Verdict::Recommended) => 5,
        Some(Verdict::OkForNow) => 4,
        Some(Verdict::Caution) => 3,
        Some(Verdict::Depends) => 2,
        Some(Verdict::Avoid) => 1,
        _ => 0,
    }
}

/// Each option's verdict in `phase` (`None`: ruled out for the asker). One the material gives no ruling
/// on here (walking right after an operation, which it does not date) is left out: silence is neither
/// for nor against.
fn ruled(
    k: &Knowledge,
    u: &Understanding,
    weighed: &Weighed,
    phase: Phase,
) -> Vec<Option<(TopicId, Option<Verdict>)>> {
    weighed
        .options
        .iter()
        .map(|&t| {
            if u.limited.contains(&t) {
                return Some((t, None));
            }
            k.rule_for(t, phase, &u.conditions)
                .filter(|r| r.verdict != Verdict::NotCovered)
                .map(|r| (t, Some(r.verdict)))
        })
        .collect()
}

/// The option the question asks for in `phase`, and its verdict; `None` when no option has a ruling.
fn pick(
    k: &Knowledge,
    u: &Understanding,
    weighed: &Weighed,
    phase: Phase,
) -> Option<(TopicId, Option<Verdict>)> {
    // Ties go to the material's first recommendation, then to the option named first: so a tie in one
    // phase does not make the pick look as if it turned on the phase.
    let mut best: Option<(TopicId, Option<Verdict>)> = None;
    for (t, v) in ruled(k, u, weighed, phase).into_iter().flatten() {
        let better = best.is_none_or(|(bt, b)| match weighed.drop {
            true => standing(v) < standing(b),
            false => {
                standing(v) > standing(b)
                    || (standing(v) == standing(b)
                        && t == k.policy.default_topic
                        && bt != k.policy.default_topic)
            }
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
    // answer turns on the phase, and the follow-up says which option each answer leads to.
    let phases: &[Phase] = match phase {
        Phase::Unknown => &RECOVERY_PHASES,
        _ => std::slice::from_ref(&phase),
    };
    let picks: Vec<_> = phases.iter().map(|&p| pick(k, u, weighed, p)).collect();
    let settled = picks
        .windows(2)
        .all(|w| w[0] == w[1])
        .then(|| picks[0])
        .flatten();
    let name = |t: TopicId| k.topics[t].name.as_str();
    match settled {
        Some((topic, None)) => {
            answer.verdict = Verdict::NotCovered;
            set_topic(answer, k, topic);
            answer.guidance = match weighed.drop {
                true => format!(
                    "Of the ones you name, the one to let go is {}. {}",
                    name(topic),
                    k.policy.settings.limited_guidance
                ),
                false => k.policy.settings.limited_guidance.clone(),
            };
        }
        Some((topic, Some(verdict))) => {
            let Some(rule) = k.rule_for(topic, phases[0], &u.conditions) else {
                return false;
            };
            answer.verdict = verdict;
            set_topic(answer, k, topic);
            let all_ruled = ruled(k, u, weighed, phases[0]);
            let same = all_ruled
                .iter()
                .all(|r| r.is_some_and(|(_, v)| v == Some(verdict)));
            let endorsed = matches!(verdict, Verdict::Recommended | Verdict::OkForNow);
            // The lines below name every option; the lead names only the one picked. One kept that
            // the material warns about is the lesser concern, not something it is for.
            let lead = match (same, weighed.drop, endorsed) {
                (true, _, _) => "The material rules the same way on each of the ones you name.".to_string(),
                (false, false, true) => format!("Of the ones you name, the material is most for {}.", name(topic)),
                (false, false, false) => format!(
                    "None of the ones you name is what the material recommends; of them, {} is the lesser concern.",
                    name(topic)
                ),
                (false, true, _) => format!("Of the ones you name, the material is least for {}.", name(topic)),
            };
            answer.guidance = format!("{lead} {}", without_yes_no(&rule.guidance));
            cite(answer, &rule.reasons, cx, query);
        }
        None if picks.iter().any(Option::is_some) => {
            // The earliest phase's pick is the answer's topic; the guidance and the follow-up name
            // each phase's.
            let Some(&(topic, _)) = picks.iter().flatten().next() else {
                return false;
            };
            answer.verdict = Verdict::Depends;
            set_topic(answer, k, topic);
            let branches: Vec<String> = k
                .follow_up
                .choices
                .iter()
                .filter_map(|c| {
                    let (t, _) = pick(k, u, weighed, c.phase)?;
                    Some(format!("{}: {}", c.button, name(t)))
                })
                .collect();
            answer.guidance = format!(
                "Which of the ones you name the material is {} for depends on where you are in your recovery. {}.",
                if weighed.drop { "least" } else { "most" },
                branches.join("; ")
            );
            if let Some(rule) = k.rule_for(topic, Phase::Unknown, &u.conditions) {
                cite(answer, &rule.reasons, cx, query);
            }
            answer.follow_up = Some(weighed_follow_up(k, u, weighed));
        }
        None => return false,
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
    // Then the rest of what the material rules for this asker, so a choice between two lesser options
    // still shows what it is most for.
    lines.extend(other_lines(k, u, phase, &weighed.options));
    answer.overview = lines.into_iter().map(|(_, line)| line).collect();
    true
}

/// The follow-up for a pick that turns on the phase: each choice leads to the option picked in it.
fn weighed_follow_up(k: &Knowledge, u: &Understanding, weighed: &Weighed) -> FollowUp {
    follow_up_leading_to(k, |phase| {
        let (t, v) = pick(k, u, weighed, phase)?;
        let rule = k.rule_for(t, phase, &u.conditions)?;
        let outcome = first_sentence(&without_yes_no(&rule.guidance));
        Some((
            v.unwrap_or(Verdict::NotCovered),
            format!("{}: {outcome}", k.topics[t].name),
        ))
    })
}

fn set_topic(answer: &mut Answer, k: &Knowledge, topic: TopicId) {
    answer.topic = Some(k.topics[topic].id.clone());
    answer.topic_name = Some(k.topics[topic].name.clone());
}
