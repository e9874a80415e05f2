//! The question log loses nothing: many tokio tasks writing at once through the bot's own path (one `Store`
//! behind an `Arc`, each call on the blocking pool) all land, and a process killed with SIGKILL in the middle
//! of writing leaves a database that opens, checks clean and holds every row it reported committed.
//!
//! The killed writer is this test binary itself, started again with `KNEEBOT_DURABILITY_WRITER` naming the
//! database: the same test function then writes rows in a loop and prints each id after its commit returns.

mod common;
use common::TempDir;

use kneebot::store::{NewQuestion, Store};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WRITER_ENV: &str = "KNEEBOT_DURABILITY_WRITER";
/// The longest the parent waits for the writer to commit its rows.
const WAIT: Duration = Duration::from_secs(30);

fn question<'a>(user: u64, text: &'a str, conditions: &'a [String]) -> NewQuestion<'a> {
    NewQuestion {
        guild_id: Some(5000),
        channel_id: Some(6000),
        user_id: user,
        question: text,
        verdict: kneebot::Verdict::Depends,
        topic: Some("hamstring_strengthening"),
        conditions,
        top_score: 2.5,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_tokio_tasks_writing_at_once_lose_no_row() {
    const TASKS: u64 = 400;
    let dir = TempDir::new("tasks");
    let path = dir.0.join("kneebot.db");
    let store = Arc::new(Store::open(&path).unwrap());
    let conditions = vec!["acl_tear".to_string()];
    let first = store
        .log_question(&question(1, "the question everyone votes on", &conditions))
        .unwrap();

    // As the bot does it: every call on the blocking pool, all at once.
    let tasks: Vec<_> = (0..TASKS)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                tokio::task::spawn_blocking(move || {
                    let conditions = vec!["acl_tear".to_string()];
                    let id = store.log_question(&question(
                        1000 + i,
                        &format!("question {i}"),
                        &conditions,
                    ))?;
                    store.record_feedback(first, 1000 + i, i % 2 == 0)?;
                    if i % 5 == 0 {
                        store.record_feedback_comment(first, 1000 + i, "a comment")?;
                    }
                    Ok::<i64, kneebot::store::StoreError>(id)
                })
                .await
                .unwrap()
            })
        })
        .collect();
    let mut ids = Vec::new();
    for task in tasks {
        ids.push(
            tokio::time::timeout(WAIT, task)
                .await
                .unwrap()
                .unwrap()
                .unwrap(),
        );
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len() as u64, TASKS, "two writes got one id");
    drop(store);

    let store = Store::open(&path).unwrap();
    let stats = store.stats(None, 0).unwrap();
    assert_eq!(stats.total, TASKS + 1);
    assert_eq!((stats.helpful, stats.unhelpful), (TASKS / 2, TASKS / 2));
    assert_eq!(stats.per_condition["acl_tear"], TASKS + 1);
    for id in ids {
        assert!(store.question(id).unwrap().is_some(), "row {id} lost");
    }
}

/// In the writer process: write rows until killed, printing each id once its commit has returned.
fn write_until_killed(path: &Path) -> ! {
    use std::io::Write;
    let store = Store::open(path).unwrap();
    let conditions = vec!["acl_tear".to_string(), "meniscus_tear".to_string()];
    // Long enough that a kill often lands mid-write, not between writes.
    let text = "leg curls after my ACL repair? ".repeat(40);
    let mut out = std::io::stdout().lock();
    for user in 0.. {
        let id = store
            .log_question(&question(user, &text, &conditions))
            .unwrap();
        store.record_feedback(id, user, true).unwrap();
        writeln!(out, "committed {id}").unwrap();
        out.flush().unwrap();
    }
    unreachable!()
}

#[test]
fn a_writer_killed_mid_write_leaves_every_committed_row() {
    if let Some(path) = std::env::var_os(WRITER_ENV) {
        write_until_killed(Path::new(&path));
    }
    let dir = TempDir::new("killed");
    let path = dir.0.join("kneebot.db");
    let mut committed: Vec<i64> = Vec::new();
    // Several kills at different points; each writer continues the same file.
    for round in 0..4usize {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "a_writer_killed_mid_write_leaves_every_committed_row",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("committed ") {
                    let _ = tx.send(id.parse::<i64>().unwrap());
                }
            }
        });
        // Kill after a different number of rows each round.
        let target = 25 + round * 37;
        let deadline = Instant::now() + WAIT;
        let mut seen = 0;
        while seen < target {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(id) => {
                    committed.push(id);
                    seen += 1;
                }
                Err(e) => {
                    let _ = child.kill();
                    panic!("the writer stopped committing after {seen} rows: {e}");
                }
            }
        }
        child.kill().unwrap(); // SIGKILL: no destructor, no flush, no checkpoint.
        child.wait().unwrap();
        reader.join().unwrap();
        // Rows printed between the last read and the kill were committed too.
        committed.extend(rx.try_iter());
    }

    // The file opens (SQLite rolls back the torn transaction from the WAL) and checks clean.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let store = Store::open(&path).unwrap();
    for &id in &committed {
        let row = store
            .question(id)
            .unwrap()
            .unwrap_or_else(|| panic!("committed row {id} lost"));
        assert_eq!(row.conditions, ["acl_tear", "meniscus_tear"], "row {id}");
    }
    let stats = store.stats(None, 0).unwrap();
    assert!(stats.total >= committed.len() as u64);
    assert!(stats.helpful >= committed.len() as u64);
    // And it still takes writes.
    store.log_question(&question(1, "after", &[])).unwrap();
}
