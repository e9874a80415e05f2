//! Performance measurement shared by `cargo bench` (criterion, in `benches/`) and the `kneebot bench`
//! command: the fixed question mix, a deterministic 10,000-passage corpus made from the shipped transcript,
//! latency percentiles and throughput of whole answers, index build time, peak memory, and the run of the
//! Python peer (`benches/peer/peer.py`: bm25s and rank_bm25 over the same passages and questions).
//!
//! Nothing here changes how questions are answered: the large corpus keeps the shipped passages first, at
//! the same indices, so every rule still cites the passage it was written against.

use crate::engine::{AskOptions, Engine};
use crate::understand::calendar::Date;

/// The day every benchmark question is asked on, so `--answers` files from two runs compare byte for byte.
pub const BENCH_DAY: Date = jiff::civil::date(2026, 11, 25);
use crate::error::KnowledgeErrors;
use crate::knowledge::{Knowledge, Passage};
use crate::retrieve::PassageIndex;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use thiserror::Error;

/// The question mix, compiled in so `kneebot bench` works from any folder and the peer gets the same list.
pub const QUESTIONS_FILE: &str = include_str!("../benches/questions.txt");

/// The size of the generated corpus the issue asks for.
pub const LARGE_CORPUS: usize = 10_000;

/// A channel's whole catalogue: about 1,500 videos.
pub const CATALOGUE_CORPUS: usize = 50_000;

/// Seed of the generated corpus: fixed, so every run and the peer see the same passages.
pub const CORPUS_SEED: u64 = 0x6b6e_6565_626f_7421;

/// The questions of [`QUESTIONS_FILE`]: one a line, `#` comments and blank lines skipped.
pub fn questions() -> Vec<&'static str> {
    parse_questions(QUESTIONS_FILE)
}

/// Questions in the format of [`QUESTIONS_FILE`].
pub fn parse_questions(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// SplitMix64: a tiny, good-enough generator for picking sentences. Written here rather than adding `rand`,
/// whose only job would be this.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`); the slight modulo bias does not matter for picking sentences.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The sentences of the shipped passages (split after `.`, `?` or `!` followed by a space).
pub fn sentences(knowledge: &Knowledge) -> Vec<&str> {
    let mut out = Vec::new();
    for p in &knowledge.passages {
        let text = p.text.as_str();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(' ') {
                push_sentence(&mut out, &text[start..=i]);
                start = i + 1;
            }
        }
        push_sentence(&mut out, &text[start..]);
    }
    out
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// `count` passages of three sentences each, drawn with a seeded generator from `sentences`.
pub fn generated_passages(sentences: &[&str], count: usize, seed: u64) -> Vec<String> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|_| {
            (0..3)
                .map(|_| sentences[rng.below(sentences.len())])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// `knowledge` grown to `total` passages with generated ones (ids `generated#n`, source 0), for measuring
/// a large corpus. The shipped passages stay first, so rule citations (by index) still point at them.
pub fn with_generated_passages(mut knowledge: Knowledge, total: usize, seed: u64) -> Knowledge {
    let extra = total.saturating_sub(knowledge.passages.len());
    let made = generated_passages(&sentences(&knowledge), extra, seed);
    knowledge
        .passages
        .extend(made.into_iter().enumerate().map(|(i, text)| Passage {
            id: format!("generated#{}", i + 1),
            source: kneebot_core::ids::SourceId(0),
            text,
            start_seconds: None,
        }));
    knowledge
}

/// Latency percentiles in microseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Latency {
    pub p50: f64,
    pub p99: f64,
    pub max: f64,
}

impl Latency {
    /// Percentiles of `samples` (nearest rank). Empty input gives zeros.
    pub fn of(samples: &mut [Duration]) -> Latency {
        if samples.is_empty() {
            return Latency::default();
        }
        samples.sort_unstable();
        let at = |q: f64| {
            let rank = ((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len());
            samples[rank - 1].as_secs_f64() * 1e6
        };
        Latency {
            p50: at(0.50),
            p99: at(0.99),
            max: at(1.0),
        }
    }
}

/// What one thread measured: percentiles over every answer, questions per second, and each question's
/// median in microseconds (in mix order), to name the slow ones.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    pub latency: Latency,
    pub qps: f64,
    pub per_question_p50: Vec<f64>,
}

/// Answers every question `rounds` times on this thread, timing each answer.
pub fn measure_latency(engine: &Engine, questions: &[&str], rounds: usize) -> Measured {
    let options = AskOptions::on(BENCH_DAY);
    let mut per_question: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); questions.len()];
    let started = Instant::now();
    for _ in 0..rounds {
        for (i, q) in questions.iter().enumerate() {
            let t = Instant::now();
            let answer = engine.answer(q, &options);
            per_question[i].push(t.elapsed());
            std::hint::black_box(answer);
        }
    }
    let total = started.elapsed().as_secs_f64();
    let mut all: Vec<Duration> = per_question.iter().flatten().copied().collect();
    Measured {
        qps: all.len() as f64 / total.max(f64::MIN_POSITIVE),
        latency: Latency::of(&mut all),
        per_question_p50: per_question
            .iter_mut()
            .map(|s| Latency::of(s).p50)
            .collect(),
    }
}

