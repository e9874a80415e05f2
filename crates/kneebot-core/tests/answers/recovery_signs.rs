//! Recovery signs, through the core's public door: a sign stated (walking without a limp, walking told
//! loosely, range back, "back to normal" of the person or the knee) is weighed over the calendar, and a
//! ruling that rests on one cites the passage naming it. A sign that is a goal, asked about, far off, "not
//! yet", denied only before a "but", a limp denied, a healed scar, or told of the recovery before a new fall
//! is not where the asker is now.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::{Phase, Verdict};

/// A recovered sign that is what someone is working towards ("tips to achieve full extension") is not
/// where they are.
#[test]
fn a_recovered_sign_that_is_a_goal_is_not_reached() {
    let reached = ask(
        "3 weeks after ACL surgery and I have full extension. Leg curls?",
        None,
    );
    assert_eq!(reached.understood.phase, Some(Phase::Recovered));
    for goal in [
        "3 weeks after ACL surgery, any tips to achieve full extension? Leg curls?",
        "3 weeks after ACL surgery and working towards full range of motion. Leg curls?",
    ] {
        let answer = ask(goal, None);
        assert_ne!(answer.understood.phase, Some(Phase::Recovered), "{goal}");
    }
}

/// A recovery sign someone asks about ("is walking ok?", "can I go back to running?") is not one they state.
#[test]
fn a_sign_asked_about_is_not_stated() {
    for q in [
        "3 weeks after ACL surgery. Is walking ok in the meantime?",
        "3 weeks after ACL surgery, can I go back to walking?",
    ] {
        let answer = ask(q, None);
        assert!(
            answer.understood.signals.is_empty(),
            "{q}: {:?}",
            answer.understood.signals
        );
    }
    let stated = ask(
        "3 weeks after ACL surgery and walking fine, can I do leg curls?",
        None,
    );
    assert!(!stated.understood.signals.is_empty());
}

