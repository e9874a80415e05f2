//! `rules.toml` checked against the rest: topics and their alternatives, rules (one per topic, phase and
//! condition set; every quote found in its source) and timing notes (the follow-up and policy: rule_policy.rs).
//! Conditions come from `vocabulary.toml`.

use super::files::{PhaseWord, RulesFile, VocabularyFile};
use super::problems::{known_ids, Loaded, Problems};
use super::quotes::Quotes;
use super::{Condition, Rule, Timing, Topic};
use crate::error::line_of;
use crate::ids::{ConditionId, TopicId};
use crate::model::{Phase, Verdict};
use std::collections::HashMap;

/// Ids as written in the files, to the typed ids they name.
pub(crate) type Index<I> = HashMap<String, I>;

/// Each id as written to its typed id (its position), with every id defined twice reported.
fn index_of<'a, I>(
    ids: impl Iterator<Item = &'a toml::Spanned<String>>,
    id: fn(usize) -> I,
    what: &str,
    file: &Loaded,
    problems: &mut Problems,
) -> Index<I> {
    let mut index = HashMap::new();
    for (n, written) in ids.enumerate() {
        if index.insert(written.get_ref().clone(), id(n)).is_some() {
            problems.add(
                &file.path,
                &file.text,
                Some(written.span().start),
                format!("{what} `{}` is defined twice", written.get_ref()),
            );
        }
    }
    index
}

/// Conditions in the order `vocabulary.toml` defines them, and their index by id.
pub(crate) fn conditions(
    vfile: &Loaded,
    vocab: &VocabularyFile,
    problems: &mut Problems,
) -> (Vec<Condition>, Index<ConditionId>) {
    let index = index_of(
        vocab.condition.iter().map(|c| &c.id),
        ConditionId,
        "condition",
        vfile,
        problems,
    );
    let list = vocab
        .condition
        .iter()
        .map(|c| Condition {
            id: c.id.get_ref().clone(),
            name: c.name.clone(),
        })
        .collect();
    (list, index)
}

/// Topics in the order `rules.toml` defines them, with their alternatives resolved.
pub(crate) fn topics(
    rfile: &Loaded,
    rules: &RulesFile,
    problems: &mut Problems,
) -> (Vec<Topic>, Index<TopicId>) {
    let index = index_of(
        rules.topic.iter().map(|t| &t.id),
        TopicId,
        "topic",
        rfile,
        problems,
    );
    let mut list: Vec<Topic> = rules
        .topic
        .iter()
        .map(|t| Topic {
            id: t.id.get_ref().clone(),
            name: t.name.clone(),
            alternative: None,
            called: t.called.clone(),
        })
        .collect();
    for (i, t) in rules.topic.iter().enumerate() {
        let Some(alt) = &t.alternative else { continue };
        match index.get(alt.get_ref()) {
            Some(&a) => list[i].alternative = Some(a),
            None => problems.add(
                &rfile.path,
                &rfile.text,
                Some(alt.span().start),
                format!(
                    "alternative `{}` is not a topic defined in rules.toml ({})",
                    alt.get_ref(),
                    known_ids(&index)
                ),
            ),
        }
    }
    (list, index)
}

