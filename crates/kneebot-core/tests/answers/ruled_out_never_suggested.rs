//! What the asker's clinician ruled out is never suggested: not in a ruling's "do this instead", not in an
//! overview's lines, however the clinician put it ("don't do squats", "dont run").

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A ruling on another exercise whose guidance suggests the ruled-out one says to leave it out.
#[test]
fn guidance_naming_a_ruled_out_exercise_says_to_leave_it_out() {
    for (q, named) in [
        (
            "my PT said no squats for now. knee OA. are leg extensions ok?",
            "squats",
        ),
        (
            "surgeon said no walking on it for 3 weeks. meniscus tear, are leg curls ok?",
            "walking",
        ),
    ] {
        let got = ask(q, None);
        assert!(
            got.guidance.contains(&format!("Leave out {named}")),
            "{q}: {}",
            got.guidance
        );
    }
    // Nothing ruled out, or only running ("walking" in the reply is not what was ruled out): nothing to
    // leave out.
    for q in [
        "knee OA. are leg extensions ok?",
        "surgeon said no running for 3 months. meniscus tear, are leg curls ok?",
    ] {
        let got = ask(q, None);
        assert!(!got.guidance.contains("Leave out"), "{q}: {}", got.guidance);
    }
}

/// The clinician's own imperative ("don't do squats", "dont squat", "do not run") rules the exercise out:
/// that topic is not recommended, in a ruling or an overview.
#[test]
fn a_clinicians_dont_rules_the_exercise_out() {
    for q in [
        "my physio said don't do squats. meniscus tear. are squats ok though?",
        "PT says do not do leg extensions. knee OA. can I do leg extensions at home instead of the gym?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    let q = "my physio said dont squat. meniscus tear. what should I do?";
    let got = ask(q, None);
    let squats = got.overview.iter().find(|line| line.topic == "squats");
    assert!(
        squats.is_some_and(|line| line.verdict == Verdict::NotCovered),
        "{q}: {:?}",
        got.overview
    );
    // "Don't stop walking" keeps walking.
    let q = "my physio said don't stop walking. knee OA. is walking ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A limit told with "he", "she" or "they" and no one named before is the asker's clinician's: the
/// exercise is never given a go-ahead. After someone else named ("my sister… she said"), or the video
/// ("in the video he said"), it is theirs, not a limit.
#[test]
fn a_limit_told_with_a_pronoun_alone_rules_the_exercise_out() {
    for q in [
        "she said no bridges for now. are glute bridges ok for my knee OA?",
        "he doesn't want me squatting yet. are squats ok with my ACL tear?",
        "they said no walking for exercise yet. is walking good after my knee replacement?",
        "he said dont squat. knee OA, are squats good?",
        "my sister's physio looked at my knee, she said no squats. knee OA, can I squat?",
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, Verdict::NotCovered, "{q}: {}", got.guidance);
    }
    for q in [
        "my sister had a TKR, she said no squats. I have knee OA, can I squat?",
        "My brother in law (personal trainer, so he thinks he knows everything lol) says I should never \
         squat again now I have arthritis in both knees. Should I really give up squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
}

/// "My surgeon said no deep squatting. So what should my leg routine be?": the routine asked for as a whole
/// is an open question, answered with every ruling, the one ruled out as not covered.
#[test]
fn a_routine_asked_for_after_a_limit_gets_an_overview_without_the_limited_exercise() {
    let answer = common::ask(
        "meniscus repair a year ago, my surgeon said no deep squats ever. what should my leg routine be?",
        None,
    );
    assert_eq!(
        common::overview_verdict(&answer, "glute_strengthening"),
        Some(Verdict::Recommended),
        "{}",
        answer.guidance
    );
    assert_eq!(
        common::overview_verdict(&answer, "squats"),
        Some(Verdict::NotCovered)
    );
}

/// An exercise told as out for ever ("leg curls are out for good", "running is out permanently"), whatever
/// the sentence goes on to say, is ruled out: an overview never recommends it.
#[test]
fn an_exercise_out_for_good_is_left_out_of_the_overview() {
    for (q, topic) in [
        (
            "Consultant says running is out permanently given the state of my knee (arthritis). so what \
             exercises can I do?",
            "walking_running",
        ),
        (
            "my physio said squats are out for good because of the wear behind my kneecap, any exercises \
             I should be doing?",
            "squats",
        ),
    ] {
        let answer = common::ask(q, None);
        assert_eq!(
            common::overview_verdict(&answer, topic),
            Some(Verdict::NotCovered),
            "{q}: {:?}",
            answer.overview
        );
    }
    // Out only for a stated stretch that has passed is no limit now.
    let q = "squats were out for 2 weeks after my knee arthroscopy for a meniscus tear, that was 3 months \
             ago. what should I do now?";
    assert_ne!(
        common::overview_verdict(&common::ask(q, None), "squats"),
        Some(Verdict::NotCovered),
        "{q}"
    );
}

/// "Nothing that bends past 90" rules out a deep squat; "I can't get down onto a chair" rules out the squat,
/// which is that movement. Sitting on a chair for long is no such thing.
#[test]
fn a_bend_limit_or_a_chair_out_of_reach_rules_out_the_squat() {
    for q in [
        "10 days post meniscus repair. physio says nothing that bends past 90 for the next month. is a deep \
         squat all the way down ok if i go really slow?",
        "I've got arthritis in my right knee and I can't get down onto a normal height chair anymore without \
         dropping into it. Should I be doing squats like the video says?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    let sitting = ask(
        "I can't sit on a chair for long with my arthritis. Should I be doing squats?",
        None,
    );
    assert_eq!(sitting.verdict, Verdict::Recommended);
}

/// An exercise that hurts each time it is done ("lunges… every single rep", "squats… each time") is ruled
/// out by the body, as one "too painful to do" is: no go-ahead to push through it. Pain now and then is
/// not that.
#[test]
fn an_exercise_that_hurts_every_time_is_not_pushed_through() {
    for q in [
        "bodyweight squats give me a stabbing pain under the kneecap every single rep. everyone says squats \
         are great for knees so should I keep going?",
        "My OA knee: squats hurt it each time I try, no matter how slow. Push through?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    }
    let now_and_then = ask(
        "I have knee arthritis and squats ache a little now and then. Should I keep doing them?",
        None,
    );
    assert_eq!(now_and_then.verdict, Verdict::Recommended);
}