/// An answer that rests on a recovery sign cites the passage that names the sign: full range of motion
/// past the window is quoted where the material says it.
#[test]
fn a_ruling_on_a_sign_cites_the_passage_naming_it() {
    let answer = ask(
        "Knee replacement 8 months ago and the range is full now. Do I keep doing leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert!(
        answer
            .passages
            .iter()
            .any(|p| p.text.to_lowercase().contains("full range")),
        "{:?}",
        answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

/// "Without limping" is walking decently (not a limp), and a knee that bends and straightens "completely"
/// a few words on has its range back.
#[test]
fn walking_without_limping_is_walking_decently() {
    for q in [
        "ACL surgery 2 months ago. I walk without limping now. leg curls?",
        "Meniscus operation 10 weeks ago. I can bend and stretch the knee completely. leg curls?",
        "Hip replaced 5 weeks ago, I'm walking to the end of the road and back with my cane now. leg curls?",
        "Meniscus repair 3 months ago, I've been back at work 3 weeks now. leg curls?",
        "back at work 2 months after my knee replacement, can I do hamstring curls?",
        "Meniscus surgery a while ago. Bending and straightening are both back to normal now. leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
}

/// "With no limp" is no limp: walking decently, not the weakness a limp tells.
#[test]
fn no_limp_is_not_a_limp() {
    let answer = ask(
        "had a meniscus repair 3 months ago. I walk with no limp. Should I do nordic curls?",
        None,
    );
    assert_eq!(
        answer.understood.signals.len(),
        1,
        "{:?}",
        answer.understood.signals
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "Range is full already", "walking around like nothing happened": recovered, whatever the calendar says.
#[test]
fn range_and_walking_back_in_everyday_words() {
    for q in [
        "Had an arthroscopic meniscectomy 3 weeks ago. My range is full already. Should I still do hamstring curls?",
        "Had an arthroscopic meniscectomy 3 weeks ago and I'm walking around like nothing happened. Should I \
         still do hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
}

/// "Back to normal" of the person or the knee is the recovered sign; of a calf or a wound it tells a
/// warning sign over and says nothing of range or walking, so the calendar decides.
#[test]
fn back_to_normal_is_recovery_only_of_the_person_or_the_knee() {
    let q = "Knee replacement seven weeks ago. I had a clot in my calf after it, but the calf is back to normal \
             now and the clinic discharged me. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    for q in [
        "Knee replacement seven weeks ago and I'm back to normal now. Can I do leg curls?",
        "Everything is back to normal five weeks after my knee replacement, can I do hamstring curls?",
        "My walking is back to normal three weeks after the scope. Leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
}

/// Walking told the way people tell it: a distance written "5k", "getting round" as "getting around".
#[test]
fn walking_told_loosely_is_decent_walking() {
    for q in [
        "Knee replacement 5 weeks ago. I'm walking 5k most mornings now. Should I do hamstring curls?",
        "ACL reconstruction 5 weeks ago, getting round fine now. Should I do hamstring curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {:?}", answer.understood);
    }
    // Steps are no distance.
    let answer = ask(
        "Knee replacement 5 weeks ago. Walking 5k steps a day. Should I do hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends);
}

/// Walking told in the story is where the person is, not what an open question asks about; a limp told
/// inside it ("walking, limping, without crutches") says the walking is not back to normal.
#[test]
fn walking_told_in_the_story_is_a_sign() {
    let q = "Four months since my knee replacement, walking to the park and back no bother now. What should I avoid?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    let hamstrings = answer
        .overview
        .iter()
        .find(|line| line.topic == "hamstring_strengthening")
        .expect("hamstring work in the overview");
    assert_eq!(
        hamstrings.verdict,
        Verdict::Avoid,
        "{q}: past the early window by the walking"
    );

    let q = "Twisted my knee badly 10 days ago. I'm walking (limping) okay without crutches now. Which exercises should I do?";
    let answer = ask(q, None);
    assert!(
        !answer
            .understood
            .signals
            .iter()
            .any(|s| s.contains("walking decently")),
        "{q}: {:?}",
        answer.understood.signals
    );
    // Able to walk and run again is walking again, two weeks after a fall.
    let q = "fell off my bike 2 weeks ago, can walk and run now. can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    // A cane or walker is no limp: walking with one more and more each day is walking again.
    let q = "10 weeks after my knee replacement and walking with a cane more and more each day. Should I still do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// A healed scar or wound says nothing of range of motion or walking: still the early window.
#[test]
fn a_healed_scar_is_no_recovery() {
    let q = "TKR 3 weeks ago, scar healed up nicely. leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
}

/// "Nowhere near full range" is no full range.
#[test]
fn a_sign_told_as_far_off_is_not_the_sign() {
    let answer = ask(
        "Meniscus repair two months ago, nowhere near full range yet. Can I do hamstring curls?",
        None,
    );
    assert_ne!(
        answer.understood.phase,
        Some(kneebot_core::Phase::Recovered)
    );
}

/// What comes before "but" does not deny what comes after it.
#[test]
fn a_denial_does_not_reach_past_but() {
    let answer = ask(
        "ACL recon 4 months ago, I'm nowhere near 100% but walking normally. Can I do leg curls?",
        None,
    );
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::Avoid,
        "{}",
        answer.guidance
    );
}

/// A bare "not yet" that the contrast goes on to say of still denies the sign.
#[test]
fn not_yet_but_nearly_is_not_the_sign() {
    let answer = ask(
        "Knee replacement 3 months ago, not yet but almost walking normally. Can I do leg curls?",
        None,
    );
    assert_ne!(
        answer.understood.phase,
        Some(kneebot_core::Phase::Recovered),
        "{}",
        answer.guidance
    );
}

/// Signs told before a fall after the operation are of the recovery before it: "by August I had full bend
/// and was walking normal. Then 3 weeks ago I fell… the hamstring won't fire" is the early window again.
#[test]
fn signs_before_a_new_fall_are_of_the_recovery_before_it() {
    let q = "ACL reconstruction in 2024, by the summer I had full bend and was walking normally. Then 2 weeks \
             ago I fell off a ladder and now the hamstring won't fire at all. Leg curls ok for a bit?";
    let got = common::ask(q, None);
    assert_eq!(
        got.verdict,
        kneebot_core::Verdict::OkForNow,
        "{:?}",
        got.understood
    );
}

/// Back at a sport is walking well past decently: still weaker than the other side, the asker is past
/// the early window. Only as where they are, not where they hope to be.
#[test]
fn back_at_a_sport_is_past_the_early_window() {
    for q in [
        "ACL reconstruction 5 months ago. Back playing football twice a week but my hamstring is still weaker than the other side. Should I do hamstring curls?",
        "Meniscus repair 7 weeks ago and I'm back to training now, though the leg is still weak. Leg curls ok?",
    ] {
        assert_verdict(q, Verdict::Avoid);
    }
    for q in [
        "ACL reconstruction 3 weeks ago, hamstring still weak, hoping to be back playing by summer. Leg curls ok?",
        "ACL reconstruction 3 weeks ago and the hamstring is weak. I went back to training too early after my last sprain. Leg curls ok?",
    ] {
        assert_verdict(q, Verdict::OkForNow);
    }
}
