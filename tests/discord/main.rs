//! The bot end to end: the real serenity/poise client from `kneebot::bot::start` against the fake Discord in
//! `fake_discord`, on loopback only. Each test starts its own fake, bot, knowledge copy and database, checks
//! every reply the bot sent against Discord's limits and allowed mentions, and shuts the bot down.
//!
//! One test binary, in modules:
//! - `messages`: the gateway and messages: the fake's payloads, mentions and direct messages, a dropped
//!   connection, and no spam from mentions;
//! - `answers`: `/ask` replies: citations and links, the follow-up buttons, odd questions, urgent and not
//!   covered answers, dates, and private answers;
//! - `feedback`: 👍/👎 counted and kept, many clicks at once, and a broken database;
//! - `moderators`: `/kb reload`, and every moderator command refused to members;
//! - `settings`: the cooldown and the lookups, playlist links, allowed channels and their threads, and
//!   `/settings show` and `unplaylist`.

#[path = "../common/mod.rs"]
mod common;

#[path = "../fake_discord/mod.rs"]
mod fake_discord;

mod answers;
mod feedback;
mod messages;
mod moderators;
mod settings;
