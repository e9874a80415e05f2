//! The message menu ("Ask kneebot" on someone else's message): the answer is a reply to that message, and
//! its follow-up buttons belong to the message's author.

use crate::content;
use crate::fake_discord;
use crate::fake_discord::harness::*;
use crate::fake_discord::CHANNEL_ID;
use kneebot::render::discord::colour;
use kneebot::Verdict;

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
