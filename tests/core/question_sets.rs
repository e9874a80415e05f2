//! The question sets: every dev and held-out case passes, pending sets are run and reported, the dev copies
//! are in step with the shared sets, and how a case's topic is checked.

use crate::{ask, common, engine};
use kneebot::answer::Verdict;
use std::path::Path;

#[test]
fn every_dev_case_passes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/dev.jsonl");
    let cases = kneebot::eval::load_cases(&path).unwrap();
    assert!(cases.len() >= 33, "the dev set has {} cases", cases.len());
    let report = kneebot::eval::run(engine(), &[("dev".to_string(), cases)], common::TODAY);
    assert_eq!(report.failed, 0, "\n{}", report.render());
}

/// The held-out sets: the same behaviour in other words (slang, typos, timelines, negations, long stories,
/// British usage, markdown, rule edges, safety wording…), written from the question sets' README rather
/// than from the bot's output. They guard the general mechanisms.
#[test]
fn every_held_out_case_passes() {
    let mut sets = Vec::new();
    // Every set in tests/eval is run, so a new one cannot be forgotten.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".jsonl").map(str::to_string))
        .filter(|n| n != "dev")
        .collect();
    names.sort();
    assert!(names.len() >= 12, "held-out sets: {names:?}");
    for name in names {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/eval/{name}.jsonl"));
        let cases = kneebot::eval::load_cases(&path).unwrap();
        assert!(!cases.is_empty(), "{name} is empty");
        sets.push((name.to_string(), cases));
    }
    // Run on two days a year and a half apart: a case whose answer turns on a calendar date it does not
    // carry (`today`) fails on one of them, so no case can depend on the day the suite runs.
    for run_day in [common::TODAY, jiff::civil::date(2028, 5, 17)] {
        let report = kneebot::eval::run(engine(), &sets, run_day);
        assert_eq!(report.failed, 0, "asked on {run_day}:\n{}", report.render());
    }
}

/// Sets waiting for their fixes: run and reported (with `--nocapture`), not required.
#[test]
fn pending_sets_are_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/pending");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for path in files {
        // A pending set must still be well formed: a broken line is a mistake, not a pending fix.
        let cases = kneebot::eval::load_cases(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = kneebot::eval::run(engine(), &[(name.clone(), cases)], common::TODAY);
        println!(
            "pending {name}: {} passed, {} failed",
            report.passed, report.failed
        );
    }
}

#[test]
fn the_dev_copies_are_in_step_with_the_shared_sets() {
    for name in ["dev.jsonl", "dev-shapes.jsonl", "real-dev.jsonl"] {
        // CI has ../shared beside the clone; a developer's checkout may not.
        let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/eval")
            .join(name);
        if let Ok(shared) = std::fs::read_to_string(shared) {
            let ours = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/eval")
                    .join(name),
            )
            .unwrap();
            assert_eq!(
                ours, shared,
                "copy ../shared/eval/{name} to tests/eval/{name}"
            );
        }
    }
}

/// The question sets' rule: `topic` is checked on rulings; an accepted `not_covered` answer rules on
/// nothing, so it passes without one, while a ruling on another topic still fails.
#[test]
fn eval_checks_the_topic_on_rulings_only() {
    let case: kneebot::eval::Case = serde_json::from_str(
        r#"{"id": "t", "question": "q", "verdict": ["not_covered", "recommended"], "topic": "squats"}"#,
    )
    .unwrap();
    let not_covered = ask("should I take ibuprofen before squats?");
    assert_eq!(not_covered.verdict, Verdict::NotCovered);
    assert!(kneebot::eval::check(&case, &not_covered).is_empty());
    let ruling = ask("are glute bridges good for my knee arthritis?");
    assert_eq!(ruling.verdict, Verdict::Recommended);
    let problems = kneebot::eval::check(&case, &ruling);
    assert!(
        problems.iter().any(|p| p.starts_with("topic:")),
        "{problems:?}"
    );
}
