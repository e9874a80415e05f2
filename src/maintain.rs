//! The moderators' terminal commands over `knowledge/`: `check`, `add-source` and `coverage`. Results go
//! to standard output, warnings to standard error; an `Err` is the message `kneebot` prints before exiting
//! non-zero.

use crate::engine::Engine;
use crate::knowledge::coverage;
use std::path::Path;

/// Counts on stdout, every warning on stderr; with `strict`, warnings fail.
pub fn check(engine: &Engine, strict: bool) -> Result<(), String> {
    let k = engine.knowledge();
    for line in crate::add_source::warning_lines(&k.warnings) {
        eprintln!("{line}");
    }
    crate::stdout::emit_line(&format!(
        "knowledge OK: {} sources, {} passages, {} conditions, {} topics, {} rules, {} playlists, {} warning{}",
        k.sources.len(),
        k.passages.len(),
        k.conditions.len(),
        k.topics.len(),
        k.rules.len(),
        k.playlists.len(),
        k.warnings.len(),
        if k.warnings.len() == 1 { "" } else { "s" }
    ));
    if strict && !k.warnings.is_empty() {
        return Err("kneebot check --strict: the warnings above count as failures".into());
    }
    Ok(())
}

/// Reads the transcript file and adds it (see [`crate::add_source`]).
pub fn add_source(
    dir: &Path,
    file: &Path,
    title: &str,
    url: &str,
    conditions: &[String],
    replace: bool,
) -> Result<(), String> {
    let transcript = std::fs::read_to_string(file)
        .map_err(|e| format!("kneebot add-source: cannot read {}: {e}", file.display()))?;
    let conditions: Vec<String> = conditions
        .iter()
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let request = crate::add_source::Request {
        file_name: &file.to_string_lossy(),
        transcript: &transcript,
        title,
        url,
        conditions: &conditions,
        replace,
    };
    let added = crate::add_source::add_source(dir, &request)
        .map_err(|e| format!("kneebot add-source: {e}"))?;
    for line in crate::add_source::warning_lines(&added.knowledge.warnings) {
        eprintln!("{line}");
    }
    crate::stdout::emit_line(&format!(
        "added {} (source `{}`): {} passages, {} with their moment in the video. Questions about it are \
         answered from its passages now; rules quoting it (rules.toml) turn them into rulings.",
        added.path.display(),
        added.id,
        added.passages,
        added.timed
    ));
    Ok(())
}

/// The coverage report; with a database, the unanswered questions grouped by a shared word.
pub fn coverage(engine: &Engine, json: bool, database: Option<&Path>) -> Result<(), String> {
    let k = engine.knowledge();
    let report = coverage::coverage(k);
    let groups = match database {
        Some(path) => {
            let store = crate::store::Store::open_read_only(path)
                .map_err(|e| format!("kneebot coverage: {e}"))?;
            let queue = store
                .unanswered(None, 100_000, 0)
                .map_err(|e| format!("kneebot coverage: {e}"))?;
            let questions: Vec<(String, Vec<String>)> = queue
                .into_iter()
                .map(|e| (e.question.question, e.question.conditions))
                .collect();
            Some(coverage::group_questions(k, &questions))
        }
        None => None,
    };
    if json {
        let value = serde_json::json!({ "coverage": report, "unanswered": groups });
        crate::stdout::emit_line(&format!("{value:#}"));
    } else {
        crate::stdout::emit(&report.text());
        if let Some(groups) = &groups {
            crate::stdout::emit(&coverage::groups_text(groups));
        }
    }
    Ok(())
}
