//! Discord replies within Discord's limits for every verdict, small and huge, and safe with any text.

use super::*;
use crate::answer::{CitedPassage, FollowUp, FollowUpChoice, PlaylistLink, Understood};
use crate::model::Phase;

fn sample(verdict: Verdict, size: usize) -> Answer {
    let long = "word ".repeat(size);
    Answer {
        question: format!("should I do leg curls @everyone **{long}**"),
        verdict,
        topic: Some("hamstring_strengthening".into()),
        topic_name: Some(format!("Hamstring strengthening {long}")),
        conditions: vec!["acl_tear".into()],
        headline: verdict.headline().into(),
        guidance: format!("Guidance {long}"),
        reasons: (0..10).map(|i| format!("reason {i} {long}")).collect(),
        passages: (0..30)
            .map(|i| CitedPassage {
                source: "s".into(),
                source_title: format!("Source {i} {long}"),
                id: format!("s#{i}"),
                text: long.clone(),
                quote: format!("a **quote** {long}"),
                score: 1.0,
                url: Some(format!("https://www.youtube.com/watch?v=s&t={i}s")),
            })
            .collect(),
        playlists: vec![PlaylistLink {
            condition: "acl_tear".into(),
            title: "ACL tear".into(),
            url: Some("https://example.com/acl".into()),
        }],
        follow_up: (verdict == Verdict::Depends).then(|| FollowUp {
            question: format!("Where are you in your recovery? {long}"),
            choices: [Phase::Early, Phase::Rebuilding, Phase::Recovered]
                .into_iter()
                .map(|phase| FollowUpChoice {
                    phase,
                    label: format!("{phase} {long}"),
                    button: format!("{phase} {long}"),
                    verdict: Verdict::Avoid,
                    outcome: format!("outcome {long}"),
                })
                .collect(),
        }),
        overview: (0..12)
            .filter(|_| verdict == Verdict::Recommended)
            .map(|i| crate::answer::OverviewLine {
                topic: format!("t{i}"),
                topic_name: format!("Topic {i} {long}"),
                verdict: Verdict::ALL[i % Verdict::ALL.len()],
                guidance: format!("Guidance {i} @everyone {long}"),
                passage: format!("quote {i} {long}"),
            })
            .collect(),
        understood: Understood::default(),
        disclaimer: format!("General guidance, not a diagnosis. {long}"),
    }
}

fn assert_within_limits(r: &DiscordReply) {
    assert!(r.title.chars().count() <= limits::TITLE && !r.title.is_empty());
    assert!(r.description.chars().count() <= limits::DESCRIPTION);
    assert!(r.fields.len() <= limits::FIELDS);
    for f in &r.fields {
        assert!(!f.name.is_empty() && f.name.chars().count() <= limits::FIELD_NAME);
        assert!(!f.value.is_empty() && f.value.chars().count() <= limits::FIELD_VALUE);
    }
    assert!(r
        .footer
        .as_ref()
        .is_none_or(|f| f.chars().count() <= limits::FOOTER));
    assert!(
        embed_chars(r) <= limits::EMBED_TOTAL,
        "{} chars",
        embed_chars(r)
    );
    assert!(r.buttons.len() <= limits::BUTTONS_PER_ROW * limits::ROWS);
    for b in &r.buttons {
        assert!(b.label.chars().count() <= limits::BUTTON_LABEL);
    }
}

#[test]
fn a_long_question_never_crowds_out_the_guidance() {
    for question in [
        "*".repeat(1500),
        "@".repeat(1500),
        "leg curls? ".repeat(136),
    ] {
        let mut a = sample(Verdict::Caution, 0);
        a.question = question.clone();
        a.guidance = "Keep the weight light and stop if it hurts.".into();
        let r = answer(&a);
        assert!(
            r.description
                .ends_with("Keep the weight light and stop if it hurts."),
            "{:?}",
            r.description
        );
        assert!(
            r.description.chars().count() < 1000,
            "{}",
            r.description.len()
        );
    }
}

#[test]
fn every_verdict_fits_small_and_huge() {
    for verdict in Verdict::ALL {
        for size in [0, 3, 2000] {
            let reply = answer(&sample(verdict, size));
            assert_within_limits(&reply);
            assert_eq!(reply.colour, colour(verdict));
        }
    }
}

