//! The cooldown, the lookups and the server's settings: the cooldown's note, `/help`, `/conditions` and
//! `/playlist`, playlist links that would break markdown, threads of an allowed channel, and `/settings
//! show` and `unplaylist`.

use crate::fake_discord;
use crate::fake_discord::harness::*;
use crate::fake_discord::User;
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_gives_a_note_and_lookups_answer() {
    let h = Harness::start(|c| c.cooldown_seconds = 60).await;
    h.ask(&ALICE, ACL_QUESTION).await;
    let again = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(is_ephemeral(&again));
    assert!(
        again["content"].as_str().unwrap().contains("Please wait"),
        "{again}"
    );
    let other = h.ask(&BOB, ACL_QUESTION).await;
    assert!(!is_ephemeral(&other), "the cooldown is per user");

    let help = h.fake.reply(h.fake.slash(&ALICE, "help", json!([]))).await;
    assert!(embed_text(&help).contains("What I can't do"));
    let conditions = h
        .fake
        .reply(h.fake.slash(&ALICE, "conditions", json!([])))
        .await;
    assert!(embed_text(&conditions).contains("acl_tear"), "{conditions}");

    let id = h.fake.next_id();
    let mut autocomplete = fake_discord::slash_command(
        id,
        &ALICE,
        "playlist",
        json!([{ "name": "condition", "type": 3, "value": "ac", "focused": true }]),
    );
    autocomplete["type"] = json!(4);
    h.fake.dispatch("INTERACTION_CREATE", autocomplete);
    let choices = h.fake.callback(id).await;
    assert_eq!(choices["type"], 8);
    let choices = choices["data"]["choices"].as_array().unwrap();
    assert!(!choices.is_empty() && choices.len() <= 25);
    assert!(
        choices.iter().any(|c| c["value"] == "acl_tear"),
        "{choices:?}"
    );

    let set = h
        .sub(
            &MOD,
            "settings",
            "playlist",
            json!([{ "name": "condition", "type": 3, "value": "acl_tear" }, { "name": "url", "type": 3, "value": "https://example.com/our-acl" }]),
        )
        .await;
    assert!(
        set["content"]
            .as_str()
            .unwrap()
            .contains("https://example.com/our-acl"),
        "{set}"
    );
    let playlist = h
        .fake
        .reply(h.fake.slash(
            &ALICE,
            "playlist",
            json!([{ "name": "condition", "type": 3, "value": "acl_tear" }]),
        ))
        .await;
    assert!(
        embed_text(&playlist).contains("https://example.com/our-acl"),
        "{playlist}"
    );
    h.finish().await;
}

/// A playlist link is echoed inside `<…>` and `[…](…)`; one that would break out of them is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_playlist_link_that_would_break_markdown_is_refused() {
    let h = Harness::start(|_| {}).await;
    for url in [
        "https://x.example/a>@everyone",
        "https://x.example/a)[click](https://evil.example",
        "https://x.example/`code`",
        "https://x.example/a\\b",
    ] {
        let reply = h
            .sub(
                &MOD,
                "settings",
                "playlist",
                json!([{ "name": "condition", "type": 3, "value": "acl_tear" }, { "name": "url", "type": 3, "value": url }]),
            )
            .await;
        let content = reply["content"].as_str().unwrap();
        assert!(content.contains("single https:// link"), "{url}: {content}");
        assert!(
            !content.contains("evil") && !content.contains("@everyone"),
            "{content}"
        );
    }
    let store = h.handle.as_ref().unwrap().state().store().clone();
    assert!(store
        .playlist_overrides(fake_discord::GUILD_ID)
        .unwrap()
        .is_empty());
    drop(store);
    h.finish().await;
}

/// Once moderators limit the bot to channels, a thread (or forum post) of an allowed channel is allowed
/// too; a thread of another channel is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_of_an_allowed_channel_are_answered() {
    let h = Harness::start(|_| {}).await;
    let set = h
        .sub(
            &MOD,
            "settings",
            "channels",
            json!([{ "name": "channels", "type": 3, "value": "<#6000>" }]),
        )
        .await;
    assert!(is_ephemeral(&set), "{set}");
    let ask_in_thread = |user: &User, thread: u64, parent: u64| {
        let id = h.fake.next_id();
        let mut payload = fake_discord::slash_command(
            id,
            user,
            "ask",
            json!([{ "name": "question", "type": 3, "value": ACL_QUESTION }]),
        );
        payload["channel_id"] = json!(thread.to_string());
        payload["channel"] =
            json!({ "id": thread.to_string(), "type": 11, "parent_id": parent.to_string() });
        h.fake.dispatch("INTERACTION_CREATE", payload);
        id
    };
    let answered = h.fake.reply(ask_in_thread(&ALICE, 6100, 6000)).await;
    assert!(
        !is_ephemeral(&answered),
        "a thread of the allowed channel: {answered}"
    );
    assert_eq!(embed(&answered)["color"], colour(Verdict::Depends));
    // Another member, so no cooldown is in the way: a thread of another channel is refused.
    let refused = h.fake.reply(ask_in_thread(&BOB, 6200, 6300)).await;
    assert!(is_ephemeral(&refused), "{refused}");
    assert!(
        refused["content"]
            .as_str()
            .is_some_and(|c| c.contains("<#6000>")),
        "{refused}"
    );
    h.finish().await;
}

/// `/settings show` lists what a server set (and the defaults), and `/settings unplaylist` takes a server's
/// own playlist link away again; both are for moderators only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_see_their_settings_and_can_remove_a_playlist_link() {
    let h = Harness::start(|_| {}).await;
    let before = embed_text(&h.sub(&MOD, "settings", "show", json!([])).await);
    assert!(
        before.contains("every channel") && before.contains("none"),
        "{before}"
    );
    h.sub(
        &MOD,
        "settings",
        "channels",
        json!([{ "name": "channels", "type": 3, "value": "<#6000>" }]),
    )
    .await;
    h.sub(
        &MOD,
        "settings",
        "playlist",
        json!([{ "name": "condition", "type": 3, "value": "acl_tear" }, { "name": "url", "type": 3, "value": "https://example.com/our-acl" }]),
    )
    .await;
    let after = embed_text(&h.sub(&MOD, "settings", "show", json!([])).await);
    assert!(
        after.contains("<#6000>") && after.contains("https://example.com/our-acl"),
        "{after}"
    );
    let removed = h
        .sub(
            &MOD,
            "settings",
            "unplaylist",
            json!([{ "name": "condition", "type": 3, "value": "acl_tear" }]),
        )
        .await;
    assert!(
        removed["content"]
            .as_str()
            .is_some_and(|c| c.contains("back to the configured link")),
        "{removed}"
    );
    let last = embed_text(&h.sub(&MOD, "settings", "show", json!([])).await);
    assert!(!last.contains("our-acl"), "{last}");
    for sub in ["show", "unplaylist"] {
        let options = if sub == "show" {
            json!([])
        } else {
            json!([{ "name": "condition", "type": 3, "value": "acl_tear" }])
        };
        let refused = h.sub(&ALICE, "settings", sub, options).await;
        assert!(
            refused["content"]
                .as_str()
                .is_some_and(|c| c.contains("for moderators")),
            "/settings {sub} as a member: {refused}"
        );
    }
    h.finish().await;
}
