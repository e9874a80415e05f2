//! Input limits in the terminal: `kneebot ask` and `kneebot chat`, run as processes, refuse a question over
//! the limit or with no words and say why.

use crate::checks::knowledge_dir;
use kneebot::config::Config;
use std::process::Command;
use std::time::{Duration, Instant};

fn kneebot() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kneebot"));
    cmd.env("KNEEBOT_KNOWLEDGE_DIR", knowledge_dir())
        .env_remove("KNEEBOT_LOG");
    cmd
}

/// Runs `cmd` with `input` on its stdin and waits at most a minute for it, so a stuck process fails the test
/// instead of stalling CI.
fn run(mut cmd: Command, input: &[u8]) -> std::process::Output {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let pipe = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let stdout = pipe(Box::new(child.stdout.take().unwrap()));
    let stderr = pipe(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kneebot did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    writer.join().unwrap();
    std::process::Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

#[test]
fn cli_ask_refuses_questions_over_the_limit_and_says_the_limit() {
    let limit = Config::default().max_question_chars;
    let at_limit = format!("leg curls after ACL? {}", "x".repeat(limit - 21));
    assert_eq!(at_limit.chars().count(), limit);
    let mut cmd = kneebot();
    cmd.args(["ask", &at_limit]);
    let ok = run(cmd, b"");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    for over in [format!("{at_limit}é"), "knee ".repeat(20_000)] {
        let mut cmd = kneebot();
        cmd.args(["ask", &over]);
        let out = run(cmd, b"");
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("up to {limit} characters"))
                && stderr.contains(&format!("yours has {}", over.trim().chars().count())),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "answered anyway");
    }
}

/// An empty question, or one of only mentions and emoji, gets a message saying so and no answer.
#[test]
fn cli_ask_refuses_a_question_with_no_words() {
    for nothing in ["   ", "@everyone", "🦵🔥😭"] {
        let mut cmd = kneebot();
        cmd.args(["ask", nothing]);
        let out = run(cmd, b"");
        assert!(!out.status.success(), "{nothing}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("no words to answer"), "{nothing}: {stderr}");
        assert!(out.stdout.is_empty(), "answered anyway: {nothing}");
    }
}

#[test]
fn cli_chat_refuses_an_over_long_line_and_goes_on() {
    let limit = Config::default().max_question_chars;
    let long = "knee ".repeat(limit);
    let mut cmd = kneebot();
    cmd.arg("chat");
    let out = run(
        cmd,
        format!("{long}\nleg curls after ACL repair?\n").as_bytes(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains(&format!("Questions can be up to {limit} characters")),
        "{stdout}"
    );
    assert!(
        stdout.to_lowercase().contains("depends"),
        "the next question is answered: {stdout}"
    );
}
