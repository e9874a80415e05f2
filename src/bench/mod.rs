//! Performance measurement shared by `cargo bench` (criterion, in `benches/`) and the `kneebot bench`
//! command. This file runs a whole bench (options, one corpus size measured, the report);
//! [`corpus`] makes the inputs, [`measure`] times answers, [`peer`] runs the Python peer.
//!
//! Nothing here changes how questions are answered: the large corpus keeps the shipped passages first, at
//! the same indices, so every rule still cites the passage it was written against.

mod corpus;
mod measure;
mod peer;

pub use corpus::*;
pub use measure::*;
pub use peer::PeerFigures;

use crate::engine::{AskOptions, Engine};
use crate::error::KnowledgeErrors;
use crate::knowledge::Knowledge;
use crate::retrieve::PassageIndex;
use crate::understand::calendar::Date;
use peer::{print_peer, run_peer, PeerSession};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use thiserror::Error;

/// The day every benchmark question is asked on, so `--answers` files from two runs compare byte for byte.
pub const BENCH_DAY: Date = jiff::civil::date(2026, 11, 25);

/// What `kneebot bench` measures.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub knowledge_dir: PathBuf,
    /// Times the whole mix is answered per measurement.
    pub rounds: usize,
    /// Sizes of the generated corpora, each measured in turn.
    pub passages: Vec<usize>,
    /// The peer's folder (`benches/peer`); `None` skips the peer.
    pub peer_dir: Option<PathBuf>,
    /// Where the peer keeps its Python environment (under `target/`).
    pub peer_env: PathBuf,
    /// Also write every answer (JSON, one a line, both sizes) here, so a speed change can be checked to
    /// leave answers identical by comparing two files.
    pub answers_file: Option<PathBuf>,
    /// Another question mix (same format as `benches/questions.txt`), to look at a few questions closely.
    pub questions_file: Option<PathBuf>,
}

impl BenchOptions {
    /// Defaults for a checkout: the peer beside the crate's sources, its environment under `target/`.
    pub fn for_checkout(knowledge_dir: PathBuf) -> BenchOptions {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        BenchOptions {
            knowledge_dir,
            rounds: 20,
            passages: vec![LARGE_CORPUS, CATALOGUE_CORPUS],
            peer_dir: Some(root.join("benches").join("peer")),
            peer_env: target.join("bench-peer-venv"),
            answers_file: None,
            questions_file: None,
        }
    }
}

