//! The bot end to end: the real serenity/poise client from `kneebot::bot::start` against the fake Discord in
//! `fake_discord`, on loopback only. Each test starts its own fake, bot, knowledge copy and database, checks
//! every reply the bot sent against Discord's limits and allowed mentions, and shuts the bot down.

mod common;

mod fake_discord;

use fake_discord::harness::*;
use fake_discord::{FakeDiscord, User, BOT_ID, MEMBER_PERMISSIONS};
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::{json, Value};

#[test]
fn every_gateway_payload_the_fake_sends_deserializes() {
    use serenity::all::{Event, GatewayEvent};
    for payload in fake_discord::sample_payloads() {
        let event: GatewayEvent =
            serde_json::from_value(payload.clone()).unwrap_or_else(|e| panic!("{e}: {payload}"));
        if let GatewayEvent::Dispatch(_, Event::Unknown(unknown)) = &event {
            panic!("became Event::Unknown: {unknown:?}\n{payload}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_leg_curls_after_acl_repair_cites_and_links_and_pings_nobody() {
    // The shipped playlists are examples, never linked; the channel's real one is.
    let h = Harness::start(|c| {
        c.playlists.insert(
            "acl_tear".into(),
            "https://www.youtube.com/playlist?list=REAL-acl-tear".into(),
        );
    })
    .await;
    let reply = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(!is_ephemeral(&reply), "{reply}");
    let text = embed_text(&reply);
    assert!(text.starts_with(Verdict::Depends.headline()), "{text}");
    assert_eq!(embed(&reply)["color"], colour(Verdict::Depends));
    assert!(text.contains("From “"), "no passage: {text}");
    assert!(
        text.contains("](https://www.youtube.com/playlist?list=REAL-acl-tear)"),
        "no playlist link: {text}"
    );
    assert!(embed(&reply)["footer"]["text"]
        .as_str()
        .is_some_and(|f| f.contains("not a diagnosis")));
    assert_eq!(reply["allowed_mentions"]["parse"], json!([]));
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn depends_buttons_rule_for_the_asker_and_note_for_anyone_else() {
    let h = Harness::start(|_| {}).await;
    let reply = h.ask(&ALICE, ACL_QUESTION).await;
    let ids = buttons(&reply);
    let phases: Vec<&str> = ids.iter().filter_map(|id| id.rsplit(':').next()).collect();
    assert_eq!(phases, ["early", "rebuilding", "recovered"], "{ids:?}");
    let recovered = ids.iter().find(|id| id.ends_with(":recovered")).unwrap();

    let stranger = h.fake.click(&BOB, recovered);
    let note = h.fake.callback(stranger).await;
    assert_eq!(note["type"], 4);
    assert!(is_ephemeral(&note["data"]), "{note}");
    assert!(note["data"]["content"]
        .as_str()
        .unwrap()
        .contains("Only the person who asked"));

    let click = h.fake.click(&ALICE, recovered);
    let update = h.fake.callback(click).await;
    assert_eq!(update["type"], 7, "{update}");
    let ruling = &update["data"];
    let title = embed(ruling)["title"].as_str().unwrap();
    assert!(
        title.starts_with(Verdict::Avoid.headline()),
        "recovered should be avoid: {title}"
    );
    assert_eq!(embed(ruling)["color"], colour(Verdict::Avoid));
    assert!(
        embed_text(ruling).contains("leg curls"),
        "the same question, ruled: {ruling}"
    );
    assert!(
        buttons(ruling).iter().all(|b| b.starts_with("kb:fb:")),
        "{ruling}"
    );
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_is_answered_as_a_reply_and_everyone_pings_nobody() {
    let h = Harness::start(|_| {}).await;
    let content = format!("<@{BOT_ID}> @everyone {ACL_QUESTION}");
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::message_create(42, &ALICE, &content, &[BOT_ID], true),
    );
    let sent = h
        .fake
        .wait_for_call("the reply message", |c| {
            c.method == "POST" && c.path.ends_with("/channels/6000/messages")
        })
        .await;
    let body = sent.body.unwrap();
    assert_eq!(body["message_reference"]["message_id"], "42", "{body}");
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    assert_eq!(body["allowed_mentions"]["replied_user"], false);
    let text = embed_text(&body);
    assert!(
        !text.contains("@everyone"),
        "echoed a live @everyone: {text}"
    );
    assert!(text.contains("leg curls"), "{text}");

    // Not mentioned in a server: left alone. In a direct message: answered.
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::message_create(43, &BOB, "leg curls are great", &[], false),
    );
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::direct_message(44, &BOB, "can I do squats with runner's knee?"),
    );
    let dm = h
        .fake
        .wait_for_call("the reply to the direct message", |c| {
            c.body
                .as_ref()
                .is_some_and(|b| b["message_reference"]["message_id"] == "44")
        })
        .await;
    assert!(embed_text(dm.body.as_ref().unwrap()).contains("squats"));
    let replies = h
        .fake
        .calls()
        .iter()
        .filter(|c| c.path.ends_with("/messages"))
        .count();
    assert_eq!(
        replies, 2,
        "only the mention and the direct message get replies"
    );
    h.finish().await;
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_is_counted_by_kb_stats_and_kept_in_sqlite() {
    let h = Harness::start(|_| {}).await;
    let reply = h.ask(&ALICE, "are squats good for runner's knee?").await;
    let ids = buttons(&reply);
    let up = ids
        .iter()
        .find(|id| id.ends_with(":up"))
        .expect("a 👍 button");
    let down = ids
        .iter()
        .find(|id| id.ends_with(":down"))
        .expect("a 👎 button");

    let thanks = h.fake.callback(h.fake.click(&ALICE, up)).await;
    assert!(is_ephemeral(&thanks["data"]));
    let modal = h.fake.callback(h.fake.click(&BOB, down)).await;
    assert_eq!(modal["type"], 9, "👎 opens the modal: {modal}");
    let modal_id = modal["data"]["custom_id"].as_str().unwrap().to_string();
    let submitted = h
        .fake
        .callback(h.fake.submit_modal(&BOB, &modal_id, "too vague"))
        .await;
    assert!(is_ephemeral(&submitted["data"]));

    let stats = h
        .sub(
            &MOD,
            "kb",
            "stats",
            json!([{ "name": "days", "type": 4, "value": 7 }]),
        )
        .await;
    assert!(is_ephemeral(&stats));
    let text = embed_text(&stats);
    assert!(
        text.contains("👍 helpful: 1") && text.contains("👎 not helpful: 1"),
        "{text}"
    );
    assert!(text.contains("**1** question asked"), "{text}");

    let (database, _dir) = h.finish().await;
    let store = kneebot::store::Store::open(&database).unwrap();
    let after = store.stats(None, 0).unwrap();
    assert_eq!((after.total, after.helpful, after.unhelpful), (1, 1, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_gateway_drops_the_bot_resumes_and_answers() {
    let h = Harness::start(|_| {}).await;
    h.fake.wait_for_op(2, 1).await;
    h.fake.drop_connection();
    h.fake.wait_for_op(6, 1).await;
    let reply = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(!embed_text(&reply).is_empty());
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_empty_emoji_and_markdown_questions_get_sensible_replies() {
    let h = Harness::start(|_| {}).await;
    let long = h.ask(&ALICE, &"knee ".repeat(600)).await;
    assert!(is_ephemeral(&long));
    assert!(
        long["content"]
            .as_str()
            .unwrap()
            .contains("up to 500 characters"),
        "{long}"
    );

    let empty = h.ask(&ALICE, "   ").await;
    assert!(
        empty["content"]
            .as_str()
            .unwrap()
            .contains("/ask question:"),
        "{empty}"
    );
    // Mentions and emoji alone ask nothing: the same pointer, and nobody pinged.
    for nothing in ["@everyone", "🦵🔥😭"] {
        let reply = h.ask(&ALICE, nothing).await;
        let content = reply["content"].as_str().unwrap();
        assert!(content.contains("/ask question:"), "{reply}");
        assert!(!content.contains("@everyone"), "{reply}");
    }
    let none = h.fake.slash(&ALICE, "ask", json!([]));
    assert!(h.fake.reply(none).await["content"]
        .as_str()
        .unwrap()
        .contains("/ask question:"));

    let emoji = h.ask(&ALICE, "🦵🔥 can I do squats?? 🙏").await;
    assert!(embed_text(&emoji).contains("🦵🔥"));

    let markdown = h
        .ask(
            &ALICE,
            "**lunges** with `knee pain` <@&123> [x](https://evil.example) ||hi||",
        )
        .await;
    let description = embed(&markdown)["description"].as_str().unwrap();
    assert!(
        description.contains("\\*\\*lunges\\*\\*") && description.contains("\\[x\\]"),
        "{description}"
    );
    h.finish().await;
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn urgent_and_not_covered_replies_look_different_and_give_no_exercise_advice() {
    let h = Harness::start(|_| {}).await;
    let urgent = h
        .ask(
            &ALICE,
            "can I do squats? my calf is swollen and hot since my knee surgery",
        )
        .await;
    assert_eq!(embed(&urgent)["color"], colour(Verdict::Urgent), "{urgent}");
    let text = embed_text(&urgent);
    assert!(text.contains("medical help"), "{text}");
    assert!(
        !text.contains("Playlists") && !text.contains("From “"),
        "{text}"
    );
    assert!(
        buttons(&urgent).is_empty(),
        "no feedback on urgent: {urgent}"
    );

    let uncovered = h.ask(&BOB, "are bicep curls good for my shoulder?").await;
    assert_eq!(
        embed(&uncovered)["color"],
        colour(Verdict::NotCovered),
        "{uncovered}"
    );
    let text = embed_text(&uncovered);
    assert!(text.contains(Verdict::NotCovered.headline()), "{text}");
    assert!(
        !text.contains("Playlists") && !text.contains("From “"),
        "{text}"
    );
    h.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_database_is_logged_and_the_bot_keeps_answering() {
    let h = Harness::start(|_| {}).await;
    let db = rusqlite::Connection::open(&h.database).unwrap();
    db.execute_batch(
        "DROP TABLE question_conditions; DROP TABLE feedback; DROP TABLE questions;
         DROP TABLE guild_channels; DROP TABLE guild_settings; DROP TABLE playlist_overrides;",
    )
    .unwrap();
    drop(db);
    let reply = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(
        embed_text(&reply).starts_with(Verdict::Depends.headline()),
        "{reply}"
    );
    assert!(
        buttons(&reply).is_empty(),
        "no log row, so nothing a button could refer to: {reply}"
    );
    let stats = h.sub(&MOD, "kb", "stats", json!([])).await;
    assert!(is_ephemeral(&stats));
    assert!(
        stats["content"]
            .as_str()
            .unwrap()
            .contains("went wrong on my side"),
        "{stats}"
    );
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

/// Hundreds of people clicking 👍/👎 at once: every click is answered and every vote is a row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hundred_concurrent_feedback_clicks_all_land() {
    const CLICKS: u64 = 300;
    let h = Harness::start(|_| {}).await;
    let reply = h.ask(&ALICE, "are squats good for runner's knee?").await;
    let ids = buttons(&reply);
    let up = ids.iter().find(|id| id.ends_with(":up")).unwrap().clone();
    let down = ids.iter().find(|id| id.ends_with(":down")).unwrap().clone();
    let clicks: Vec<u64> = (0..CLICKS)
        .map(|i| {
            let user = User {
                id: 100_000 + i,
                name: "member",
                permissions: MEMBER_PERMISSIONS,
            };
            h.fake.click(&user, if i % 3 == 0 { &down } else { &up })
        })
        .collect();
    for id in clicks {
        let response = h.fake.callback(id).await;
        assert!(
            matches!(response["type"].as_u64(), Some(4) | Some(9)),
            "{response}"
        );
    }
    let (database, _dir) = h.finish().await;
    let stats = kneebot::store::Store::open(&database)
        .unwrap()
        .stats(None, 0)
        .unwrap();
    assert_eq!((stats.helpful, stats.unhelpful), (200, 100));
}

/// An interaction id whose Discord timestamp falls on `day` (noon UTC); `n` keeps ids apart.
fn interaction_id_on(day: &str, n: u64) -> u64 {
    const DISCORD_EPOCH_MS: i64 = 1_420_070_400_000;
    let noon = day
        .parse::<jiff::civil::Date>()
        .unwrap()
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_millisecond();
    (u64::try_from(noon - DISCORD_EPOCH_MS).unwrap() << 22) | n
}

/// Dates in a question count from the day Discord says it was asked (the interaction's id), never from the
/// host's clock: the same question sent on two days gets the two rulings the calendar policy gives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dates_in_a_question_count_from_when_discord_says_it_was_asked() {
    let h = Harness::start(|_| {}).await;
    let question = "ACLR on October 28th, ok to do ham curls now?";
    for (n, (user, day, verdict)) in [
        (&ALICE, "2026-11-01", Verdict::OkForNow),
        (&BOB, "2027-06-01", Verdict::Avoid),
    ]
    .into_iter()
    .enumerate()
    {
        let id = interaction_id_on(day, n as u64);
        let options = json!([{ "name": "question", "type": 3, "value": question }]);
        h.fake.dispatch(
            "INTERACTION_CREATE",
            fake_discord::slash_command(id, user, "ask", options),
        );
        let reply = h.fake.reply(id).await;
        assert_eq!(
            embed(&reply)["color"],
            colour(verdict),
            "asked on {day}: {reply}"
        );
    }
    h.finish().await;
}

/// No amplification: during a cooldown a mention gets at most a reaction, never a public message, and a
/// reply to the bot that pings it without asking anything ("thanks!") is neither answered nor logged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mentions_never_make_the_bot_spam() {
    let h = Harness::start(|c| c.cooldown_seconds = 60).await;
    let posts = |fake: &FakeDiscord| {
        fake.calls()
            .iter()
            .filter(|c| c.method == "POST" && c.path.ends_with("/channels/6000/messages"))
            .count()
    };
    let asked = format!("<@{BOT_ID}> {ACL_QUESTION}");
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::message_create(60, &ALICE, &asked, &[BOT_ID], false),
    );
    h.fake
        .wait_for_call("the answer", |c| {
            c.body
                .as_ref()
                .is_some_and(|b| b["message_reference"]["message_id"] == "60")
        })
        .await;
    // The same member again, inside the cooldown: a reaction on their message, no message.
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::message_create(61, &ALICE, &asked, &[BOT_ID], false),
    );
    h.fake
        .wait_for_call("the cooldown reaction", |c| {
            c.method == "PUT" && c.path.contains("/messages/61/reactions/")
        })
        .await;
    // A thank-you to the bot, then a real question in a reply: only the question is answered.
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::reply_to_bot(62, &BOB, &format!("<@{BOT_ID}> thanks!"), 1),
    );
    h.fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::reply_to_bot(63, &BOB, &format!("<@{BOT_ID}> what about squats?"), 1),
    );
    h.fake
        .wait_for_call("the answer to the question in a reply", |c| {
            c.body
                .as_ref()
                .is_some_and(|b| b["message_reference"]["message_id"] == "63")
        })
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(posts(&h.fake), 2, "one answer each for messages 60 and 63");
    let (database, _dir) = h.finish().await;
    let logged = kneebot::store::Store::open(&database)
        .unwrap()
        .stats(None, 0)
        .unwrap()
        .total;
    assert_eq!(
        logged, 2,
        "the thank-you and the cooldown mention are not logged"
    );
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

/// `/ask private:true`: the answer only the asker sees, with its buttons, and a follow-up button still rules.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_ask_is_seen_only_by_the_asker_and_its_buttons_work() {
    let h = Harness::start(|_| {}).await;
    let id = h.fake.slash(
        &ALICE,
        "ask",
        json!([
            { "name": "question", "type": 3, "value": ACL_QUESTION },
            { "name": "private", "type": 5, "value": true }
        ]),
    );
    let reply = h.fake.reply(id).await;
    assert!(is_ephemeral(&reply), "{reply}");
    assert_eq!(embed(&reply)["color"], colour(Verdict::Depends));
    let custom_id = reply["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap_or_else(|| panic!("no buttons on the private answer: {reply}"))
        .to_string();
    let click = h.fake.click(&ALICE, &custom_id);
    let ruled = h.fake.callback(click).await;
    assert_eq!(ruled["type"], 7, "the click updates the answer: {ruled}");
    // Without the option, the answer is public as before.
    let public = h.ask(&BOB, ACL_QUESTION).await;
    assert!(!is_ephemeral(&public), "{public}");
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
