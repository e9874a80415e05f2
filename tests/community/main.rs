//! Where the community asks and what moderators and members control, through the real serenity/poise
//! client against the fake Discord on loopback: the moderators' queue and its export, the moderator role
//! and log channel, the message menu, forum posts answered on their own, `/forget-me` and where the
//! hashing secret lives.
//!
//! One test binary, in modules, with the members, channels and helpers they share below:
//! - `queue`: the moderators' queue and its export, and `/kb stats` with its chart;
//! - `moderators`: the moderator role and log channel, and videos added from Discord;
//! - `message_menu`: the message menu, answering someone else's message;
//! - `forums`: forum posts answered on their own;
//! - `privacy`: `/forget-me` and where the hashing secret lives.

#[path = "../common/mod.rs"]
mod common;
#[path = "../fake_discord/mod.rs"]
mod fake_discord;

mod forums;
mod message_menu;
mod moderators;
mod privacy;
mod queue;

use fake_discord::harness::*;
use fake_discord::{Call, User, GUILD_ID, MEMBER_PERMISSIONS};
use serde_json::{json, Value};

const NOT_COVERED: &str = "can I do yoga for my shoulder?";
const URGENT: &str = "my calf is hot and swollen since my surgery, can I walk?";
const CAROL: User = User {
    id: 7003,
    name: "carol",
    permissions: MEMBER_PERMISSIONS,
};
const HELPERS_ROLE: u64 = 8100;
const LOG_CHANNEL: u64 = 6500;
const FORUM: u64 = 6600;

/// A slash command with sub-command `sub`, sent by `user` holding `roles`, with `resolved` data (the
/// roles and channels its options name).
fn sub_command(
    h: &Harness,
    user: &User,
    roles: &[u64],
    (name, sub): (&str, &str),
    options: Value,
    resolved: Value,
) -> u64 {
    let id = h.fake.next_id();
    let mut payload = fake_discord::slash_command(
        id,
        user,
        name,
        json!([{ "name": sub, "type": 1, "options": options }]),
    );
    payload["member"]["roles"] = json!(roles.iter().map(|r| r.to_string()).collect::<Vec<_>>());
    if !resolved.is_null() {
        payload["data"]["resolved"] = resolved;
    }
    h.fake.dispatch("INTERACTION_CREATE", payload);
    id
}

fn channel_json(id: u64, kind: u8, parent: Option<u64>) -> Value {
    let mut channel = json!({
        "id": id.to_string(), "type": kind, "guild_id": GUILD_ID.to_string(), "name": format!("c{id}"),
        "position": 0, "permission_overwrites": [], "nsfw": false, "permissions": "2147483647"
    });
    if let Some(parent) = parent {
        channel["parent_id"] = json!(parent.to_string());
        channel["thread_metadata"] = json!({
            "archived": false, "auto_archive_duration": 1440, "archive_timestamp": "2024-01-01T00:00:00Z",
            "locked": false
        });
    }
    channel
}

/// The option naming a channel, with the resolved data Discord sends for it.
fn channel_option(name: &str, channel: &Value) -> (Value, Value) {
    let id = channel["id"].as_str().unwrap();
    (
        json!([{ "name": name, "type": 7, "value": id }]),
        json!({ "channels": { id: channel } }),
    )
}

fn content(reply: &Value) -> &str {
    reply["content"].as_str().unwrap_or("")
}

fn refused_to_members(reply: &Value) -> bool {
    content(reply).contains("for moderators")
}

/// Channel messages the bot posted in `channel`.
fn posts_in(calls: &[Call], channel: u64) -> Vec<Value> {
    let path = format!("/api/v10/channels/{channel}/messages");
    calls
        .iter()
        .filter(|c| c.method == "POST" && c.path == path)
        .filter_map(|c| c.body.clone())
        .collect()
}
