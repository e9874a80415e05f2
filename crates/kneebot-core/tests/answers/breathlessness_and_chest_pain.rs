//! Breathlessness and chest pain after an operation in everyday words, through the core's public door:
//! "puffed", "out of puff", "winded", "can't catch her breath", a chest that "feels squeezed", tight or
//! heavy, breathing "hard and fast", "a sharp sensation across my chest". Each is a warning sign that sends
//! the member to emergency services now (a hot calf sends them to their clinician); effort with no operation
//! told, someone else out of breath, and a chest named at the gym are not. Beside them, a calf "killing me"
//! and a knee felt to "go" before it swelled.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Breathlessness told as being "puffed and…", and a tightness told across the chest, after an operation.
#[test]
fn puffed_and_a_tight_chest_after_surgery_are_urgent() {
    for q in [
        "Ten days since my knee replacement. I get puffed and dizzy just walking to the letterbox. Can I start leg curls?",
        "Hip op three weeks ago, there's a heaviness across my chest when I climb the stairs. Are glute bridges ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // A bar held across the chest is no tightness in it.
    let q = "I have arthritis. I do front squats with a heavy bar across the chest. Are glute bridges ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A chest that "feels squeezed" is chest pain, and being "out of puff" after an operation is breathlessness;
/// out of puff running up hills, with no operation, is only effort.
#[test]
fn a_squeezed_chest_or_being_out_of_puff_after_surgery_is_urgent() {
    for q in [
        "Total knee replacement 3 weeks ago. Getting out of puff going from the bed to the bathroom, I put it down to being unfit. Would more walking help?",
        "Three weeks after my ACL surgery my chest feels squeezed when I walk. Walking ok?",
        "Knee replacement 8 days ago. Last night my chest was tight and I felt a bit dizzy. Can I keep doing my hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // Out of puff with no operation, and a chest pressed or squeezed at the gym, are effort.
    for q in [
        "I get out of puff running up hills. Should I do squats for my arthritis?",
        "I chest pressed 60kg today and did leg extensions after. Are leg extensions bad with my arthritis?",
        "Did cable flys with my chest squeezing at the top, then squats. are squats ok with a meniscus tear?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee felt to "go" or "give" is an injury, so swelling "puffed right up" inside the hour after it is
/// sudden swelling; a chest that "has felt tight" and getting "winded" after surgery are breathing signs.
#[test]
fn a_knee_felt_to_go_and_a_chest_that_has_felt_tight_are_told_signs() {
    for q in [
        "Turned sharply at five-a-side and felt my knee go. Inside the hour it was double the size of the other \
         one. What exercises will help?",
        "Knee replacement nine days ago. My chest has felt tight since lunchtime. Can I do my glute bridges?",
        "Knee replacement nine days ago. My chest's been tight all evening. Can I do my glute bridges?",
        "Felt my knee go at hockey last night and it ballooned straight away. Leg curls?",
        "Knee replacement nine days ago. I get winded on the stairs. Can I do my glute bridges?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A knee felt to "go stiff" is no injury.
    let q = "Arthritis in my knee. I felt my knee go stiff in the car yesterday. Are leg curls ok?";
    assert_eq!(ask(q, None).understood.event, None, "{q}");
}

/// Chest pain told by how it feels ("a sharp sensation across my chest") and breathlessness told as
/// having "been puffed out" since an operation are warning signs, whatever the asker blames them on.
#[test]
fn chest_pain_by_its_feel_and_having_been_puffed_out_are_signs() {
    for q in [
        "Knee scope last Thursday. A sharp sensation across my chest keeps catching me, probably just \
         stress. Fine to do my quad sets?",
        "Knee replacement 12 days ago and I've been puffed out climbing the stairs since yesterday. Glute \
         bridges ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A sharp pain by a chest freezer is the knee's; someone else out of breath is no sign of the asker's.
    for q in [
        "I get a sharp pain when bending over the chest freezer at work, it's my knee. Are squats okay?",
        "My husband has been puffed out pushing my wheelchair since my knee surgery last week. Can I do glute \
         bridges?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// Breathlessness told of someone else ("she cant catch her breath") or as breathing that "feels hard
/// and fast", and a calf that is "killing me", after surgery: urgent (review 33 found them answered as
/// not covered, and with leg-curl advice).
#[test]
fn breath_and_calf_pain_in_everyday_words_after_surgery_are_urgent() {
    for q in [
        "mom had her TKR 10 days ago and she cant catch her breath since this morning. should she do her \
         exercises today?",
        "my husband had his knee replaced 10 days ago and he cant catch his breath. should he do his \
         exercises?",
        "knee replacement 10 days ago, breathing feels hard and fast. exercises ok?",
        "acl surgery 1 week ago and my calf is killing me, cant touch it. leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // Not breath after a hard walk told as over, nor a joke about a workout.
    let q = "ACL reconstruction 3 weeks ago. This leg day is killing me lol, are bridges ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// Chest pain or breathlessness after surgery sends the member to emergency services now; a hot calf
/// sends them to their surgeon, doctor or urgent care now, emergency services if it is severe.
#[test]
fn a_sign_marked_emergency_calls_for_emergency_services() {
    let chest = common::assert_verdict(
        "knee replacement 9 days ago and now my chest feels tight and I get short of breath on the stairs. \
         keep walking?",
        Verdict::Urgent,
    );
    let calf = common::assert_verdict(
        "knee replacement 9 days ago and my calf is hot and swollen. keep walking?",
        Verdict::Urgent,
    );
    assert_ne!(chest.guidance, calf.guidance);
    assert!(
        chest.guidance.contains("emergency services now"),
        "{}",
        chest.guidance
    );
    assert!(!calf.guidance.contains("today"), "{}", calf.guidance);
}

/// Breathlessness and chest pain in everyday words after an operation are warning signs.
#[test]
fn chest_pain_and_breathlessness_in_everyday_words_are_urgent() {
    for q in [
        "Mum had her knee replaced 5 days ago. She says it hurts in her chest when she breathes in. Which exercises can she do?",
        "Three days after my knee replacement I'm getting puffed walking to the kitchen. Can I do glute bridges?",
        // In second-language English.
        "My father is operated of the knee one week before. Since morning he feel difficult to breathe and his \
         chest is pain. He can do the bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // A knee "puffed up" is swelling, not breathlessness.
    let q =
        "5 days after my knee replacement my knee is puffed up and sore. Can I do glute bridges?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}
