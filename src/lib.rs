//! kneebot: answers knee-exercise questions from a physical-therapy channel's own material.
//!
//! # Layout
//! - [`links`]: the one check that a link can be shown as it is, and video links at a moment.
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
//! - [`add_source`]: a video's transcript into `knowledge/sources/`, checked (CLI and `/kb source add`).
//! - [`config`]: the settings file and environment overrides; the bot token comes only from the environment.
//! - [`bench`]: the benchmark corpus, question mix and measurements behind `cargo bench` and `kneebot bench`.
//! - [`store`]: the SQLite file: question log, feedback, per-guild settings and playlist overrides.
//! - [`bot`]: the Discord door (poise + serenity); the only module with Discord types.

pub mod add_source;
pub mod answer;
pub mod bench;
pub mod bot;
pub mod chat;
pub mod clock;
pub mod config;
pub mod decide;
pub mod engine;
pub mod error;
pub mod eval;
pub mod knowledge;
pub mod links;
pub mod render;
pub mod retrieve;
pub mod store;
pub mod understand;

pub use answer::{Answer, Phase, Verdict};
pub use engine::{AskOptions, Engine};
pub use understand::calendar::Date;

/// Helpers for the unit tests: real folders that are removed when dropped, and the shipped knowledge
/// loaded once.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::knowledge::Knowledge;
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::OnceLock;

    /// The checked `knowledge/` folder of this checkout.
    pub fn shipped_knowledge() -> &'static Knowledge {
        static K: OnceLock<Knowledge> = OnceLock::new();
        K.get_or_init(|| {
            Knowledge::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"))
                .unwrap_or_else(|e| panic!("{e}"))
        })
    }

    pub struct TempDir(PathBuf);

    impl TempDir {
        pub fn new(name: &str) -> TempDir {
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = std::env::temp_dir()
                .join(format!("kneebot-test-{}-{name}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).expect("create test folder");
            TempDir(path)
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
