//! Questions asked where a limit has been told, through the core's public door: the exercise ruled out asked
//! about again, in a ruling or an open question, with the video quoted as the reason ("surely it's fine since
//! the video says so", "would it be good for my knee?"), or pointed back at beside one allowed; a limit asked
//! about ("squats are forbidden for people like me?") is no limit told; the reply is headed by the
//! clinician's instruction, an overview never recommends what is ruled out, and running waited for leaves
//! walking asked.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// An exercise ruled out earlier and named again as what an open-shaped question asks about ("should I be
/// walking for exercise for my knees?") is the question's topic, and its ruling is the limit's; one the
/// question itself tells as ruled out ("…and if stopping running is a good idea") stays out of the ask.
#[test]
fn a_limited_exercise_asked_about_again() {
    let answer = ask(
        "My cardiologist told me no brisk walking or long walks. I have arthritis in both knees. \
         Should I be walking for exercise for my knees?",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("walking_running"));
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    let open = ask(
        "I have knee arthritis and was told I should quit running. I would like to know if there are \
         exercises that strengthen the knee, and if stopping running really is a good idea.",
        None,
    );
    assert_eq!(open.verdict, Verdict::Recommended, "{}", open.guidance);
    assert_eq!(open.topic.as_deref(), Some("glute_strengthening"));
    // A bare request for views ("thoughts?") beside a yes-or-no question about the exercise ruled out.
    let beside_request = ask(
        "Physio says no squats until 12 weeks, I'm at 8 and feel strong - thoughts? My meniscus repair \
         went well. Can I try some light bodyweight squatting at home?",
        None,
    );
    assert_eq!(beside_request.topic.as_deref(), Some("squats"));
    assert_eq!(
        beside_request.verdict,
        Verdict::NotCovered,
        "{}",
        beside_request.guidance
    );
}

/// Doctors of other specialties limit as a surgeon does ("my cardiologist said no brisk walking"), a limit
/// told as "ruled out by my physio" holds, and an exercise pointed back at as one the asker cannot do ("…I
/// can't do them") is ruled out; an overview never recommends the exercise ruled out.
#[test]
fn limits_in_other_words_hold_in_an_overview() {
    for (q, topic) in [
        (
            "My cardiologist said no brisk walking. What should I be doing for my knee arthritis?",
            "walking_running",
        ),
        (
            "Running has been ruled out by my physio for my cartilage. What else can I do for my knee?",
            "walking_running",
        ),
        (
            "glute bridges hurt my back too much, I cant do them. what should I do for my meniscus tear?",
            "glute_strengthening",
        ),
    ] {
        let answer = ask(q, None);
        let ruled = answer.overview.iter().find(|o| o.topic == topic);
        assert!(
            ruled.is_none_or(|o| o.verdict == Verdict::NotCovered),
            "{q}: {:?}",
            ruled.map(|o| o.verdict)
        );
    }
    let asked = ask(
        "my cardiologist said no brisk walking. is walking good for knee OA?",
        None,
    );
    assert_eq!(asked.verdict, Verdict::NotCovered, "{}", asked.guidance);
}

/// "Squats are forbidden for people like me?": a limit asked about is no limit told; told, it holds.
#[test]
fn a_limit_asked_about_is_not_a_limit_told() {
    common::assert_ruling(
        "I have arthritis in both knees. Squats are forbidden for people like me?",
        "squats",
        Verdict::Recommended,
    );
    common::assert_verdict(
        "I have arthritis in both knees. My doctor says squats are forbidden for me. Are squats ok?",
        Verdict::NotCovered,
    );
}

/// A reply about an exercise the asker's clinician ruled out is headed by that instruction, not by "the
/// material doesn't cover this": the material covers the exercise.
#[test]
fn a_ruled_out_exercise_is_headed_by_the_clinicians_instruction() {
    let answer = common::assert_verdict(
        "my physio told me no leg extensions because of my kneecap. can I do them at home with a band?",
        Verdict::NotCovered,
    );
    assert_eq!(answer.headline, Verdict::CLINICIAN_FIRST, "{answer:?}");
    let answer = common::assert_verdict("Is cycling good for my arthritis?", Verdict::NotCovered);
    assert_eq!(answer.headline, Verdict::NotCovered.headline());
    // A question past the banned exercise ("a few light sets anyway?") still puts the clinician first,
    // and offers no answer about the exercise banned.
    let answer = common::assert_verdict(
        "my doctor banned leg extensions because of the cartilage damage behind my kneecap. ok to do a \
         few light sets anyway?",
        Verdict::NotCovered,
    );
    assert_eq!(answer.headline, Verdict::CLINICIAN_FIRST, "{answer:?}");
    assert!(!answer.guidance.contains("leg extensions"), "{answer:?}");
}