#[derive(Debug, Error)]
pub enum BenchError {
    #[error("the knowledge has problems:\n{0}")]
    Knowledge(#[from] KnowledgeErrors),
    #[error("could not build the index: {0}")]
    Index(#[from] crate::retrieve::IndexError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Figures for one corpus size.
#[derive(Debug, Clone)]
pub struct SizeReport {
    pub name: String,
    pub passages: usize,
    /// The tantivy index alone.
    pub index_build: Duration,
    /// Everything `Engine::from_knowledge` does (index plus the passages' stems).
    pub engine_build: Duration,
    pub latency: Latency,
    pub qps_one: f64,
    pub qps_all: f64,
    pub threads: usize,
    pub peak_kb: Option<u64>,
    /// The slowest questions by their median, slowest first: (µs, question).
    pub slowest: Vec<(f64, String)>,
}

/// Builds the engine for one size and measures it, the peer (when there is one) taking its turn after
/// each of kneebot's rounds.
fn measure_size(
    name: &str,
    knowledge: Knowledge,
    questions: &[&str],
    rounds: usize,
    answers: Option<&mut dyn Write>,
    peer: &mut Peer,
) -> Result<SizeReport, BenchError> {
    let texts: Vec<String> = match peer.wanted() {
        true => knowledge.passages.iter().map(|p| p.text.clone()).collect(),
        false => Vec::new(),
    };
    let t = Instant::now();
    let index = PassageIndex::build_from(knowledge.passages.iter().map(|p| p.text.as_str()))?;
    let index_build = t.elapsed();
    drop(index);
    let passages = knowledge.passages.len();
    let t = Instant::now();
    let engine = Engine::from_knowledge(knowledge)?;
    let engine_build = t.elapsed();
    if let Some(w) = answers {
        for q in questions {
            let answer = engine.answer(q, &AskOptions::on(BENCH_DAY));
            writeln!(w, "{name}\t{}", crate::render::json::render(&answer))?;
        }
    }
    let mut session = peer.start(name, &texts, questions);
    let mut peer_samples = Vec::new();
    let mut peer_failed = None;
    let mut peer_turn = |keep: bool| {
        let Some(s) = session.as_mut() else { return };
        match s.round() {
            Ok(samples) if keep => peer_samples.extend(samples),
            Ok(_) => {}
            Err(why) => peer_failed = Some(why),
        }
        if peer_failed.is_some() {
            session = None;
        }
    };
    // One warm-up round each, so first-touch costs (lazy regexes, page faults, Python's imports) are not
    // in the figures.
    measure_latency(&engine, questions, 1, &mut || peer_turn(false));
    let measured = measure_latency(&engine, questions, rounds, &mut || peer_turn(true));
    peer.finish(name, passages, session, peer_samples, peer_failed);
    peer.run_slow(name, &texts, questions, rounds);
    drop(texts);
    let mut slowest: Vec<(f64, String)> = measured
        .per_question_p50
        .iter()
        .zip(questions)
        .map(|(us, q)| (*us, q.to_string()))
        .collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    slowest.truncate(3);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let qps_all = measure_throughput(&engine, questions, rounds, threads);
    Ok(SizeReport {
        name: name.to_string(),
        passages,
        index_build,
        engine_build,
        latency: measured.latency,
        qps_one: measured.qps,
        qps_all,
        threads,
        peak_kb: peak_memory_kb(),
        slowest,
    })
}

/// Runs every measurement, the peer on each size right after kneebot on it, and prints both sets of
/// figures to `out`.
pub fn run(options: &BenchOptions, out: &mut dyn Write) -> Result<Vec<SizeReport>, BenchError> {
    let custom = match &options.questions_file {
        Some(path) => Some(std::fs::read_to_string(path)?),
        None => None,
    };
    let questions = match &custom {
        Some(text) => parse_questions(text),
        None => questions(),
    };
    writeln!(
        out,
        "kneebot bench: {} questions x {} rounds per size",
        questions.len(),
        options.rounds
    )?;
    let mut answers = match &options.answers_file {
        Some(path) => Some(std::io::BufWriter::new(std::fs::File::create(path)?)),
        None => None,
    };
    // On a shared machine the speed of the moment drifts over seconds: bm25s takes its turn after each of
    // kneebot's rounds on the same passages, so both are timed under the same load.
    let mut peer = Peer::new(options);
    // The shipped size is measured before the large corpus exists, so its peak memory is its own.
    let shipped = Knowledge::load(&options.knowledge_dir)?;
    let w = answers.as_mut().map(|w| w as &mut dyn Write);
    let mut reports = vec![measure_size(
        "shipped",
        shipped,
        &questions,
        options.rounds,
        w,
        &mut peer,
    )?];
    for &size in &options.passages {
        let large =
            with_generated_passages(Knowledge::load(&options.knowledge_dir)?, size, CORPUS_SEED);
        // Named by size, so the peer's rows line up with these.
        let name = format!("gen{}k", size / 1000);
        let w = answers.as_mut().map(|w| w as &mut dyn Write);
        reports.push(measure_size(
            &name,
            large,
            &questions,
            options.rounds,
            w,
            &mut peer,
        )?);
    }
    if let Some(mut w) = answers {
        w.flush()?;
    }

    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:>8} {:>9} {:>9} {:>9} {:>10} {:>12} {:>11} {:>12} {:>9}",
        "corpus",
        "passages",
        "p50 µs",
        "p99 µs",
        "max µs",
        "q/s 1 core",
        "q/s all",
        "index ms",
        "engine ms",
        "peak MB"
    )?;
    for r in &reports {
        writeln!(
            out,
            "{:<10} {:>8} {:>9.1} {:>9.1} {:>9.1} {:>10.0} {:>12} {:>11.1} {:>12.1} {:>9}",
            r.name,
            r.passages,
            r.latency.p50,
            r.latency.p99,
            r.latency.max,
            r.qps_one,
            format!("{:.0} ({}t)", r.qps_all, r.threads),
            r.index_build.as_secs_f64() * 1e3,
            r.engine_build.as_secs_f64() * 1e3,
            r.peak_kb
                .map(|kb| format!("{:.1}", kb as f64 / 1024.0))
                .unwrap_or_else(|| "?".into()),
        )?;
    }
    writeln!(out, "(peak MB is the process's VmHWM after that size was measured: it includes the sizes before it)")?;
    for r in &reports {
        writeln!(out, "slowest on {} (median µs):", r.name)?;
        for (us, q) in &r.slowest {
            writeln!(
                out,
                "  {us:>8.1}  {}",
                crate::understand::normalize::cut_to(q, 90)
            )?;
        }
    }

    if options.peer_dir.is_some() {
        writeln!(out)?;
        match peer.outcome {
            Ok(figures) => print_peer(out, &figures, &reports)?,
            Err(why) => writeln!(out, "peer skipped: {why}")?,
        }
    }
    Ok(reports)
}

/// The peer's figures gathered size by size; the first failure stops it and is what is printed.
struct Peer<'o> {
    options: &'o BenchOptions,
    outcome: Result<Vec<PeerFigures>, String>,
}

