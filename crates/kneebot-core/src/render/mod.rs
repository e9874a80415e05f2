//! Rendering: turns an `Answer` into what a person reads. Rendering never decides: everything shown comes
//! from the `Answer` value, so the terminal and Discord say the same thing.

pub mod discord;
mod discord_fit;
mod discord_reply;
pub mod json;
pub mod text;

use crate::answer::{Answer, OverviewLine};

/// An overview's lines in the groups a physio would say them in (do, go carefully, back off, depends on your
/// recovery, ruled out for you), each with its heading; groups with no line are left out.
pub fn overview_groups(answer: &Answer) -> Vec<(&'static str, Vec<&OverviewLine>)> {
    // Indexed by `Verdict::overview_group`.
    const HEADINGS: [&str; 5] = [
        "Do",
        "Go carefully",
        "Back off",
        "Depends on your recovery (see the question below)",
        "Ruled out for you",
    ];
    HEADINGS
        .iter()
        .enumerate()
        .map(|(group, heading)| {
            let lines = answer
                .overview
                .iter()
                .filter(|l| l.verdict.overview_group() == group)
                .collect::<Vec<_>>();
            (*heading, lines)
        })
        .filter(|(_, lines)| !lines.is_empty())
        .collect()
}
