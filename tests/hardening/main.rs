//! Hardening (issue #5): no input breaks kneebot. Property tests drive arbitrary and hostile text through the
//! whole answer path (`Engine::answer`, then the text, JSON and Discord renders) and arbitrary or mutated
//! files through the loaders (`Config::load`, `Engine::load`), checking each case finishes in bounded time and
//! memory, never panics, and that the Discord reply fits Discord's limits with the question echoed escaped.
//! The nastiest inputs found are kept as table tests (`tests/corpus/*.txt`), and the CLI's question limit is
//! checked as a process.
//!
//! Case counts: each property runs a small default number of cases so `cargo test` stays quick; set
//! `KNEEBOT_PROPTEST_CASES` (or proptest's own `PROPTEST_CASES`) to run more, e.g.
//! `KNEEBOT_PROPTEST_CASES=100000 cargo test --release --test hardening`.
//!
//! One test binary, in modules:
//! - `runner`: the bounds, the case counts, the counting allocator and the watchdog every property runs under;
//! - `checks`: the answer path and what every answer must pass;
//! - `questions`: arbitrary, hostile, huge and repeated questions;
//! - `loaders`: arbitrary and edited config and knowledge files;
//! - `corpus`: the nastiest questions found, as table tests;
//! - `cli`: the question limit in the terminal, checked as a process.

#[path = "../common/mod.rs"]
mod common;

mod checks;
mod cli;
mod corpus;
mod loaders;
mod questions;
mod runner;
