//! kneebot: answers knee-exercise questions from a physical-therapy channel's own material.
//!
//! # Layout
//! - [`knowledge`]: loads and checks `knowledge/` (sources, vocabulary, rules, playlists).
//! - [`understand`]: reads a question into conditions, topic, surgery or trauma, elapsed time, signals,
//!   red flags and intent (regular expressions + vocabulary, typo-tolerant).
//! - [`retrieve`]: the tantivy index over passages and the search for one question.
//! - [`decide`]: the rule engine: understanding × rules → verdict, reasons, cited passages, follow-up.
//! - [`answer`]: the `Answer` value every front end renders.
//! - [`render`]: terminal text, JSON and Discord-shaped replies; rendering never decides.
//! - [`engine`]: the one door: `Engine::answer(question, options)`.
//! - [`eval`]: runs question sets and prints a confusion table.
//! - [`chat`]: the interactive terminal session.

pub mod answer;
pub mod chat;
pub mod decide;
pub mod engine;
pub mod error;
pub mod eval;
pub mod knowledge;
pub mod render;
pub mod retrieve;
pub mod understand;

pub use answer::{Answer, Phase, Verdict};
pub use engine::{AskOptions, Engine};
