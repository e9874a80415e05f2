//! Questions put as a hoped-for yes, through the core's public door: a statement offered for agreement with
//! a tag ("they're still ok for me, aren't they?", "I'll be fine on it, won't I?") points back at the
//! exercise the story named and gets that exercise's ruling, whichever way it goes.

use crate::common;

use common::assert_verdict;
use kneebot_core::Verdict;

#[test]
fn a_tag_question_points_back_at_the_exercise_told_of() {
    let weak = assert_verdict(
        "4 months since my knee replacement but I'm still really weak and need the walker for anything \
         further than the house. Physio kept the hamstring curls in my programme. They're still ok for me \
         aren't they?",
        Verdict::OkForNow,
    );
    assert_eq!(weak.topic.as_deref(), Some("hamstring_strengthening"));
    let arthritis = assert_verdict(
        "Knee osteoarthritis, I'm 67. My grandson says the lying leg curl is the safest machine in the gym. \
         I'll be fine on it, won't I?",
        Verdict::Avoid,
    );
    assert_eq!(arthritis.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "A few light ones are fine surely?" after a surgeon's ban on curls: "ones" stands for the curls, which
/// are ruled out for the asker, whatever the video is quoted for.
#[test]
fn ones_stands_for_the_exercise_told_of() {
    let answer = assert_verdict(
        "Doc said NO hamstring curls for 6 weeks cos of my hamstring graft (ACL). But the video says right \
         after surgery is exactly when they're ok... I'm at week 2, a few light ones are fine surely?",
        Verdict::NotCovered,
    );
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "Is that a good idea, or is there a better way?" after a plan of heavy curls: the plan is ruled on
/// (past rehab and still weak is not the early window), not answered with a list headed by a go-ahead.
#[test]
fn a_plan_judged_with_a_better_way_as_the_other_choice_is_ruled_on() {
    let answer = assert_verdict(
        "ACL reconstruction 14 months ago, discharged from physio in the spring; my operated hamstring is \
         still about 20% weaker than the other side. My plan is to hammer seated and lying hamstring curls \
         3x a week, heavy. Is that a good idea, or is there a better way to close the gap?",
        Verdict::Avoid,
    );
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}
