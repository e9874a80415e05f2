//! Recovery signs, through the core's public door: a sign stated is weighed over the calendar, one asked
//! about or aimed at is not stated, weakness long after surgery is someone past rehab, and a ruling that rests
//! on a sign cites the passage naming it.

mod common;

use common::{ask, engine};
use kneebot_core::{Phase, Verdict};

/// Weakness tells of a muscle coming back while recovery lasts; years after the surgery it is someone past
/// rehab and still weak, whom the calendar places (the policy's `past_rehab_min_days`).
#[test]
fn weakness_long_after_surgery_is_past_rehab() {
    let k = engine().knowledge();
    let years = (k.policy.settings.past_rehab_min_days / 365.0).ceil() as u32 + 1;
    let recent = ask(
        "I had ACL surgery 4 months ago and my hamstring is still weak. Can I do leg curls?",
        None,
    );
    assert_eq!(recent.understood.phase, Some(Phase::Rebuilding));
    let late = ask(
        &format!("I had ACL surgery {years} years ago and my hamstring is still weak. Can I do leg curls?"),
        None,
    );
    assert_eq!(late.understood.phase, Some(Phase::Recovered));
    // A muscle that still won't fire is the early window, however long after.
    let switched_off = ask(
        &format!(
            "ACL reconstruction {years} years ago and my hamstring still won't fire. Leg curls?"
        ),
        None,
    );
    assert_eq!(switched_off.understood.phase, Some(Phase::Early));
    // Rehab told as over, a year after, however the physio is named: past rehab and still weak.
    for q in [
        "Knee replacement 14 months ago. My physio ended in March but my hamstring is still weak. Can I do leg curls?",
        "Knee replacement 14 months ago, PT all done, hamstring still weak. Can I do leg curls?",
    ] {
        let a = ask(q, None);
        assert_eq!(a.understood.phase, Some(Phase::Recovered), "{q}");
        assert_eq!(a.verdict, Verdict::Avoid, "{q}");
    }
    // A session done for the day is no rehab over.
    let a = ask(
        "ACL reconstruction 6 weeks ago. Physio all done for today and my hamstrings are weak. Leg curls ok?",
        None,
    );
    assert_eq!(a.understood.phase, Some(Phase::Rebuilding));
}

/// A recovered sign that is what someone is working towards ("tips to achieve full extension") is not
/// where they are.
#[test]
fn a_recovered_sign_that_is_a_goal_is_not_reached() {
    let reached = ask(
        "3 weeks after ACL surgery and I have full extension. Leg curls?",
        None,
    );
    assert_eq!(reached.understood.phase, Some(Phase::Recovered));
    for goal in [
        "3 weeks after ACL surgery, any tips to achieve full extension? Leg curls?",
        "3 weeks after ACL surgery and working towards full range of motion. Leg curls?",
    ] {
        let answer = ask(goal, None);
        assert_ne!(answer.understood.phase, Some(Phase::Recovered), "{goal}");
    }
}

/// A recovery sign someone asks about ("is walking ok?", "can I go back to running?") is not one they state.
#[test]
fn a_sign_asked_about_is_not_stated() {
    for q in [
        "3 weeks after ACL surgery. Is walking ok in the meantime?",
        "3 weeks after ACL surgery, can I go back to walking?",
    ] {
        let answer = ask(q, None);
        assert!(
            answer.understood.signals.is_empty(),
            "{q}: {:?}",
            answer.understood.signals
        );
    }
    let stated = ask(
        "3 weeks after ACL surgery and walking fine, can I do leg curls?",
        None,
    );
    assert!(!stated.understood.signals.is_empty());
}

