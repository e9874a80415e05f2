//! What a moderator should write next: per source, how many passages some rule or timing note cites; per
//! topic, the phases with a general rule and the conditions with rules of their own.

use super::Knowledge;
use crate::ids::{PassageId, SourceId, TopicId};
use crate::model::Phase;
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
    let cited: BTreeSet<PassageId> = k
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
            let of_source: Vec<PassageId> = PassageId::all(k.passages.len())
                .filter(|&p| k.passages[p].source == SourceId(s))
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
        .zip(TopicId::all(k.topics.len()))
        .map(|(topic, t)| {
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

/// Unanswered questions that share a word: what to write rules (or add videos) for next.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionGroup {
    /// The shared word, as first written.
    pub word: String,
    pub questions: usize,
    /// Conditions those questions named, most frequent first.
    pub conditions: Vec<String>,
    /// Up to two of the questions, cut short.
    pub examples: Vec<String>,
}

/// Groups `questions` (text and the conditions named) by the meaningful words they share, most frequent
/// first; a word only one question uses is no group.
pub fn group_questions(k: &Knowledge, questions: &[(String, Vec<String>)]) -> Vec<QuestionGroup> {
    use crate::text::normalize::{normalize, tokenize, Stemmer};
    use std::collections::BTreeMap;
    let stemmer = Stemmer::default();
    // stem -> (first spelling, indexes of the questions using it)
    let mut by_stem: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, (text, _)) in questions.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for token in tokenize(&normalize(text), &stemmer) {
            let word = token.text.as_str();
            if word.len() < 3
                || word.chars().all(|c| c.is_ascii_digit())
                || k.vocabulary.is_stop_word(word)
                || k.vocabulary.is_generic(word)
                || !seen.insert(token.stem.clone())
            {
                continue;
            }
            by_stem
                .entry(token.stem.to_string())
                .or_insert_with(|| (token.text.to_string(), Vec::new()))
                .1
                .push(i);
        }
    }
    let mut groups: Vec<QuestionGroup> = by_stem
        .into_values()
        .filter(|(_, ids)| ids.len() >= 2)
        .map(|(word, ids)| {
            let mut conditions: BTreeMap<&str, usize> = BTreeMap::new();
            for &i in &ids {
                for c in &questions[i].1 {
                    *conditions.entry(c.as_str()).or_default() += 1;
                }
            }
            let mut conditions: Vec<(&str, usize)> = conditions.into_iter().collect();
            conditions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            QuestionGroup {
                word,
                questions: ids.len(),
                conditions: conditions.into_iter().map(|(c, _)| c.to_string()).collect(),
                examples: ids
                    .iter()
                    .take(2)
                    .map(|&i| crate::text::normalize::cut_to(&questions[i].0, 100).to_string())
                    .collect(),
            }
        })
        .collect();
    groups.sort_by(|a, b| b.questions.cmp(&a.questions).then(a.word.cmp(&b.word)));
    groups
}

/// The groups as text, for the terminal.
pub fn groups_text(groups: &[QuestionGroup]) -> String {
    let mut out = String::from("Unanswered questions, grouped by a word they share:\n");
    if groups.is_empty() {
        out.push_str("  (no word is shared by two unanswered questions)\n");
    }
    for g in groups.iter().take(20) {
        let conditions = if g.conditions.is_empty() {
            String::new()
        } else {
            format!(" [{}]", g.conditions.join(", "))
        };
        out.push_str(&format!(
            "  {} ({} questions){conditions}\n",
            g.word, g.questions
        ));
        for e in &g.examples {
            out.push_str(&format!("    - {e}\n"));
        }
    }
    out
}

#[cfg(test)]
mod group_tests {
    use super::*;

    #[test]
    fn questions_sharing_a_word_group_most_frequent_first() {
        let k = crate::test_support::shipped_knowledge();
        let q = |text: &str, conditions: &[&str]| {
            (
                text.to_string(),
                conditions.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            )
        };
        let questions = [
            q("how high should my step ups be?", &["knee_osteoarthritis"]),
            q("are step ups ok after an acl repair?", &["acl_tear"]),
            q("step ups or lunges for my knee?", &["knee_osteoarthritis"]),
            q("can I swim with a meniscus tear?", &["meniscus_tear"]),
            q("is swimming fine for my knee?", &[]),
        ];
        let groups = group_questions(k, &questions);
        assert_eq!(groups[0].word, "step");
        assert_eq!(groups[0].questions, 3);
        assert_eq!(groups[0].conditions[0], "knee_osteoarthritis");
        assert_eq!(groups[0].examples.len(), 2);
        assert!(groups
            .iter()
            .any(|g| g.word.starts_with("swim") && g.questions == 2));
        assert!(
            groups.iter().all(|g| g.word != "knee"),
            "generic words make no group"
        );
        assert!(groups_text(&groups).contains("step (3 questions)"));
    }
}
