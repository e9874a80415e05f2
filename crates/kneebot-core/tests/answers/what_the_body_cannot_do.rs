//! What the asker's body cannot do, through the core's public door: a position they cannot take (kneeling,
//! all fours, lying on the back), a bend a squat needs that is not there ("won't let me sink into a squat",
//! "no way I can get down into a squat position"), a knee that does not bend at all, an exercise told as
//! impossible, "a no go" or not possible "even one", an inability with its verb left out. The exercise is
//! ruled out, in a ruling and in an overview; the same body that can, or a past inability, rules nothing out.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Someone who cannot take a position cannot do an exercise done in it ([[posture]]): kneeling glute
/// kickbacks are not recommended to someone who can't kneel; glute bridges still are, and kneeling work is
/// for someone who can kneel.
#[test]
fn a_position_the_asker_cannot_take_rules_out_exercises_done_in_it() {
    let kneeling = ask(
        "I can't kneel at all since my knee replacement last year. My class does glute kickbacks on all fours. Should I be doing them?",
        None,
    );
    assert_eq!(
        kneeling.verdict,
        Verdict::NotCovered,
        "{}",
        kneeling.guidance
    );
    let bridges = ask(
        "I can't kneel at all since my knee replacement last year. Should I be doing glute bridges?",
        None,
    );
    assert_eq!(
        bridges.verdict,
        Verdict::Recommended,
        "{}",
        bridges.guidance
    );
    let can_kneel = ask(
        "Knee replacement last year and I kneel fine now. Should I be doing glute kickbacks on all fours?",
        None,
    );
    assert_eq!(
        can_kneel.verdict,
        Verdict::Recommended,
        "{}",
        can_kneel.guidance
    );
}

/// Weight that could not be put on a knee in the past is no limit now ("couldn't put any weight on it back
/// in November… cleared, jogging normally"); one told as now is.
#[test]
fn a_past_inability_to_bear_weight_is_no_limit_now() {
    let past = ask(
        "Back in September my son couldn't put any weight on his knee after a tackle. The sports doctor has \
         since cleared him; he's walking and jogging normally. Is it ok for him to start squatting again?",
        None,
    );
    assert_eq!(past.verdict, Verdict::Recommended, "{}", past.guidance);
    let now = ask(
        "I'm not putting any weight on my leg for six weeks after my meniscus repair. Can I do squats?",
        None,
    );
    assert_eq!(now.verdict, Verdict::NotCovered, "{}", now.guidance);
}