/// An answer that rests on a recovery sign cites the passage that names the sign: full range of motion
/// past the window is quoted where the material says it.
#[test]
fn a_ruling_on_a_sign_cites_the_passage_naming_it() {
    let answer = ask(
        "Knee replacement 8 months ago and the range is full now. Do I keep doing leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert!(
        answer
            .passages
            .iter()
            .any(|p| p.text.to_lowercase().contains("full range")),
        "{:?}",
        answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
}

/// Clinical shorthand and written dates place the operation: "6/52 post-op" is six weeks whatever else
/// the sentence dates ("… today"), "15/11/2026" is a date (day first, since 15 is no month), not
/// fifteen months, and "in March of last year" is a year further back than "in March".
#[test]
fn clinical_shorthand_and_written_dates_place_the_operation() {
    let six_weeks = ask(
        "6/52 post-op L TKA today. Is it ok to do standing hamstring curls with an ankle weight now?",
        None,
    );
    assert_eq!(six_weeks.understood.elapsed_days, Some(42.0));
    assert_eq!(six_weeks.verdict, Verdict::Depends);
    let dated = ask(
        "Partial medial meniscectomy on 15/11/2026. Ok to start hamstring curls?",
        None,
    );
    assert_eq!(dated.understood.elapsed_days, Some(15.0));
    assert_eq!(dated.verdict, Verdict::OkForNow);
    // "In March of last year" is the March before this year's.
    let last_year = ask(
        "I HAD MY KNEE REPLACEMENT IN MARCH OF LAST YEAR. SHOULD I USE THE HAMSTRING CURL MACHINE?",
        None,
    );
    assert!(last_year.understood.elapsed_days.is_some_and(|d| d > 365.0));
    assert_eq!(last_year.verdict, Verdict::Avoid);
}

/// "5 weeks after my ACL surgery" dates the operation, even after a time of something else ("a fever last
/// month after the operation"); "no weight for 6 weeks after my repair" is an instruction, not a date.
#[test]
fn a_span_after_the_operation_named_dates_it() {
    let answer = ask(
        "I had a fever last month after the operation but it is gone now, all fine. Now is 5 weeks after my \
         ACL surgery. hamstring curls?",
        None,
    );
    assert_eq!(answer.understood.elapsed_days, Some(35.0));
    let instruction = ask(
        "Surgeon says no weight on the leg for 6 weeks after my meniscus repair. It's 2 weeks now. \
         hamstring curls ok?",
        None,
    );
    assert_eq!(instruction.understood.elapsed_days, Some(14.0));
    // A moment past after the operation is not now.
    let past = ask(
        "knee surgery 6 months ago. two weeks after the surgery I was off crutches. leg curls?",
        None,
    );
    assert_ne!(past.understood.elapsed_days, Some(14.0));
}

/// "Without limping" is walking decently (not a limp), and a knee that bends and straightens "completely"
/// a few words on has its range back.
#[test]
fn walking_without_limping_is_walking_decently() {
    for q in [
        "ACL surgery 2 months ago. I walk without limping now. leg curls?",
        "Meniscus operation 10 weeks ago. I can bend and stretch the knee completely. leg curls?",
        "Hip replaced 5 weeks ago, I'm walking to the end of the road and back with my cane now. leg curls?",
        "Meniscus repair 3 months ago, I've been back at work 3 weeks now. leg curls?",
        "back at work 2 months after my knee replacement, can I do hamstring curls?",
        "Meniscus surgery a while ago. Bending and straightening are both back to normal now. leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
}

/// Dates with dots are day, month, year ("02.08.2030"); without a year only after a word that dates ("on
/// 17.11."), since "2.5" is a number.
#[test]
fn dotted_dates_are_day_first() {
    let today = jiff::civil::date(2030, 12, 2);
    let days = |q: &str| {
        engine()
            .answer(q, &kneebot_core::AskOptions::on(today))
            .understood
            .elapsed_days
    };
    assert_eq!(
        days("ACL reconstruction on 02.08.2030. Can I do hamstring curls?"),
        Some(122.0)
    );
    assert_eq!(
        days("I tore my MCL on 17.11., the leg is weak. hamstring curls?"),
        Some(15.0)
    );
    assert_eq!(
        days("ACL reconstruction 2.5 weeks ago. Can I do hamstring curls?"),
        Some(17.5)
    );
}

/// "With no limp" is no limp: walking decently, not the weakness a limp tells.
#[test]
fn no_limp_is_not_a_limp() {
    let answer = ask(
        "had a meniscus repair 3 months ago. I walk with no limp. Should I do nordic curls?",
        None,
    );
    assert_eq!(
        answer.understood.signals.len(),
        1,
        "{:?}",
        answer.understood.signals
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// A muscle that gives nothing when asked, in everyday words ("not answering", "does basically nothing",
/// "feel completely dead… nothing happens"), is the early window however long ago the operation was
/// left untold; a muscle that does nothing in one exercise is not.
#[test]
fn a_muscle_that_gives_nothing_is_the_early_window() {
    for q in [
        "I did meniscectomy on my left knee. The muscle behind my thigh is not answering me at all. Is it \
         correct to be doing hamstring curls?",
        "Hip arthroscopy and trying to get my leg working again. Prone on the mat the hamstring does basically \
         nothing. Is it ok to keep practising hamstring curls?",
        "After my ACL reconstruction the hamstrings feel completely dead, I tell them to squeeze and nothing \
         happens. Should I do hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
    let q = "After my ACL reconstruction I do squats and my hamstring does nothing in them. Should I do \
             hamstring curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
}

/// "Range is full already", "walking around like nothing happened": recovered, whatever the calendar says.
#[test]
fn range_and_walking_back_in_everyday_words() {
    for q in [
        "Had an arthroscopic meniscectomy 3 weeks ago. My range is full already. Should I still do hamstring curls?",
        "Had an arthroscopic meniscectomy 3 weeks ago and I'm walking around like nothing happened. Should I \
         still do hamstring curls?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
}

/// The same in regional words: "gone dead as a doornail… not a flicker out of it", the Scots "doesnae fire";
/// and after an operation named by its shorthand ("TTO").
#[test]
fn a_muscle_that_gives_nothing_in_regional_words() {
    for q in [
        "Broke my ankle three weeks ago. The hamstring on that leg has gone dead as a doornail, I squeeze and \
         squeeze and there's not a flicker out of it. Would a few hamstring curls be any good?",
        "Had the ACL reconstruction in November. The hamstring on that leg still doesnae fire when I ask it \
         tae. Is it still right to be doing the hamstring curls?",
        "[MPFL + TTO, 19F] My hamstring will not fire. Should I keep at the isolated curls to wake it up?",
    ] {
        common::assert_verdict(q, Verdict::OkForNow);
    }
}

/// "Finished up with the physio" is rehab over: weakness told beside it a year after the operation is
/// someone past rehab and still weak.
#[test]
fn finished_up_with_the_physio_is_rehab_over() {
    let q = "I finished up with the physio in January, a year after the meniscus repair. The leg is still weaker \
             than the other one. Would I go back to the hamstring curls to build it up?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    // Rehab not finished tells nothing of range or walking: the calendar decides.
    let q = "Haven't finished my physio yet, I'm 4 months after my knee replacement. Leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    // "Physiotherapy" is the physio in full.
    let q = "Completed my physiotherapy after the knee replacement and they let me go, but the hamstring on \
             that side is still the weaker one. Are leg curls the answer?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// "Physio signed me off last week, rehab's done" is rehab over, and the operation named again later
/// ("my operated hamstring") is not dated by that week: still weaker past rehab is no early window.
#[test]
fn signed_off_and_still_weak_is_past_the_early_window() {
    let answer = ask(
        "ACL reconstruction in July. Physio signed me off last week, rehab's done, but my operated hamstring still feels weaker than the other side. Should I add leg curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid);
    assert!(answer.understood.elapsed_days.is_some_and(|d| d > 100.0));
}

/// A muscle that "refuses to kick in", or where "nothing happens" after a comma when squeezed, does not
/// work on command: the early sign, weighed over the calendar.
#[test]
fn a_muscle_that_refuses_or_where_nothing_happens_is_the_early_sign() {
    for q in [
        "TKR on the left nearly a year ago and the hamstring on that side still refuses to kick in. Do hamstring curls make sense for me?",
        "Had my ACL revision and when I try to squeeze the muscle behind my thigh, nothing happens. Are isolated hamstring exercises ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.phase, Some(Phase::Early), "{q}");
        assert_eq!(answer.verdict, Verdict::OkForNow, "{q}: {}", answer.guidance);
    }
    let q = "TKR nearly a year ago and the hamstring kicks in fine now. Do hamstring curls make sense for me?";
    assert_ne!(ask(q, None).understood.phase, Some(Phase::Early), "{q}");
}

/// A sign compared with the other leg ("lagging behind the other leg") is still about the operated one.
#[test]
fn a_sign_compared_with_the_other_leg_stays() {
    let q = "5 months out from acl surgery, my hamstring still barely contracts, pt says its lagging behind the \
             other leg. leg curls ok?";
    assert_eq!(ask(q, None).understood.phase, Some(Phase::Early), "{q}");
}

/// "Squeezing the muscle…, zilch" and "my hamstring just sits there" tell a muscle that does not work on
/// command; a person who sat there (with ice on the thigh) tells nothing of the muscle.
#[test]
fn zilch_and_sitting_there_are_the_early_sign() {
    for q in [
        "My MCL got surgically repaired. If I try squeezing the muscle behind my thigh, zilch. Hamstring curls now?",
        "8 months since my knee replacement. My hamstring just sits there when I try to use it. Leg curls okay?",
    ] {
        assert_eq!(ask(q, None).understood.phase, Some(Phase::Early), "{q}");
    }
    for q in [
        "8 months since my knee replacement. I sit there doing leg curls each day. Leg curls okay?",
        "Knee replacement 3 months ago. I put ice on my thigh and sat there for an hour. Leg curls ok?",
    ] {
        assert_ne!(ask(q, None).understood.phase, Some(Phase::Early), "{q}");
    }
}

/// "Back to normal" of the person or the knee is the recovered sign; of a calf or a wound it tells a
/// warning sign over and says nothing of range or walking, so the calendar decides.
#[test]
fn back_to_normal_is_recovery_only_of_the_person_or_the_knee() {
    let q = "Knee replacement seven weeks ago. I had a clot in my calf after it, but the calf is back to normal \
             now and the clinic discharged me. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    for q in [
        "Knee replacement seven weeks ago and I'm back to normal now. Can I do leg curls?",
        "Everything is back to normal five weeks after my knee replacement, can I do hamstring curls?",
        "My walking is back to normal three weeks after the scope. Leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
}

/// A muscle that "does nothing" when asked to work is one that does not work on command; one that "does
/// nothing for" the pain is no sign.
#[test]
fn a_muscle_that_does_nothing_is_one_that_will_not_fire() {
    let q = "Fractured my tibia in the spring and the quads are fine now, but the hamstring does absolutely \
             nothing when I ask it to. Can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    for q in [
        "Knee replacement a year ago. Apparently the hamstring does nothing for knee pain, so can I skip leg \
         curls?",
        // A machine for the muscle is not the muscle.
        "Knee replacement four months ago. The quad machine does nothing when I use it. Are leg curls ok?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    }
}

/// "Signed off from ACL reconstruction rehab" is rehab over, named with what it was for: someone past rehab
/// and still weak is not in the early window, so isolated hamstring work is to avoid.
#[test]
fn signed_off_from_a_named_rehab_is_rehab_over() {
    let q = "Signed off from ACL reconstruction rehab last year and the leg is still weaker than the other. \
             Should I do hamstring curls?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "TKR on 14/7" is the 14th of July (a word that dates comes before it); "10/7 post-op" is still the
/// clinical shorthand for ten days.
#[test]
fn a_day_and_seven_after_on_is_a_date_in_july() {
    let today = jiff::civil::date(2027, 10, 1);
    let dated = kneebot_core::Engine::answer(
        common::engine(),
        "TKR on 14/7, can I do hamstring curls at home?",
        &kneebot_core::AskOptions::on(today),
    );
    assert_eq!(dated.understood.elapsed_days, Some(79.0));
    assert_eq!(dated.verdict, Verdict::Depends);
    let shorthand = kneebot_core::Engine::answer(
        common::engine(),
        "10/7 post-op after my TKR, can I do hamstring curls at home?",
        &kneebot_core::AskOptions::on(today),
    );
    assert_eq!(shorthand.understood.elapsed_days, Some(10.0));
}

/// Walking told the way people tell it: a distance written "5k", "getting round" as "getting around".
#[test]
fn walking_told_loosely_is_decent_walking() {
    for q in [
        "Knee replacement 5 weeks ago. I'm walking 5k most mornings now. Should I do hamstring curls?",
        "ACL reconstruction 5 weeks ago, getting round fine now. Should I do hamstring curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {:?}", answer.understood);
    }
    // Steps are no distance.
    let answer = ask(
        "Knee replacement 5 weeks ago. Walking 5k steps a day. Should I do hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends);
}
