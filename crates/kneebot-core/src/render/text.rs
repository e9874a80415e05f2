//! Plain-text rendering for the terminal (`kneebot ask`, `kneebot chat`) and the `text` field of `--json`.

use crate::answer::{Answer, Verdict};
use std::fmt::Write;

/// The answer as plain text, in reading order: verdict, guidance, reasons, follow-up, passages, playlists,
/// disclaimer.
pub fn render(answer: &Answer) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", answer.headline);
    if let (Some(name), false) = (
        &answer.topic_name,
        matches!(
            answer.verdict,
            Verdict::Urgent | Verdict::NotCovered | Verdict::Info
        ),
    ) {
        let _ = writeln!(out, "About: {name}");
    }
    if !answer.guidance.is_empty() {
        let _ = writeln!(out, "\n{}", answer.guidance);
    }
    for (heading, lines) in super::overview_groups(answer) {
        let _ = writeln!(out, "\n{heading}:");
        for line in lines {
            let _ = writeln!(out, "  - {}: {}", line.topic_name, line.guidance);
            if !line.passage.is_empty() {
                let _ = writeln!(out, "    \"{}\"", line.passage);
            }
        }
    }
    if !answer.reasons.is_empty() {
        let title = if answer.verdict == Verdict::Urgent {
            "Warning signs:"
        } else {
            "Why:"
        };
        let _ = writeln!(out, "\n{title}");
        for r in &answer.reasons {
            let _ = writeln!(out, "  - {r}");
        }
    }
    if let Some(f) = &answer.follow_up {
        let _ = writeln!(out, "\n{}", f.question);
        for (i, c) in f.choices.iter().enumerate() {
            let _ = writeln!(out, "  {}. {}\n     -> {}", i + 1, c.label, c.outcome);
        }
    }
    if !answer.passages.is_empty() {
        let _ = writeln!(out, "\nFrom the material:");
        for p in &answer.passages {
            let _ = writeln!(
                out,
                "  > \"{}\"\n    ({}, {})",
                p.quote, p.source_title, p.id
            );
        }
    }
    if !answer.playlists.is_empty() {
        let _ = writeln!(out, "\nPlaylists:");
        for p in &answer.playlists {
            match &p.url {
                Some(url) => {
                    let _ = writeln!(out, "  - {}: {url}", p.title);
                }
                None => {
                    let _ = writeln!(out, "  - {}: no link yet", p.title);
                }
            }
        }
    }
    let _ = writeln!(out, "\n{}", answer.disclaimer);
    out
}
