//! Questions the rest of the core asks of the checked knowledge: which rule applies to a topic, phase and
//! set of conditions; where a passage can be watched; a topic, condition or playlist by its text id; and
//! the playlist URLs a deployment's config puts in place of the file's.

use super::{Condition, Knowledge, Playlist, Rule, Source};
use crate::ids::{ConditionId, PassageId, SourceId, TopicId};
use crate::model::Phase;
use std::collections::BTreeMap;

impl Knowledge {
    /// The general rule for a topic in a phase (the checker guarantees at most one; none while a topic
    /// has no rules yet).
    pub fn rule(&self, topic: TopicId, phase: Phase) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.topic == topic && r.phases.contains(&phase) && r.conditions.is_empty())
    }

    /// The rule for someone who names `conditions`: a rule
    /// limited to one of them wins over the general rule; when several do, the most cautious one.
    pub fn rule_for(
        &self,
        topic: TopicId,
        phase: Phase,
        conditions: &[ConditionId],
    ) -> Option<&Rule> {
        let named = |r: &&Rule| r.conditions.iter().any(|c| conditions.contains(c));
        self.rules
            .iter()
            .filter(|r| r.topic == topic && r.phases.contains(&phase) && !r.conditions.is_empty())
            .filter(named)
            .max_by_key(|r| r.verdict.caution())
            .or_else(|| self.rule(topic, phase))
    }

    /// Whether every rule for `topic` gives one verdict, whatever the phase or condition (glute work,
    /// squats): "when can I start them?" is then answered by that ruling.
    pub fn one_ruling(&self, topic: TopicId) -> bool {
        let mut verdicts = self
            .rules
            .iter()
            .filter(|r| r.topic == topic)
            .map(|r| r.verdict);
        verdicts
            .next()
            .is_some_and(|first| verdicts.all(|v| v == first))
    }

    /// Whether a rule or timing note cites `source` (one none cites answers only with its words).
    pub fn is_ruled(&self, source: SourceId) -> bool {
        self.source_ruled[source.position()]
    }

    /// The source a passage comes from.
    pub fn source_of(&self, passage: PassageId) -> &Source {
        &self.sources[self.passages[passage].source]
    }

    /// Where a passage can be watched: its source's URL, at the passage's moment when known.
    pub fn passage_url(&self, passage: PassageId) -> Option<String> {
        let url = self.source_of(passage).url.as_ref()?;
        Some(match self.passages[passage].start_seconds {
            Some(seconds) => crate::links::at_moment(url, seconds),
            None => url.clone(),
        })
    }

    pub fn topic_index(&self, id: &str) -> Option<TopicId> {
        self.topics.iter().position(|t| t.id == id).map(TopicId)
    }

    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    /// The condition's playlist; an `example` one has a placeholder URL that is never shown to members.
    pub fn playlist(&self, condition: &str) -> Option<&Playlist> {
        self.playlists.iter().find(|p| p.condition == condition)
    }

    /// Replaces playlist URLs (from config) after checking every key is a known condition.
    pub fn override_playlists(&mut self, urls: &BTreeMap<String, String>) -> Result<(), String> {
        for (condition, url) in urls {
            let Some(p) = self
                .playlists
                .iter_mut()
                .find(|p| &p.condition == condition)
            else {
                return Err(format!(
                    "playlists: `{condition}` is not a condition (known: {})",
                    self.conditions
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            };
            if !crate::links::is_plain_link(url) {
                return Err(format!(
                    "playlists: the URL for `{condition}` must start with https://"
                ));
            }
            p.url = url.clone();
            p.example = false;
        }
        Ok(())
    }
}
