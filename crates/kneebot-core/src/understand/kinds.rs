//! The kinds read from a question that later stages branch on: what the person wants from the answer
//! ([`Intent`]) and the surgery or trauma it places in the past ([`Event`]).

use super::asking;

/// What the person wants from the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Whether, or what, they should do: gets a ruling.
    Advice,
    /// A question about the material itself (why, how, what...).
    Info(InfoKind),
    /// When something is right or how long until it is.
    Timing,
    /// Where the playlists or videos are.
    Playlist,
    /// How many sets, reps, how much weight or how often: the material gives no doses.
    Dose,
    /// What the person has: no video can tell.
    Diagnosis,
    /// An open question (what to do, what to avoid) naming no exercise: a ruling for every topic.
    Overview(asking::OpenAsk),
    /// The story names an exercise but the question asks about something else.
    Outside,
}

impl Intent {
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Advice => "advice",
            Intent::Info(InfoKind::Why) => "info (why)",
            Intent::Info(InfoKind::Other) => "info",
            Intent::Timing => "timing",
            Intent::Playlist => "playlist",
            Intent::Dose => "dose",
            Intent::Diagnosis => "diagnosis",
            Intent::Overview(asking::OpenAsk::Do) => "overview (what to do)",
            Intent::Overview(asking::OpenAsk::Avoid) => "overview (what to avoid)",
            Intent::Overview(asking::OpenAsk::Request) => "overview (a request for advice)",
            Intent::Outside => "outside the material (prognosis, experiences, something else)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoKind {
    Why,
    Other,
}

/// The surgery or trauma the question places in the past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Surgery,
    Trauma,
    /// A tear or sprain placed within the fresh-injury window.
    FreshInjury,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Surgery => "surgery",
            Event::Trauma => "trauma",
            Event::FreshInjury => "fresh injury",
        }
    }
}
