//! The `Answer` value: everything a reply shows, decided once by the core and rendered by any door
//! (terminal, JSON, Discord). Plain data with serde so the CLI's `--json` and the bot agree to the letter.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The rule outcome. The words are the ones the question sets use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Recommended,
    OkForNow,
    Caution,
    Avoid,
    Depends,
    Urgent,
    NotCovered,
    Info,
}

impl Verdict {
    pub const ALL: [Verdict; 8] = [
        Verdict::Recommended,
        Verdict::OkForNow,
        Verdict::Caution,
        Verdict::Avoid,
        Verdict::Depends,
        Verdict::Urgent,
        Verdict::NotCovered,
        Verdict::Info,
    ];

    /// The word used in data files, JSON and question sets.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Recommended => "recommended",
            Verdict::OkForNow => "ok_for_now",
            Verdict::Caution => "caution",
            Verdict::Avoid => "avoid",
            Verdict::Depends => "depends",
            Verdict::Urgent => "urgent",
            Verdict::NotCovered => "not_covered",
            Verdict::Info => "info",
        }
    }

    /// How far the verdict holds a person back, least first: when two rules could apply, the more
    /// cautious one is given.
    pub fn caution(self) -> u8 {
        match self {
            Verdict::Recommended => 0,
            Verdict::OkForNow | Verdict::Info => 1,
            Verdict::Depends => 2,
            Verdict::Caution => 3,
            Verdict::NotCovered => 4,
            Verdict::Avoid => 5,
            Verdict::Urgent => 6,
        }
    }

    /// Where a ruling goes in an overview, in the order a physio would say them: 0 do, 1 go carefully,
    /// 2 back off, 3 ruled out for this person (or nothing to say).
    pub fn overview_group(self) -> usize {
        match self {
            Verdict::Recommended | Verdict::OkForNow => 0,
            Verdict::Caution => 1,
            Verdict::Avoid => 2,
            Verdict::Depends => 3,
            _ => 4,
        }
    }

    /// The verdict in words, as a person reads it at the top of a reply.
    pub fn headline(self) -> &'static str {
        match self {
            Verdict::Recommended => "Recommended",
            Verdict::OkForNow => "OK for now (a limited window)",
            Verdict::Caution => "Go carefully",
            Verdict::Avoid => "Better to back off",
            Verdict::Depends => "It depends on where you are in your recovery",
            Verdict::Urgent => "Please get medical help now",
            Verdict::NotCovered => "The material doesn't cover this",
            Verdict::Info => "From the material",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown verdict `{s}` (expected one of: {})",
                    Verdict::ALL.map(|v| v.as_str()).join(", ")
                )
            })
    }
}

/// Where a person is relative to a surgery or trauma, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// No surgery or trauma: the ongoing knee problem the material describes (or no problem named).
    None,
    /// Right after surgery or trauma: the muscle does not work on command yet.
    Early,
    /// The muscle works again and strength is coming back.
    Rebuilding,
    /// Full range of motion, or walking decently again.
    Recovered,
    /// A surgery or trauma is named but nothing tells where the person is.
    Unknown,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::None,
        Phase::Early,
        Phase::Rebuilding,
        Phase::Recovered,
        Phase::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::None => "none",
            Phase::Early => "early",
            Phase::Rebuilding => "rebuilding",
            Phase::Recovered => "recovered",
            Phase::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Phase {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown phase `{s}` (expected one of: {})",
                    Phase::ALL.map(|p| p.as_str()).join(", ")
                )
            })
    }
}

/// A passage the answer rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitedPassage {
    /// Source id (the transcript's file stem).
    pub source: String,
    /// Title of the source, for people.
    pub source_title: String,
    /// Passage id, `source#n`.
    pub id: String,
    /// The whole passage text.
    pub text: String,
    /// A short quote from the passage with the words that matched the question in `**bold**`.
    pub quote: String,
    /// Retrieval score for this question (BM25); 0 when the rule cited it but the question's words did not match.
    pub score: f32,
    /// Where to watch it: the video's link, at the moment the passage is said when the transcript had times.
    pub url: Option<String>,
}

/// A link to the channel's playlist for a condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaylistLink {
    pub condition: String,
    pub title: String,
    /// `None` while the knowledge only has an example URL and no moderator set the channel's real one:
    /// a placeholder is never shown as if it were a link.
    pub url: Option<String>,
}

/// One choice of a follow-up question, with what the ruling would be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpChoice {
    /// The phase this choice stands for; pass it back as `--phase` or in a button.
    pub phase: Phase,
    pub label: String,
    /// The choice in a few words, for a button.
    pub button: String,
    /// The verdict this choice leads to.
    pub verdict: Verdict,
    /// One sentence saying what that verdict would mean.
    pub outcome: String,
}

/// Asked when the ruling turns on something the question does not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub question: String,
    pub choices: Vec<FollowUpChoice>,
}

/// One topic's ruling in an overview (the answer to an open question such as "what should I do after my
/// knee replacement?").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewLine {
    /// Topic id, as in the question sets.
    pub topic: String,
    pub topic_name: String,
    pub verdict: Verdict,
    /// The rule's guidance, in one sentence.
    pub guidance: String,
    /// The material's words the ruling rests on (a quote from a cited passage).
    pub passage: String,
}

/// What the core understood of the question; shown in JSON so a moderator can see why a ruling came out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Understood {
    /// What the question asks for: advice, info, timing or playlist.
    pub intent: Option<String>,
    /// Surgery or trauma named (past), e.g. "surgery", "trauma".
    pub event: Option<String>,
    /// Days since the surgery or trauma, when the question says.
    pub elapsed_days: Option<f64>,
    /// The phase the rules were applied with.
    pub phase: Option<Phase>,
    /// Recovery signals found, as written in the vocabulary.
    pub signals: Vec<String>,
    /// Red flags found (ids).
    pub red_flags: Vec<String>,
    /// Things named that the material does not speak to (e.g. "bicep curls").
    pub uncovered: Vec<String>,
    /// Words the typo tolerance corrected, as `typed -> meant`.
    pub corrections: Vec<String>,
}

/// The whole answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub question: String,
    pub verdict: Verdict,
    /// The exercise family the answer is about (ids as in the question sets).
    pub topic: Option<String>,
    /// Human name of the topic.
    pub topic_name: Option<String>,
    /// Condition ids recognised in the question.
    pub conditions: Vec<String>,
    /// The verdict in words.
    pub headline: String,
    /// What to do, in a sentence or two, from the material.
    pub guidance: String,
    /// Why, each from the material.
    pub reasons: Vec<String>,
    /// Up to three passages the answer rests on.
    pub passages: Vec<CitedPassage>,
    pub playlists: Vec<PlaylistLink>,
    pub follow_up: Option<FollowUp>,
    /// For an open question: a ruling for every topic the rules cover, for the asker's conditions and phase,
    /// in the order a physio would say them (do, go carefully, back off). Empty for other answers.
    pub overview: Vec<OverviewLine>,
    pub understood: Understood,
    /// The one-line "general guidance, not a diagnosis" note.
    pub disclaimer: String,
}

impl Answer {
    /// Replaces playlist URLs with the ones given (from config or a guild's settings).
    pub fn apply_playlist_overrides(&mut self, urls: &std::collections::BTreeMap<String, String>) {
        for link in &mut self.playlists {
            if let Some(url) = urls.get(&link.condition) {
                link.url = Some(url.clone());
            }
        }
    }
}
