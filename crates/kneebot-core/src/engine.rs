//! The one door every front end uses: `Engine::answer(question, options) -> Answer`.
//! Owns the checked knowledge and the search index. Immutable once built, so it is shared behind an `Arc`
//! and replaced whole on reload; each question takes its own tantivy searcher.

use crate::answer::{Answer, Phase};
use crate::decide::{decide, Context, PassageStems, Prepared};
use crate::error::{KnowledgeError, KnowledgeErrors};
use crate::knowledge::Knowledge;
use crate::retrieve::{Hit, PassageIndex};
use crate::understand::calendar::Date;
use crate::understand::normalize::{normalize, tokenize, Stemmer};
use crate::understand::Understanding;

use std::path::{Path, PathBuf};

/// Per-question options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AskOptions {
    /// The day the question was asked on: dates in it ("ACLR on October 28th") count from this day. The core
    /// never reads the clock, so the same question and options always give the same answer.
    pub today: Date,
    /// Answers the follow-up question up front, so a `depends` becomes a ruling.
    pub phase: Option<Phase>,
}

impl AskOptions {
    /// A question asked on `today`, with no follow-up answered.
    pub fn on(today: Date) -> AskOptions {
        AskOptions { today, phase: None }
    }

    /// The same question with the follow-up answered.
    pub fn with_phase(self, phase: Option<Phase>) -> AskOptions {
        AskOptions { phase, ..self }
    }
}

/// How many passages a search returns before the rules pick what to cite.
const SEARCH_LIMIT: usize = 8;
/// Weight of words added from what was understood, against 1.0 for the question's own words.
const SYNONYM_WEIGHT: f32 = 0.5;

/// Knowledge + index, ready to answer.
pub struct Engine {
    knowledge: Knowledge,
    index: PassageIndex,
    stemmer: Stemmer,
    passage_stems: PassageStems,
    /// Sentences and quotes split and stemmed once, so quoting costs no normalising or stemming per answer.
    prepared: Prepared,
    /// The search words of each condition's and each topic's name (stop words dropped), worked out once.
    condition_name_stems: Vec<Vec<String>>,
    topic_name_stems: Vec<Vec<String>>,
}

impl Engine {
    /// Loads and checks `dir` (the `knowledge/` folder) and builds the index.
    pub fn load(dir: &Path) -> Result<Engine, KnowledgeErrors> {
        Engine::from_knowledge(Knowledge::load(dir)?)
    }

    /// The knowledge folder shipped with the project: `KNEEBOT_KNOWLEDGE_DIR`, else `./knowledge`, else the
    /// one beside the crate's sources (so `cargo run` works from anywhere in the checkout).
    pub fn default_knowledge_dir() -> PathBuf {
        if let Some(dir) = std::env::var_os("KNEEBOT_KNOWLEDGE_DIR").filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        let local = PathBuf::from("knowledge");
        if local.join("rules.toml").is_file() {
            return local;
        }
        crate::checkout_knowledge_dir()
    }

    pub fn from_knowledge(knowledge: Knowledge) -> Result<Engine, KnowledgeErrors> {
        // The search index and the passages' stems and sentences do not depend on each other: built side
        // by side, a large catalogue loads in about the time of the slower of the two.
        let (index, (stemmer, passage_stems, prepared)) = std::thread::scope(|scope| {
            let index = scope.spawn(|| PassageIndex::build(&knowledge));
            // The stemmer learns the material's words as the passages are read, so later passages and every
            // answer look their stems up instead of re-running Snowball (speed only: the stems are the same).
            let mut stemmer = Stemmer::default();
            let passage_stems = PassageStems::build(&knowledge, &mut stemmer);
            let prepared = Prepared::build(&knowledge, &stemmer);
            let index = index
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (index, (stemmer, passage_stems, prepared))
        });
        let index = index.map_err(|e| {
            KnowledgeErrors(vec![KnowledgeError::new(
                &knowledge.dir,
                None,
                e.to_string(),
            )])
        })?;
        let name_stems = |name: &str| -> Vec<String> {
            tokenize(&normalize(name), &stemmer)
                .into_iter()
                .filter(|t| !knowledge.vocabulary.is_stop_word(&t.text))
                .map(|t| t.stem.to_string())
                .collect()
        };
        let condition_name_stems = knowledge
            .conditions
            .iter()
            .map(|c| name_stems(&c.name))
            .collect();
        let topic_name_stems = knowledge
            .topics
            .iter()
            .map(|t| name_stems(&t.name))
            .collect();
        Ok(Engine {
            prepared,
            condition_name_stems,
            topic_name_stems,
            knowledge,
            index,
            stemmer,
            passage_stems,
        })
    }

    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// Reads a question without deciding anything (for tests and `--explain`).
    pub fn understand(&self, question: &str, today: Date) -> Understanding {
        Understanding::read(question, today, &self.knowledge, &self.stemmer)
    }

    /// Answers one question. Never fails: anything it cannot place is `not_covered`.
    pub fn answer(&self, question: &str, options: &AskOptions) -> Answer {
        let u = self.understand(question, options.today);
        let hits = self.search(&u);
        decide(
            question,
            &u,
            &Context {
                knowledge: &self.knowledge,
                stemmer: &self.stemmer,
                passage_stems: &self.passage_stems,
                hits: &hits,
                prepared: &self.prepared,
                phase: options.phase,
            },
        )
    }

    /// Searches with the question's meaningful words plus the names of what was understood.
    fn search(&self, u: &Understanding) -> Vec<Hit> {
        // Borrowed, not copied: the words live in the understanding and the engine's name lists.
        let mut terms: Vec<(&str, f32)> = u
            .content_stems(&self.knowledge.vocabulary)
            .into_iter()
            .map(|s| (s, 1.0))
            .collect();
        let names = u
            .conditions
            .iter()
            .filter_map(|&c| self.condition_name_stems.get(c.position()))
            .chain(
                u.topic
                    .and_then(|t| self.topic_name_stems.get(t.position())),
            );
        for stems in names {
            terms.extend(stems.iter().map(|s| (s.as_str(), SYNONYM_WEIGHT)));
        }
        terms.extend(u.expansions.iter().map(|s| (s.as_str(), SYNONYM_WEIGHT)));
        self.index.search(&terms, SEARCH_LIMIT)
    }
}
