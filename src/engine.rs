//! The one door every front end uses: `Engine::answer(question, options) -> Answer`.
//! Owns the loaded knowledge and the search index; cheap to share behind an `Arc` and swapped whole on reload.

use crate::answer::{Answer, Phase, Understood, Verdict};
use crate::error::KnowledgeErrors;
use std::path::Path;

/// Per-question options.
#[derive(Debug, Clone, Default)]
pub struct AskOptions {
    /// Answers the follow-up question up front, so a `depends` becomes a ruling.
    pub phase: Option<Phase>,
}

/// Knowledge + index, ready to answer.
pub struct Engine {
    _private: (),
}

impl Engine {
    /// Loads and checks `dir` (the `knowledge/` folder) and builds the index.
    pub fn load(_dir: &Path) -> Result<Engine, KnowledgeErrors> {
        Ok(Engine { _private: () })
    }

    /// Answers one question. Never fails: anything it cannot place is `not_covered`.
    pub fn answer(&self, question: &str, _options: &AskOptions) -> Answer {
        Answer {
            question: question.to_string(),
            verdict: Verdict::NotCovered,
            topic: None,
            topic_name: None,
            conditions: vec![],
            headline: Verdict::NotCovered.headline().to_string(),
            guidance: String::new(),
            reasons: vec![],
            passages: vec![],
            playlists: vec![],
            follow_up: None,
            understood: Understood::default(),
            disclaimer: String::new(),
        }
    }
}
