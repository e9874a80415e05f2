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
//! - [`config`]: the config file and environment; [`store`]: SQLite question log, feedback and guild settings.
//! - [`bot`]: the Discord door (poise + serenity); the only module with Discord types.

pub mod answer;
pub mod bot;
pub mod config;
pub mod engine;
pub mod error;
pub mod render;
pub mod store;

pub use answer::{Answer, Phase, Verdict};
pub use engine::{AskOptions, Engine};
