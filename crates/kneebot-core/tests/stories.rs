//! What a member's story tells, through the core's public door: an operation denied or ahead, open
//! questions for what to leave out, recovery told in the story while the question names no exercise, dates
//! of findings and of months, injuries and exercises told in other words, and the question pointed back at.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "Never been operated on" denies an operation: the ongoing condition's rule applies, not the
/// calendar of a recovery.
#[test]
fn an_operation_denied_is_none() {
    for q in [
        "Arthritis in my left knee, never been operated on. Are hamstring curls a good idea?",
        "Physio says softening of the cartilage under my kneecap, nothing surgical. Are hamstring curls a good idea?",
        "arthritis in both knees, the consultant says not bad enough for an op yet. would hamstring curls do me any good",
        "An MRI showed a tear of the medial meniscus. The consultant does not want to operate. Are hamstring curls a good idea?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.event, None, "{q}");
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    }
}

/// Open questions for what to leave out, however worded, get the overview headed `avoid`.
#[test]
fn what_to_leave_out_is_an_open_question_for_what_to_avoid() {
    for q in [
        "I have arthritis in my knees. What exercises should I be keeping away from?",
        "My mum has knee arthritis. Which lifts at the gym would be wisest for her to steer clear of?",
        "Knee OA here. Which of the exercises in my gym plan should I be cutting out?",
        "ACL reconstruction 9 months ago, what exercises should I stay off?",
        "Meniscus tear from years ago. Which exercises should I stay clear of at the gym?",
        "chondromalacia patella here, what are we supposed to be avoiding?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
        assert!(!answer.overview.is_empty(), "{q}: an overview");
    }
}

/// "What ought I to be doing?" and "what do people with… actually do?" ask what to do, as "what should I
/// be doing?" does.
#[test]
fn what_one_ought_to_do_is_an_open_question() {
    for q in [
        "I've had a meniscectomy and the physio waiting list is 8 weeks. What ought I to be doing until I'm seen?",
        "what do people with knee arthritis actually do to keep their knees strong?",
    ] {
        let answer = common::assert_verdict(q, Verdict::Recommended);
        assert!(!answer.overview.is_empty(), "{q}: an overview");
    }
}

