//! `/ask` replies: a ruling cites the material and links the channel's playlist, the follow-up buttons rule
//! for the asker only, long, empty, emoji and markdown questions get sensible replies, urgent and not
//! covered replies give no exercise advice, dates count from when Discord says the question was asked, and
//! a private answer is seen only by the asker.

use crate::fake_discord;
use crate::fake_discord::harness::*;
use kneebot::render::discord::colour;
use kneebot::Verdict;
use serde_json::json;

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
