//! kneebot: answers knee-exercise questions from a physical-therapy channel's own material.
//!
//! This crate holds the doors; the core (knowledge, understanding, retrieval, rules, rendering) is the
//! `kneebot-core` crate, re-exported here under the same module names.
//!
//! # Layout
//! - core (re-exported): [`links`], [`error`], [`answer`], [`knowledge`], [`understand`], [`retrieve`],
//!   [`decide`], [`engine`], [`render`].
//! - [`eval`]: runs question sets and prints a confusion table.
//! - [`chat`]: the interactive terminal session.
//! - [`maintain`]: the moderators' terminal commands `check`, `add-source` and `coverage`.
//! - [`add_source`]: a video's transcript into `knowledge/sources/`, checked (CLI and `/kb source add`).
//! - [`config`]: the settings file and environment overrides; the bot token comes only from the environment.
//! - [`clock`]: the one place the clock is read.
//! - [`bench`]: the benchmark corpus, question mix and measurements behind `cargo bench` and `kneebot bench`.
//! - [`store`]: the SQLite file: question log, feedback, the moderators' queue, per-guild settings, privacy.
//! - [`bot`]: the Discord door (poise + serenity); the only module with Discord types.

pub use kneebot_core::{
    answer, decide, engine, error, knowledge, links, render, retrieve, understand,
};

pub mod add_source;
pub mod bench;
pub mod bot;
pub mod chat;
pub mod clock;
pub mod config;
pub mod eval;
pub mod maintain;
pub mod memory;
pub mod stdout;
pub mod store;

pub use kneebot_core::{Answer, AskOptions, Date, Engine, Phase, Verdict};

/// Helpers for the unit tests: real folders that are removed when dropped (the integration tests' own).
#[cfg(test)]
#[path = "../tests/common/temp_dir.rs"]
mod temp_dir;

#[cfg(test)]
pub(crate) mod test_support {
    pub use crate::temp_dir::TempDir;
}