/// Walking told in the story is where the person is, not what an open question asks about; a limp told
/// inside it ("walking, limping, without crutches") says the walking is not back to normal.
#[test]
fn walking_told_in_the_story_is_a_sign() {
    let q = "Four months since my knee replacement, walking to the park and back no bother now. What should I avoid?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    let hamstrings = answer
        .overview
        .iter()
        .find(|line| line.topic == "hamstring_strengthening")
        .expect("hamstring work in the overview");
    assert_eq!(
        hamstrings.verdict,
        Verdict::Avoid,
        "{q}: past the early window by the walking"
    );

    let q = "Twisted my knee badly 10 days ago. I'm walking (limping) okay without crutches now. Which exercises should I do?";
    let answer = ask(q, None);
    assert!(
        !answer
            .understood
            .signals
            .iter()
            .any(|s| s.contains("walking decently")),
        "{q}: {:?}",
        answer.understood.signals
    );
    // Able to walk and run again is walking again, two weeks after a fall.
    let q = "fell off my bike 2 weeks ago, can walk and run now. can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    // A cane or walker is no limp: walking with one more and more each day is walking again.
    let q = "10 weeks after my knee replacement and walking with a cane more and more each day. Should I still do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// Breathlessness and chest pain in everyday words after an operation are warning signs.
#[test]
fn chest_pain_and_breathlessness_in_everyday_words_are_urgent() {
    for q in [
        "Mum had her knee replaced 5 days ago. She says it hurts in her chest when she breathes in. Which exercises can she do?",
        "Three days after my knee replacement I'm getting puffed walking to the kitchen. Can I do glute bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // A knee "puffed up" is swelling, not breathlessness.
    let q =
        "5 days after my knee replacement my knee is puffed up and sore. Can I do glute bridges?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// The date of a scan or a visit dates what was found, not the injury: a tear found last week after
/// months of aching is the ongoing condition, not a fresh injury.
#[test]
fn a_scan_date_is_not_the_injury_date() {
    let q = "My knee has ached for months and the MRI last week showed a meniscus tear. Are leg curls ok?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{q}");
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    // The injury dated in its own words stays fresh, whatever the scan's date.
    // Found by a diagnosis or a scan, however the date is told.
    for q in [
        "got diagnosed 2 days ago with an ACL tear, hurt it back in july. leg curls ok?",
        "diagnosed with a meniscus tear 2 days ago after a year of pain. leg curls ok?",
        "the MRI 2 weeks ago showed an ACL tear. leg curls ok?",
        "my son was told he has a torn meniscus 3 days ago at the clinic. should he do leg curls?",
        "found out 3 days ago I have a meniscus tear. leg curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
    let q = "Tore my meniscus skiing 5 days ago, the MRI yesterday confirmed it. Are leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(5.0), "{q}");
}

/// A short question after a story asks about the sentence just before it, dots or not; an exercise
/// dropped there "in their place" of another leaves the new one as the question.
#[test]
fn a_swap_told_just_before_a_short_question_is_asked_about() {
    let q = "My knees have arthritis. Leg curls have been my go-to for years. Thinking of scrapping the curls and doing glute bridges in their place... smart move?";
    common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
}

/// A surgery dated in the past in its own clause is past, whatever else the post puts ahead or denies:
/// the next appointment, the other knee's booked operation, a knee never operated on.
#[test]
fn a_past_surgery_beside_one_ahead_or_denied_is_past() {
    for (q, days) in [
        ("I had ACL surgery 2 weeks ago and see the surgeon next week. Leg curls ok?", 14.0),
        ("I had a knee replacement 3 weeks ago. The other knee is booked for next year. Leg curls ok?", 21.0),
        ("my knee has never been operated on but I had hip surgery 2 weeks ago. leg curls ok?", 14.0),
        // A time ahead in another clause is of something else.
        ("Had my TKR two weeks ago, cleared to go home in a couple of days. Are leg curls ok?", 14.0),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.elapsed_days, Some(days), "{q}");
        assert_eq!(answer.verdict, Verdict::OkForNow, "{q}");
    }
    // Only ahead, it is no surgery yet.
    let q = "Having my ACL surgery in 2 weeks. Leg curls ok now?";
    assert_eq!(ask(q, None).understood.elapsed_days, None, "{q}");
    // "After a day out" is an outing, no day since the operation.
    let q = "Knee replacement 2 years ago. It aches after a day out. What should I avoid with a replaced knee?";
    let days = ask(q, None).understood.elapsed_days.unwrap_or(0.0);
    assert!((700.0..760.0).contains(&days), "{q}: {days}");
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

/// A text emoticon ends a thought like an emoji: the story before it does not run into the question.
#[test]
fn an_emoticon_ends_the_story() {
    let q = "Arthritis in both knees. The exercise bike hurts and my insurance won't pay for more physio :( My question: are glute bridges good for me?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// A pasted list typed on one line: the number asked about points at its own item.
#[test]
fn a_numbered_item_on_one_line_is_the_one_asked_about() {
    for (q, topic) in [
        ("1) bridges 2) leg curls. I have OA. is number 2 ok?", "hamstring_strengthening"),
        ("Ex 1: glute bridge Ex 2: wall squat Ex 3: seated leg extension. OA. should I be doing ex 3?", "quad_isolation"),
    ] {
        assert_eq!(ask(q, None).topic.as_deref(), Some(topic), "{q}");
    }
}

/// The exercise followed by "instead" or "in their place" is the one put forward.
#[test]
fn the_exercise_put_in_place_of_another_is_asked_about() {
    let q = "OA in both knees. I was going to do hip thrusts but might do leg curls in their place. sound ok?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    let q = "OA knee. my trainer has me on leg extensions, thinking of doing squats in their place. good idea?";
    assert_eq!(ask(q, None).topic.as_deref(), Some("squats"), "{q}");
}

/// A healed scar or wound says nothing of range of motion or walking: still the early window.
#[test]
fn a_healed_scar_is_no_recovery() {
    let q = "TKR 3 weeks ago, scar healed up nicely. leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
}

/// "Last May" dates the operation (the month "may" is read only where it cannot be the verb).
#[test]
fn last_may_is_a_month() {
    let q = "got my knee replaced last may. put the weight up on the curl machine last week. leg curls ok?";
    let days = ask(q, None).understood.elapsed_days.unwrap_or(0.0);
    assert!(days > 180.0, "{q}: {days}");
}

/// A fall told in sports words ("went down hard", "wiped out") is an injury: a knee that takes no weight
/// after it is a warning sign.
#[test]
fn a_fall_in_other_words_is_an_injury() {
    for q in [
        "Went down hard on a ski run 2 days ago, still can't put any weight through it. Glute bridges ok?",
        "wiped out on my bike yesterday and now i cant put any weight on my knee, should i do squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// The leg extension done at home, told by what one does ("straightening my leg out in the armchair", "a
/// weight on my ankle"), is the leg extension.
#[test]
fn a_leg_extension_done_at_home_is_read() {
    for q in [
        "I sit in my chair with a bag of sugar tied to my ankle, straightening my leg out 50 times a day, for my knee arthritis. Is that good?",
        "With my knee osteoarthritis I've been sitting on the sofa straightening my knee out with a light ankle weight. Should I keep going?",
        "My mum has arthritis in her knees. Every evening she puts on 2 kg ankle weights and kicks her legs out straight 30 times. Is that good for her?",
    ] {
        common::assert_ruling(q, "quad_isolation", Verdict::Caution);
    }
}

/// "Would that help or should I not bother?" asks about the exercise the story just told of.
#[test]
fn whether_it_would_help_asks_about_the_exercise_told() {
    let q = "Knee replacement 2 years ago, walking fine. A friend reckons I should do leg curls at the gym. Would that help or should I not bother?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
}

/// A time ahead in another sentence ("going back to the gym next week") does not put an undated surgery
/// ahead, and where someone is going is no recovery sign: the surgery is done, its time unknown.
#[test]
fn a_plan_for_next_week_leaves_the_surgery_done() {
    let q = "Had ACLR. Going back to my normal gym next week and want to know what to stay away from. What should I avoid?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event.as_deref(), Some("surgery"), "{q}");
    assert_eq!(answer.verdict, Verdict::Depends, "{q}");
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    // In the surgery's own sentence, the time still puts it ahead.
    let q = "My ACL reconstruction is next week, what should I avoid until then?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{q}");
}

/// "My left knee is the new one" names a knee replacement.
#[test]
fn the_new_knee_told_as_the_new_one_is_a_replacement() {
    let q = "My left knee is the new one, done 2 years ago. The right one has arthritis. Are glute bridges good for me?";
    let answer = ask(q, None);
    assert!(
        answer.conditions.iter().any(|c| c == "knee_replacement"),
        "{q}: {:?}",
        answer.conditions
    );
}

/// A surgery put ahead by a short sentence after it or one pointing back at it, or told as booked, is not
/// done yet.
#[test]
fn a_surgery_booked_or_dated_in_the_next_sentence_is_ahead() {
    for q in [
        "Having my TKR. Next week. Leg curls?",
        "Got my ACL reconstruction date. It's next Friday. Leg curls ok until then?",
        "Meniscus repair scheduled. Two weeks to go. Can I do leg curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.event, None, "{q}");
    }
}

/// A fall in sports words, then swelling within minutes, is the sudden swelling after an injury.
#[test]
fn swelling_after_a_fall_in_sports_words_is_urgent() {
    for q in [
        "Went down hard skiing yesterday and my knee swelled up massively straight away. Squats?",
        "Took a tumble yesterday and my knee swelled up like a balloon straight away. Squats?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    // "Wiped out" a pizza is no fall.
    let q =
        "I wiped out a whole pizza last night lol. Should I do leg curls for my knee arthritis?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// A soft tissue "broken" ("meniscus broken", "broke my ACL") is a tear, not a broken bone: with no
/// date, it is the ongoing condition.
#[test]
fn a_broken_soft_tissue_is_a_tear() {
    let q = "I have the meniscus broken since long time, the doctor say no need of operation. Are the leg curls good for me?";
    let answer = ask(q, None);
    assert_ne!(answer.understood.event.as_deref(), Some("trauma"), "{q}");
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
}

/// A question told as someone else's ("he asks if he can…") is asked.
#[test]
fn a_question_told_as_asked_by_someone_is_asked() {
    let q = "My son had ACL reconstruction and he asks if he can do the leg curls with the band at home, he is bored";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{q}");
}

/// A surgery told in the present with its day ("my TKR is on Tuesday"), a visit before it ("my pre-op for
/// my TKR"), or dated "in two weeks" in a short sentence after it, is ahead; a plan at a sentence's start
/// ("Back to work on Monday") is no recovery sign.
#[test]
fn a_surgery_told_ahead_in_other_ways_is_ahead() {
    for q in [
        "My TKR is on Tuesday. Leg curls?",
        "Had my pre-op for my TKR yesterday. Leg curls?",
        "Having my TKR. In three weeks. Leg curls?",
    ] {
        assert_eq!(ask(q, None).understood.event, None, "{q}");
    }
    let answer = ask(
        "Had my meniscus repair. Back to work on Monday. Leg curls?",
        None,
    );
    assert!(
        answer.understood.signals.is_empty(),
        "{:?}",
        answer.understood.signals
    );
}

/// A knee replacement told as the prosthesis ("my knee prosthesis", "a prosthetic knee") is one; a curl
/// told as "bending the leg lying face down" is a hamstring curl.
#[test]
fn a_prosthesis_is_a_replacement_and_a_bend_lying_face_down_is_a_curl() {
    let a = ask(
        "They put in my prosthetic knee five weeks ago. The physio has me bending the leg lying face down with a small weight. Is that fine?",
        None,
    );
    assert!(
        a.conditions.iter().any(|c| c == "knee_replacement"),
        "{:?}",
        a.conditions
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "The back thigh muscle" is the hamstring, not the thigh's front.
#[test]
fn the_back_thigh_muscle_is_the_hamstring() {
    let a = ask(
        "I have arthritis in both knees. Is it good to train my back thigh muscle with a band?",
        None,
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "Am I ok to get back into it?" after a story that tells of an exercise points back at it, as "Can I get
/// back into it?" does: the exercise's ruling, not "outside the material".
#[test]
fn getting_back_into_it_points_back_at_the_exercise() {
    let q =
        "Meniscus tear, no operation. I used to run every Saturday. Am I ok to get back into it?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert_eq!(answer.topic.as_deref(), Some("walking_running"), "{q}");
    let q = "ACL recon 8 months ago. I used to do leg curls. Am I right to get back into them?";
    common::assert_verdict(q, Verdict::Avoid);
}

/// "Should he continue doing the same" points back at the exercise the story told of.
#[test]
fn doing_the_same_points_back_at_the_exercise() {
    let q = "My wife had a meniscus repair 2 weeks ago. The physio gave her hamstring curls with a band. \
             Please advise whether she should continue doing the same.";
    let answer = common::assert_verdict(q, Verdict::OkForNow);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}
