//! The corpus: the nastiest cases, as plain table tests. The questions in `tests/corpus/*.txt` and a few too
//! big to keep as files are answered safely in every phase, and a question full of markup is echoed
//! escaped, not dropped.

use crate::checks::{check_question, engine, PHASES};
use crate::common;
use kneebot::render::discord;
use kneebot::AskOptions;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut cases: Vec<(String, String)> = files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                String::from_utf8(bytes).expect("corpus files are UTF-8"),
            )
        })
        .collect();
    // Too big to keep as files.
    cases.extend([
        ("100 KB of one letter".into(), "a".repeat(100_000)),
        ("100 KB of @everyone".into(), "@everyone ".repeat(10_000)),
        (
            "100 KB of one character with accents".into(),
            format!("a{}", "\u{301}".repeat(50_000)),
        ),
        ("100 KB of backticks".into(), "`".repeat(100_000)),
        ("100 KB of mentions".into(), "<@&123>".repeat(15_000)),
        ("100 KB of nested quotes".into(), "> ".repeat(50_000)),
        (
            "100 KB of zero-width joiners".into(),
            "\u{200D}".repeat(33_000),
        ),
        ("100 KB of new lines".into(), "\n".repeat(100_000)),
        (
            "100 KB of a real question".into(),
            "leg curls after my ACL repair 3 weeks ago? ".repeat(2_400),
        ),
        (
            "an unclosed mention before 100 KB".into(),
            format!("<@{}", "1".repeat(100_000)),
        ),
        (
            "an open URL of 100 KB".into(),
            format!("https://{}", "x".repeat(100_000)),
        ),
    ]);
    cases
}

#[test]
fn corpus_of_nasty_questions_answers_safely_in_every_phase() {
    let cases = corpus();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    for (name, question) in &cases {
        for phase in PHASES {
            let result = std::panic::catch_unwind(|| check_question(question, phase));
            if let Err(panic) = result {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                panic!("corpus case {name} ({phase:?}): {message}");
            }
        }
    }
}

/// The corpus echoes what it should: a question with markup keeps its words, escaped, and pings nobody.
#[test]
fn corpus_echoes_are_escaped_not_dropped() {
    let answer = engine().answer(
        "**lunges** @everyone <@&123> [x](https://evil.example) ||hi|| `code`",
        &AskOptions::on(common::TODAY),
    );
    let reply = discord::answer(&answer);
    let echo = reply.description.split("\n\n").next().unwrap();
    for kept in [
        "\\*\\*lunges\\*\\*",
        "@\u{200B}everyone",
        "\\<@\u{200B}&123\\>",
        "\\[x\\]",
        "\\|\\|hi\\|\\|",
        "\\`code\\`",
    ] {
        assert!(echo.contains(kept), "{kept:?} not in {echo:?}");
    }
}