/// Every rule checked. Each (topic, phase) has one general rule (no conditions) and at most one rule per
/// condition; a topic with no rule at all loads with a warning (it gives no ruling yet), one with some
/// phases but not all is an error.
pub(crate) fn rules(
    rfile: &Loaded,
    rules: &RulesFile,
    topics: &[Topic],
    topic_index: &Index<TopicId>,
    condition_index: &Index<ConditionId>,
    quotes: &Quotes,
    problems: &mut Problems,
) -> Vec<Rule> {
    let mut list = Vec::new();
    // (topic, phase, condition or none) -> offset of the rule that claimed it.
    let mut seen: HashMap<(TopicId, Phase, Option<ConditionId>), usize> = HashMap::new();
    for rule in &rules.rule {
        let at = |span: std::ops::Range<usize>| Some(span.start);
        let Some(&topic) = topic_index.get(rule.topic.get_ref()) else {
            problems.add(
                &rfile.path,
                &rfile.text,
                at(rule.topic.span()),
                format!(
                    "topic `{}` is not defined (add a [[topic]] for it; {})",
                    rule.topic.get_ref(),
                    known_ids(topic_index)
                ),
            );
            continue;
        };
        let verdict = *rule.verdict.get_ref();
        // The rule's own verdict, and its overview ruling's (which has no follow-up to ask).
        let verdicts = std::iter::once((&rule.verdict, false))
            .chain(rule.in_overview.as_ref().map(|o| (&o.verdict, true)));
        for (v, overview_line) in verdicts {
            let decided_before = matches!(v.get_ref(), Verdict::Urgent | Verdict::Info);
            if decided_before || (overview_line && *v.get_ref() == Verdict::Depends) {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    at(v.span()),
                    format!(
                        "a rule cannot give `{}`{}",
                        v.get_ref(),
                        if decided_before {
                            ": that verdict is decided before rules apply"
                        } else {
                            " in an overview: its line has no follow-up to ask"
                        }
                    ),
                );
            }
        }
        // (index, id as written) of each condition the rule is limited to.
        let mut conditions: Vec<(ConditionId, &str)> = Vec::new();
        for c in &rule.conditions {
            match condition_index.get(c.get_ref()) {
                Some(&ci) => conditions.push((ci, c.get_ref())),
                None => problems.add(
                    &rfile.path,
                    &rfile.text,
                    at(c.span()),
                    format!(
                        "condition `{}` is not defined in vocabulary.toml ({})",
                        c.get_ref(),
                        known_ids(condition_index)
                    ),
                ),
            }
        }
        let phases = PhaseWord::expand(rule.phases.get_ref());
        let keys: Vec<Option<(ConditionId, &str)>> = if conditions.is_empty() {
            vec![None]
        } else {
            conditions.iter().copied().map(Some).collect()
        };
        for phase in &phases {
            for key in &keys {
                let claimed = (topic, *phase, key.map(|(c, _)| c));
                if let Some(prev) = seen.insert(claimed, rule.phases.span().start) {
                    let which =
                        key.map_or(String::new(), |(_, id)| format!(" and condition `{id}`"));
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        at(rule.phases.span()),
                        format!(
                            "topic `{}` already has a rule for phase `{phase}`{which} (line {}): the two overlap",
                            rule.topic.get_ref(),
                            line_of(&rfile.text, prev)
                        ),
                    );
                }
            }
            if verdict == Verdict::Depends && *phase != Phase::Unknown {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    at(rule.phases.span()),
                    "only phase `unknown` can give `depends`: every other phase is known",
                );
            }
        }
        if rule.reason.is_empty() {
            problems.add(
                &rfile.path,
                &rfile.text,
                at(rule.topic.span()),
                "a rule needs at least one [[rule.reason]] citing the material",
            );
        }
        list.push(Rule {
            topic,
            phases,
            conditions: conditions.iter().map(|&(c, _)| c).collect(),
            verdict,
            guidance: rule.guidance.clone(),
            reasons: quotes.resolve(&rule.reason, rfile, problems),
            in_overview: rule
                .in_overview
                .as_ref()
                .map(|o| (*o.verdict.get_ref(), o.guidance.clone())),
        });
    }
    for (ti, t) in TopicId::all(topics.len()).zip(topics) {
        let defined_at = rules
            .topic
            .iter()
            .find(|d| d.id.get_ref() == &t.id)
            .map(|d| d.id.span().start);
        let missing: Vec<String> = Phase::ALL
            .into_iter()
            .filter(|p| !seen.contains_key(&(ti, *p, None)))
            .map(|p| format!("`{p}`"))
            .collect();
        if missing.len() == Phase::ALL.len() {
            problems.warn(
                &rfile.path,
                &rfile.text,
                defined_at,
                format!(
                    "topic `{}` has no rule yet: questions about it get no ruling. Add a [[rule]] with \
                     `phases = [\"all\"]` (or one per phase) quoting the material",
                    t.id
                ),
            );
        } else if !missing.is_empty() {
            problems.add(
                &rfile.path,
                &rfile.text,
                defined_at,
                format!(
                    "topic `{}` has no general rule (without `conditions`) for phase {}",
                    t.id,
                    missing.join(", ")
                ),
            );
        }
    }
    list
}

pub(crate) fn timing(
    rfile: &Loaded,
    rules: &RulesFile,
    topic_index: &Index<TopicId>,
    quotes: &Quotes,
    problems: &mut Problems,
) -> Vec<Timing> {
    let mut out = Vec::new();
    for t in &rules.timing {
        match topic_index.get(t.topic.get_ref()) {
            Some(&topic) => out.push(Timing {
                topic,
                guidance: t.guidance.clone(),
                reasons: quotes.resolve(&t.reason, rfile, problems),
            }),
            None => problems.add(
                &rfile.path,
                &rfile.text,
                Some(t.topic.span().start),
                format!(
                    "topic `{}` is not defined ({})",
                    t.topic.get_ref(),
                    known_ids(topic_index)
                ),
            ),
        }
    }
    out
}

/// The vocabulary's topics and the rules' topics are the same set.
pub(crate) fn topics_match(
    vfile: &Loaded,
    rfile: &Loaded,
    rules: &RulesFile,
    vocab: &VocabularyFile,
    topic_index: &Index<TopicId>,
    problems: &mut Problems,
) {
    for t in &vocab.topic {
        if !topic_index.contains_key(t.id.get_ref()) {
            problems.add(
                &vfile.path,
                &vfile.text,
                Some(t.id.span().start),
                format!(
                    "topic `{}` has no [[topic]] in rules.toml ({})",
                    t.id.get_ref(),
                    known_ids(topic_index)
                ),
            );
        }
    }
    for t in &rules.topic {
        if !vocab.topic.iter().any(|v| v.id.get_ref() == t.id.get_ref()) {
            problems.add(
                &rfile.path,
                &rfile.text,
                Some(t.id.span().start),
                format!(
                    "topic `{}` has no [[topic]] words in vocabulary.toml: add them so questions can name it",
                    t.id.get_ref()
                ),
            );
        }
    }
}
