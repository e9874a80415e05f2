//! A locked knee as members tell it, through the core's public door: stuck bent after a blow, a throw, a jar,
//! a twist sideways or mid-movement, a leg that will not hold the person up since, and a lock that has lasted
//! until now. Each is a warning sign before any exercise advice; a knee that locks now and then, or locked
//! once and let go, is not.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A blow to the knee is an injury: a knee stuck bent after it is a warning sign.
#[test]
fn a_blow_to_the_knee_is_an_injury() {
    for q in [
        "Daughter took a hockey stick to the knee yesterday and now it's stuck bent, she can't straighten it at all. Should she stretch it out?",
        "got kicked in the knee at football last night and now I can't straighten it, any exercises?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Urgent, "{q}");
    }
}

/// After an old tear, a knee that locked and has stayed locked up to now ("for hours", "since this
/// morning") or locked today ("3 hours ago") is locked now; one that used to lock, or locks now and then,
/// tells no sign of the moment.
#[test]
fn a_lock_that_has_lasted_until_now_is_current() {
    for q in [
        "I tore my meniscus two years ago. Got out of the car and the knee locked, it has been stuck bent for 3 hours. Do I do my exercises?",
        "Old ACL tear from 2019. The knee jammed since this morning and will not straighten. Leg curls ok?",
        // Dated today, it is now.
        "I tore my meniscus 2 years ago. It locked 3 hours ago and I cant straighten it. Squats ok?",
        "Had a meniscus tear in 2020. This morning my knee locked and I cannot straighten it. Leg curls?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        "I tore my meniscus two years ago. The knee locked a few times back then. Are leg curls ok?",
        "I tore my meniscus two years ago and it still locks now and then for a second. Are glute bridges ok?",
        // An episode of last month, however long it lasted.
        "Meniscus tear 3 years ago. Last month it got stuck bent for 3 hours but it's fine now. Can I do squats?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee that locked in the middle of a movement, or locked and will not straighten since, is an injury: it
/// is a warning sign. One that locks now and then ("when I climb stairs") tells a habit, not an injury, and
/// one that locked once and let go ("locked up at mile 17… tried an easy run") is no sign now.
#[test]
fn a_knee_locked_mid_movement_is_an_injury() {
    for q in [
        "my knee got stuck bent after a turn in dance class this morning and i cant straighten it. would stretching help",
        "My knee locked during netball practice yesterday and I can't straighten it. Can I do squats?",
        "it jammed mid squat yesterday, can't straighten it since. should i keep squatting?",
        "got up from the sofa and my knee locked, I cant straighten it since. can I do glute bridges?",
        "knee wont straighten since it locked on me in yoga. glute bridges?",
        "locked during netball. cant get it straight. what exercises should I do?",
        // A movement and the knee catching in it.
        "At badminton I stepped and my knee kind of caught. Since then I can't straighten it, it's stuck \
         bent. Any exercises to free it up?",
        // A knee that gave way and will not take weight since.
        "my knee gave way and now it wont take my weight, happened at netball an hour ago. does that mean I tore my ACL?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let habit = ask(
        "My knee locks up sometimes when I climb stairs, then it clicks free. Should I do squats?",
        None,
    );
    assert_ne!(habit.verdict, Verdict::Urgent, "{}", habit.guidance);
    let let_go = ask(
        "Two weeks ago at mile 17 of my long run my knee locked up completely. I took a couple of days off and \
         tried an easy run. Should I keep running?",
        None,
    );
    assert_ne!(let_go.verdict, Verdict::Urgent, "{}", let_go.guidance);
}

/// An injury told as a turn on the knee or something moving inside it, and a leg that will not hold the
/// person up since: warning signs in lay words.
#[test]
fn lay_words_for_a_knee_that_fails_after_an_injury_are_warning_signs() {
    for q in [
        "twisted my knee at soccer yesterday heard a pop, since then the leg wont hold me up not even a little, \
         it just buckles so im hopping around the apartment. what exercises can I do",
        "I was working in the garden, turned on the knee while squatting and something moved inside. Since then \
         the knee is stuck bent, I cant straighten it. Is good idea to do few squats so it opens again?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // Others hopping about, and arms that will not straighten, are no sign of the knee.
    for q in [
        "I twisted my knee yesterday, and my kids have been hopping around all day. Can I do squats?",
        "I twisted my knee yesterday and I can't straighten my arms after the fall. Glute bridges?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A knee "jarred" or "wrenched" is injured, so one stuck bent after it is a locked knee; the words said of
/// a person are not.
#[test]
fn a_jarred_knee_stuck_bent_is_a_sign() {
    for q in [
        "Jarred my knee at netball last night and now it's stuck bent, won't go straight. Can I do squats?",
        "Wrenched my knee getting out of the car and it's stuck bent now. Can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // "Whacked" after a shift is tiredness, no injury: the ongoing condition's ruling stands.
    let q = "I'm absolutely whacked today after a double shift. Can I do leg curls for my knee arthritis?";
    common::assert_verdict(q, Verdict::Avoid);
}

/// A knee forced out of line or a throw in a sport is an injury, so a knee stuck bent after it is locked:
/// urgent. "It's" typed without its apostrophe ("its stuck bent") tells the same lock.
#[test]
fn a_knee_stuck_bent_after_a_throw_or_a_sideways_twist_is_urgent() {
    for q in [
        "got thrown awkwardly at judo last night, knee went sideways. this morning its stuck slightly bent \
         and I cant straighten it all the way no matter what. can I do some squats to loosen it up?",
        "my knee went sideways at training yesterday and now it won't straighten. can I do squats?",
        "got thrown at judo on monday and now I cant straighten my knee. can I do squats?",
        "this morning its stuck slightly bent and I cant straighten it. can I do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    // A throw with the knee fine since is no warning sign.
    let q =
        "Got taken down hard in sparring last week. Knee feels ok now, bit sore. Can I do squats?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}