impl<'o> Peer<'o> {
    fn new(options: &'o BenchOptions) -> Peer<'o> {
        Peer {
            options,
            outcome: Ok(Vec::new()),
        }
    }

    /// The peer's folder, while there is a peer and it has not failed.
    fn dir(&self) -> Option<&'o Path> {
        self.options
            .peer_dir
            .as_deref()
            .filter(|_| self.outcome.is_ok())
    }

    fn wanted(&self) -> bool {
        self.dir().is_some()
    }

    fn fail(&mut self, why: String) {
        self.outcome = Err(why);
    }

    /// bm25s on one size's passages, ready to take turns with kneebot.
    fn start(&mut self, name: &str, texts: &[String], questions: &[&str]) -> Option<PeerSession> {
        let dir = self.dir()?;
        match PeerSession::start(dir, &self.options.peer_env, name, texts, questions) {
            Ok(session) => Some(session),
            Err(why) => {
                self.fail(why);
                None
            }
        }
    }

    /// Records bm25s's figures for one size from the samples its turns gave.
    fn finish(
        &mut self,
        name: &str,
        passages: usize,
        session: Option<PeerSession>,
        mut samples: Vec<Duration>,
        failed: Option<String>,
    ) {
        if let Some(why) = failed {
            return self.fail(why);
        }
        let (Some(session), Ok(figures)) = (session, &mut self.outcome) else {
            return;
        };
        let latency = Latency::of(&mut samples);
        figures.push(PeerFigures {
            library: "bm25s".into(),
            corpus: name.into(),
            passages,
            p50_us: latency.p50,
            p99_us: latency.p99,
            max_us: latency.max,
            build_ms: session.build_ms,
        });
    }

    /// rank_bm25 on one size's passages, in one go after kneebot and bm25s are done with it.
    fn run_slow(&mut self, name: &str, texts: &[String], questions: &[&str], rounds: usize) {
        let Some(dir) = self.dir() else { return };
        match run_peer(
            dir,
            &self.options.peer_env,
            questions,
            &[(name, texts)],
            rounds,
        ) {
            Ok(more) => {
                if let Ok(figures) = &mut self.outcome {
                    figures.extend(more);
                }
            }
            Err(why) => self.fail(why),
        }
    }
}
