//! Limits on what the asker may do, through the core's public door: a clinician's limit however told, an
//! inability, a position the asker cannot take, limits in lists or told before the clinician; the bot never
//! recommends an exercise ruled out, and a limit on one exercise leaves the others.

mod common;

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

/// Someone who cannot take a position cannot do an exercise done in it ([[posture]]): kneeling glute
/// kickbacks are not recommended to someone who can't kneel; glute bridges still are, and kneeling work is
/// for someone who can kneel.
#[test]
fn a_position_the_asker_cannot_take_rules_out_exercises_done_in_it() {
    let kneeling = ask(
        "I can't kneel at all since my knee replacement last year. My class does glute kickbacks on all fours. Should I be doing them?",
        None,
    );
    assert_eq!(
        kneeling.verdict,
        Verdict::NotCovered,
        "{}",
        kneeling.guidance
    );
    let bridges = ask(
        "I can't kneel at all since my knee replacement last year. Should I be doing glute bridges?",
        None,
    );
    assert_eq!(
        bridges.verdict,
        Verdict::Recommended,
        "{}",
        bridges.guidance
    );
    let can_kneel = ask(
        "Knee replacement last year and I kneel fine now. Should I be doing glute kickbacks on all fours?",
        None,
    );
    assert_eq!(
        can_kneel.verdict,
        Verdict::Recommended,
        "{}",
        can_kneel.guidance
    );
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

/// Weight that could not be put on a knee in the past is no limit now ("couldn't put any weight on it back
/// in November… cleared, jogging normally"); one told as now is.
#[test]
fn a_past_inability_to_bear_weight_is_no_limit_now() {
    let past = ask(
        "Back in September my son couldn't put any weight on his knee after a tackle. The sports doctor has \
         since cleared him; he's walking and jogging normally. Is it ok for him to start squatting again?",
        None,
    );
    assert_eq!(past.verdict, Verdict::Recommended, "{}", past.guidance);
    let now = ask(
        "I'm not putting any weight on my leg for six weeks after my meniscus repair. Can I do squats?",
        None,
    );
    assert_eq!(now.verdict, Verdict::NotCovered, "{}", now.guidance);
}

/// "…the back pain is so strong I cannot do even one": a count of the exercise named just before is as
/// much a limit as "I can't do them".
#[test]
fn not_even_one_is_a_limit_on_the_exercise_named() {
    let q = "Arthritis in the knee and a disc hernia. When I lift my hips from the floor for the bridge, the back \
             pain is so strong I cannot do even one. Should I force myself to do the bridge anyway?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    let q = "Arthritis in the knee. When I do the bridge I can do even ten now. Should I keep doing the bridge?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// The body's limit in other words: "no way I can get down into a squat position", "can't get my knees to
/// bend far enough to squat down". A clinician's limit holds though the question quotes the video
/// ("would a few squats do me any harm?").
#[test]
fn the_bend_a_squat_needs_not_there_is_a_limit() {
    for q in [
        "TKA 4 months ago and my bend is stuck at 85. There is no way I can get down into a squat position. \
         Should squats be part of my routine anyway?",
        "With this arthritis I can't get my knees to bend far enough to squat down. Are squats something I \
         oughta be doing?",
        "New knee went in back in March. The physio was dead clear with me, no deep squatting until she says. \
         Then the man in the video goes on about squats being brilliant. Would a few squats do me any harm?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let q = "With this arthritis I can bend far enough to squat down now. Are squats something I should be doing?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A muscle that will not work ("can't get my hamstring to switch on") is a sign of where the asker is,
/// not an exercise they cannot do: the ruling answers.
#[test]
fn a_muscle_that_will_not_work_is_no_limit() {
    let q = "ACL reconstruction 3 weeks ago. I still can't get the hamstring to fire at all. Is isolated hamstring work ok?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
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

/// A knee that does not bend at all (fused, or stiff past use) cannot do an exercise that bends it: no
/// "recommended" squats or lunges. What does not bend it (walking) keeps its ruling.
#[test]
fn a_knee_that_does_not_bend_at_all_rules_out_bending_it() {
    for q in [
        "My right knee was fused after an infection years ago. Are lunges good for the other one too?",
        "since the accident my knee doesnt bend at all, should i be doing squats",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
    let q = "My knee doesn't bend at all since the accident. Is walking ok?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// An overview for a knee that does not bend leaves out the lines of exercises that bend it; someone else's
/// fused knee, or one stiff only in the mornings, rules nothing out.
#[test]
fn an_overview_for_a_knee_that_does_not_bend_leaves_out_bending() {
    let q = "My knee was fused after a failed replacement. What should my leg day look like?";
    let answer = ask(q, None);
    assert!(!answer.overview.is_empty(), "{q}");
    assert!(
        answer.overview.iter().all(|line| line.topic != "squats"),
        "{q}: {:?}",
        answer.overview
    );
    for q in [
        "My mum's knee was fused years ago. I have arthritis in mine, should I be doing squats?",
        "My knee doesn't bend at all first thing in the morning with my arthritis but loosens up. Squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
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
