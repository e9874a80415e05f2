//! What a story asks of the exercise it tells of, through the core's public door: whether one is still meant
//! to do it ("supposed to keep doing those forever?"), whether it is worth it, would help or is right,
//! whether to keep it in, bin it, load it, add it, get back into it or "continue doing the same", a question
//! told as someone else's, questions in other word orders, and one's own plan checked against the video: each
//! gets the ruling on that exercise.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "Is she supposed to keep doing those forever?" asks whether to keep doing them, not what will happen.
#[test]
fn supposed_to_keep_doing_asks_whether() {
    let answer = ask(
        "my wife had her total knee done in march of last year and she still does hamstring curls every \
         night. is she supposed to keep doing those forever",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    // "Is he meant to…" asks the same, though "he meant" may point at the video.
    let meant = ask(
        "is he meant to keep doing hamstring curls after his ACL surgery 8 months ago?",
        None,
    );
    assert_eq!(meant.verdict, Verdict::Avoid, "{}", meant.guidance);
}

/// "Which exercises in the gym I must avoid?" (word order of a second language) asks what to avoid; "do the
/// curls stay in her routine, or is it time to let them go?" asks whether she should keep doing them.
#[test]
fn questions_in_other_word_orders_ask_what_they_ask() {
    let avoid = ask(
        "Meniscus tear, no operation. Which exercises in the gym I must avoid? I dont want to make it worse.",
        None,
    );
    assert_eq!(avoid.verdict, Verdict::Avoid, "{}", avoid.guidance);
    let keep = ask(
        "My wife had her ACL repaired 3 months ago. Do the hamstring curls stay in her routine for now, or is \
         it time to let them go?",
        None,
    );
    assert_eq!(keep.verdict, Verdict::Depends, "{}", keep.guidance);
}

/// "Worth doing, or am I wasting my time?" and "would that actually help?" after a story that names an
/// exercise ask about that exercise, not something the material is silent on.
#[test]
fn whether_a_told_exercise_is_worth_it_asks_about_it() {
    for q in [
        "My knees are arthritic. The gym has a lying leg curl machine and a trainer says to do it. Worth \
         trying, or am I wasting my time?",
        "Osteoarthritis in both knees. My neighbour swears by leg curls. Would that really help me?",
        // "Worth me doing…", "…or not?", joining the group that does it.
        "Arthritis in my knees. The gym has a hamstring curl machine. Worth me doing it twice a week?",
        "I have knee osteoarthritis and my running club does leg curls after every session. Should I join in?",
        "Knee arthritis here. My wife bought me ankle weights for leg curls at home, do them or not?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
    // "…or not?" of something else is not about the exercise told of.
    let heal = ask(
        "I do squats every day. Will my meniscus tear heal or not?",
        None,
    );
    assert_eq!(heal.verdict, Verdict::NotCovered, "{}", heal.guidance);
}

/// How much to load an exercise ("go heavier on the leg extension machine") and adding it to a routine
/// ("should I add them to my routine?") ask about that exercise.
#[test]
fn loading_or_adding_an_exercise_asks_about_it() {
    for q in [
        "Should I go heavier on the leg extension machine? TKR was 2 years ago.",
        "My friend says leg extensions are the number one knee rehab exercise. Should I add them to my routine?",
        // Sitting on the machine is using it, not where something happened.
        "Patellofemoral pain. Is sitting on the leg extension machine the best option for my quads?",
    ] {
        common::assert_verdict(q, Verdict::Caution);
    }
}

/// "Is that still something she should be doing?" and "so can I do leg curls or is she wrong?" ask about the
/// exercise told of: the answer is its ruling.
#[test]
fn whether_to_keep_doing_what_was_told_is_asked() {
    for q in [
        "My mum had her knee replaced 8 months ago. Every morning she does standing hamstring curls with ankle weights. Is that still something she should be doing?",
        "My sister says leg curls are the best thing after an MCL repair. I had my MCL repaired. So can I do leg curls or is she wrong?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// "Good idea, or am I overdoing it?" and "is that still the right thing for me?" point back at the
/// exercise told of.
#[test]
fn a_judgement_asked_of_the_exercise_told_of_points_back() {
    for q in [
        "I have a Baker's cyst. I've been doing seated knee extensions with a band to build my thigh up. Good idea, or am I overdoing it?",
        "My PT has just started me on hamstring curls because the muscle hardly fires after my femur surgery. Eight months in, is that still the right thing for me?",
    ] {
        let answer = ask(q, None);
        assert!(answer.topic.is_some(), "{q}");
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// Asked indirectly, "kindly advise whether these are correct for him" points back at the exercise told
/// of; "what should I be putting in it?" about a leg day asks what to do.
#[test]
fn an_indirect_judgement_points_back_and_what_to_put_in_a_plan_is_open() {
    let back = ask(
        "My wife has knee arthritis and her physio gave her glute bridges on the bed. Please tell me whether these are suitable for her.",
        None,
    );
    assert_eq!(back.topic.as_deref(), Some("glute_strengthening"));
    assert_eq!(back.verdict, Verdict::Recommended);
    let open = ask(
        "I have knee arthritis and I'm planning a weekly routine at home. What should I be including in it?",
        None,
    );
    assert!(!open.overview.is_empty(), "{}", open.guidance);
}

/// Asking in chat shorthand or with "allowed on": "what shd i drop", "am I allowed on the curl machine?";
/// "is that ok or is it the bad thing the video talks about?" after one's own plan asks for a ruling.
#[test]
fn shorthand_and_allowed_on_ask_and_own_plans_checked_against_the_video_get_rulings() {
    let q = "knee arthritis for years. what gym stuff shd i drop";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    let q = "ACL reconstruction, not sure when. Am I allowed on the leg curl machine?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    let q = "Hip replacement nine days ago and my hamstring will not switch on. The physio has me doing heel \
             slides and curls. Is that fine or is it one of the bad ones from the video?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
}

/// A question pointing back at the exercise told of by keeping it in or binning it asks for its ruling.
#[test]
fn keeping_it_in_or_binning_it_points_back_at_the_exercise() {
    for q in [
        "Knee arthritis for six years. I do the seated leg curl every Monday. Would I be better off leaving it \
         in?",
        "Knee arthritis for six years. My trainer gave me a card of leg curls. Honestly, do I bin them?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
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

/// "Can I keep doing them at the gym?" asks about the exercise pointed at; "should I stop going to the
/// gym?" and "drop the idea of going to gym" ask for a plan.
#[test]
fn keeping_on_with_an_exercise_at_the_gym_is_no_open_question() {
    let q = "I really liked leg extensions. Can I keep doing them at the gym on my own anyway?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("advice"),
        "{q}"
    );
    let q = "I have arthritis in my knee. Should I stop going to the gym?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// "Ok to hammer it for quad size?" after a sentence naming the leg extension machine asks about it.
#[test]
fn ok_to_hammer_it_asks_about_the_machine_named_before() {
    let q = "4 months out from ACLR. leg extension machine is free every time i go lol. ok to hammer it for \
             quad size?";
    common::assert_ruling(q, "quad_isolation", Verdict::Caution);
}