#[test]
fn huge_answer_is_trimmed_with_ellipsis() {
    let reply = answer(&sample(Verdict::Caution, 2000));
    assert!(reply.description.ends_with('…'));
    assert!(reply.title.ends_with('…'));
    assert!(reply.fields.iter().any(|f| f.value.ends_with('…')));
}

#[test]
fn small_answer_keeps_passages_playlists_and_feedback() {
    let reply = answer(&sample(Verdict::Caution, 1));
    assert!(reply
        .fields
        .iter()
        .any(|f| f.name.starts_with("From “Source 0")));
    let playlists = reply.fields.iter().find(|f| f.name == "Playlists").unwrap();
    assert!(playlists.value.contains("(https://example.com/acl)"));
    assert_eq!(
        reply.buttons.iter().map(|b| b.action).collect::<Vec<_>>(),
        [
            ButtonAction::Feedback { helpful: true },
            ButtonAction::Feedback { helpful: false }
        ]
    );
    assert!(reply.footer.unwrap().starts_with("General guidance"));
}

#[test]
fn quotes_from_one_source_share_a_field() {
    let mut a = sample(Verdict::Avoid, 1);
    a.passages.truncate(2);
    for p in &mut a.passages {
        p.source_title = "Hamstrings".into();
    }
    let reply = answer(&a);
    let from: Vec<_> = reply
        .fields
        .iter()
        .filter(|f| f.name.starts_with("From"))
        .collect();
    assert_eq!(from.len(), 1);
    assert_eq!(from[0].value.lines().count(), 2);
}

#[test]
fn depends_offers_one_button_per_choice() {
    let reply = answer(&sample(Verdict::Depends, 1));
    let phases: Vec<_> = reply.buttons.iter().map(|b| b.action).collect();
    assert_eq!(
        phases,
        [Phase::Early, Phase::Rebuilding, Phase::Recovered].map(ButtonAction::Phase)
    );
    // Each choice is said once: its button words lead its line, and no "Why" repeats the guidance.
    for b in &reply.buttons {
        assert!(
            reply.description.contains(&format!("**{}** →", b.label)),
            "{}",
            b.label
        );
    }
    assert!(reply.fields.iter().all(|f| f.name != "Why"));
}

#[test]
fn urgent_and_not_covered_carry_no_exercise_advice() {
    for verdict in [Verdict::Urgent, Verdict::NotCovered] {
        let reply = answer(&sample(verdict, 1));
        assert!(reply.fields.iter().all(|f| !f.name.starts_with("From")));
        assert_ne!(reply.colour, colour(Verdict::Recommended));
    }
    // Exercise videos are the wrong thing to point to in an emergency; for a question the material does
    // not cover, the channel's videos on the conditions named are still worth a look.
    let names = |verdict| {
        answer(&sample(verdict, 1))
            .fields
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(!names(Verdict::Urgent).contains(&"Playlists".to_string()));
    assert!(names(Verdict::NotCovered).contains(&"Playlists".to_string()));
    let urgent = answer(&sample(Verdict::Urgent, 1));
    assert!(urgent.buttons.is_empty());
    assert!(urgent.title.contains("medical help"));
}

#[test]
fn user_text_is_escaped() {
    let escaped = escape_markdown("**bold** @everyone [x](http://y) <@1>");
    assert_eq!(
        escaped,
        "\\*\\*bold\\*\\* @\u{200B}everyone \\[x\\]\\(http\\://y\\) \\<@\u{200B}1\\>"
    );
    let reply = answer(&sample(Verdict::Info, 0));
    assert!(!reply.description.contains("@everyone"));
}

#[test]
fn truncate_counts_characters_not_bytes() {
    assert_eq!(truncate("héllo", 5), "héllo");
    assert_eq!(truncate("héllo wörld", 5), "héll…");
    assert_eq!(truncate("🦵🦵🦵", 2), "🦵…");
}

#[test]
fn a_playlist_with_no_link_is_named_without_moderator_instructions() {
    let mut unlinked = sample(Verdict::Caution, 1);
    unlinked.playlists[0].url = None;
    let reply = answer(&unlinked);
    let playlists = reply.fields.iter().find(|f| f.name == "Playlists").unwrap();
    assert!(playlists.value.contains("ACL tear"), "{}", playlists.value);
    assert!(
        !playlists.value.contains("/settings"),
        "{}",
        playlists.value
    );
    assert!(!playlists.value.contains("no link"), "{}", playlists.value);
}
