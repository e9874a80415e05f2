//! Forum posts answered on their own: once a forum opts in, each new post is answered once in the post and
//! its author can dismiss the answer; later messages, other forums and posts the material does not cover
//! get nothing.

use crate::fake_discord;
use crate::fake_discord::harness::*;
use crate::fake_discord::User;
use crate::{
    channel_json, channel_option, content, posts_in, sub_command, CAROL, FORUM, NOT_COVERED,
};
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::json;

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
