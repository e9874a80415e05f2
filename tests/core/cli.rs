//! The `kneebot` command as a process: `ask` prints what the engine decides (as text and JSON), `eval`,
//! `check` and `chat` work, broken knowledge is reported with file and line, `serve` without a token says
//! how to get one, dates count from `--today`, and real posts' shapes get the right overview.

use crate::ask;
use crate::common::{copy_dir, knowledge_dir};
use std::path::Path;
use std::process::Command;

fn kneebot() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kneebot"));
    c.env("KNEEBOT_KNOWLEDGE_DIR", knowledge_dir());
    c
}

#[test]
fn cli_ask_prints_the_answer_and_json_matches_the_engine() {
    let q = "should I do leg curls after my ACL repair?";
    let out = kneebot().args(["ask", q]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("It depends"), "{text}");
    assert!(text.contains("not a diagnosis"));
    // The shipped playlists are placeholders: named, never linked.
    assert!(
        text.contains("no link yet") && !text.contains("EXAMPLE-acl-tear"),
        "{text}"
    );

    let out = kneebot().args(["ask", "--json", q]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let answer = ask(q);
    assert_eq!(json["verdict"], "depends");
    assert_eq!(json["topic"], "hamstring_strengthening");
    assert_eq!(json["conditions"][0], "acl_tear");
    assert_eq!(json["follow_up"]["choices"].as_array().unwrap().len(), 3);
    assert_eq!(
        json["passages"].as_array().unwrap().len(),
        answer.passages.len()
    );
    for key in ["reasons", "playlists", "text", "passages"] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["playlists"][0]["condition"], "acl_tear");
    assert!(
        json["playlists"][0]["url"].is_null(),
        "{}",
        json["playlists"]
    );
    let p = &json["passages"][0];
    for key in ["source", "id", "text", "score"] {
        assert!(p.get(key).is_some(), "passage missing {key}");
    }

    let out = kneebot()
        .args(["ask", "--json", "--phase", "recovered", q])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "avoid");
}

#[test]
fn cli_eval_check_and_chat() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/dev.jsonl");
    let out = kneebot().arg("eval").arg(&dev).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.trim_end().ends_with("eval: 33 passed, 0 failed")
            || text.contains(" passed, 0 failed"),
        "{text}"
    );

    let dir = std::env::temp_dir().join(format!("kneebot-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("wrong.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"x\",\"question\":\"Are squats ok for knee arthritis?\",\"verdict\":\"avoid\"}\n",
    )
    .unwrap();
    let out = kneebot().arg("eval").arg(&bad).output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("FAIL") && text.contains("eval: 0 passed, 1 failed"),
        "{text}"
    );

    let out = kneebot().arg("check").output().unwrap();
    assert!(out.status.success());

    let mut child = kneebot()
        .arg("chat")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"should I do leg curls after my ACL repair?\n3\nquit\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("It depends") && text.contains("Better to back off"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_reports_broken_knowledge_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("kneebot-broken-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&knowledge_dir(), &dir);
    let rules = dir.join("rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(
        &rules,
        text.replacen(
            "quote = \"strengthening your hamstrings adds",
            "quote = \"hamstrings cure everything, adds",
            1,
        ),
    )
    .unwrap();
    let out = kneebot()
        .arg("--knowledge")
        .arg(&dir)
        .arg("check")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("rules.toml:") && err.contains("not in source"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cli_serve_without_a_token_says_how_to_get_one() {
    let out = kneebot()
        .arg("serve")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DISCORD_TOKEN_FILE")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("DISCORD_TOKEN") && err.contains("kneebot ask"),
        "{err}"
    );
}

/// Dates in a question count from the day it is asked, given with `--today`; the same question asked on
/// three days gets the three rulings of the calendar policy, and a date that is not YYYY-MM-DD is refused.
#[test]
fn cli_counts_dates_from_the_day_given() {
    let verdict_on = |day: &str| {
        let out = kneebot()
            .args(["ask", "--json", "--today", day])
            .arg("ACLR on October 28th, ok to do ham curls now?")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        answer["verdict"].as_str().unwrap().to_string()
    };
    assert_eq!(verdict_on("2026-11-01"), "ok_for_now");
    assert_eq!(verdict_on("2026-12-20"), "depends");
    assert_eq!(verdict_on("2027-06-01"), "avoid");

    let cases: [&[&str]; 3] = [
        &["ask", "--today", "2026-02-30", "squats?"],
        &["chat", "--today", "30/11/2026"],
        &["eval", "--today", "soon", "tests/eval/dev.jsonl"],
    ];
    for args in cases {
        let out = kneebot()
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
    }
}

/// Real posts' shapes through the CLI's JSON: an open question gets an overview grouped do / go carefully /
/// back off; a diagnosis question gets no exercise advice but still the condition's playlist; an exercise the
/// asker's clinician ruled out is never recommended.
#[test]
fn cli_answers_open_questions_diagnoses_and_limits() {
    let ask = |q: &str| -> serde_json::Value {
        let out = kneebot()
            .args(["ask", "--json", "--today", "2026-11-30", q])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let rulings = |a: &serde_json::Value| -> Vec<(String, String)> {
        a["overview"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["topic"].as_str().unwrap().into(),
                    l["verdict"].as_str().unwrap().into(),
                )
            })
            .collect()
    };

    let avoid = ask("knee arthritis here, which gym exercises should I stay away from?");
    assert_eq!(avoid["verdict"], "avoid");
    let lines = rulings(&avoid);
    assert!(
        lines.contains(&("hamstring_strengthening".into(), "avoid".into())),
        "{lines:?}"
    );
    assert!(
        lines.contains(&("glute_strengthening".into(), "recommended".into())),
        "{lines:?}"
    );
    // Grouped: every "do" line comes before every "go carefully" line, which come before "back off".
    let group = |v: &str| match v {
        "recommended" | "ok_for_now" => 0,
        "caution" => 1,
        "avoid" => 2,
        "depends" => 3,
        _ => 4,
    };
    let groups: Vec<_> = lines.iter().map(|(_, v)| group(v)).collect();
    assert!(groups.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert!(avoid["overview"][0]["passage"]
        .as_str()
        .is_some_and(|p| !p.is_empty()));

    // Phase unknown after surgery: what holds in every phase, the rest as `depends`, and the follow-up.
    let open = ask("I had a TKR a while back. What exercises should I do?");
    assert_eq!(open["verdict"], "recommended");
    assert!(open["follow_up"].is_object());
    assert!(rulings(&open)
        .iter()
        .any(|(t, v)| t == "hamstring_strengthening" && v == "depends"));
    assert!(rulings(&open)
        .iter()
        .any(|(t, v)| t == "glute_strengthening" && v == "recommended"));

    let diagnosis = ask("my knee clicks every time i go up stairs. could it be a meniscus tear?");
    assert_eq!(diagnosis["verdict"], "not_covered");
    assert!(diagnosis["overview"].as_array().unwrap().is_empty());
    assert_eq!(diagnosis["playlists"][0]["condition"], "meniscus_tear");

    let limited = ask("my surgeon said no squats for now. what can I do for my knee?");
    let squats = rulings(&limited)
        .into_iter()
        .find(|(t, _)| t == "squats")
        .map(|(_, v)| v);
    assert_eq!(squats.as_deref(), Some("not_covered"));
    let asked = ask("my surgeon said no squats for now. can I squat with a light bar?");
    assert_eq!(asked["verdict"], "not_covered");
}
