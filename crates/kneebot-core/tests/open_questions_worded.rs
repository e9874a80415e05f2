//! Open questions and exercises told in other words, through the core's public door: what is "worth my
//! time", which exercises one is "better off dropping", and a leg extension told with a weight on "each
//! ankle".

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "What's worth my time in the gym?" asks what to do; "are there exercises I'd be better off dropping?"
/// what to avoid. Both get an overview.
#[test]
fn worth_my_time_and_better_off_dropping_are_open_questions() {
    let doing = ask(
        "I had an ACL reconstruction. The surgeon says no running until he clears me. What's worth my time in the gym right now?",
        None,
    );
    assert_eq!(
        doing.understood.intent.as_deref(),
        Some("overview (what to do)")
    );
    assert!(!doing.overview.is_empty());
    let avoiding = ask(
        "Partly tore my MCL years ago. Are there gym exercises I'd be better off dropping?",
        None,
    );
    assert_eq!(
        avoiding.understood.intent.as_deref(),
        Some("overview (what to avoid)")
    );
    assert_eq!(avoiding.verdict, Verdict::Avoid, "{}", avoiding.guidance);
}

/// "Can I keep doing them at the gym?" asks about the exercise pointed at; "should I stop going to the
/// gym?" and "drop the idea of going to gym" ask for a plan.
#[test]
fn keeping_on_with_an_exercise_at_the_gym_is_no_open_question() {
    let q = "I really liked leg extensions. Can I keep doing them at the gym on my own anyway?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("advice"),
        "{q}"
    );
    let q = "I have arthritis in my knee. Should I stop going to the gym?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// Straightening the legs with a weight on "each ankle" is the leg extension, whatever else the post says.
#[test]
fn a_weight_on_each_ankle_is_the_leg_extension() {
    let q = "I have osteoarthritis in the knees. Every evening I sit in my chair with a pound-and-a-half weight \
             on each ankle and straighten my legs out in front of me. Is that a good exercise for me?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"), "{q}");
    assert_eq!(answer.verdict, Verdict::Caution, "{q}: {}", answer.guidance);
}
