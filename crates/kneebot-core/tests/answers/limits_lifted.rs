//! A clinician's limit that has ended by the day asked, or that the post says was lifted later, no longer
//! rules the exercise out: "no squats until week 6" at week 8; "had banned squats but at my last visit she
//! said I can start them again". A lifting asked about, or of another exercise, lifts nothing.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn a_limit_until_a_week_of_recovery_ends_when_that_week_comes() {
    let q =
        "PT said no squats until week 6, it's week 8 now after my ACL reconstruction. can I squat?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    let q = "PT said no squats until week 6. I had my ACL reconstruction 3 weeks ago. can I squat?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

#[test]
fn a_limit_lifted_later_in_the_post_ends() {
    for q in [
        "The physio had banned squats after my TKR but at my last visit she said I can start them again. \
         Are squats good for me?",
        "My surgeon said no squats after my TKR. At my 3 month check he gave me the green light for squats. \
         Are they good for me?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
    for q in [
        "the physio banned squats after my TKR. can I start them again?",
        "physio banned squats after my TKR, she said I can start walking again though. squats ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
}

/// "PT never actually banned the leg extension machine": a ban denied is no limit, so the exercise gets
/// its ruling; the same ban told is one.
#[test]
fn a_ban_denied_is_no_limit() {
    let answer = ask(
        "PT never actually banned the leg extension machine, so is it ok? old ACL tear from 2019",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Caution, "{}", answer.guidance);
    let answer = ask(
        "PT banned the leg extension machine, so is it ok? old ACL tear from 2019",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// A limit told over in words that point back themselves ("he said they're fine now", "that's over now",
/// "that ran out in May") ends; the video saying they are fine ends nothing.
#[test]
fn a_limit_told_over_by_pointing_back_ends() {
    for (q, want) in [
        (
            "Right after my ACLR the surgeon banned leg extensions, but at my 9 month review he said they're \
             fine now. Should I add them in?",
            Verdict::Caution,
        ),
        (
            "Surgeon said no running for 6 months after my meniscus repair. At my 6 month check she said go \
             for it. Is running actually good for my knee now?",
            Verdict::Recommended,
        ),
        (
            "surgeon said no hamstring curls for the first 2 weeks after my knee replacement. that's over \
             now. should I start doing them?",
            Verdict::Depends,
        ),
        (
            "My physio said absolutely no leg curls after my meniscectomy, but the video says they're ok \
             right after surgery. I'm 10 days out. Who's right, can I do them?",
            Verdict::NotCovered,
        ),
    ] {
        assert_eq!(ask(q, None).verdict, want, "{q}");
    }
}

/// A lifting ends the limit on the exercise it names, by its own word: "cleared me for longer walks" leaves
/// a ban on running in place (one topic, another exercise), while "cleared me for sit to stands and mini
/// squats" ends one on squats.
#[test]
fn a_lifting_ends_the_limit_on_the_exercise_it_names() {
    common::assert_verdict(
        "my surgeon said no running after my meniscus repair 3 months ago. she cleared me for longer walks last week. can I run?",
        Verdict::NotCovered,
    );
    common::assert_verdict(
        "week 10 after my knee replacement. at the start the PT said hold off on squats, but last visit she cleared me for sit to stands and mini squats. is it good for me to be squatting now?",
        Verdict::Recommended,
    );
}

/// "He cleared me to run": cleared to do the exercise itself, with no "start" or "go back to" between.
#[test]
fn cleared_to_do_the_exercise_lifts_its_limit() {
    common::assert_verdict(
        "Surgeon said no running for 6 months after my meniscus repair. At my check last week he cleared me \
         to run, and I'm walking fine with full bend. Can I start jogging?",
        Verdict::Recommended,
    );
    // Cleared for another kind of the exercise leaves the ban.
    common::assert_verdict(
        "Surgeon said no running for 6 months. He cleared me to walk more though. Can I jog?",
        Verdict::NotCovered,
    );
}

/// A clinician naming the exercise as fine ("the new physio says squats are fine") lifts an older limit on
/// it; the video saying so, or a clinician saying something else is fine, lifts nothing.
#[test]
fn a_clinician_calling_the_exercise_fine_lifts_its_limit() {
    for (q, want) in [
        ("In 2019 my physio said never squat with those knees. The new physio says squats are fine now. Should I squat?", Verdict::Recommended),
        ("My physio said no squats. He says squats are fine in the video though. Should I squat?", Verdict::NotCovered),
        ("My physio said no squats. The surgeon says my knee is fine. Squats ok?", Verdict::NotCovered),
        ("My physio said no squats. The surgeon says leg curls are fine. Squats ok?", Verdict::NotCovered),
    ] {
        common::assert_verdict(q, want);
    }
}

/// A clinician calling an exercise fine lifts nothing when it is fine only later or for others, when the
/// clinician is someone else's, or of another exercise named beside it.
#[test]
fn fine_later_for_others_or_of_another_exercise_lifts_nothing() {
    for q in [
        "My physio said no squats. The new physio says squats are fine from week 12. I'm 5 weeks post-op, can I squat?",
        "My physio said no squats. The new physio says squats are fine for most people but not for me. Can I squat?",
        "My physio said no squats. My sister's physio says squats are fine. Can I squat?",
        "My physio said no squats or lunges. The new physio says lunges are fine, squats we'll see next month. Can I squat?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}
