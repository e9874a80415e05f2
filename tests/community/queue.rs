//! The moderators' queue: what was not answered and what members marked unhelpful, its CSV export, marking
//! a question handled; and `/kb stats` with its chart and the top conditions and topics.

use crate::fake_discord;
use crate::fake_discord::harness::*;
use crate::{content, refused_to_members, CAROL, NOT_COVERED, URGENT};
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::json;

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
