//! The answering core through its public API and the `kneebot` command as a process: the shipped
//! knowledge checks clean, every dev question set case passes, and the CLI prints what the engine decides.
//!
//! One test binary, in modules, with the engine they share below:
//! - `question_sets`: the dev and held-out question sets, the pending sets, and how the sets are checked;
//! - `rulings`: rulings through the public API: the rules, warning signs, follow-ups, not covered, passages,
//!   odd input and false premises;
//! - `cli`: the `kneebot` command as a process.

#[path = "../common/mod.rs"]
mod common;
use common::knowledge_dir;

mod cli;
mod question_sets;
mod rulings;

use kneebot::{AskOptions, Engine};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::load(&knowledge_dir()).unwrap_or_else(|e| panic!("{e}")))
}

fn ask(q: &str) -> kneebot::Answer {
    engine().answer(q, &AskOptions::on(common::TODAY))
}
