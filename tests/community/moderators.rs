//! What moderators control: a moderator role that opens the moderator commands and a log channel where
//! changes are logged; and videos added from Discord with `/kb source add`, answered from at once.

use crate::fake_discord;
use crate::fake_discord::harness::*;
use crate::fake_discord::User;
use crate::{
    channel_json, channel_option, content, posts_in, refused_to_members, sub_command, CAROL, FORUM,
    HELPERS_ROLE, LOG_CHANNEL,
};
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::{json, Value};

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
