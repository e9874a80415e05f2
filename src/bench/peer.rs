//! The Python peer (`benches/peer/peer.py`: bm25s and rank_bm25 over the same passages and questions): run
//! it (bm25s round by round beside kneebot, rank_bm25 in one go), read its figures, print them beside
//! kneebot's.

use super::SizeReport;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

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

/// The peer's script, a Python to run it with, and the input JSON written to a temporary folder (removed
/// when this is dropped). Any failure is a sentence to print, never a failed bench.
struct PeerInput {
    python: &'static str,
    script: PathBuf,
    work: PathBuf,
    input: PathBuf,
}

impl PeerInput {
    fn write(
        dir: &Path,
        questions: &[&str],
        corpora: &[(&str, &[String])],
        rounds: usize,
    ) -> Result<PeerInput, String> {
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
        // One folder per size, so a session still running never shares its input with the next.
        let work = std::env::temp_dir().join(format!(
            "kneebot-bench-{}-{}",
            std::process::id(),
            corpora.first().map_or("", |c| c.0)
        ));
        std::fs::create_dir_all(&work)
            .map_err(|e| format!("cannot create {}: {e}", work.display()))?;
        let input = work.join("input.json");
        let json = serde_json::json!({
            "questions": questions,
            "rounds": rounds,
            "corpora": corpora
                .iter()
                .map(|(name, passages)| serde_json::json!({"name": name, "passages": passages}))
                .collect::<Vec<_>>(),
        });
        let peer = PeerInput {
            python,
            script,
            work,
            input,
        };
        std::fs::write(&peer.input, json.to_string())
            .map_err(|e| format!("cannot write {}: {e}", peer.input.display()))?;
        Ok(peer)
    }

    fn command(&self, env: &Path) -> Command {
        let mut command = Command::new(self.python);
        command
            .arg(&self.script)
            .arg("--input")
            .arg(&self.input)
            .arg("--env")
            .arg(env)
            .stderr(Stdio::inherit());
        // One thread for the numeric libraries, as kneebot answers on one: idle worker threads that spin
        // after each call would also take the core kneebot is being timed on.
        for var in [
            "OMP_NUM_THREADS",
            "OPENBLAS_NUM_THREADS",
            "MKL_NUM_THREADS",
            "NUMEXPR_NUM_THREADS",
        ] {
            command.env(var, "1");
        }
        command
    }
}

impl Drop for PeerInput {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.work);
    }
}

/// rank_bm25 on the given corpora, each measured in one go (it takes ~50 ms a question at 10k passages,
/// far too slow to interleave with kneebot's rounds).
pub(super) fn run_peer(
    dir: &Path,
    env: &Path,
    questions: &[&str],
    corpora: &[(&str, &[String])],
    rounds: usize,
) -> Result<Vec<PeerFigures>, String> {
    let input = PeerInput::write(dir, questions, corpora, rounds)?;
    let output = input
        .command(env)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", input.python))?;
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

/// bm25s running beside kneebot on one corpus, answering the question mix once per [`round`]: kneebot
/// and the peer take turns round by round, so both are timed under the same load of the moment.
///
/// [`round`]: PeerSession::round
pub(super) struct PeerSession {
    child: Child,
    to_peer: Option<ChildStdin>,
    from_peer: BufReader<ChildStdout>,
    /// The peer's index build, as it reported it.
    pub build_ms: f64,
    _input: PeerInput,
}

#[derive(serde::Deserialize)]
struct Ready {
    ready: f64,
}

#[derive(serde::Deserialize)]
struct Round {
    samples_us: Vec<f64>,
}

impl PeerSession {
    pub(super) fn start(
        dir: &Path,
        env: &Path,
        name: &str,
        texts: &[String],
        questions: &[&str],
    ) -> Result<PeerSession, String> {
        let input = PeerInput::write(dir, questions, &[(name, texts)], 1)?;
        let mut child = input
            .command(env)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", input.python))?;
        let (Some(to_peer), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("the Python peer's pipes could not be opened".into());
        };
        let mut session = PeerSession {
            child,
            to_peer: Some(to_peer),
            from_peer: BufReader::new(stdout),
            build_ms: 0.0,
            _input: input,
        };
        session.build_ms = session.read::<Ready>()?.ready;
        Ok(session)
    }

    /// One round: every question once. Returns each question's retrieval time.
    pub(super) fn round(&mut self) -> Result<Vec<Duration>, String> {
        let to_peer = self.to_peer.as_mut().ok_or("the peer has stopped")?;
        writeln!(to_peer, "round")
            .and_then(|()| to_peer.flush())
            .map_err(|e| format!("the Python peer stopped: {e}"))?;
        let round = self.read::<Round>()?;
        Ok(round
            .samples_us
            .iter()
            .map(|us| Duration::from_secs_f64(us.max(0.0) / 1e6))
            .collect())
    }

    /// The next JSON line the peer prints (lines that are not JSON, such as pip's chatter, are skipped).
    fn read<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, String> {
        let mut line = String::new();
        loop {
            line.clear();
            match self.from_peer.read_line(&mut line) {
                Ok(0) => return Err("the Python peer failed; see its message above".into()),
                Ok(_) if line.trim_start().starts_with('{') => {
                    return serde_json::from_str(line.trim())
                        .map_err(|e| format!("unreadable peer output {:?}: {e}", line.trim()));
                }
                Ok(_) => {}
                Err(e) => return Err(format!("cannot read the Python peer: {e}")),
            }
        }
    }
}

impl Drop for PeerSession {
    fn drop(&mut self) {
        // Closing its input is how the peer is told to stop.
        self.to_peer = None;
        let _ = self.child.wait();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for `peer.py` that speaks the same protocol without bm25s: it answers each "round"
    /// with one sample per question (the question's length in µs), and stops after `stop_after` rounds.
    fn fake_peer(stop_after: usize) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "kneebot-fake-peer-{}-{stop_after}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let script = format!(
            r#"import json, sys
args = sys.argv
data = json.load(open(args[args.index("--input") + 1]))
print("chatter that is not JSON", flush=True)
print(json.dumps({{"ready": 1.5}}), flush=True)
for n, line in enumerate(sys.stdin):
    if n == {stop_after}:
        sys.exit(2)
    print(json.dumps({{"samples_us": [len(q) for q in data["questions"]]}}), flush=True)
"#
        );
        std::fs::write(dir.join("peer.py"), script).unwrap();
        dir
    }

    #[test]
    fn a_session_takes_turns_and_reports_a_stopped_peer() {
        let dir = fake_peer(2);
        let texts = vec!["a passage".to_string()];
        let questions = ["abc", "abcdef"];
        let mut session = PeerSession::start(&dir, &dir, "t", &texts, &questions).unwrap();
        assert_eq!(session.build_ms, 1.5);
        for _ in 0..2 {
            let samples = session.round().unwrap();
            assert_eq!(
                samples,
                vec![Duration::from_micros(3), Duration::from_micros(6)]
            );
        }
        let err = session.round().unwrap_err();
        assert!(err.contains("peer failed"), "{err}");
        drop(session);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
