//! A reply in Discord's shape as plain data (title, description, colour, fields, footer, buttons), with
//! nothing Discord-specific in its types: `discord.rs` fills it from an `Answer`, `discord_fit.rs` makes it
//! fit Discord's limits, and `bot/` maps it onto serenity's builders.

use crate::model::Phase;

/// A reply in Discord's shape, with nothing Discord-specific in its types.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscordReply {
    pub title: String,
    pub description: String,
    /// 0xRRGGBB.
    pub colour: u32,
    pub fields: Vec<Field>,
    pub footer: Option<String>,
    pub buttons: Vec<Button>,
}

/// One embed field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

/// A button under a reply. `action` says what a click means; `bot/` turns it into a custom id.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub action: ButtonAction,
    pub label: String,
    pub emoji: Option<String>,
    pub style: ButtonStyle,
}

/// What a button does when clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonAction {
    /// Answers a `depends` follow-up with this phase.
    Phase(Phase),
    /// 👍 / 👎 on the answer.
    Feedback { helpful: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonStyle {
    Primary,
    Secondary,
    Success,
    Danger,
}
