//! Rulings through the public API: they follow the rules, warning signs come first, `depends` asks a
//! follow-up, not covered guesses nothing, passages come from the material, odd input gets an answer, and
//! a false premise about the material is corrected.

use crate::{ask, common, engine};
use kneebot::answer::Verdict;
use kneebot::{AskOptions, Phase};

/// Table: question -> (verdict, topic, conditions). Rulings from the rules, in words the dev set doesn't use.
#[test]
fn rulings_follow_the_rules() {
    let cases: &[(&str, Verdict, Option<&str>, &[&str])] = &[
        (
            "should I do leg curls after my ACL repair?",
            Verdict::Depends,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "aclr 5 days ago, ham curls ok?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "TKR 8 months ago, still doing leg curls, good?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["knee_replacement"],
        ),
        (
            "tkr 8 wks ago, leg curls?",
            Verdict::Depends,
            Some("hamstring_strengthening"),
            &["knee_replacement"],
        ),
        (
            "torn menicus, should i do hamstirng curls",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "i have arthritus in my knee, squats?",
            Verdict::Recommended,
            Some("squats"),
            &["knee_osteoarthritis"],
        ),
        (
            "hip thrusts instead of leg curls for my ITB?",
            Verdict::Recommended,
            Some("glute_strengthening"),
            &["it_band_syndrome"],
        ),
        (
            "quad extensions with a bakers cyst?",
            Verdict::Caution,
            Some("quad_isolation"),
            &["bakers_cyst"],
        ),
        (
            "I tore my ACL 2 years ago, nordic curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
        (
            "I tore my MCL 5 days ago and my hamstring won't switch on, leg curls?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["mcl_tear"],
        ),
        (
            "I never had surgery but my meniscus hurts, leg curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "walking without a limp after my meniscectomy, keep doing leg curls?",
            Verdict::Avoid,
            Some("hamstring_strengthening"),
            &["meniscus_tear"],
        ),
        (
            "I still don't have full range of motion after my ACL reconstruction, leg curls?",
            Verdict::OkForNow,
            Some("hamstring_strengthening"),
            &["acl_tear"],
        ),
    ];
    for (q, verdict, topic, conditions) in cases {
        let a = ask(q);
        assert_eq!(a.verdict, *verdict, "{q}\n{a:#?}");
        assert_eq!(a.topic.as_deref(), *topic, "{q}");
        for c in *conditions {
            assert!(
                a.conditions.iter().any(|x| x == c),
                "{q}: {c} not in {:?}",
                a.conditions
            );
        }
    }
}

#[test]
fn warning_signs_come_first_and_give_no_exercise_advice() {
    for q in [
        "2 weeks after my knee replacement my calf is hot and swollen, can I do leg curls?",
        "I have a fever after my ACL surgery, should I do squats?",
        "my incision is oozing, leg extensions ok?",
        "my foot is cold and numb after surgery, glute bridges?",
        "twisted my knee and now it's locked, what should I do?",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::Urgent, "{q}");
        assert!(
            a.passages.is_empty() && a.playlists.is_empty() && a.follow_up.is_none(),
            "{q}"
        );
    }
    // Negated warning signs are not warning signs.
    let a = ask("no fever and my calf isn't swollen, 3 days after ACL surgery, leg curls?");
    assert_eq!(a.verdict, Verdict::OkForNow, "{a:#?}");
}

#[test]
fn depends_asks_a_follow_up_and_a_phase_turns_it_into_a_ruling() {
    let q = "should I do leg curls after my ACL repair?";
    let a = ask(q);
    let f = a.follow_up.expect("a follow-up");
    let phases: Vec<Phase> = f.choices.iter().map(|c| c.phase).collect();
    assert_eq!(phases, [Phase::Early, Phase::Rebuilding, Phase::Recovered]);
    for (phase, verdict) in [
        (Phase::Early, Verdict::OkForNow),
        (Phase::Rebuilding, Verdict::OkForNow),
        (Phase::Recovered, Verdict::Avoid),
    ] {
        let a = engine().answer(q, &AskOptions::on(common::TODAY).with_phase(Some(phase)));
        assert_eq!(a.verdict, verdict);
        assert!(a.follow_up.is_none());
        assert!(!a.passages.is_empty());
        let choice = f.choices.iter().find(|c| c.phase == phase).unwrap();
        assert_eq!(
            choice.verdict, verdict,
            "the follow-up says what the choice leads to"
        );
    }
}

#[test]
fn not_covered_guesses_nothing_but_still_names_conditions() {
    for q in [
        "Should I do hamstring stretches?",
        "is leg press ok with my acl tear?",
        "Can I ice my knee?",
        "what's the weather",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::NotCovered, "{q}\n{a:#?}");
        assert!(
            a.passages.is_empty(),
            "{q}: no passage dressed up as an answer"
        );
    }
    let a = ask("is leg press ok with my acl tear?");
    assert_eq!(a.conditions, ["acl_tear"]);
    assert_eq!(a.playlists[0].condition, "acl_tear");
}

#[test]
fn every_ruling_cites_at_most_three_passages_from_the_material() {
    let k = engine().knowledge();
    for q in [
        "leg curls with knee OA?",
        "glute bridges for my MCL tear?",
        "why are squats good?",
    ] {
        let a = ask(q);
        assert!(a.passages.len() <= 3);
        for p in &a.passages {
            assert!(k.passages.iter().any(|x| x.id == p.id && x.text == p.text));
        }
    }
}

#[test]
fn odd_input_gets_an_answer_not_a_panic() {
    let long = "knee ".repeat(3_000);
    for q in [
        "",
        "   ",
        "🦵🔥💀",
        "@everyone <@&123> <@456>",
        "```code``` **bold** ||spoiler||",
        &long,
        "\u{202e}\u{200d}leg curls",
        "surgery 5 days ago, temp 38.9",
        "knee op, fever 39",
    ] {
        let a = ask(q);
        assert!(!a.headline.is_empty());
    }
}

/// A question about the material that puts words in its mouth is answered with what the material does say
/// (for the asker's situation), not with a passage that happens to share the words; a true premise gets
/// the material's reasons.
#[test]
fn a_false_premise_about_the_material_is_corrected() {
    for q in [
        "Why does the video say to strengthen the hamstrings?",
        "why does he say squats are bad for the knee?",
        "why does the guy in the video say you should do more leg curls for arthritis?",
    ] {
        let a = ask(q);
        assert_eq!(a.verdict, Verdict::Info, "{q}");
        assert!(
            a.guidance.starts_with("That isn't what the material says"),
            "{q}: {}",
            a.guidance
        );
        assert!(!a.passages.is_empty(), "{q}");
    }
    // Right after surgery the material does say to do isolated hamstring work: no correction.
    let a = ask("why does he recommend leg curls right after knee surgery?");
    assert!(!a.guidance.starts_with("That isn't"), "{}", a.guidance);
    let a = ask("why does he say glute work is so important?");
    assert!(!a.guidance.starts_with("That isn't"), "{}", a.guidance);
}
