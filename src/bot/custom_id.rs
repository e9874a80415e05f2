//! The custom ids on the bot's buttons and modals: made and read here only, so the code that draws a button
//! and the code that handles its click agree without importing each other. Ids carry the question-log id,
//! so a click works after a restart: the question comes back from the store, not from memory.

use crate::answer::Phase;
use crate::render::discord::ButtonAction;

const PREFIX: &str = "kb";

/// What a custom id asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Click {
    /// `kb:phase:<id>:<phase>`: answer the follow-up of question `id` with `phase`.
    Phase { id: i64, phase: Phase },
    /// `kb:fb:<id>:up|down`: 👍 or 👎 on question `id`.
    Feedback { id: i64, helpful: bool },
    /// `kb:fbc:<id>`: the "what was wrong?" modal for question `id`.
    Comment { id: i64 },
    /// `kb:done:<id>`: a moderator takes question `id` out of the queue.
    Handled { id: i64 },
    /// `kb:dismiss:<id>`: the poster removes the bot's answer to their forum post (question `id`).
    Dismiss { id: i64 },
    /// `kb:forget:<user>`: the member confirms deleting everything the bot keeps about them.
    Forget { user: u64 },
}

impl Click {
    pub fn id(self) -> String {
        match self {
            Click::Phase { id, phase } => format!("{PREFIX}:phase:{id}:{phase}"),
            Click::Feedback { id, helpful } => {
                format!("{PREFIX}:fb:{id}:{}", if helpful { "up" } else { "down" })
            }
            Click::Comment { id } => format!("{PREFIX}:fbc:{id}"),
            Click::Handled { id } => format!("{PREFIX}:done:{id}"),
            Click::Dismiss { id } => format!("{PREFIX}:dismiss:{id}"),
            Click::Forget { user } => format!("{PREFIX}:forget:{user}"),
        }
    }

    /// Reads a custom id made by [`Click::id`]; anything else is `None`.
    pub fn parse(custom_id: &str) -> Option<Click> {
        let mut parts = custom_id.split(':');
        if parts.next()? != PREFIX {
            return None;
        }
        let kind = parts.next()?;
        let number = parts.next()?;
        let last = parts.next();
        if parts.next().is_some() {
            return None;
        }
        if kind == "forget" {
            return last.is_none().then_some(Click::Forget {
                user: number.parse().ok()?,
            });
        }
        let id: i64 = number.parse().ok()?;
        match (kind, last) {
            ("phase", Some(phase)) => Some(Click::Phase {
                id,
                phase: phase.parse().ok()?,
            }),
            ("fb", Some("up")) => Some(Click::Feedback { id, helpful: true }),
            ("fb", Some("down")) => Some(Click::Feedback { id, helpful: false }),
            ("fbc", None) => Some(Click::Comment { id }),
            ("done", None) => Some(Click::Handled { id }),
            ("dismiss", None) => Some(Click::Dismiss { id }),
            _ => None,
        }
    }

    /// The click an answer's button makes for question-log row `log_id`.
    pub fn of_button(action: ButtonAction, log_id: i64) -> Click {
        match action {
            ButtonAction::Phase(phase) => Click::Phase { id: log_id, phase },
            ButtonAction::Feedback { helpful } => Click::Feedback {
                id: log_id,
                helpful,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::discord::limits;

    #[test]
    fn custom_ids_round_trip_and_fit() {
        let id = i64::MAX;
        for click in [
            Click::Phase {
                id,
                phase: Phase::Rebuilding,
            },
            Click::Feedback { id, helpful: true },
            Click::Feedback { id, helpful: false },
            Click::Comment { id },
            Click::Handled { id },
            Click::Dismiss { id },
            Click::Forget { user: u64::MAX },
        ] {
            let custom = click.id();
            assert!(custom.len() <= limits::CUSTOM_ID, "{custom}");
            assert_eq!(Click::parse(&custom), Some(click), "{custom}");
        }
        for bad in [
            "",
            "kb",
            "kb:phase:1",
            "kb:phase:x:early",
            "kb:phase:1:later",
            "other:fb:1:up",
            "kb:fb:1:up:x",
            "kb:done:1:x",
            "kb:forget:-1",
            "kb:forget:1:2",
        ] {
            assert_eq!(Click::parse(bad), None, "{bad}");
        }
    }
}
