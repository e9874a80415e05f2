//! A bot started against the fake Discord, with test members and checks every test shares: each reply
//! pings nobody and fits Discord's limits.

use super::{FakeDiscord, User, MANAGE_GUILD, MEMBER_PERMISSIONS, WAIT};
use crate::common::{copy_dir, TempDir};
use kneebot::bot::BotHandle;
use kneebot::config::Config;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const ALICE: User = User {
    id: 7000,
    name: "alice",
    permissions: MEMBER_PERMISSIONS,
};
pub const BOB: User = User {
    id: 7001,
    name: "bob",
    permissions: MEMBER_PERMISSIONS,
};
pub const MOD: User = User {
    id: 7002,
    name: "mod",
    permissions: MEMBER_PERMISSIONS | MANAGE_GUILD,
};

pub const ACL_QUESTION: &str = "should I do leg curls after my ACL repair?";

pub struct Harness {
    pub fake: FakeDiscord,
    pub handle: Option<BotHandle>,
    pub knowledge: PathBuf,
    pub database: PathBuf,
    pub dir: TempDir,
}

impl Harness {
    /// A bot with its own copy of `knowledge/` and its own database, commands registered.
    pub async fn start(configure: impl FnOnce(&mut Config)) -> Harness {
        let dir = TempDir::new("discord");
        let knowledge = dir.0.join("knowledge");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
            &knowledge,
        );
        let database = dir.0.join("kneebot.sqlite3");
        let mut config = Config {
            knowledge_dir: knowledge.clone(),
            database: database.clone(),
            cooldown_seconds: 0,
            max_question_chars: 500,
            dev_guild_id: Some(super::GUILD_ID),
            log_level: "info".into(),
            playlists: BTreeMap::new(),
            ..Config::default()
        };
        configure(&mut config);
        let (fake, handle) = FakeDiscord::with_bot(config).await;
        Harness {
            fake,
            handle: Some(handle),
            knowledge,
            database,
            dir,
        }
    }

    /// `/ask` as `user`; returns the visible reply (callback data or follow-up).
    pub async fn ask(&self, user: &User, question: &str) -> Value {
        let id = self.fake.slash(
            user,
            "ask",
            json!([{ "name": "question", "type": 3, "value": question }]),
        );
        self.fake.reply(id).await
    }

    /// `/<name> <sub> [options]` as `user`; returns the visible reply.
    pub async fn sub(&self, user: &User, name: &str, sub: &str, options: Value) -> Value {
        let id = self.fake.slash(
            user,
            name,
            json!([{ "name": sub, "type": 1, "options": options }]),
        );
        self.fake.reply(id).await
    }

    /// Stops the bot, letting every event it was handling finish; the fake keeps what it recorded.
    pub async fn stop(&mut self) {
        if let Some(handle) = self.handle.take() {
            tokio::time::timeout(WAIT, handle.shutdown())
                .await
                .expect("shutdown timed out")
                .expect("shutdown");
        }
    }

    /// Stops the bot, then checks every reply it sent against the limits and allowed mentions.
    /// Returns the database path and the folder holding it (removed when the folder drops).
    pub async fn finish(mut self) -> (PathBuf, TempDir) {
        self.stop().await;
        check_every_call(&self.fake);
        (self.database.clone(), self.dir)
    }
}

/// The message a recorded call sends, if it sends one: an interaction response of type 4 (reply) or 7
/// (update), a follow-up or edit through the webhook routes, or a channel message. Defers (5, 6),
/// autocomplete (8) and modals (9) carry no message.
pub fn message_payload(call: &super::Call) -> Option<&Value> {
    if call.method != "POST" && call.method != "PATCH" {
        return None;
    }
    let body = call.body.as_ref()?;
    if call.path.ends_with("/callback") {
        return matches!(body["type"].as_u64(), Some(4) | Some(7)).then(|| &body["data"]);
    }
    (call.path.contains("/webhooks/") || call.path.ends_with("/messages")).then_some(body)
}

pub fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// Every call that sends a message pings nobody (allowed mentions present and empty, no reply ping) and fits
/// Discord's limits; every other call sends no text at all.
pub fn check_every_call(fake: &FakeDiscord) {
    let mut checked = 0;
    for call in fake.calls() {
        let Some(payload) = message_payload(&call) else {
            if let Some(body) = &call.body {
                let data = if call.path.ends_with("/callback") {
                    &body["data"]
                } else {
                    body
                };
                assert!(
                    data.get("content").is_none() && data.get("embeds").is_none(),
                    "text sent outside a checked message: {} {}: {body}",
                    call.method,
                    call.path
                );
            }
            continue;
        };
        checked += 1;
        let mentions = &payload["allowed_mentions"];
        assert_eq!(
            mentions["parse"],
            json!([]),
            "pings possible in {} {}: {payload}",
            call.method,
            call.path
        );
        assert!(
            mentions["users"].as_array().is_none_or(|u| u.is_empty()),
            "{payload}"
        );
        assert!(
            mentions["roles"].as_array().is_none_or(|r| r.is_empty()),
            "{payload}"
        );
        if payload.get("message_reference").is_some() {
            assert_eq!(mentions["replied_user"], false, "reply ping: {payload}");
        }
        assert_within_limits(payload);
    }
    assert!(checked > 0, "no message was sent");
}

pub fn assert_within_limits(payload: &Value) {
    assert!(chars(&payload["content"]) <= 2000, "content too long");
    let embeds = payload["embeds"].as_array().cloned().unwrap_or_default();
    assert!(embeds.len() <= 10);
    for embed in &embeds {
        let title = chars(&embed["title"]);
        let description = chars(&embed["description"]);
        let footer = chars(&embed["footer"]["text"]);
        assert!(
            title <= 256 && description <= 4096 && footer <= 2048,
            "{embed}"
        );
        let fields = embed["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= 25);
        let mut total = title + description + footer;
        for f in &fields {
            let (name, value) = (chars(&f["name"]), chars(&f["value"]));
            assert!(
                (1..=256).contains(&name) && (1..=1024).contains(&value),
                "{f}"
            );
            total += name + value;
        }
        assert!(total <= 6000, "embed has {total} characters");
    }
    for row in payload["components"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        for button in row["components"].as_array().cloned().unwrap_or_default() {
            assert!(
                chars(&button["custom_id"]) <= 100 && chars(&button["label"]) <= 80,
                "{button}"
            );
        }
    }
}

pub fn embed(reply: &Value) -> &Value {
    &reply["embeds"][0]
}

/// All the text of the first embed, for searching.
pub fn embed_text(reply: &Value) -> String {
    let e = embed(reply);
    let mut text = format!(
        "{}\n{}\n",
        e["title"].as_str().unwrap_or(""),
        e["description"].as_str().unwrap_or("")
    );
    for f in e["fields"].as_array().cloned().unwrap_or_default() {
        text.push_str(&format!(
            "{}\n{}\n",
            f["name"].as_str().unwrap_or(""),
            f["value"].as_str().unwrap_or("")
        ));
    }
    text
}

/// The custom ids of every button in a reply.
pub fn buttons(reply: &Value) -> Vec<String> {
    reply["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

pub fn is_ephemeral(reply: &Value) -> bool {
    reply["flags"].as_u64().is_some_and(|f| f & 64 != 0)
}
