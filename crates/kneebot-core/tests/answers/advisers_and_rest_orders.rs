//! Who gives a limit, and limits on everything, through the core's public door: a ban acted on by someone
//! who is not a clinician (a coach, the internet) is their opinion, so the material's ruling stands; a
//! relative's clinician limits the relative, not the writer; asking
//! whether they are "right about that" asks about the exercise; a clinician's order to rest rules every
//! exercise out until its told end; and "walking on the treadmill" is walking, not the running ruled out.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_ban_by_someone_who_is_not_a_clinician_leaves_the_ruling() {
    for q in [
        "My coach banned squats for me because of my knee arthritis. Should I do them?",
        "The internet told me to avoid squats with my arthritis. Should I squat?",
    ] {
        assert_verdict(q, Verdict::Recommended);
    }
    // A clinician's ban, told the same way, comes first.
    assert_verdict(
        "My physio banned squats for me because of my knee arthritis. Should I do them?",
        Verdict::NotCovered,
    );
}

/// A relative's clinician ("my daughter's surgeon said no squats") speaks for the relative: the limit
/// holds when the question is about them, and not when the writer asks about their own knee.
#[test]
fn a_relatives_clinician_gives_the_relative_a_limit() {
    assert_verdict(
        "My daughter's surgeon said absolutely no squats for 3 months after her meniscus repair. She's 6 \
         weeks in. The video says squats are great - can she start them now?",
        Verdict::NotCovered,
    );
    assert_verdict(
        "My husband's surgeon banned squats for 6 weeks after his meniscus repair. I've got arthritis in \
         my knee, never had an op. Can I keep doing my bodyweight squats?",
        Verdict::Recommended,
    );
}

#[test]
fn asking_whether_an_adviser_is_right_about_it_asks_about_the_exercise() {
    assert_verdict(
        "My yoga teacher says leg curls are bad for my arthritic knee. Is she right about that or just being \
         fussy?",
        Verdict::Avoid,
    );
}

#[test]
fn a_clinicians_rest_order_rules_out_every_exercise_until_its_end() {
    for q in [
        "My GP said complete rest for ten days because of my baker's cyst (that was 3 days ago). Are glute \
         bridges ok?",
        "I've been told strict rest until my MRI next week, I have a meniscus tear. Can I walk?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
    // Its length has passed; or it is no clinician's.
    for q in [
        "Physio told me to rest it completely for a week after my meniscus tear 5 weeks ago. can I do squats?",
        "My trainer said rest completely for 2 weeks. I have arthritis. can I do squats?",
    ] {
        assert_verdict(q, Verdict::Recommended);
    }
}

/// In a sentence where a clinician and an adviser both speak, the order to rest is the nearer speaker's:
/// a friend's "rest it completely" after the physio's word is the friend's, and the physio's after the
/// friend's is a clinician's.
#[test]
fn a_rest_order_is_the_nearer_speakers() {
    assert_verdict(
        "Sprained my MCL playing rugby 10 days ago. The physio says gentle glute work, my mate says rest it \
         completely for a month. Are glute bridges alright?",
        Verdict::Recommended,
    );
    assert_verdict(
        "Sprained my MCL playing rugby 10 days ago. My mate says crack on, the physio says rest it \
         completely for a month. Are glute bridges alright?",
        Verdict::NotCovered,
    );
}

/// A clinician's order or limit stays theirs when an adviser is named too: told after a break in the
/// sentence ("…but I was told complete rest by the surgeon"), passed on by the adviser ("my wife says we
/// were told…"), or given together ("my surgeon and my personal trainer both said…").
#[test]
fn a_clinicians_order_beside_an_adviser_stays_the_clinicians() {
    for q in [
        "Had my meniscus repaired 10 days ago. My trainer says glute work is fine, but I was told complete \
         rest by the surgeon for 2 weeks. Are glute bridges ok?",
        "Had my meniscus repaired 10 days ago. My mate says get back in the gym but doctors orders are \
         complete rest for 2 weeks. Are glute bridges ok?",
        "Had my meniscus repaired 10 days ago. My surgeon and my personal trainer both said complete rest \
         for 2 weeks. Are glute bridges ok?",
        "Had my ACL reconstruction 5 days ago. My wife says we were told complete rest for a week. Are glute \
         bridges ok?",
        "Had my meniscus repaired 10 days ago. My surgeon and my personal trainer both said no squats for 6 \
         weeks. Are squats ok?",
        "Had my meniscus repaired 10 days ago. My trainer says squats are fine but I was told no squats for \
         6 weeks by the surgeon. Are squats ok?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn a_treadmill_after_walking_is_where_the_walking_is_done() {
    let story = "Surgeon said no running for 12 weeks after my meniscus repair. That was 7 weeks ago and I walk \
                 fine.";
    assert_verdict(
        &format!("{story} Is walking on the treadmill ok?"),
        Verdict::Recommended,
    );
    // The treadmill alone may be running, which is ruled out.
    assert_verdict(
        &format!("{story} Is the treadmill ok?"),
        Verdict::NotCovered,
    );
}

/// "Does that make sense?" after a clinician's plan asks whether to follow it: the plan's exercise gets
/// the material's ruling. After the video's words it still asks what the video means.
#[test]
fn whether_a_clinicians_plan_makes_sense_gets_a_ruling() {
    let plan = ask(
        "Physio took me off squats for now because of my bakers cyst and wants me doing lying hamstring \
         curls instead. Does that make sense?",
        None,
    );
    assert_eq!(plan.verdict, Verdict::Avoid, "{}", plan.guidance);
    assert_eq!(plan.topic.as_deref(), Some("hamstring_strengthening"));
    let video = ask(
        "He says hamstrings squeeze the knee. Does that sound right?",
        None,
    );
    assert_eq!(video.verdict, Verdict::Info, "{}", video.guidance);
}
