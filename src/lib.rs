//! kneebot: answers knee-exercise questions from a physical-therapy channel's own material.
//!
//! # Layout
//! - [`knowledge`]: loads and checks `knowledge/` (sources, vocabulary, rules, playlists).
//! - [`understand`]: reads a question into conditions, topic, surgery or trauma, elapsed time, signals, red flags.
//! - [`retrieve`]: the tantivy index over passages and the search for one question.
//! - [`decide`]: the rule engine: understanding × rules → verdict, reasons, cited passages, follow-up.
//! - [`answer`]: the `Answer` value every front end renders.
//! - [`render`]: terminal text and Discord-shaped replies (limits live there); rendering never decides.
//! - [`engine`]: the one door: `Engine::answer(question, options)`.
//! - [`eval`]: runs question sets and prints a confusion table.
//! - [`config`]: the settings file and environment overrides; the bot token comes only from the environment.
//! - [`store`]: the SQLite file: question log, feedback, per-guild settings and playlist overrides.

pub mod answer;
pub mod config;
pub mod engine;
pub mod error;
pub mod store;

pub use answer::{Answer, Phase, Verdict};
pub use engine::{AskOptions, Engine};
