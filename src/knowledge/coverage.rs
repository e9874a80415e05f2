//! What a moderator should write next: per source, how many passages some rule or timing note cites; per
//! topic, the phases with a general rule and the conditions with rules of their own.

use super::Knowledge;
use crate::answer::Phase;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Coverage {
    pub sources: Vec<SourceCoverage>,
    pub topics: Vec<TopicCoverage>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceCoverage {
    pub id: String,
    pub title: String,
    pub passages: usize,
    pub cited: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopicCoverage {
    pub id: String,
    /// Phases with a general rule; a topic is covered when all five have one.
    pub phases: Vec<Phase>,
    /// Conditions with rules of their own.
    pub conditions: Vec<String>,
}

pub fn coverage(k: &Knowledge) -> Coverage {
    let cited: BTreeSet<usize> = k
        .rules
        .iter()
        .flat_map(|r| &r.reasons)
        .chain(k.timing.iter().flat_map(|t| &t.reasons))
        .map(|r| r.passage)
        .collect();
    let sources = k
        .sources
        .iter()
        .enumerate()
        .map(|(s, source)| {
            let of_source: Vec<usize> = (0..k.passages.len())
                .filter(|&p| k.passages[p].source == s)
                .collect();
            SourceCoverage {
                id: source.id.clone(),
                title: source.title.clone(),
                passages: of_source.len(),
                cited: of_source.iter().filter(|p| cited.contains(p)).count(),
            }
        })
        .collect();
    let topics = k
        .topics
        .iter()
        .enumerate()
        .map(|(t, topic)| {
            let rules = || k.rules.iter().filter(move |r| r.topic == t);
            let conditions: BTreeSet<&str> = rules()
                .flat_map(|r| &r.conditions)
                .map(|&c| k.conditions[c].id.as_str())
                .collect();
            TopicCoverage {
                id: topic.id.clone(),
                phases: Phase::ALL
                    .into_iter()
                    .filter(|p| k.rule(t, *p).is_some())
                    .collect(),
                conditions: conditions.into_iter().map(str::to_string).collect(),
            }
        })
        .collect();
    Coverage { sources, topics }
}

impl Coverage {
    /// The report as a moderator reads it in a terminal.
    pub fn text(&self) -> String {
        let mut out = String::from("Sources (passages cited by a rule or timing note):\n");
        for s in &self.sources {
            let mark = if s.cited == 0 {
                "  <- no rule cites it yet"
            } else {
                ""
            };
            out.push_str(&format!(
                "  {}: {}/{} passages cited{mark}\n    {}\n",
                s.id, s.cited, s.passages, s.title
            ));
        }
        out.push_str("Topics (phases with a rule; conditions with rules of their own):\n");
        for t in &self.topics {
            let phases: Vec<String> = t.phases.iter().map(|p| p.to_string()).collect();
            let status = match t.phases.len() {
                0 => "no rule yet".to_string(),
                n if n == Phase::ALL.len() => "every phase".to_string(),
                _ => phases.join(", "),
            };
            let conditions = if t.conditions.is_empty() {
                String::new()
            } else {
                format!("; own rules for {}", t.conditions.join(", "))
            };
            out.push_str(&format!("  {}: {status}{conditions}\n", t.id));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_topic_has_every_phase_and_the_counts_add_up() {
        let k = crate::test_support::shipped_knowledge();
        let report = coverage(k);
        assert_eq!(report.sources.len(), k.sources.len());
        assert_eq!(
            report.sources.iter().map(|s| s.passages).sum::<usize>(),
            k.passages.len()
        );
        for s in &report.sources {
            assert!(s.cited <= s.passages);
        }
        for t in &report.topics {
            assert_eq!(t.phases.len(), Phase::ALL.len(), "{}", t.id);
        }
        assert!(report.text().contains("every phase"));
    }
}
