//! A hamstring that will not fire, and one still weak after rehab, through the core's public door: a muscle
//! that gives nothing when asked ("not answering", "zilch", "just sits there", "doesnae fire", "won't kick
//! on") is the early window however long after the operation, and is no limit on the exercise; weakness years
//! after, or once rehab is told as over (finished up, signed off, "PT all done"), is someone past rehab and
//! still weak, whom the calendar places.

use crate::common;

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
        // No comma before "nothing happens".
        "Knee scope 6 weeks ago. If I tense my hamstring nothing happens at all. Are leg curls ok?",
        // The hamstring named as the muscle behind the thigh, and its isolated work asked about.
        "Meniscus operated 4 days ago. The muscle behind the thigh does not contract when I want. Is isolated \
         exercise for it ok?",
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

/// "I can't get the muscle at the back of my thigh to switch on" is a muscle that won't fire: the early
/// window, whatever the calendar says.
#[test]
fn a_muscle_that_cannot_be_got_to_work_is_the_early_window() {
    for q in [
        "10 months after my knee replacement I still can't get the muscle at the back of my thigh to switch on. Should I do hamstring curls?",
        "TKR 4 months ago, when I try to tighten my thigh the muscle just won't kick on. Leg curls ok?",
        "ACL reconstruction 3 months ago, my hamstring is still asleep, the physio says. Leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    }
}

/// A muscle that will not work ("can't get my hamstring to switch on") is a sign of where the asker is,
/// not an exercise they cannot do: the ruling answers.
#[test]
fn a_muscle_that_will_not_work_is_no_limit() {
    let q = "ACL reconstruction 3 weeks ago. I still can't get the hamstring to fire at all. Is isolated hamstring work ok?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// Asked to tighten the muscle by a longer name ("the back of my thigh") and nothing comes: the same early
/// sign, however long ago the injury.
#[test]
fn nothing_happening_when_asked_to_tighten_the_back_of_the_thigh_is_the_early_sign() {
    common::assert_ruling(
        "I broke my ankle 3 months ago. When the physio asks me to tighten up the back of my thigh, nothing \
         happens. Can I do leg curls?",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}