/// "…the back pain is so strong I cannot do even one": a count of the exercise named just before is as
/// much a limit as "I can't do them".
#[test]
fn not_even_one_is_a_limit_on_the_exercise_named() {
    let q = "Arthritis in the knee and a disc hernia. When I lift my hips from the floor for the bridge, the back \
             pain is so strong I cannot do even one. Should I force myself to do the bridge anyway?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    let q = "Arthritis in the knee. When I do the bridge I can do even ten now. Should I keep doing the bridge?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// The body's limit in other words: "no way I can get down into a squat position", "can't get my knees to
/// bend far enough to squat down". A clinician's limit holds though the question quotes the video
/// ("would a few squats do me any harm?").
#[test]
fn the_bend_a_squat_needs_not_there_is_a_limit() {
    for q in [
        "TKA 4 months ago and my bend is stuck at 85. There is no way I can get down into a squat position. \
         Should squats be part of my routine anyway?",
        "With this arthritis I can't get my knees to bend far enough to squat down. Are squats something I \
         oughta be doing?",
        "New knee went in back in March. The physio was dead clear with me, no deep squatting until she says. \
         Then the man in the video goes on about squats being brilliant. Would a few squats do me any harm?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "With this arthritis I can bend far enough to squat down now. Are squats something I should be doing?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A knee that does not bend at all (fused, or stiff past use) cannot do an exercise that bends it: no
/// "recommended" squats or lunges. What does not bend it (walking) keeps its ruling.
#[test]
fn a_knee_that_does_not_bend_at_all_rules_out_bending_it() {
    for q in [
        "My right knee was fused after an infection years ago. Are lunges good for the other one too?",
        "since the accident my knee doesnt bend at all, should i be doing squats",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
    let q = "My knee doesn't bend at all since the accident. Is walking ok?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// An overview for a knee that does not bend leaves out the lines of exercises that bend it; someone else's
/// fused knee, or one stiff only in the mornings, rules nothing out.
#[test]
fn an_overview_for_a_knee_that_does_not_bend_leaves_out_bending() {
    let q = "My knee was fused after a failed replacement. What should my leg day look like?";
    let answer = ask(q, None);
    assert!(!answer.overview.is_empty(), "{q}");
    assert!(
        answer.overview.iter().all(|line| line.topic != "squats"),
        "{q}: {:?}",
        answer.overview
    );
    for q in [
        "My mum's knee was fused years ago. I have arthritis in mine, should I be doing squats?",
        "My knee doesn't bend at all first thing in the morning with my arthritis but loosens up. Squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

/// "It won't bend far enough for me to get down into a squat": the bend is missing, whoever it is told of.
#[test]
fn a_bend_not_there_for_the_asker_is_a_limit() {
    let q = "Since my meniscus op the knee just won't bend far enough for me to sink into a deep squat. Should I do squats?";
    common::assert_verdict(q, Verdict::NotCovered);
    let q = "Since my meniscus op the knee bends far enough for me to sink into a squat. Should I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// Someone who cannot lie on their back cannot do glute bridges (done lying on the back); someone who can
/// gets the ruling.
#[test]
fn bridges_are_ruled_out_for_someone_who_cannot_lie_on_their_back() {
    let q = "I've got a fused lower back and I physically can't lie flat on my back. Should I be doing glute \
             bridges for my arthritic knee anyway?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    let q = "I've got a fused lower back but lying on my back is fine. Should I be doing glute bridges for my \
             arthritic knee?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "I physically can't get down into one" after squats are named, and "my running days were over": the
/// body or the clinician has ruled the exercise out.
#[test]
fn an_exercise_the_body_cannot_get_into_or_whose_days_are_over_is_ruled_out() {
    for q in [
        "My knee only bends to about 75 degrees. Everyone keeps telling me squats squats squats, but I \
         physically can't get down into one. Should I be forcing myself to do squats?",
        "Last spring my consultant told me my running days were over with the arthritis in my knees. Does \
         that mean I can go back to jogging?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q =
        "I have arthritis in my knees and I can get down into a squat fine. Should I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "I can't get down on all fours": kickbacks done on all fours are ruled out; someone who can get down
/// on all fours may do them.
#[test]
fn cannot_get_down_on_all_fours_rules_out_what_is_done_there() {
    common::assert_verdict(
        "I can't get down on all fours since my knee replacement. Glute kickbacks on all fours, would they be useful?",
        Verdict::NotCovered,
    );
    let q = "I can get down on all fours fine since my knee replacement. Glute kickbacks on all fours, would they \
             be useful?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "No way my body lets me sink low enough to squat": the body rules the squat out; the same body that lets
/// the person sink low enough does not.
#[test]
fn a_body_that_will_not_let_the_person_get_low_enough_is_a_limit() {
    for q in [
        "My knee replacement was in May and there's no way my body lets me sink low enough to squat. Should I squat anyway?",
        "arthritis. no way my knees let me sink low enough to squat. should I do squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "My knee replacement was in May and my body lets me sink low enough to squat now. Should I squat?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// A knee that only bends so far rules out the deep version of an exercise ("full deep squats"), and an
/// exercise the asker says is out for them ("squats are simply out for me") is left out of an overview's
/// recommendations.
#[test]
fn a_bend_the_knee_lacks_and_an_exercise_said_to_be_out_are_limits() {
    let deep = ask(
        "My new knee only bends to about 85 degrees and the surgeon says that's it. Can I do full deep squats?",
        None,
    );
    assert_eq!(deep.verdict, Verdict::NotCovered, "{}", deep.guidance);
    let out = ask(
        "Kneecap arthritis, and squats are simply out for me at the moment. What should I be doing instead?",
        None,
    );
    assert!(!out.overview.is_empty(), "{}", out.guidance);
    assert!(
        !out.overview
            .iter()
            .any(|l| l.topic == "squats" && l.verdict == Verdict::Recommended),
        "{:?}",
        out.overview
    );
}

/// "Squatting is just not physically possible for me": an exercise told as impossible, with words between,
/// is out.
#[test]
fn an_exercise_told_as_not_possible_is_out() {
    let q = "Since my TKR the knee bends to 75 or so, and squatting is just not physically possible for me. \
             Should I keep trying squats?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// "The knee won't let me sink into a squat": the body's limit, told of the knee, rules squats out.
#[test]
fn a_knee_that_will_not_let_one_sink_into_a_squat_rules_squats_out() {
    let q = "Scar tissue after my knee replacement. However I try, the knee just won't let me sink into a squat, \
             it stops dead. Is there any point in still attempting squats?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// An inability told with its verb left out ("Everyone keeps saying 'just walk more'… I physically
/// can't.") rules out the exercise named last before it, in a ruling and in an overview; "I can't sleep"
/// names what cannot be done and limits no exercise.
#[test]
fn an_inability_with_its_verb_left_out_points_back_at_the_exercise() {
    let q = "Everyone keeps saying 'just walk more' for my knee arthritis. My GP, my physio, this video. I \
             physically can't. I've got spinal stenosis and my legs go heavy. So is walking just a no go \
             for me then, or should I be forcing myself to walk further for the sake of the knee?";
    common::assert_verdict(q, Verdict::NotCovered);
    let q = "My physio wants me to do squats. I can't. I have arthritis. What else can I do?";
    let answer = common::ask(q, None);
    assert!(
        answer
            .overview
            .iter()
            .all(|o| !(o.topic == "squats" && o.verdict == Verdict::Recommended)),
        "{q}"
    );
    let q = "I have arthritis and my knee hurts when I squat. I can't sleep. Are squats ok?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// The answer never recommends what the asker cannot do, told as "a no go", in an overview either.
#[test]
fn an_exercise_that_is_a_no_go_is_not_recommended() {
    let answer = ask(
        "Knee replacement 2 years ago, it's never bent past 95 degrees so squats are a no go. What exercises should I be doing?",
        None,
    );
    let squats = answer
        .overview
        .iter()
        .find(|o| o.topic.as_str() == "squats")
        .map(|o| o.verdict);
    assert!(
        matches!(squats, None | Some(Verdict::NotCovered)),
        "{squats:?}"
    );
}
