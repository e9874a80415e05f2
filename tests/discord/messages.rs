//! The gateway and messages: every payload the fake sends deserializes, a mention is answered as a reply
//! and a direct message is answered, the bot resumes after the gateway drops, and mentions never make it
//! spam.

use crate::fake_discord::harness::*;
use crate::fake_discord::{self, FakeDiscord, BOT_ID};
use serde_json::json;

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
async fn after_the_gateway_drops_the_bot_resumes_and_answers() {
    let h = Harness::start(|_| {}).await;
    h.fake.wait_for_op(2, 1).await;
    h.fake.drop_connection();
    h.fake.wait_for_op(6, 1).await;
    let reply = h.ask(&ALICE, ACL_QUESTION).await;
    assert!(!embed_text(&reply).is_empty());
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