/// Questions per second with `threads` threads each answering the whole mix `rounds` times.
pub fn measure_throughput(
    engine: &Engine,
    questions: &[&str],
    rounds: usize,
    threads: usize,
) -> f64 {
    let threads = threads.max(1);
    let options = AskOptions::on(BENCH_DAY);
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..rounds {
                    for q in questions {
                        std::hint::black_box(engine.answer(q, &options));
                    }
                }
            });
        }
    });
    let total = started.elapsed().as_secs_f64();
    (threads * rounds * questions.len()) as f64 / total.max(f64::MIN_POSITIVE)
}

/// The process's peak resident memory in kB (`VmHWM` in `/proc/self/status`); `None` off Linux.
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

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

/// Builds the engine for one size and measures it.
fn measure_size(
    name: &str,
    knowledge: Knowledge,
    questions: &[&str],
    rounds: usize,
    answers: Option<&mut dyn Write>,
) -> Result<SizeReport, BenchError> {
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
    // One warm-up round so the first-touch costs (lazy regexes, page faults) are not in the figures.
    measure_latency(&engine, questions, 1);
    let measured = measure_latency(&engine, questions, rounds);
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

/// Runs every measurement and prints the figures to `out`, then runs the peer and prints its figures.
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
    // The shipped size is measured before the large corpus exists, so its peak memory is its own.
    let shipped = Knowledge::load(&options.knowledge_dir)?;
    let shipped_texts: Vec<String> = shipped.passages.iter().map(|p| p.text.clone()).collect();
    let w = answers.as_mut().map(|w| w as &mut dyn Write);
    let mut reports = vec![measure_size(
        "shipped",
        shipped,
        &questions,
        options.rounds,
        w,
    )?];
    let mut corpora: Vec<(String, Vec<String>)> = vec![("shipped".to_string(), shipped_texts)];
    for &size in &options.passages {
        let large =
            with_generated_passages(Knowledge::load(&options.knowledge_dir)?, size, CORPUS_SEED);
        // Named by size, so the peer's rows line up with these.
        let name = format!("gen{}k", size / 1000);
        let texts = large.passages.iter().map(|p| p.text.clone()).collect();
        let w = answers.as_mut().map(|w| w as &mut dyn Write);
        reports.push(measure_size(&name, large, &questions, options.rounds, w)?);
        corpora.push((name, texts));
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

    if let Some(dir) = &options.peer_dir {
        writeln!(out)?;
        let corpora: Vec<(&str, &[String])> = corpora
            .iter()
            .map(|(name, texts)| (name.as_str(), texts.as_slice()))
            .collect();
        match run_peer(dir, &options.peer_env, &questions, &corpora, options.rounds) {
            Ok(peer) => print_peer(out, &peer, &reports)?,
            Err(why) => writeln!(out, "peer skipped: {why}")?,
        }
    }
    Ok(reports)
}

/// One peer library's figures for one corpus.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct PeerFigures {
    pub library: String,
    pub corpus: String,
    pub passages: usize,
    pub p50_us: f64,
    pub p99_us: f64,
    pub max_us: f64,
    pub build_ms: f64,
}

