//! kneebot's core: a question and the channel's material in, an `Answer` out. No Discord, no database, no
//! async runtime and no clock: this crate's `Cargo.toml` is the proof (the doors live in the `kneebot`
//! crate above it).
//!
//! # Layers, bottom up
//! - [`text`], [`links`], [`error`]: normalising, stemming and patterns; links safe to show; typed
//!   problems with file and line.
//! - [`model`], [`ids`]: the words rules speak in (`Verdict`, `Phase`) and typed ids (`TopicId`…).
//! - [`answer`]: the `Answer` a reply shows (re-exports `Verdict` and `Phase`).
//! - [`knowledge`]: loads and checks `knowledge/` (sources, vocabulary, rules, playlists).
//! - [`understand`]: reads a question into conditions, topic, surgery or trauma, elapsed time, signals,
//!   red flags and intent (regular expressions + vocabulary, typo-tolerant).
//! - [`retrieve`]: the tantivy index over passages and the search for one question.
//! - [`decide`]: the rule engine: understanding × rules → verdict, reasons, cited passages, follow-up.
//! - [`engine`]: the one door: `Engine::answer(question, options)`.
//! - [`render`]: terminal text, JSON and Discord-shaped replies (plain data); rendering never decides.

pub mod answer;
pub mod decide;
pub mod engine;
pub mod error;
pub mod ids;
pub mod knowledge;
pub mod links;
pub mod model;
pub mod render;
pub mod retrieve;
pub mod text;
pub mod understand;

pub use answer::{Answer, Phase, Verdict};
pub use engine::{AskOptions, Engine};
pub use understand::calendar::Date;

/// The `knowledge/` folder of this checkout (two levels up from this crate).
pub fn checkout_knowledge_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("knowledge");
    dir.canonicalize().unwrap_or(dir)
}

/// Helpers for the unit tests: the shipped knowledge, loaded once.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::knowledge::Knowledge;
    use std::sync::OnceLock;

    /// The checked `knowledge/` folder of this checkout.
    pub fn shipped_knowledge() -> &'static Knowledge {
        static K: OnceLock<Knowledge> = OnceLock::new();
        K.get_or_init(|| {
            Knowledge::load(&crate::checkout_knowledge_dir()).unwrap_or_else(|e| panic!("{e}"))
        })
    }
}
