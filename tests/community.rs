//! Where the community asks and what moderators and members control, through the real serenity/poise
//! client against the fake Discord on loopback: the moderators' queue and its export, the moderator role
//! and log channel, the message menu, forum posts answered on their own, `/forget-me` and where the
//! hashing secret lives.

mod common;
mod fake_discord;

use fake_discord::harness::*;
use fake_discord::{Call, User, CHANNEL_ID, GUILD_ID, MEMBER_PERMISSIONS};
use kneebot::render::discord::colour;
use kneebot::store::Store;
use kneebot::Verdict;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_holds_what_was_not_answered_and_what_members_marked_unhelpful() {
    let h = Harness::start(|_| {}).await;
    h.ask(&ALICE, NOT_COVERED).await;
    let urgent = h.ask(&BOB, URGENT).await;
    assert_eq!(embed(&urgent)["color"], colour(Verdict::Urgent));
    let ruled = h.ask(&CAROL, "can I walk after my ACL repair?").await;
    assert_eq!(embed(&ruled)["color"], colour(Verdict::Recommended));
    let complained = h.ask(&ALICE, "are squats good for runner's knee?").await;
    let down = buttons(&complained)
        .into_iter()
        .find(|b| b.ends_with(":down"))
        .expect("a 👎 button");
    let modal = h.fake.callback(h.fake.click(&BOB, &down)).await;
    let modal_id = modal["data"]["custom_id"].as_str().unwrap().to_string();
    h.fake
        .callback(
            h.fake
                .submit_modal(&BOB, &modal_id, "it never answered my question"),
        )
        .await;

    let queue = h.sub(&MOD, "kb", "unanswered", json!([])).await;
    assert!(is_ephemeral(&queue), "{queue}");
    let text = embed_text(&queue);
    assert!(text.contains("yoga") && text.contains("runner"), "{text}");
    assert!(
        text.contains("it never answered my question") && text.contains("👎 1"),
        "{text}"
    );
    assert!(
        text.contains("not_covered") && text.contains("recommended"),
        "{text}"
    );
    assert!(
        !text.contains("calf") && !text.contains("walk after"),
        "answered questions stay out: {text}"
    );
    assert!(text.contains("Waiting for a moderator: 2"), "{text}");
    let handled = buttons(&queue);
    assert_eq!(handled.len(), 2, "{queue}");

    let csv = {
        let id = h.fake.slash(
            &MOD,
            "kb",
            json!([{ "name": "export", "type": 1, "options": [] }]),
        );
        let reply = h.fake.reply(id).await;
        assert!(content(&reply).contains("2 questions"), "{reply}");
        let call = h
            .fake
            .wait_for_call("the export's attachment", |c| {
                c.path.contains(&fake_discord::token(id)) && !c.files.is_empty()
            })
            .await;
        let (name, bytes) = &call.files[0];
        assert_eq!(name, "kneebot-queue.csv");
        String::from_utf8(bytes.clone()).unwrap()
    };
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows[0].starts_with("id,asked_at,verdict"), "{csv}");
    assert!(
        csv.contains("yoga") && csv.contains("it never answered my question"),
        "{csv}"
    );

    // A member can neither read the queue nor mark anything handled.
    assert!(refused_to_members(
        &h.sub(&ALICE, "kb", "unanswered", json!([])).await
    ));
    let refused = h.fake.callback(h.fake.click(&ALICE, &handled[0])).await;
    assert!(
        content(&refused["data"]).contains("Only moderators"),
        "{refused}"
    );
    let done = h.fake.callback(h.fake.click(&MOD, &handled[0])).await;
    assert!(content(&done["data"]).contains("handled"), "{done}");
    let after = embed_text(&h.sub(&MOD, "kb", "unanswered", json!([])).await);
    assert!(after.contains("Waiting for a moderator: 1"), "{after}");
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_role_opens_the_moderator_commands_and_changes_are_logged() {
    let h = Harness::start(|_| {}).await;
    let log = channel_json(LOG_CHANNEL, 0, None);
    h.fake.add_channel(log.clone());
    let role = json!({
        "id": HELPERS_ROLE.to_string(), "name": "helpers", "color": 0, "hoist": false, "position": 1,
        "permissions": "0", "managed": false, "mentionable": false, "flags": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null }
    });
    let set_role = |user: &User, roles: &[u64]| {
        sub_command(
            &h,
            user,
            roles,
            ("settings", "modrole"),
            json!([{ "name": "role", "type": 8, "value": HELPERS_ROLE.to_string() }]),
            json!({ "roles": { HELPERS_ROLE.to_string(): role.clone() } }),
        )
    };
    // Before a role is set, holding it is not enough.
    let early = h.fake.reply(set_role(&CAROL, &[HELPERS_ROLE])).await;
    assert!(refused_to_members(&early), "{early}");
    let (options, resolved) = channel_option("channel", &log);
    let logging = h
        .fake
        .reply(sub_command(
            &h,
            &MOD,
            &[],
            ("settings", "logchannel"),
            options,
            resolved,
        ))
        .await;
    assert!(
        content(&logging).contains(&format!("<#{LOG_CHANNEL}>")),
        "{logging}"
    );
    let set = h.fake.reply(set_role(&MOD, &[])).await;
    assert!(
        content(&set).contains(&format!("<@&{HELPERS_ROLE}>")),
        "{set}"
    );

    // Every new moderator command: refused to a plain member, accepted from one holding the role.
    let forum = channel_json(FORUM, 15, None);
    h.fake.add_channel(forum.clone());
    let (forum_options, forum_resolved) = channel_option("forum", &forum);
    let mut autoanswer_options = forum_options.clone();
    autoanswer_options
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "on", "type": 5, "value": true }));
    let commands: Vec<((&str, &str), Value, Value)> = vec![
        (("kb", "unanswered"), json!([]), Value::Null),
        (("kb", "export"), json!([]), Value::Null),
        (("settings", "show"), json!([]), Value::Null),
        (
            ("settings", "autoanswer"),
            autoanswer_options,
            forum_resolved,
        ),
        (
            ("settings", "logchannel"),
            channel_option("channel", &log).0,
            channel_option("channel", &log).1,
        ),
        (
            ("settings", "modrole"),
            json!([{ "name": "role", "type": 8, "value": HELPERS_ROLE.to_string() }]),
            json!({ "roles": { HELPERS_ROLE.to_string(): role.clone() } }),
        ),
    ];
    for (command, options, resolved) in &commands {
        let refused = h
            .fake
            .reply(sub_command(
                &h,
                &ALICE,
                &[],
                *command,
                options.clone(),
                resolved.clone(),
            ))
            .await;
        assert!(
            refused_to_members(&refused),
            "{command:?} as a member: {refused}"
        );
        let accepted = h
            .fake
            .reply(sub_command(
                &h,
                &CAROL,
                &[HELPERS_ROLE],
                *command,
                options.clone(),
                resolved.clone(),
            ))
            .await;
        assert!(
            !refused_to_members(&accepted),
            "{command:?} with the role: {accepted}"
        );
    }
    let shown = embed_text(
        &h.fake
            .reply(sub_command(
                &h,
                &CAROL,
                &[HELPERS_ROLE],
                ("settings", "show"),
                json!([]),
                Value::Null,
            ))
            .await,
    );
    assert!(
        shown.contains(&format!("<@&{HELPERS_ROLE}>")) && shown.contains(&format!("<#{FORUM}>")),
        "{shown}"
    );

    let logged = posts_in(&h.fake.calls(), LOG_CHANNEL);
    let lines: Vec<&str> = logged
        .iter()
        .filter_map(|m| m["content"].as_str())
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("<@{}>", MOD.id)) && l.contains("moderator role")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("<@{}>", CAROL.id)) && l.contains(&format!("<#{FORUM}>"))),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("exported the queue")),
        "{lines:?}"
    );
    for message in &logged {
        assert_eq!(message["allowed_mentions"]["parse"], json!([]), "{message}");
    }
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_message_menu_answers_someone_elses_message_as_a_reply() {
    let h = Harness::start(|_| {}).await;
    let registered = h
        .fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "PUT" && c.path.ends_with("/commands"))
        .filter_map(|c| c.body)
        .flat_map(|b| b.as_array().cloned().unwrap_or_default())
        .find(|c| c["name"] == "Ask kneebot")
        .expect("the message command is registered");
    assert_eq!(registered["type"], 3, "a message command: {registered}");

    let target_id = h.fake.next_id();
    let target = fake_discord::message_create(target_id, &BOB, ACL_QUESTION, &[], false);
    let id = h.fake.next_id();
    h.fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::message_command(id, &ALICE, "Ask kneebot", &target),
    );
    let note = h.fake.reply(id).await;
    assert!(is_ephemeral(&note), "{note}");
    let answer = h
        .fake
        .wait_for_call("the reply to the message", |c| {
            c.method == "POST" && c.path == format!("/api/v10/channels/{CHANNEL_ID}/messages")
        })
        .await
        .body
        .unwrap();
    assert_eq!(
        answer["message_reference"]["message_id"],
        target_id.to_string(),
        "{answer}"
    );
    assert_eq!(
        answer["allowed_mentions"]["replied_user"], false,
        "{answer}"
    );
    assert_eq!(
        answer["embeds"][0]["color"],
        colour(Verdict::Depends),
        "{answer}"
    );
    // The follow-up buttons belong to the author of the message, not to whoever used the menu.
    let phase = buttons(&answer)
        .into_iter()
        .find(|b| b.starts_with("kb:phase:"))
        .expect("follow-up buttons");
    let not_theirs = h.fake.callback(h.fake.click(&ALICE, &phase)).await;
    assert!(
        content(&not_theirs["data"]).contains("Only the person who asked"),
        "{not_theirs}"
    );
    let ruled = h.fake.callback(h.fake.click(&BOB, &phase)).await;
    assert_eq!(ruled["type"], 7, "{ruled}");
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_forum_posts_are_answered_once_in_the_post_and_can_be_dismissed() {
    let h = Harness::start(|_| {}).await;
    let forum = channel_json(FORUM, 15, None);
    h.fake.add_channel(forum.clone());
    let (mut options, resolved) = channel_option("forum", &forum);
    options
        .as_array_mut()
        .unwrap()
        .push(json!({ "name": "on", "type": 5, "value": true }));
    let on = h
        .fake
        .reply(sub_command(
            &h,
            &MOD,
            &[],
            ("settings", "autoanswer"),
            options,
            resolved,
        ))
        .await;
    assert!(content(&on).contains("I now answer each new post"), "{on}");

    // A post is a thread whose first message has the thread's id.
    let post = |thread: u64, parent: u64, author: &User, text: &str| {
        h.fake.add_channel(channel_json(thread, 11, Some(parent)));
        let mut message = fake_discord::message_create(thread, author, text, &[], false);
        message["channel_id"] = json!(thread.to_string());
        h.fake.dispatch("MESSAGE_CREATE", message);
    };
    post(6601, FORUM, &ALICE, ACL_QUESTION);
    let answer = h
        .fake
        .wait_for_call("the answer in the post", |c| {
            c.method == "POST" && c.path == "/api/v10/channels/6601/messages"
        })
        .await
        .body
        .unwrap();
    assert_eq!(
        answer["embeds"][0]["color"],
        colour(Verdict::Depends),
        "{answer}"
    );
    assert_eq!(
        answer["message_reference"]["message_id"], "6601",
        "{answer}"
    );
    let dismiss = buttons(&answer)
        .into_iter()
        .find(|b| b.starts_with("kb:dismiss:"))
        .expect("a dismiss button");
    let refused = h.fake.callback(h.fake.click(&BOB, &dismiss)).await;
    assert!(
        content(&refused["data"]).contains("Only the person who posted"),
        "{refused}"
    );
    let dismissed = h.fake.callback(h.fake.click(&ALICE, &dismiss)).await;
    assert_eq!(dismissed["type"], 6, "{dismissed}");
    h.fake
        .wait_for_call("the answer deleted", |c| {
            c.method == "DELETE" && c.path.contains("/messages/")
        })
        .await;

    // Later messages in the post, posts in other forums, and posts the material does not cover: silence.
    let mut later = fake_discord::message_create(
        6602,
        &BOB,
        "same question here, can I do leg curls?",
        &[],
        false,
    );
    later["channel_id"] = json!("6601");
    h.fake.dispatch("MESSAGE_CREATE", later);
    post(6701, 6700, &BOB, ACL_QUESTION);
    post(6603, FORUM, &CAROL, NOT_COVERED);
    // Stopping lets every event the bot was handling finish, so what was not posted by then never is.
    let mut h = h;
    h.stop().await;
    let calls = h.fake.calls();
    assert_eq!(posts_in(&calls, 6601).len(), 1, "answered once");
    assert!(
        posts_in(&calls, 6701).is_empty(),
        "a forum that did not opt in"
    );
    assert!(
        posts_in(&calls, 6603).is_empty(),
        "nothing to say: nothing posted"
    );

    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_me_deletes_every_row_of_the_member_and_the_secret_stays_outside_the_database() {
    let h = Harness::start(|_| {}).await;
    h.ask(
        &ALICE,
        "should I do leg curls after my ACL repair? my zebra knee",
    )
    .await;
    let bobs = h.ask(&BOB, "are squats good for runner's knee?").await;
    let up = buttons(&bobs)
        .into_iter()
        .find(|b| b.ends_with(":up"))
        .expect("a 👍 button");
    h.fake.callback(h.fake.click(&ALICE, &up)).await;
    let id = h.fake.slash(&ALICE, "forget-me", json!([]));
    let confirm = h.fake.reply(id).await;
    assert!(
        is_ephemeral(&confirm) && content(&confirm).contains("1 question you asked and 1 vote"),
        "{confirm}"
    );
    let delete = buttons(&confirm).pop().expect("a confirmation button");
    let not_yours = h.fake.callback(h.fake.click(&BOB, &delete)).await;
    assert!(
        content(&not_yours["data"]).contains("someone else's"),
        "{not_yours}"
    );
    let done = h.fake.callback(h.fake.click(&ALICE, &delete)).await;
    assert_eq!(done["type"], 7, "{done}");
    assert!(
        content(&done["data"]).contains("deleted 1 question and 1 vote"),
        "{done}"
    );
    let again = h
        .fake
        .reply(h.fake.slash(&ALICE, "forget-me", json!([])))
        .await;
    assert!(
        content(&again).contains("I keep nothing of yours"),
        "{again}"
    );

    let (database, dir) = h.finish().await;
    let store = Store::open(&database).unwrap();
    assert_eq!(store.member_rows(ALICE.id).unwrap(), Default::default());
    assert_eq!(
        store.member_rows(BOB.id).unwrap().questions,
        1,
        "others keep theirs"
    );
    assert_eq!(
        store.stats(None, 0).unwrap().helpful,
        0,
        "Alice's vote on Bob's answer is gone"
    );
    drop(store);
    let secret = std::fs::read_to_string(dir.0.join("kneebot.sqlite3.secret")).unwrap();
    for entry in std::fs::read_dir(&dir.0).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() || path.extension().is_some_and(|e| e == "secret") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(5).any(|w| w == b"zebra"),
            "{}",
            path.display()
        );
        assert!(
            !bytes
                .windows(secret.trim().len())
                .any(|w| w == secret.trim().as_bytes()),
            "the secret is in {}",
            path.display()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kb_stats_attaches_a_chart_and_names_the_top_conditions_and_topics() {
    let h = Harness::start(|_| {}).await;
    h.ask(&ALICE, "are squats good for runner's knee?").await;
    h.ask(&BOB, "can I walk after my ACL repair?").await;
    let id = h.fake.slash(
        &MOD,
        "kb",
        json!([{ "name": "stats", "type": 1, "options": [] }]),
    );
    let stats = h.fake.reply(id).await;
    assert!(is_ephemeral(&stats), "{stats}");
    let text = embed_text(&stats);
    assert!(
        text.contains("Top conditions") && text.contains("Top topics"),
        "{text}"
    );
    assert!(
        text.contains("squats: 1") && text.contains("walking\\_running: 1"),
        "{text}"
    );
    assert_eq!(
        embed(&stats)["image"]["url"],
        "attachment://kneebot-stats.png",
        "{stats}"
    );
    let call = h
        .fake
        .wait_for_call("the chart", |c| {
            c.path.contains(&fake_discord::token(id)) && !c.files.is_empty()
        })
        .await;
    let (name, png) = &call.files[0];
    assert_eq!(name, "kneebot-stats.png");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 1000,
        "{} bytes",
        png.len()
    );
    h.finish().await;
}

/// `/kb source add` through Discord: refused to members, a bad file changes nothing, a good one is
/// answered from at once; `/kb source list` shows it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_add_a_video_from_discord_and_it_answers_at_once() {
    let h = Harness::start(|_| {}).await;
    let srt = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/step-ups.srt"),
    )
    .unwrap();
    let url = h.fake.add_file("step-ups.srt", &srt);
    let attachment = json!({
        "id": "9001", "filename": "step-ups.srt", "size": srt.len(), "url": url, "proxy_url": url,
        "content_type": "application/x-subrip"
    });
    let add = |user: &User, conditions: &str| {
        let id = h.fake.next_id();
        let mut payload = fake_discord::slash_command(
            id,
            user,
            "kb",
            json!([{ "name": "source", "type": 2, "options": [{ "name": "add", "type": 1, "options": [
                { "name": "transcript", "type": 11, "value": "9001" },
                { "name": "title", "type": 3, "value": "How To Do Step-Ups For Knee Pain" },
                { "name": "url", "type": 3, "value": "https://www.youtube.com/watch?v=stepups1" },
                { "name": "conditions", "type": 3, "value": conditions }
            ] }] }]),
        );
        payload["data"]["resolved"] = json!({ "attachments": { "9001": attachment.clone() } });
        h.fake.dispatch("INTERACTION_CREATE", payload);
        id
    };
    let sources = || -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(h.knowledge.join("sources"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
    };
    let before = sources();
    let refused = h.fake.reply(add(&ALICE, "knee_osteoarthritis")).await;
    assert!(refused_to_members(&refused), "{refused}");
    let bad = h.fake.reply(add(&MOD, "runners_knee")).await;
    assert!(
        content(&bad).contains("Nothing was changed") && content(&bad).contains("runners_knee"),
        "{bad}"
    );
    assert_eq!(sources(), before, "a bad file changes nothing");
    let still = h.ask(&BOB, "what height step should I start on?").await;
    assert_eq!(
        embed(&still)["color"],
        colour(Verdict::NotCovered),
        "{still}"
    );

    let good = h.fake.reply(add(&MOD, "knee_osteoarthritis")).await;
    assert!(
        content(&good).contains("Added `how-to-do-step-ups-for-knee-pain`"),
        "{good}"
    );
    assert_eq!(sources().len(), before.len() + 1);
    let answered = h.ask(&CAROL, "what height step should I start on?").await;
    assert_eq!(
        embed(&answered)["color"],
        colour(Verdict::Info),
        "{answered}"
    );
    let text = embed_text(&answered);
    assert!(
        text.contains("How To Do Step-Ups") && text.contains("t=83s"),
        "{text}"
    );

    let id = h.fake.slash(
        &MOD,
        "kb",
        json!([{ "name": "source", "type": 2, "options": [{ "name": "list", "type": 1, "options": [] }] }]),
    );
    let list = embed_text(&h.fake.reply(id).await);
    assert!(
        list.contains("how-to-do-step-ups-for-knee-pain") && list.contains("0/"),
        "{list}"
    );
    h.finish().await;
}
