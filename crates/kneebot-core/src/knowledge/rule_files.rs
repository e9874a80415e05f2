//! The shapes of `rules.toml` and `playlists.toml`, exactly as a moderator writes them (re-exported by
//! `files.rs`). Unknown fields are errors; `Spanned` values let the checker point at the line.

use crate::model::{Phase, Verdict};
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub policy: PolicyDef,
    pub follow_up: FollowUpDef,
    pub topic: Vec<TopicDef>,
    pub rule: Vec<RuleDef>,
    #[serde(default)]
    pub timing: Vec<TimingDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyDef {
    pub early_max_days: f64,
    pub recovered_min_days: f64,
    pub past_rehab_min_days: f64,
    pub fresh_injury_max_days: f64,
    pub default_topic: Spanned<String>,
    pub disclaimer: String,
    pub urgent_guidance: String,
    /// The same, when a sign calls for emergency services now (a red flag's `emergency`); without it
    /// those signs get `urgent_guidance`.
    #[serde(default)]
    pub emergency_guidance: String,
    pub not_covered_guidance: String,
    /// The same, when the question names what the material does not cover: `{named}` stands for it, so the
    /// reply says it once ("The material doesn't talk about cycling, so I won't guess…").
    #[serde(default)]
    pub not_covered_named_guidance: String,
    /// The same, when everything named is the channel's own business (a refund, a subscription): who to
    /// ask is the channel's moderators, not a clinician. Empty: `not_covered_named_guidance`.
    #[serde(default)]
    pub not_covered_business_guidance: String,
    pub no_timing_guidance: String,
    pub no_dose_guidance: String,
    /// Leads the ruling that answers a question of how much of an exercise to do, where the ruling says
    /// to back off, go carefully or that it depends.
    pub no_dose_ruling_guidance: String,
    /// Leads the ruling beside a `not_covered` answer to how much of an exercise the ruling agrees with.
    pub no_dose_agreed_guidance: String,
    pub overview_guidance: String,
    pub limited_guidance: String,
    /// Added to a reply that suggests something ruled out for the asker ("…whole-leg movements like squats
    /// and walking"): `{named}` stands for the words it used.
    #[serde(default)]
    pub limited_named_guidance: String,
    pub no_diagnosis_guidance: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpDef {
    pub question: String,
    pub choice: Vec<FollowUpChoiceDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpChoiceDef {
    pub phase: Spanned<Phase>,
    pub label: String,
    /// The choice on a button: at most [`crate::knowledge::BUTTON_MAX_CHARS`] characters.
    pub button: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub alternative: Option<Spanned<String>>,
    /// The words replies use when they suggest this topic ("squats", "walking"): a reply to someone for
    /// whom it is ruled out says so where it names them.
    #[serde(default)]
    pub called: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub topic: Spanned<String>,
    /// Phase names, or `"all"` for every phase.
    pub phases: Spanned<Vec<PhaseWord>>,
    /// Limits the rule to these conditions; a rule for the asker's condition wins over the general one.
    #[serde(default)]
    pub conditions: Vec<Spanned<String>>,
    pub verdict: Spanned<Verdict>,
    pub guidance: String,
    pub reason: Vec<ReasonDef>,
    /// What an overview shows instead, where an open question names no one exercise of the topic ("walking
    /// or running": walking is what the material recommends while running waits for "the time is right").
    #[serde(default)]
    pub in_overview: Option<InOverviewDef>,
}

/// A rule's ruling in an overview: its verdict and one line of guidance, resting on the rule's reasons.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InOverviewDef {
    pub verdict: Spanned<Verdict>,
    pub guidance: String,
}

/// One entry of a rule's `phases`: a phase, or `all` for every phase at once.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseWord {
    All,
    #[serde(untagged)]
    One(Phase),
}

impl PhaseWord {
    /// The phases the words name, each once, in `Phase::ALL` order.
    pub fn expand(words: &[PhaseWord]) -> Vec<Phase> {
        Phase::ALL
            .into_iter()
            .filter(|p| {
                words.iter().any(|w| {
                    matches!(w, PhaseWord::All) || matches!(w, PhaseWord::One(q) if q == p)
                })
            })
            .collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonDef {
    pub says: String,
    pub source: Spanned<String>,
    pub quote: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingDef {
    pub topic: Spanned<String>,
    pub guidance: String,
    pub reason: Vec<ReasonDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaylistsFile {
    pub playlist: Vec<PlaylistDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaylistDef {
    pub condition: Spanned<String>,
    pub title: String,
    pub url: Spanned<String>,
    #[serde(default)]
    pub example: bool,
}
