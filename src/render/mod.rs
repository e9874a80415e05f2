//! Rendering: turns an `Answer` into what a person reads. Rendering never decides: everything shown comes
//! from the `Answer` value, so the terminal and Discord say the same thing.

pub mod discord;
pub mod json;
pub mod text;

use crate::answer::{Answer, OverviewLine, Verdict};

/// An overview's lines in the groups a physio would say them in (do, go carefully, back off, ruled out for
/// you), each with its heading; groups with no line are left out.
pub fn overview_groups(answer: &Answer) -> Vec<(&'static str, Vec<&OverviewLine>)> {
    const GROUPS: [(&str, &[Verdict]); 4] = [
        ("Do", &[Verdict::Recommended, Verdict::OkForNow]),
        ("Go carefully", &[Verdict::Caution]),
        ("Back off", &[Verdict::Avoid]),
        ("Ruled out for you", &[Verdict::NotCovered]),
    ];
    GROUPS
        .iter()
        .map(|(heading, verdicts)| {
            let lines = answer
                .overview
                .iter()
                .filter(|l| verdicts.contains(&l.verdict))
                .collect::<Vec<_>>();
            (*heading, lines)
        })
        .filter(|(_, lines)| !lines.is_empty())
        .collect()
}
