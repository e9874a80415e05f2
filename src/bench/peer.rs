//! The Python peer (`benches/peer/peer.py`: bm25s and rank_bm25 over the same passages and questions): run
//! it, read its figures, print them beside kneebot's.

use super::SizeReport;
use std::io::Write;
use std::path::Path;
use std::process::Command;

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
pub(super) fn run_peer(
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

pub(super) fn print_peer(
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
