//! Limits told inside longer stories, through the core's public door: the bend an exercise needs told for
//! whom it is missing, a clinician's limit in a post that also names the video, and a limit on stopping.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "It won't bend far enough for me to get down into a squat": the bend is missing, whoever it is told of.
#[test]
fn a_bend_not_there_for_the_asker_is_a_limit() {
    let q = "Since my meniscus op the knee just won't bend far enough for me to sink into a deep squat. Should I do squats?";
    common::assert_verdict(q, Verdict::NotCovered);
    let q = "Since my meniscus op the knee bends far enough for me to sink into a squat. Should I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
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

/// A limit on stopping keeps the exercise: "told not to stop my leg curls" rules nothing out, while "told to
/// stop" and a second limit in the same sentence still do.
#[test]
fn a_limit_on_stopping_keeps_the_exercise() {
    for q in [
        "My physio said not to stop my leg curls even though the knee aches, 4 months after my ACL repair. Is that right?",
        "My surgeon told me never to skip squats. Knee replacement 10 weeks ago, should I keep doing them?",
        "My physio doesn't want me to give up walking. Is walking ok with my arthritis?",
    ] {
        let answer = ask(q, None);
        assert_ne!(
            answer.verdict,
            Verdict::NotCovered,
            "{q}: {}",
            answer.guidance
        );
    }
    for q in [
        "My physio told me to stop leg curls. Can I do them anyway?",
        "My surgeon said not to stop walking but no squats. Can I do squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
}

/// An exercise a clinician took out of the plan, or written instructions that "say zero" of it, is ruled out;
/// a trainer's plan, a removal not made, and one only asked about rule nothing out.
#[test]
fn an_exercise_a_clinician_took_out_of_the_plan_is_ruled_out() {
    for q in [
        "Because of cartilage damage under my kneecap my PT took leg extensions off my program. Trainer says light \
         weight is harmless. Should I keep going with them on a light setting?",
        "Six weeks out from a meniscus repair and my surgeon's instructions say zero running until six months. \
         Would a few slow jogs round the park really hurt?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    for q in [
        "Runner with IT band syndrome. My gym trainer took squats out of my plan. Going by this channel, should I put squats back in?",
        "I had an operation on my meniscus three and a half months ago. Walking an hour most days, no limp. Physio \
         never took the leg curls off my programme. Keep going?",
        "ACL repair 3 months ago. Is it time to drop the hamstring curls from my routine or keep them in for now?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
    }
}

/// From the review: a negation that is not of the stopping verb keeps the limit ("to not only avoid
/// squats", "not to just skip squats", "if it does not improve stop squats"), and a limit on stopping told
/// by "she" after a clinician is undone as one told by the clinician.
#[test]
fn only_a_negation_of_the_stopping_itself_undoes_a_limit() {
    for q in [
        "My surgeon told me to not only avoid squats but lunges too. Can I do squats?",
        "Physio told me not to just skip squats but stop all deep bending. Squats ok?",
        "Surgeon told me if it does not improve stop squats for a week. Squats ok?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "My physio is great. She said not to stop squats. I have arthritis. Squats ok?";
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

/// "Would a bit of jogging be good for it, like the video says?" after a surgeon's "no running" asks for
/// the asker's own case: the limit is followed, not the video quoted.
#[test]
fn good_for_it_asks_for_the_asker_though_the_video_is_named() {
    let q = "My surgeon told me no running at all with my new knee, walking only. I feel great. Would a bit of \
             gentle jogging be good for it, like the video says about running?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// A physio who took an exercise "out" of the plan, told with a pronoun after the clinician: the exercise
/// is ruled out, and "can I keep doing them at the gym?" asks about it, not for a plan.
#[test]
fn an_exercise_a_clinician_took_out_is_ruled_out() {
    let q = "My physio changed my programme this week, she took the leg extension machine out because of my \
             kneecap. I really liked them. Can I keep doing them at the gym on my own anyway?";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert!(answer.overview.is_empty(), "{q}");
    // Taking something else out ("took the stitches out") rules out no exercise.
    let q =
        "My surgeon took the stitches out last week. Can I keep doing leg extensions at the gym?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
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

/// "The consultant said I'm to keep off leg extensions": the instruction told as what the asker is to do.
#[test]
fn a_clinician_saying_i_am_to_keep_off_an_exercise_is_a_limit() {
    common::assert_verdict(
        "The orthopaedic consultant said I'm to keep off leg extensions because the cartilage under my \
         kneecap is damaged. Would it be fine with a really light weight though?",
        Verdict::NotCovered,
    );
    let q = "My consultant said I'm to keep going with leg extensions for my arthritis. Are leg extensions ok \
             with a light weight?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "His recommendation was 4 weeks of no running": a clinician's advice told as a noun is a limit.
#[test]
fn a_clinicians_recommendation_of_no_exercise_is_a_limit() {
    common::assert_verdict(
        "I saw an orthopedist three weeks ago and he diagnosed ITBS. His recommendation was 4 weeks of no \
         running and daily stretching. Can I run a few easy laps now?",
        Verdict::NotCovered,
    );
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

/// Someone else's limit, with the asker compared to them ("should I avoid them like her"): the limit is
/// hers, and the asker's own case answers.
#[test]
fn a_limit_of_someone_the_asker_compares_themselves_with_is_theirs() {
    let q = "my sister's physio banned her from squats cos of her kneecap. I've got a bakers cyst (no kneecap \
             problems). am I ok to squat or should I avoid them like her";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A carer's own sentence holding the patient's limit stays when the question compares the patient with
/// the writer ("should he squat like I do?"); a clinician's advice without an apostrophe is a limit too.
#[test]
fn a_comparison_with_the_writer_keeps_the_limit_told_by_the_writer() {
    for q in [
        "My dad had a knee replacement 3 weeks ago. I was told no squats for 6 weeks. Should he squat like I do?",
        "my physios advice was no squats for now. can i do squats if they dont hurt",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    // Someone else's clinician's orders limit someone else.
    let q =
        "My wife's physio's orders: no squats. I have arthritis in my knee, should I do squats?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// A clinician's words pasted in are a limit: "no running … until review at 6 months" (a bare "no" with what
/// lifts it), and "avoid squatting" after what the physio's app says. "No running since October" tells a
/// habit, and "no need to avoid squats" keeps them.
#[test]
fn a_clinicians_pasted_instruction_is_a_limit() {
    for q in [
        "Copying what my surgeon wrote in the clinic letter: 'Progressing well. No running or impact activity until review at 6 months post-op.' I'm 4 months out from my ACL reconstruction. Would light jogging be alright?",
        "This is what my physio's app says, word for word: Avoid squatting below 90 degrees. Can I do deep squats?",
        "ACL reconstruction 5 months ago. Letter from clinic: No running until review at 6 months. Is running ok now?",
        "Meniscus repair 3 months ago. No squats until I get the all clear from the surgeon. Are squats ok now?",
        "TKR 3 months ago. No running until the surgeon clears me. Can I go for a run?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    for q in [
        "No running since October because of the weather. ACL repair last year. Can I start jogging again?",
        "My physio says there's no need to avoid squats with my arthritis. Should I do squats?",
        // "Until" after a pain or one's own habit lifts no instruction.
        "Meniscus tear. No running pain until I hit mile 3. Should I keep running?",
        "Arthritis. No squats until I've warmed up properly, that's my own rule. Are squats good?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
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

/// A clinician told as specific or explicit before the limit: "My surgeon was very specific: no resisted
/// hamstring work at all for twelve weeks".
#[test]
fn a_limit_after_the_clinician_was_specific_holds() {
    let q = "Three weeks ago I had my ACL reconstructed. My surgeon was very specific: no resisted hamstring work \
             at all for twelve weeks while the donor site heals. Should I be doing curls now?";
    common::assert_verdict(q, Verdict::NotCovered);
    // A clinician who "wasn't specific" set no limit.
    let q = "My surgeon wasn't specific and gave me no leg curl guidance at all, ACL reconstruction 8 months ago, \
             walking fine, should I do leg curls?";
    assert_ne!(common::ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// A clinician's instruction told as a label ("Physio's orders: no…", "my consultant's instructions: zero…")
/// is the clinician's limit, as when told with "said".
#[test]
fn a_limit_told_as_the_clinicians_orders_holds() {
    for q in [
        "Meniscus repair eleven days ago. Physio's orders: no resisted knee bending until week eight. Can I \
         start some band leg curls?",
        "Had my ACL rebuilt at the start of the month. My consultant's instructions: zero hamstring curls for \
         ten weeks. Are hamstring curls ok now?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// "The surgeon's rule for my new knee is no running" is the surgeon's limit, and a lift only looked
/// forward to ("until the restrictions are lifted at 12 weeks") leaves it in place.
#[test]
fn a_clinicians_rule_is_a_limit() {
    for q in [
        "The surgeon's rule for my new knee is no running, ever. Would a little jogging on the treadmill be ok?",
        "Surgeon said no leg curls until the restrictions are lifted at 12 weeks. ACL rebuilt 3 weeks ago. Can I \
         do leg curls?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// A cap on bending named for an exercise ("capped at 90 degrees when squatting") is the clinician's limit
/// on that exercise: it is not recommended. A cap told beside another exercise done instead leaves squats
/// as the material rules them.
#[test]
fn a_bend_cap_named_for_an_exercise_rules_it_out() {
    let capped = ask(
        "My surgeon has me capped at 90 degrees when squatting until the 12 week mark. Are squats still good \
         for my knee?",
        None,
    );
    assert_eq!(capped.verdict, Verdict::NotCovered, "{}", capped.guidance);
    let beside = ask(
        "My surgeon has me capped at 90 degrees of bend, so I do glute bridges instead. Are squats still good \
         for my knee?",
        None,
    );
    assert_eq!(beside.verdict, Verdict::Recommended, "{}", beside.guidance);
    // Lying face down is a position a standing curl avoids: the limit leaves the exercise's own ruling.
    let position = ask(
        "I can't lie on my front for the leg curl machine any more. I have OA. Would standing cable hamstring \
         curls be ok?",
        None,
    );
    assert_eq!(position.verdict, Verdict::Avoid, "{}", position.guidance);
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
