//! Runs question sets (JSON lines, format in the question sets' README) through the engine and reports
//! each failing case, a confusion table of expected × given verdicts, and `eval: N passed, N failed`.

use crate::answer::{Answer, Verdict};
use crate::engine::{AskOptions, Engine};
use crate::understand::calendar::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum EvalError {
    #[error("{path}: cannot read it ({source})")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a question-set case: {message}")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
}

/// One verdict or a list of acceptable ones.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Expected {
    One(Verdict),
    Any(Vec<Verdict>),
}

impl Expected {
    fn accepts(&self, v: Verdict) -> bool {
        match self {
            Expected::One(e) => *e == v,
            Expected::Any(list) => list.contains(&v),
        }
    }
    /// The accepted verdicts as words, `a | b` for a list.
    fn words(&self) -> String {
        match self {
            Expected::One(v) => v.to_string(),
            Expected::Any(l) => l.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(" | "),
        }
    }
    fn first(&self) -> Option<Verdict> {
        match self {
            Expected::One(e) => Some(*e),
            Expected::Any(list) => list.first().copied(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    pub question: String,
    #[serde(default)]
    pub verdict: Option<Expected>,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub conditions: Option<Vec<String>>,
    #[serde(default)]
    pub playlist: Option<String>,
    #[serde(default)]
    pub source_contains: Option<String>,
    /// For an open question: topic -> the verdict(s) the answer's overview must give it.
    #[serde(default)]
    pub overview: Option<BTreeMap<String, Expected>>,
    /// The day the question is asked on; dates in it count from this day. Without it, the run's day.
    #[serde(default)]
    pub today: Option<Date>,
    /// The question's shape (information only).
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
}

/// Reads a `.jsonl` question set; blank lines are skipped.
pub fn load_cases(path: &Path) -> Result<Vec<Case>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case = serde_json::from_str(line).map_err(|e| EvalError::Parse {
            path: path.display().to_string(),
            line: i + 1,
            message: e.to_string(),
        })?;
        cases.push(case);
    }
    Ok(cases)
}

/// What is wrong with `answer` for `case`; empty when every given field holds.
pub fn check(case: &Case, answer: &Answer) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(expected) = &case.verdict {
        if !expected.accepts(answer.verdict) {
            problems.push(format!(
                "verdict: expected {}, got {}",
                expected.words(),
                answer.verdict
            ));
        }
        if answer.verdict == Verdict::Depends && answer.follow_up.is_none() {
            problems.push("depends without a follow-up question".to_string());
        }
    }
    // The topic is checked on rulings: an accepted `not_covered` answer rules on nothing, and an accepted
    // `urgent` one gives no exercise advice (question sets' README).
    let accepted_without_rulings = matches!(answer.verdict, Verdict::NotCovered | Verdict::Urgent)
        && case
            .verdict
            .as_ref()
            .is_some_and(|e| e.accepts(answer.verdict));
    if let Some(topic) = case.topic.as_ref().filter(|_| !accepted_without_rulings) {
        if answer.topic.as_deref() != Some(topic.as_str()) {
            problems.push(format!(
                "topic: expected {topic}, got {}",
                answer.topic.as_deref().unwrap_or("none")
            ));
        }
    }
    if let Some(conditions) = &case.conditions {
        for c in conditions {
            if !answer.conditions.contains(c) {
                problems.push(format!(
                    "conditions: {c} not recognised (got [{}])",
                    answer.conditions.join(", ")
                ));
            }
        }
    }
    // The overview too: an answer without rulings has no overview to check.
    if let Some(overview) = case.overview.as_ref().filter(|_| !accepted_without_rulings) {
        for (topic, expected) in overview {
            match answer.overview.iter().find(|line| &line.topic == topic) {
                Some(line) if expected.accepts(line.verdict) => {}
                Some(line) => problems.push(format!(
                    "overview: {topic} expected {}, got {}",
                    expected.words(),
                    line.verdict
                )),
                None => problems.push(format!("overview: no ruling on {topic}")),
            }
        }
    }
    if let Some(p) = &case.playlist {
        if !answer.playlists.iter().any(|l| &l.condition == p) {
            problems.push(format!("playlist: no link for {p}"));
        }
    }
    if let Some(phrase) = &case.source_contains {
        let phrase = phrase.to_lowercase();
        let found = answer
            .passages
            .iter()
            .take(3)
            .any(|p| p.text.to_lowercase().contains(&phrase));
        if !found {
            problems.push(format!(
                "source_contains: no cited passage contains \"{phrase}\" (cited: {})",
                answer
                    .passages
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    problems
}

/// The outcome of a run.
#[derive(Debug, Default)]
pub struct Report {
    pub passed: usize,
    pub failed: usize,
    /// Human-readable failure blocks.
    pub failures: Vec<String>,
    /// (expected, given) -> count, for cases that state a verdict.
    pub confusion: BTreeMap<(Verdict, Verdict), usize>,
}

/// Runs every case of every set; a case without its own `today` is asked on `run_day`.
pub fn run(engine: &Engine, sets: &[(String, Vec<Case>)], run_day: Date) -> Report {
    let mut report = Report::default();
    for (name, cases) in sets {
        for case in cases {
            let options = AskOptions::on(case.today.unwrap_or(run_day));
            let answer = engine.answer(&case.question, &options);
            let problems = check(case, &answer);
            if let Some(expected) = &case.verdict {
                let shown = if expected.accepts(answer.verdict) {
                    answer.verdict
                } else {
                    expected.first().unwrap_or(answer.verdict)
                };
                *report.confusion.entry((shown, answer.verdict)).or_default() += 1;
            }
            if problems.is_empty() {
                report.passed += 1;
            } else {
                report.failed += 1;
                let mut block = format!("FAIL {name} {}: {}\n", case.id, case.question);
                for p in problems {
                    let _ = writeln!(block, "  - {p}");
                }
                report.failures.push(block);
            }
        }
    }
    report
}

impl Report {
    /// Failures, the confusion table and the closing line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for f in &self.failures {
            out.push_str(f);
        }
        let used: Vec<Verdict> = Verdict::ALL
            .into_iter()
            .filter(|v| self.confusion.keys().any(|(e, g)| e == v || g == v))
            .collect();
        if !used.is_empty() {
            let _ = writeln!(out, "\nexpected \\ given");
            let _ = write!(out, "{:>12}", "");
            for g in &used {
                let _ = write!(out, "{:>12}", g.as_str());
            }
            let _ = writeln!(out);
            for e in &used {
                let _ = write!(out, "{:>12}", e.as_str());
                for g in &used {
                    let n = self.confusion.get(&(*e, *g)).copied().unwrap_or(0);
                    let cell = if n == 0 {
                        ".".to_string()
                    } else {
                        n.to_string()
                    };
                    let _ = write!(out, "{cell:>12}");
                }
                let _ = writeln!(out);
            }
        }
        let _ = writeln!(
            out,
            "\neval: {} passed, {} failed",
            self.passed, self.failed
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::AskOptions;

    /// An answer's overview is checked when it rules; an accepted `not_covered` answer rules on nothing and
    /// an accepted `urgent` one gives no exercise advice, so neither topic nor overview is asked of them.
    #[test]
    fn the_overview_is_checked_on_rulings_only() {
        let engine = Engine::load(&kneebot_core::checkout_knowledge_dir()).unwrap();
        let options = AskOptions::on(jiff::civil::date(2026, 11, 30));
        let case: Case = serde_json::from_str(
            r#"{"id": "t", "question": "-", "verdict": ["recommended", "not_covered"],
                "overview": {"hamstring_strengthening": "recommended"}}"#,
        )
        .unwrap();
        let diagnosis = engine.answer(
            "my knee clicks on stairs. could it be a meniscus tear?",
            &options,
        );
        assert_eq!(diagnosis.verdict, Verdict::NotCovered);
        assert!(
            check(&case, &diagnosis).is_empty(),
            "{:?}",
            check(&case, &diagnosis)
        );
        let urgent_case: Case = serde_json::from_str(
            r#"{"id": "u", "question": "-", "verdict": ["recommended", "urgent"],
                "overview": {"hamstring_strengthening": "recommended"}}"#,
        )
        .unwrap();
        let urgent = engine.answer(
            "ACL surgery 5 days ago, my calf is hot and swollen. What exercises should I do?",
            &options,
        );
        assert_eq!(urgent.verdict, Verdict::Urgent);
        assert!(check(&urgent_case, &urgent).is_empty());
        // Not accepted, an urgent answer still fails on its verdict.
        assert!(!check(&case, &urgent).is_empty());
        let open = engine.answer("What exercises should I do for my knee?", &options);
        assert_eq!(open.verdict, Verdict::Recommended);
        let problems = check(&case, &open);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("overview: hamstring_strengthening")),
            "{problems:?}"
        );
    }
}
