//! Questions that weigh exercises against each other: "which one should I keep, X or Y?", "if I drop one,
//! which?". The answer is the option the material is most (or least) for, with every option's line.

use crate::common;

use kneebot_core::Verdict;

/// The topics of the overview's first `n` lines (the options weighed come first), sorted.
fn first_topics(answer: &kneebot_core::answer::Answer, n: usize) -> Vec<&str> {
    let mut topics: Vec<&str> = answer
        .overview
        .iter()
        .take(n)
        .map(|l| l.topic.as_str())
        .collect();
    topics.sort_unstable();
    topics
}

/// Which one to keep is the option the material is most for, whatever order they are named in; every
/// option gets its own line, first, and the rest of what the material rules for the asker follows.
#[test]
fn the_one_to_keep_is_the_one_the_material_is_most_for() {
    for q in [
        "Arthritic knee. Short on time these days: which is worth keeping, hip thrusts or the leg curl machine?",
        "Arthritic knee. Short on time these days: which is worth keeping, the leg curl machine or hip thrusts?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Recommended);
        assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
        assert_eq!(
            first_topics(&answer, 2),
            ["glute_strengthening", "hamstring_strengthening"],
            "{q}"
        );
        assert_eq!(
            common::overview_verdict(&answer, "squats"),
            Some(Verdict::Recommended),
            "{q}: the rest follows the options"
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

/// Words of letting go told before the weighing word ("lose weight", "had to stop running", a physio's
/// "avoid") do not turn "which is better" into "which to drop".
#[test]
fn letting_go_told_before_the_question_keeps_it_a_question_of_keeping() {
    for q in [
        "Knee OA and trying to lose a few pounds, which is better for me, squats or leg curls?",
        "Meniscus tear. Physio said to avoid leg extensions, so which is better now, squats or leg extensions?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Recommended);
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    }
    // "Which should I keep away from" lets go, though it says "keep".
    let q = "knee OA, which should I keep away from: leg curls, leg extensions or squats?";
    let answer = common::assert_verdict(q, Verdict::Avoid);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    assert_eq!(
        first_topics(&answer, 3),
        ["hamstring_strengthening", "quad_isolation", "squats"],
        "the option just after 'from' counts too"
    );
}

/// A relative "which" ("my knee, which is getting worse") asks no choice, and "kinder than X or Y" asks
/// about its subject.
#[test]
fn a_which_that_asks_no_choice_is_no_weighing() {
    let q = "I do squats and leg curls. What should I do for my arthritis, which is getting worse?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert!(
        answer
            .overview
            .iter()
            .any(|l| l.topic == "glute_strengthening"),
        "an open question's overview: {:?}",
        answer.overview
    );
    let q = "Are leg extensions gentler on the knee than squats or bridges? Baker's cyst here";
    let answer = common::assert_verdict(q, Verdict::Caution);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
}

/// An option the material gives no ruling on in this phase (walking right after an operation, which it
/// does not date) is neither kept nor dropped: silence is not "against".
#[test]
fn an_option_without_a_ruling_is_not_the_one_to_drop() {
    let q = "Knee replacement 10 days ago. which should I cut, walking or leg extensions?";
    let answer = common::assert_verdict(q, Verdict::Caution);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
}

/// A pick that turns on the phase says which option each phase leads to, and one the material warns
/// about is kept only as the lesser concern.
#[test]
fn the_wording_says_what_each_branch_leads_to() {
    let q = "ACL reconstruction. Leg curls or leg extensions, which should I keep doing?";
    let answer = common::assert_verdict(q, Verdict::Depends);
    let guidance = answer.guidance.to_lowercase();
    assert!(
        guidance.contains("hamstring") && guidance.contains("quad"),
        "{}",
        answer.guidance
    );
    let answer = common::ask(q, Some(kneebot_core::Phase::Recovered));
    assert_eq!(answer.verdict, Verdict::Caution);
    assert!(
        answer.guidance.contains("lesser concern"),
        "{}",
        answer.guidance
    );
}

/// "Which is the most important?" opening a weighing sentence asks the asker's own choice, not what the
/// video says.
#[test]
fn a_which_question_about_ones_own_choice_is_no_question_about_the_video() {
    let q = "Knee OA. Walking, squats, or bridges, which matters most?";
    common::assert_verdict(q, Verdict::Recommended);
    // One about the video stays one.
    let q = "In the video, which does he say matters most, walking, squats or bridges?";
    common::assert_verdict(q, Verdict::Info);
}

/// "Which should I do" keeps, whatever word of letting go came before it in the sentence.
#[test]
fn which_should_i_do_keeps() {
    let q = "Knee OA, I want to stop it getting worse, so which should I do, squats or leg curls?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert_eq!(answer.topic.as_deref(), Some("squats"));
}

/// A pick out of a list ("what's safe out of these: …", "anything here I should bin?", "is any of that bad
/// for it?") weighs the exercises listed, in its own sentence or one of the few before it; "bad for",
/// "bin" and "unsafe" ask which to let go.
#[test]
fn a_pick_out_of_a_list_weighs_the_exercises_listed() {
    let q = "What's safe out of these after my knee replacement a year ago: cycling, leg curls, bridges, \
             squats to a chair?";
    let answer = common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
    assert_eq!(
        first_topics(&answer, 3),
        ["glute_strengthening", "hamstring_strengthening", "squats"],
        "{q}"
    );
    for q in [
        "18 months post ACLR. Current leg day: back squat, lying leg curl, leg extension, hip thrust. \
         Anything here I should bin?",
        "Routine 3x a week: seated leg curl 3x12, leg extension 3x12, clamshells to finish. Consultant \
         says I've got arthritis. Is any of that bad for it?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
    // "My knee's bad" tells the knee, not which to let go.
    let q = "My knee's bad with arthritis, which one helps more, leg curls or bridges?";
    common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
}

/// An open question about a list told before it ("Which of these should I be using?") is answered whole,
/// as an overview, headed by what to do, or by what to avoid when it asks which to let go.
#[test]
fn an_open_question_about_a_list_told_before_is_answered_whole() {
    let q = "OA in both knees. The gym has a leg extension machine and a leg curl machine. I've got no idea \
             where to start. Which of these should I be using?";
    let answer = common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
    assert_eq!(
        common::overview_verdict(&answer, "hamstring_strengthening"),
        Some(Verdict::Avoid),
        "{q}"
    );
    let q = "Knee OA. Current leg day: leg extension, lying leg curl, hip thrust, goblet squat.\n\nWhich of \
             these should I drop or avoid?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
}

/// Two exercises of one kind offered as the choice ("nordic curls or swiss ball hamstring curls, which is
/// easier on it?") get that kind's ruling, not a reading as a question about the material.
#[test]
fn two_exercises_of_one_kind_offered_get_the_kinds_ruling() {
    let q = "Nordic curls or swiss ball hamstring curls, which is easier on a knee with a Baker's cyst?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
}
