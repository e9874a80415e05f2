//! The `Answer` value: everything a reply shows, decided once by the core and rendered by any door
//! (terminal, JSON, Discord). Plain data with serde so the CLI's `--json` and the bot agree to the letter.

pub use crate::model::{Phase, Verdict};
use serde::{Deserialize, Serialize};

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