/// A question whether an exercise would be good "for my knee" asks about the asker's own case, though the
/// story mentions what the video says: the clinician's limit is followed, not the video quoted.
#[test]
fn good_for_my_knee_asks_for_the_asker_though_the_video_is_named() {
    let q = "My GP told me no running after the heart scare. I have arthritis and the video talks about \
             walking or running. Would a gentle jog be good for my knee?";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert_eq!(answer.understood.intent.as_deref(), Some("advice"), "{q}");
}

/// "Would a bit of jogging be good for it, like the video says?" after a surgeon's "no running" asks for
/// the asker's own case: the limit is followed, not the video quoted.
#[test]
fn good_for_it_asks_for_the_asker_though_the_video_is_named() {
    let q = "My surgeon told me no running at all with my new knee, walking only. I feel great. Would a bit of \
             gentle jogging be good for it, like the video says about running?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// An exercise a clinician ruled out, asked about "anyway, since the video says…", is a question about the
/// asker's own case: the limit is followed, not the video quoted back. Without the limit the same question
/// is answered from the material.
#[test]
fn a_ruled_out_exercise_asked_about_with_the_video_as_reason_follows_the_limit() {
    let q = "Surgeon was really clear: no resisted hamstring work for 6 weeks because they took my semitendinosus \
             for the ACL graft. Op was two weeks ago. Would light band leg curls be ok anyway, since the video says \
             right after surgery is exactly when you do them?";
    common::assert_verdict(q, Verdict::NotCovered);
    // A question about the material on another exercise than the one ruled out is still one.
    for q in [
        "Does the video say right after surgery is exactly when you do leg curls?",
        "Surgeon said no running for 3 months after my TKR. What does the video say about glute bridges?",
    ] {
        common::assert_verdict(q, Verdict::Info);
    }
}

/// A short question pointing back at a sentence that names an exercise ruled out and one allowed ("…said
/// no leg curls, but I do them with my squats. Should I keep doing them?") may mean the one ruled out: no
/// go-ahead on the other answers it. One done instead ("so I do glute bridges") keeps its ruling.
#[test]
fn a_pointer_back_at_a_ruled_out_exercise_gets_no_go_ahead_on_another() {
    for q in [
        "Knee replacement last year. My physio said no lunges or leg curls, but I still do them along with \
         my walks. Should I carry on with them?",
        "Meniscus tear. The GP said no running, I've been running anyway with my glute work. Is that ok?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    for q in [
        "Knee arthritis. My physio said no leg curls, so I do glute bridges instead. Are they ok?",
        "Knee arthritis. My physio said no leg curls so I moved on to glute bridges. Should I keep doing them?",
        "Knee arthritis. My physio said no leg curls, so I do glute bridges, but my knee still aches. Are they ok?",
        "Knee arthritis. My physio said no leg curls, but I still do glute bridges. Should I keep doing them?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

/// "Surely a few steps round the house is fine since walking's good per the video?" after an order to keep
/// weight off the leg asks about one's own case: no answer about the video backs the steps.
#[test]
fn surely_it_is_fine_since_the_video_says_so_asks_about_ones_own_case() {
    let q = "my ortho says zero weight through that leg for 6 wks after I broke my ankle two weeks back. surely \
             a few steps round the house is fine since walking's good per the video?";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert_ne!(answer.understood.intent.as_deref(), Some("info"), "{q}");
}

/// "No running for 6 months… is it good to go on long walks or should I rest it till I can run?": the
/// running waited for is no question about running, so walking, which no limit touches, is ruled on; a
/// microfracture is an operation on the cartilage.
#[test]
fn running_waited_for_leaves_walking_asked() {
    let q = "had microfracture in november, surgeon said no running for 6 months but he does want me \
             walking. is it actually good for me to go on long walks or should i just rest it till i can \
             run?";
    let answer = common::assert_verdict_on(q, "2025-01-14", Verdict::Recommended);
    assert_eq!(answer.topic.as_deref(), Some("walking_running"), "{q}");
    assert_eq!(answer.conditions, ["cartilage_injury"], "{q}");
}

/// A limit the asker was given makes the question their own, though the story quotes the video: "should I
/// start bridges anyway?" follows the clinician, not the material.
#[test]
fn a_limit_given_makes_the_question_the_askers_own() {
    let answer = ask(
        "I had a hip replacement and my physio told me not to do bridges yet. But the video keeps going on about glute strength. Should I start bridges anyway?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert_ne!(answer.understood.intent.as_deref(), Some("info"));
}
