//! A clinician's limit on what the asker may do, however told, through the core's public door: spoken ("my
//! physio is adamant…", "said my physio: no…", "surgeon's orders"), written (a discharge sheet, a line
//! through the squat), as a ban, a depth cap or what the joint is "not for", on a loaded or deep version, in
//! a list or inside a sign; the bot never recommends an exercise ruled out, a limit on one exercise leaves
//! the others, and a limit from someone who is not a clinician is their opinion.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A limit rules out the exercise it names: asked about running it holds, asked about walking (the same
/// topic, another exercise) it does not.
#[test]
fn a_limit_on_running_leaves_walking() {
    let banned = ask("My surgeon said no running for now. Can I run?", None);
    assert_eq!(banned.verdict, Verdict::NotCovered);
    let both = ask(
        "My surgeon said no running for now. Can I go for a run or a walk?",
        None,
    );
    assert_eq!(both.verdict, Verdict::NotCovered, "{}", both.guidance);
    let walking = ask("My surgeon said no running for now. Is walking ok?", None);
    assert_eq!(walking.topic.as_deref(), Some("walking_running"));
    assert_ne!(walking.verdict, Verdict::NotCovered);
}

/// Jogging is running: a limit on running still rules it out ([[topic]] kinds groups walking apart).
#[test]
fn a_limit_on_running_covers_jogging() {
    let answer = ask(
        "My physio said no running for two months after my ACL repair. Can I do some light jogging?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// A clinician's limit however it is told ("my physio is firm that I shouldn't be doing any…", "my
/// surgeon was clear: no…") rules the exercise out.
#[test]
fn a_clinician_limit_however_told() {
    for q in [
        "MCL sprain last year. My physio is adamant that I shouldn't be doing any leg curls. Should I do them anyway?",
        "Four months after my knee replacement. My surgeon was very clear at my check-up: no squats until summer. Can I do a few squats?",
        "ACL reconstruction 5 weeks ago and I am not cleared for running until week 12. Can I run a little?",
        "My orthopod says no lunges or squats with my meniscus tear. Are squats ok if I go light?",
        "My doctor told me I should not do long runs with my arthritis. Can I join the half marathon?",
        "My physio told me to hold off on squats for a month. Are squats ok if I go light?",
        "With my stiff knee I can't even get down into a squat. Should I push myself to squat anyway?",
        // What the asker cannot do, told after the exercise.
        "Since my knee replacement it only bends to 95. Squatting is simply beyond me right now. Should I do squats anyway?",
        "Meniscus tear. Leg curls are too much for me at the moment. Should I keep trying them?",
        // Instructions written down limit as a clinician's spoken ones do.
        "Meniscus repair 2 weeks ago. The discharge sheet says no squats for 6 weeks. Are half squats ok?",
        "ACL surgery 12 days ago, the rehab protocol says no resisted knee bending until week 8. Can I do leg curls?",
        // Asking why the clinician said it is about the asker's own case, not the material's reasons.
        "My doctor told me to stop running because of my knee arthritis, could someone explain why?",
        "The discharge sheet says no running for 12 weeks after my ACL reconstruction, can someone explain why?",
        // Put "off limits" or "on hold" by the clinician, told, not asked.
        "My physio has put leg curls on hold for a month because of my meniscus tear. Are light ones ok?",
        // A handout or sheet from the clinician, listing what not to do.
        "Meniscus repair three weeks ago. The handout from the ward says no running or squats for now. Can I squat a bit?",
        // The knee that will not bend far enough, however the bend is told.
        "Knee replacement last spring and it still won't bend far enough to get down into a squat. Should I be doing squats?",
        "My knee stops at about 70 degrees so there's no way I get low enough to squat. Are squats good for me?",
        "Squats hurt my back, I physically can't do them. Should I do squats for my arthritis?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    // Asked whether it is off limits, the ruling answers.
    let q = "Are leg extensions off limits for me with my meniscus tear?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// A clinician's ban told as a noun, or an exercise the body cannot do, rules that exercise out: the bot
/// never recommends it.
#[test]
fn a_ban_or_an_impossibility_rules_the_exercise_out() {
    for q in [
        "My physio has put a ban on squats for the next month. Would some light squats at home be alright?",
        "Six months after my knee replacement my knee only bends to 70 degrees, so a squat is simply impossible. Should I keep trying squats?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    }
    // A ban denied or lifted is none.
    for q in [
        "theres no ban on running from my physio, she said go for it. can I run with my knee OA?",
        "my physio lifted the ban on running last week. can I run with my knee OA?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
    // A ban on another exercise leaves the one asked about.
    let answer = ask(
        "My physio has put a ban on running for the next month. Are glute bridges alright?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended);
}

/// Ability and limits in more words: "unable to lower myself into a squat", an exercise crossed out on
/// the sheet; the bot never recommends it.
#[test]
fn an_exercise_the_body_or_the_sheet_rules_out_is_not_recommended() {
    for q in [
        "Arthritis in my knees and I can't get myself down into a squat, I fall backwards. Should I do squats?",
        "My physio put a big line through the squat on my exercise sheet after my meniscus repair. Should I do them anyway?",
        "squats have been crossed out on my sheet. OA. should I do squats?",
        "OA here. the squats have an X drawn through them. should I do squats?",
        // The depth the body allows: "can't get lower than a half squat".
        "Runner's knee. I can't go any deeper than a half squat before it stabs. Should I keep doing squats?",
        "Meniscus tear. I'm unable to get past a quarter squat, should I push on with squats?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    }
}

/// Limits from anyone who treats the person (a midwife too), told as "stay off" or "leave … out".
#[test]
fn limits_from_any_clinician_in_more_words() {
    for (q, topic) in [
        ("Pregnant, and my midwife said no more glute bridges. I have chondromalacia. Should I keep doing bridges?", "glute_strengthening"),
        ("My physio told me to leave the barbell hip thrusts out because of my back. Knee OA. Should I do them anyway?", "glute_strengthening"),
        ("Physio told me to stay off the leg extension machine after my ACL graft. Should I do light ones?", "quad_isolation"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
    }
}

/// How an exercise is done may stand between a limit and the exercise ("no loaded squatting"): the limit
/// still rules the exercise out.
#[test]
fn a_limit_on_a_loaded_or_deep_exercise_rules_it_out() {
    for q in [
        "meniscus repair 9 weeks ago. Surgeon was super clear: 'no loaded squatting past 90 degrees until 4 months'. Should I be doing deep squats?",
        "ACL reconstruction 10 weeks ago. Physio was firm: no heavy squatting until week 12. Can I do squats at home?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some("squats"), "{q}");
    }
}

/// Limits told in other shapes: before the clinician who gave them ("No squats, said my physio"), as the
/// later items of a list ("no squats, lunges or leg curls"), or of the knee itself ("my knee won't let
/// me do deep squats"): the exercise is ruled out.
#[test]
fn limits_told_in_other_shapes_rule_the_exercise_out() {
    for (q, topic) in [
        ("No heavy squats, said my physio. Squats for my OA?", "squats"),
        ("No jumping or deep squatting, said my surgeon, after my ACLR 7 months ago. Squats ok?", "squats"),
        ("Surgeon said no squats, lunges or leg curls for 6 weeks after my ACLR 2 weeks ago. Leg curls?", "hamstring_strengthening"),
        ("My knee won't let me do deep squats. Squats for my arthritis?", "squats"),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
    }
    // A list that ends in a yes: the items after it are not limited; no "said my physio", no limit.
    let q = "No pain and squats feel fine. Squats for my OA?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Surgeon's orders" with no "my", "said my physio: no…", and a list whose asked item is in the middle
/// ("no leg curls, squats or lunges"): the exercise is ruled out.
#[test]
fn orders_and_middle_items_of_a_list_rule_the_exercise_out() {
    for (q, topic) in [
        (
            "No running, surgeon's orders. Should I start running for my OA?",
            "walking_running",
        ),
        (
            "Said my physio: no running. Should I run for my OA?",
            "walking_running",
        ),
        (
            "My physio said no leg curls, squats or lunges. Squats for my OA?",
            "squats",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
    }
}

/// An exercise inside a sign stays limited ("not allowed to run again until…"); a depth told as no longer
/// hurting is no limit.
#[test]
fn a_limit_inside_a_sign_holds_and_a_depth_that_no_longer_hurts_is_none() {
    let limited = ask(
        "Surgeon said I'm not allowed to run again until 6 months after my ACL repair. Is a light jog ok at 4 months?",
        None,
    );
    assert_eq!(limited.verdict, Verdict::NotCovered, "{}", limited.guidance);
    let free = ask(
        "Knee arthritis. It doesn't hurt anymore when I go down deep enough to squat, can I keep doing squats?",
        None,
    );
    assert_ne!(free.verdict, Verdict::NotCovered, "{}", free.guidance);
}

/// What a clinician says the joint is not for ("my knee replacement is not for running, ever") and a
/// depth cap ("nothing deeper than a right angle") rule out the exercise or its deep version.
#[test]
fn a_joint_not_for_an_exercise_and_a_depth_cap_are_limits() {
    for q in [
        "My consultant says my knee replacement is not for running, ever. Could I start jogging again if I take it slowly?",
        "Meniscus repair two weeks ago. Surgeon said nothing deeper than a right angle for six weeks. Can I do deep squats now?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    // A depth cap rules out the deep version, not the exercise in its range.
    let chair = ask(
        "Surgeon said nothing deeper than a right angle for six weeks. Are squats to a high chair ok?",
        None,
    );
    assert_ne!(chair.verdict, Verdict::NotCovered);
    let walking = ask(
        "My consultant says my knee replacement is not for running, ever. Is walking ok?",
        None,
    );
    assert_ne!(walking.verdict, Verdict::NotCovered);
}

/// A bend the knee cannot go past and a "can't go down low" rule out the deep version ("squat deep");
/// a limit on long walks rules out walking; a clinician's imperative ("said leave all hamstring exercises
/// alone") is a limit as "told not to" is.
#[test]
fn a_bend_cap_long_walks_and_an_imperative_are_limits() {
    for q in [
        "Two years after my knee replacement it will not bend more than about 90 degrees and I cannot go down low. Can I squat deep if I hold the rail?",
        "My GP told me I should not do long walks until my knee settles. Is a long walk at the weekend alright for my arthritis?",
        "The physio says stop all hamstring exercises for two weeks after my meniscus flared up. Are light leg curls fine?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    // A limit that is not there: the same stories without it are answered.
    for q in [
        "Two years after my knee replacement it bends fully now. Can I do squats for my legs?",
        "My GP said I should keep up my walks for my arthritis. Is a long walk at the weekend alright?",
        "The physio said to keep up my leg curls because my meniscus has settled. Are light leg curls fine?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
}

/// A limit given by someone who is not a clinician (a personal trainer, a yoga teacher, a relative) is
/// their opinion: the material's ruling stands. The nearer speaker gives the limit, so a clinician's ban
/// told after an adviser, or reported by one, still rules the exercise out.
#[test]
fn a_limit_from_someone_who_is_not_a_clinician_is_an_opinion() {
    for (q, topic, want) in [
        (
            "my personal trainer says i'm not allowed to run with my torn meniscus (never had surgery). \
             Should I get back into running?",
            "walking_running",
            Verdict::Recommended,
        ),
        (
            "My GP said squats are fine for my knee OA but my yoga teacher says never squat with \
             arthritis. Should I be squatting?",
            "squats",
            Verdict::Recommended,
        ),
    ] {
        common::assert_ruling(q, topic, want);
    }
    for q in [
        "My yoga teacher says never squat but my surgeon said no squats for now. I have a meniscus \
         tear. Are squats ok?",
        "my trainer says my surgeon wants no running. I have a meniscus tear. Should I run?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}
