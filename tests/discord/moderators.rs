//! Moderator commands: `/kb reload` is for moderators and a broken file keeps the old engine, and every
//! moderator command is refused to members even when Discord shows it to them.

use crate::fake_discord::harness::*;
use crate::fake_discord::{self, User, MEMBER_PERMISSIONS};
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kb_reload_is_for_moderators_and_a_broken_file_keeps_the_old_engine() {
    let h = Harness::start(|_| {}).await;
    let refused = h.sub(&ALICE, "kb", "reload", json!([])).await;
    assert!(is_ephemeral(&refused));
    assert!(
        refused["content"].as_str().unwrap().contains("moderators"),
        "{refused}"
    );

    let reloaded = h.sub(&MOD, "kb", "reload", json!([])).await;
    assert!(
        reloaded["content"]
            .as_str()
            .unwrap()
            .starts_with("Reloaded"),
        "{reloaded}"
    );

    let rules = h.knowledge.join("rules.toml");
    let mut text = std::fs::read_to_string(&rules).unwrap();
    text.push_str("\n[[rule]]\ntopic = \"hamstring_strengthening\"\nverdict = \"maybe\"\n");
    std::fs::write(&rules, text).unwrap();
    let broken = h.sub(&MOD, "kb", "reload", json!([])).await;
    let message = broken["content"].as_str().unwrap();
    assert!(
        message.contains("kept answering with the previous version"),
        "{message}"
    );
    assert!(
        message.contains("rules.toml:"),
        "no file and line: {message}"
    );

    let still = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(embed_text(&still).contains("depends"), "{still}");
    h.finish().await;
}

/// A member whose server lets them see the moderator commands (Discord sends the interaction) is still
/// refused: the bot checks MANAGE_GUILD in `member.permissions` on every use, and nothing changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_moderator_command_is_refused_to_members_even_when_discord_shows_it() {
    let h = Harness::start(|_| {}).await;
    // Powerful, but not Manage Server or Administrator.
    let helper = User {
        id: 7003,
        name: "helper",
        permissions: MEMBER_PERMISSIONS | (1 << 13) | (1 << 2) | (1 << 1) | (1 << 28),
    };
    let attempts: &[(&str, &str, Value)] = &[
        ("kb", "reload", json!([])),
        ("kb", "stats", json!([])),
        ("kb", "unanswered", json!([])),
        (
            "settings",
            "channels",
            json!([{ "name": "channels", "type": 3, "value": "<#1234>" }]),
        ),
        (
            "settings",
            "cooldown",
            json!([{ "name": "seconds", "type": 4, "value": 600 }]),
        ),
        (
            "settings",
            "playlist",
            json!([{ "name": "condition", "type": 3, "value": "acl_tear" }, { "name": "url", "type": 3, "value": "https://evil.example/x" }]),
        ),
    ];
    for user in [&ALICE, &helper] {
        for (name, sub, options) in attempts {
            let reply = h.sub(user, name, sub, options.clone()).await;
            assert!(is_ephemeral(&reply), "/{name} {sub}: {reply}");
            assert!(
                reply["content"]
                    .as_str()
                    .is_some_and(|c| c.contains("for moderators")),
                "/{name} {sub} as {}: {reply}",
                user.name
            );
        }
    }
    // Nothing a refused command would have changed did change.
    let store = h.handle.as_ref().unwrap().state().store().clone();
    let settings = store.guild_settings(fake_discord::GUILD_ID).unwrap();
    assert!(
        settings.channels.is_empty() && settings.cooldown_seconds.is_none(),
        "{settings:?}"
    );
    assert!(store
        .playlist_overrides(fake_discord::GUILD_ID)
        .unwrap()
        .is_empty());
    // The same commands work for a moderator, so the refusals above were about permissions.
    let ok = h.sub(&MOD, "kb", "stats", json!([])).await;
    assert!(embed_text(&ok).contains("question"), "{ok}");
    drop(store);
    h.finish().await;
}
