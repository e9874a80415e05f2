//! Questions about the asker's own case (or the person they ask for), through the core's public door:
//! whatever else the post asks, or whatever the video is quoted for, a question whether to do an exercise
//! gets its ruling.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "Is that actually fine or will it mess up my knee like the video says?": the asker's own case, with the
/// video quoted as a worry, gets a ruling rather than an answer about the video.
#[test]
fn a_worry_quoted_from_the_video_is_still_about_ones_own_case() {
    let q = "Broke my wrist and ankle in a fall two weeks ago. My physio has me doing glute bridges on the bed. \
             Is that actually fine or will it mess up my knee like the video says?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("glute_strengthening"),
        "{}",
        answer.guidance
    );
    assert!(
        !answer
            .understood
            .intent
            .as_deref()
            .unwrap_or("")
            .starts_with("info"),
        "{:?}",
        answer.understood.intent
    );
}

/// "Would X be good for her, or is she too old for that?" asks whether to do X: the age question beside
/// it does not make it one the material cannot answer.
#[test]
fn good_for_her_beside_too_old_gets_a_ruling() {
    let q = "My gran has arthritis in both knees and struggles on the stairs. Would some squats holding the \
             kitchen counter be good for her, or is she too old for that?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended);
}

/// "Should he, or is that too much for the new knee?" points back at the walking the story tells of.
#[test]
fn should_he_alone_points_back_at_the_story() {
    let q = "My husband had his knee replaced three years ago and walks fine now. He wants to take up long \
             walks in the hills again. Should he, or is that too much for the new knee?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("walking_running"),
        "{}",
        answer.guidance
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
}

/// "Kindly tell whether these exercises are suitable for him" points back at the exercises the post named,
/// with the noun after the pointer: the ruling of the exercise named answers it.
#[test]
fn whether_these_exercises_are_suitable_points_back() {
    let answer = ask(
        "My father has osteoarthritis in both knees. A gym trainer suggested the bridge exercise for his hips. \
         Kindly tell whether these exercises are suitable for him or not?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"));
}

/// "Does he even need them at this point?" after the exercises are named asks whether to do them, however
/// long the question: a ruling, not "outside the material".
#[test]
fn whether_one_needs_the_ones_named_is_asked_of_them() {
    let q = "My wife's knee replacement was 14 months ago and she walks miles now. Her old sheet still has leg \
             curls on it. Does she really need them at this stage of things?";
    common::assert_verdict(q, Verdict::Avoid);
    // "It" after a brace is named is the brace.
    let q = "My wife's knee replacement was 14 months ago. She does squats in a knee sleeve. Does she really \
             need it at this stage of things?";
    assert_ne!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Do I really need them?" after pills are named asks about the pills, not the exercises told before.
#[test]
fn whether_one_needs_pills_is_not_asked_of_the_exercises() {
    for q in [
        "I do squats and walking every day for my arthritis. My GP gave me painkillers, do I really need them?",
        "I do glute bridges for my arthritis. I'm on painkillers too, do I really need them at all?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
}

/// "Is that ok even tho the video says…", "- is that alright to be doing right now or is it one of the
/// things the video says…": the asker's own case, with the video named as the doubt.
#[test]
fn is_that_ok_even_though_the_video_says_asks_about_the_askers_case() {
    for (q, topic, want) in [
        (
            "tkr 12 days ago. quad just will not fire. physio has me doing short arc knee extensions over a \
             rolled towel. is that ok even tho the video says quads get over dominant?",
            "quad_isolation",
            Verdict::Caution,
        ),
        (
            "ACL tear. My physio's got me doing lying hamstring curls with a band - is that alright to be \
             doing right now or is it one of the things the video says makes knees worse?",
            "hamstring_strengthening",
            Verdict::Avoid,
        ),
    ] {
        common::assert_ruling(q, topic, want);
    }
}

/// An exercise asked about as fine against what the video warns of ("are hamstring curls alright or is that
/// the thing he says not to do", "is that right, or is that the stuff the video says not to do?") asks
/// about the asker's own case: the ruling answers it, not a passage of the material.
#[test]
fn fine_or_what_the_video_warns_of_asks_about_the_askers_case() {
    for q in [
        "tore my mcl at rugby 10 days ago, no op. hobbling about in a brace. are hamstring curls alright or \
         is that the thing he says not to do",
        "My grandson broke his femur 3 weeks ago, they put a rod in it. His physio gave him some hamstring \
         work - is that right, or is that the stuff the video says not to do?",
        "I have arthritis. The physio gave me a sheet, one is leg curls with a theraband. Is this allowed or \
         does this make my knee worse like the video tells?",
        "Tore my MCL playing five a side two weeks ago, no surgery, in a hinged brace. Would lying \
         hamstring curls with a light band be alright to be getting on with right now, or is that one of \
         the things the video says to leave alone",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
        assert_ne!(answer.verdict, Verdict::Info, "{q}: {}", answer.guidance);
    }
}

/// Harm asked about the exercise the story told of ("my daughter wants me doing squats… wont that just grind
/// them down more?") asks whether to do it; plates piled "on the leg extension machine" are the plan, not
/// where something happened.
#[test]
fn harm_from_the_exercise_told_of_and_load_put_on_a_machine_ask_about_it() {
    for (q, topic) in [
        (
            "im 74 and got arthritis in both knees. my daughter wants me doing squats holding onto the \
             kitchen bench every morning. wont that just grind them down more?",
            "squats",
        ),
        (
            "Quad on my ACL leg is still noticeably smaller (8 months post op, walking normal). Should I \
             start piling plates on the leg extension machine to catch it up?",
            "quad_isolation",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}: {}", answer.guidance);
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// A machine the story named, pointed at in the question ("should i be hammering that thing 3x a week?",
/// "should I be loading it up?"), is what is asked about.
#[test]
fn a_machine_named_in_the_story_and_pointed_at_is_asked_about() {
    for (q, topic) in [
        (
            "my doc says i have chondromalacia patella. gym has a leg extension machine and everyone says \
             build ur quads. should i be hammering that thing 3x a week?",
            "quad_isolation",
        ),
        (
            "Had my ACL reconstructed last May. Back in the gym now and the lying leg curl machine is right \
             there. Should I be loading it up to get the graft side as strong as the other leg?",
            "hamstring_strengthening",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}: {}", answer.guidance);
    }
}

/// An exercise a clinician gave, asked about against what the video says ("is that ok given the video
/// says…?"), asks about the asker's own case: a ruling, not an account of the video.
#[test]
fn a_prescribed_exercise_asked_about_against_the_video_gets_a_ruling() {
    common::assert_ruling(
        "Knee replacement 10 days ago and my hamstring won't switch on. My physio gave me hamstring curls. Is \
         that ok given what the video says?",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}
