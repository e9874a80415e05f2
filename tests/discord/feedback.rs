//! Feedback and the question log: 👍/👎 are counted by `/kb stats` and kept in SQLite, a broken database
//! is logged while the bot keeps answering, and hundreds of clicks at once all land.

use crate::fake_discord::harness::*;
use crate::fake_discord::{User, MEMBER_PERMISSIONS};
use kneebot::Verdict;
use serde_json::json;

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
