//! A clinician's limit told inside a longer story, through the core's public door: an exercise taken out of
//! the plan, an instruction pasted from a letter or an app, told as orders, a rule, a recommendation, what
//! the asker is "to keep off", after the clinician "was specific", or as a cap on bending for one exercise; a
//! limit on stopping keeps the exercise, and someone else's limit, with the asker compared to them, is theirs
//! unless the writer told it.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

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

/// A cap on bending told as what the asker is allowed ("only allowed to bend to 90") rules out the deep
/// version of an exercise, however it is named ("deep goblet squats"); a squat with no depth named keeps the
/// material's ruling.
#[test]
fn a_bend_allowed_only_so_far_rules_out_the_deep_version() {
    let deep = ask(
        "only allowed to bend to 90 until my 6 week check (ACL + meniscus repair). deep goblet squats ok if \
         I go light?",
        None,
    );
    assert_eq!(deep.verdict, Verdict::NotCovered, "{}", deep.guidance);
    let bridges = ask(
        "only allowed to bend to 90 until my 6 week check. are glute bridges ok?",
        None,
    );
    assert_eq!(
        bridges.verdict,
        Verdict::Recommended,
        "{}",
        bridges.guidance
    );
}

/// "Physio's rules after my ACL reconstruction: no squats, no lunges, no running": the clinician's rules
/// told as a label, with what they follow between, and each item of the list said with its own "no"
/// (things the material does not cover between). Nothing ruled out is recommended, in an overview too.
#[test]
fn a_list_of_bans_after_a_clinicians_rules_rules_out_each() {
    let a = common::ask(
        "Physio's rules after my ACL reconstruction: no squats, no lunges, no running until week 12. I'm at \
         week 3. What can I do to keep strong?",
        None,
    );
    for topic in ["squats", "walking_running"] {
        assert_eq!(
            common::overview_verdict(&a, topic),
            Some(Verdict::NotCovered),
            "{topic}: {:?}",
            a.overview
        );
    }
    common::assert_verdict(
        "Surgeon said no squats, no lunges, no running for now. Can I go for a jog?",
        Verdict::NotCovered,
    );
}
