//! The follow-up question and the policy of `rules.toml`, checked: the follow-up's buttons fit Discord, and
//! the policy's default topic and recovery windows are ones the rest can use.

use super::files::RulesFile;
use super::problems::{known_ids, Loaded, Problems};
use super::rules::Index;
use super::{ChoiceTemplate, FollowUpTemplate, Policy, BUTTON_MAX_CHARS};
use crate::ids::TopicId;
use crate::model::Phase;

pub(crate) fn follow_up(
    rfile: &Loaded,
    rules: &RulesFile,
    problems: &mut Problems,
) -> FollowUpTemplate {
    let mut choices = Vec::new();
    for c in &rules.follow_up.choice {
        let phase = *c.phase.get_ref();
        if matches!(phase, Phase::Unknown) {
            problems.add(
                &rfile.path,
                &rfile.text,
                Some(c.phase.span().start),
                "a follow-up choice must be a known phase, not `unknown`",
            );
        }
        let button = c.button.get_ref().trim();
        if button.is_empty() || button.chars().count() > BUTTON_MAX_CHARS {
            problems.add(
                &rfile.path,
                &rfile.text,
                Some(c.button.span().start),
                format!(
                    "a follow-up button must be 1 to {BUTTON_MAX_CHARS} characters (this one has {})",
                    button.chars().count()
                ),
            );
        }
        choices.push(ChoiceTemplate {
            phase,
            label: c.label.clone(),
            button: button.to_string(),
        });
    }
    FollowUpTemplate {
        question: rules.follow_up.question.clone(),
        choices,
    }
}

pub(crate) fn policy(
    rfile: &Loaded,
    rules: &RulesFile,
    topic_index: &Index<TopicId>,
    problems: &mut Problems,
) -> Policy {
    let p = &rules.policy;
    let default_topic = match topic_index.get(p.default_topic.get_ref()) {
        Some(&t) => t,
        None => {
            problems.add(
                &rfile.path,
                &rfile.text,
                Some(p.default_topic.span().start),
                format!(
                    "default_topic `{}` is not a topic ({})",
                    p.default_topic.get_ref(),
                    known_ids(topic_index)
                ),
            );
            // Never used: the knowledge does not load with this problem.
            TopicId(0)
        }
    };
    if !(p.early_max_days >= 0.0 && p.early_max_days < p.recovered_min_days) {
        problems.add(
            &rfile.path,
            &rfile.text,
            rfile.text.find("early_max_days"),
            "policy: early_max_days must be at least 0 and less than recovered_min_days",
        );
    }
    if p.past_rehab_min_days < p.recovered_min_days {
        problems.add(
            &rfile.path,
            &rfile.text,
            rfile.text.find("past_rehab_min_days"),
            "policy: past_rehab_min_days must be at least recovered_min_days",
        );
    }
    Policy {
        default_topic,
        settings: p.clone(),
    }
}
