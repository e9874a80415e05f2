//! The words the rules speak in, at the bottom of the core: a ruling's `Verdict` and a person's recovery
//! `Phase`. Knowledge, understanding, rules and answers all use them; they use nothing of the core.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The rule outcome. The words are the ones the question sets use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Recommended,
    OkForNow,
    Caution,
    Avoid,
    Depends,
    Urgent,
    NotCovered,
    Info,
}

impl Verdict {
    pub const ALL: [Verdict; 8] = [
        Verdict::Recommended,
        Verdict::OkForNow,
        Verdict::Caution,
        Verdict::Avoid,
        Verdict::Depends,
        Verdict::Urgent,
        Verdict::NotCovered,
        Verdict::Info,
    ];

    /// The word used in data files, JSON and question sets.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Recommended => "recommended",
            Verdict::OkForNow => "ok_for_now",
            Verdict::Caution => "caution",
            Verdict::Avoid => "avoid",
            Verdict::Depends => "depends",
            Verdict::Urgent => "urgent",
            Verdict::NotCovered => "not_covered",
            Verdict::Info => "info",
        }
    }

    /// How far the verdict holds a person back, least first: when two rules could apply, the more
    /// cautious one is given.
    pub fn caution(self) -> u8 {
        match self {
            Verdict::Recommended => 0,
            Verdict::OkForNow | Verdict::Info => 1,
            Verdict::Depends => 2,
            Verdict::Caution => 3,
            Verdict::NotCovered => 4,
            Verdict::Avoid => 5,
            Verdict::Urgent => 6,
        }
    }

    /// Where a ruling goes in an overview, in the order a physio would say them: 0 do, 1 go carefully,
    /// 2 back off, 3 ruled out for this person (or nothing to say).
    pub fn overview_group(self) -> usize {
        match self {
            Verdict::Recommended | Verdict::OkForNow => 0,
            Verdict::Caution => 1,
            Verdict::Avoid => 2,
            Verdict::Depends => 3,
            _ => 4,
        }
    }

    /// The headline of a reply about an exercise the asker's clinician ruled out or they cannot do: the
    /// material does cover the exercise, but the instruction they were given comes before it.
    pub const CLINICIAN_FIRST: &'static str = "Your clinician's instruction comes first";

    /// The verdict in words, as a person reads it at the top of a reply.
    pub fn headline(self) -> &'static str {
        match self {
            Verdict::Recommended => "Recommended",
            Verdict::OkForNow => "OK for now (a limited window)",
            Verdict::Caution => "Go carefully",
            Verdict::Avoid => "Better to back off",
            Verdict::Depends => "It depends on where you are in your recovery",
            Verdict::Urgent => "Please get medical help now",
            Verdict::NotCovered => "The material doesn't cover this",
            Verdict::Info => "From the material",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown verdict `{s}` (expected one of: {})",
                    Verdict::ALL.map(|v| v.as_str()).join(", ")
                )
            })
    }
}

/// Where a person is relative to a surgery or trauma, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// No surgery or trauma: the ongoing knee problem the material describes (or no problem named).
    None,
    /// Right after surgery or trauma: the muscle does not work on command yet.
    Early,
    /// The muscle works again and strength is coming back.
    Rebuilding,
    /// Full range of motion, or walking decently again.
    Recovered,
    /// A surgery or trauma is named but nothing tells where the person is.
    Unknown,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::None,
        Phase::Early,
        Phase::Rebuilding,
        Phase::Recovered,
        Phase::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::None => "none",
            Phase::Early => "early",
            Phase::Rebuilding => "rebuilding",
            Phase::Recovered => "recovered",
            Phase::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Phase {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown phase `{s}` (expected one of: {})",
                    Phase::ALL.map(|p| p.as_str()).join(", ")
                )
            })
    }
}