/// Writes the passages and questions as JSON to a temporary folder and runs the peer on them. Any failure
/// (no Python, no pip, no network) comes back as a sentence to print, never as a failed bench.
fn run_peer(
    dir: &Path,
    env: &Path,
    questions: &[&str],
    corpora: &[(&str, &[String])],
    rounds: usize,
) -> Result<Vec<PeerFigures>, String> {
    let script = dir.join("peer.py");
    if !script.is_file() {
        return Err(format!("{} not found", script.display()));
    }
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .ok_or("python3 is not installed, so bm25s and rank_bm25 could not be compared")?;
    let work = std::env::temp_dir().join(format!("kneebot-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let input = serde_json::json!({
        "questions": questions,
        "rounds": rounds,
        "corpora": corpora
            .iter()
            .map(|(name, passages)| serde_json::json!({"name": name, "passages": passages}))
            .collect::<Vec<_>>(),
    });
    let input_path = work.join("input.json");
    let written = std::fs::write(&input_path, input.to_string());
    let result = written
        .map_err(|e| format!("cannot write {}: {e}", input_path.display()))
        .and_then(|()| {
            Command::new(python)
                .arg(&script)
                .arg("--input")
                .arg(&input_path)
                .arg("--env")
                .arg(env)
                .stderr(std::process::Stdio::inherit())
                .output()
                .map_err(|e| format!("cannot run {python}: {e}"))
        });
    let _ = std::fs::remove_dir_all(&work);
    let output = result?;
    if !output.status.success() {
        return Err(format!(
            "the Python peer failed ({}); see its message above",
            output.status
        ));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.trim_start().starts_with('{'))
        .map(|l| serde_json::from_str(l).map_err(|e| format!("unreadable peer output {l:?}: {e}")))
        .collect()
}

fn print_peer(
    out: &mut dyn Write,
    peer: &[PeerFigures],
    reports: &[SizeReport],
) -> std::io::Result<()> {
    writeln!(out, "peer (Python, retrieval only, top 8):")?;
    writeln!(
        out,
        "{:<10} {:<10} {:>8} {:>9} {:>9} {:>10} {:>11} {:>22}",
        "library",
        "corpus",
        "passages",
        "p50 µs",
        "p99 µs",
        "max µs",
        "index ms",
        "kneebot p50 / peer p50"
    )?;
    for p in peer {
        let ratio = reports
            .iter()
            .find(|r| r.name == p.corpus)
            .filter(|_| p.p50_us > 0.0)
            .map(|r| format!("{:.2}", r.latency.p50 / p.p50_us))
            .unwrap_or_else(|| "?".into());
        writeln!(
            out,
            "{:<10} {:<10} {:>8} {:>9.1} {:>9.1} {:>10.1} {:>11.1} {:>22}",
            p.library, p.corpus, p.passages, p.p50_us, p.p99_us, p.max_us, p.build_ms, ratio
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_question_mix_is_about_fifty_lines() {
        let q = questions();
        assert!((45..=60).contains(&q.len()), "{} questions", q.len());
        assert!(q.iter().all(|q| !q.starts_with('#')));
    }

    #[test]
    fn the_generated_corpus_is_deterministic_and_keeps_shipped_passages_first() {
        let dir = Engine::default_knowledge_dir();
        let shipped = Knowledge::load(&dir).expect("shipped knowledge loads");
        let n = shipped.passages.len();
        let first = shipped.passages[0].text.clone();
        let grown = with_generated_passages(shipped, n + 50, 7);
        assert_eq!(grown.passages.len(), n + 50);
        assert_eq!(grown.passages[0].text, first);
        let again = with_generated_passages(Knowledge::load(&dir).expect("loads"), n + 50, 7);
        assert_eq!(grown.passages[n + 49].text, again.passages[n + 49].text);
        assert_eq!(grown.passages[n].id, "generated#1");
    }

    #[test]
    fn percentiles_use_nearest_rank() {
        let mut samples: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        let l = Latency::of(&mut samples);
        assert_eq!((l.p50, l.p99, l.max), (50.0, 99.0, 100.0));
        assert_eq!(Latency::of(&mut []), Latency::default());
    }
}
