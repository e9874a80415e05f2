//! Questions that weigh exercises against each other: "which one should I keep, X or Y?", "if I drop one,
//! which?". The answer is the option the material is most (or least) for, with every option's line.

mod common;

use kneebot_core::Verdict;

fn overview_topics(answer: &kneebot_core::answer::Answer) -> Vec<&str> {
    let mut topics: Vec<&str> = answer.overview.iter().map(|l| l.topic.as_str()).collect();
    topics.sort_unstable();
    topics
}

/// Which one to keep is the option the material is most for, whatever order they are named in; every
/// option gets its own line.
#[test]
fn the_one_to_keep_is_the_one_the_material_is_most_for() {
    for q in [
        "Arthritic knee. Short on time these days: which is worth keeping, hip thrusts or the leg curl machine?",
        "Arthritic knee. Short on time these days: which is worth keeping, the leg curl machine or hip thrusts?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Recommended);
        assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
        assert_eq!(
            overview_topics(&answer),
            ["glute_strengthening", "hamstring_strengthening"],
            "{q}"
        );
    }
}

/// Which one to let go is the option the material is least for; a "which one" naming nothing weighs the
/// options the sentence before it named.
#[test]
fn the_one_to_drop_is_the_one_the_material_is_least_for() {
    let q = "My MCL has been grumbling for a year. I do leg extensions and hamstring curls at the gym. \
             Something has to go, which one?";
    let answer = common::assert_verdict(q, Verdict::Avoid);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    let q = "Baker's cyst. Squats or leg extensions, which should I cut?";
    let answer = common::assert_verdict(q, Verdict::Caution);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
}

/// "Are X safer than Y?" asks about X; only an "or", "vs" or "which" offers a choice.
#[test]
fn a_comparison_without_a_choice_asks_about_its_subject() {
    let q = "Are leg curls kinder than squats on a knee with cartilage wear behind the kneecap?";
    let answer = common::assert_verdict(q, Verdict::Avoid);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    assert!(answer.overview.is_empty());
}

/// An option the asker says is ruled out for them is never the one to keep.
#[test]
fn a_ruled_out_option_is_never_kept() {
    let q = "Knee replacement a year ago. My surgeon said no squats. Squats or glute bridges, which is better?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"));
    assert!(
        answer
            .overview
            .iter()
            .any(|l| l.topic == "squats" && l.verdict == Verdict::NotCovered),
        "{:?}",
        answer.overview
    );
}

/// Where the pick turns on the recovery phase the question does not give, the answer asks for it.
#[test]
fn a_pick_that_turns_on_the_phase_asks_for_it() {
    let q = "Had my ACL reconstructed. Leg curls or leg extensions, which should I keep doing?";
    let answer = common::assert_verdict(q, Verdict::Depends);
    assert!(answer.follow_up.is_some());
    // Told the phase, the pick is made.
    let answer = common::ask(q, Some(kneebot_core::Phase::Early));
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}
