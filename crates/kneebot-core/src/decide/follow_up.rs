//! The follow-up question a `depends` answer asks (the recovery phase), each choice with the verdict and
//! first sentence of guidance it leads to.

use crate::answer::{FollowUp, FollowUpChoice, Phase, Verdict};
use crate::ids::{ConditionId, TopicId};
use crate::knowledge::Knowledge;

pub(super) fn follow_up(k: &Knowledge, topic: TopicId, conditions: &[ConditionId]) -> FollowUp {
    follow_up_leading_to(k, |phase| {
        let rule = k.rule_for(topic, phase, conditions)?;
        Some((rule.verdict, first_sentence(&rule.guidance)))
    })
}

/// The follow-up question, each choice with the verdict and outcome `leads_to` gives for its phase (a
/// choice it gives none for is left out).
pub(super) fn follow_up_leading_to(
    k: &Knowledge,
    leads_to: impl Fn(Phase) -> Option<(Verdict, String)>,
) -> FollowUp {
    FollowUp {
        question: k.follow_up.question.clone(),
        choices: k
            .follow_up
            .choices
            .iter()
            .filter_map(|choice| {
                let (verdict, outcome) = leads_to(choice.phase)?;
                Some(FollowUpChoice {
                    phase: choice.phase,
                    label: choice.label.clone(),
                    button: choice.button.clone(),
                    verdict,
                    outcome,
                })
            })
            .collect(),
    }
}

/// The first sentence of `text` (to its first ". ").
pub(super) fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(i) => text[..=i].to_string(),
        None => text.to_string(),
    }
}
