//! Posts written for someone else (a mother after a knee replacement, a son hurt at football, a
//! grandmother who fell), through the core's public door: the question reported after a verb of asking,
//! the clinician named in a relative clause, a question typed with its verb left out, and the warning
//! signs told the way a worried relative tells them.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

/// "She is asking me is it correct…??" asks a yes/no question about the exercise told, though it is long
/// and a sentence of story follows it (the story's last sentence was taken for the question: not covered).
#[test]
fn a_question_reported_after_a_verb_of_asking_is_the_question() {
    let answer = ask(
        "My mother had total knee replacement on 14th of this month. Physio is making her do hamstring \
         curls lying on the bed with one small weight. She is asking me is it correct or will it spoil the \
         new knee?? She is not able to lift the leg properly on her own.",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
}

/// "The physio who is coming home" names a clinician; "who is" there asks nothing about the video (it was
/// answered as a question about the material: not covered). "Who is the presenter?" still asks.
#[test]
fn who_after_a_noun_asks_nothing() {
    let answer = ask(
        "My mother had her knee replaced 12 days ago. The physio who is coming home is making her do \
         hamstring curls with a band. Is it correct?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    let info = ask("who is the guy in the video?", None);
    assert_eq!(info.understood.intent.as_deref(), Some("info"));
}

/// A question with its verb left out ("that ok for him to keep at or should he hold off") and one about
/// going on with what was given ("is it worth keeping at those ones or are they a waste of time") ask
/// about the exercise told; both were read as asking about something else.
#[test]
fn going_on_with_what_was_given_is_asked_about_the_exercise() {
    let answer = ask(
        "my boy did his ACL at footy 8 days ago. surgeon cant see him till next month so the physio's got \
         him doing hamstring curls with a band in the meantime. that ok for him to keep at or should he \
         hold off",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    let worth = ask(
        "nan broke her hip and they pinned it, about ten weeks back now. the hospital physio left her a \
         sheet with leg curls. she wants to know is it worth keeping at those ones or are they a waste of \
         time",
        None,
    );
    assert_eq!(worth.verdict, Verdict::Depends, "{}", worth.guidance);
    assert_eq!(worth.topic.as_deref(), Some("hamstring_strengthening"));
}

/// Warning signs as a relative tells them: swelling "within one hour… like balloon" after a fall, and a
/// son who "went down at footy" and cannot put weight on it. Both are to be seen to now, whatever
/// exercise is asked about (the first was `recommended`, the second `not_covered`).
#[test]
fn warning_signs_told_for_a_relative_are_urgent() {
    for q in [
        "My grandma slipped in the bathroom yesterday and fell on the knee that has arthritis. Within one \
         hour the knee swell up like balloon. What exercise can help the swelling to go down?",
        "my son went down at footy yesterday. he cant put any weight on it at all, we've got ice on it. \
         should he be doing some stretches tonight or wait",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
    // The swelling that went down during training is no fall.
    let answer = ask(
        "the swelling went down during training, are squats ok?",
        None,
    );
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
}

/// "The bloke who runs the gym" organises it: no running asked about (the question about the leg
/// extension machine was answered on running); "should she actually be doing the hamstring ones?" points
/// back at the exercise told, whatever word stands between (it was read as asking something else).
#[test]
fn the_exercise_told_is_asked_about_in_a_relatives_words() {
    let answer = ask(
        "My grandad's got arthritis in both knees and the bloke who runs the gym at his community centre has \
         him on the leg extension machine 3x a week. Is that a good one for him?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Caution, "{}", answer.guidance);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    let answer = ask(
        "My mum had a hip replacement 4 days ago and the physio on the ward had her doing hamstring \
         squeezes in bed. Should she actually be doing the hamstring ones?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// A race run is running, whoever organised it; swelling that went down at training is no fall.
#[test]
fn running_a_race_and_swelling_going_down_are_what_they_say() {
    let answer = ask(
        "I ran the charity race on Sunday, is running ok with my arthritis?",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("walking_running"));
    let answer = ask(
        "The swelling just went down at training yesterday, can I do squats?",
        None,
    );
    assert_eq!(answer.understood.event, None, "{}", answer.guidance);
}

/// "…wants to know what he'd say she should be doing": what the presenter would advise for the relative
/// is an open question about her case, answered with the overview.
#[test]
fn what_he_would_say_she_should_do_asks_for_the_overview() {
    for q in [
        "my wife had her knee replaced and came home with a sheet of exercises. she's watched a few of \
         these videos and wants to know what he'd say she should be doing",
        "My son's 16 and has just been diagnosed with cartilage damage behind his kneecap. I'm keen to \
         know what this bloke would say he should be doing in the gym.",
    ] {
        let answer = assert_verdict(q, Verdict::Recommended);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// Doing a relative's exercises to keep them company ("with her", "to keep him company") leaves the
/// writer's own sentence theirs: the relative's fresh operation does not put the writer in the early
/// window. Asked about the relative, the sentence that keeps them company still tells of them.
#[test]
fn keeping_a_relative_company_leaves_the_story_the_writers() {
    let answer = ask(
        "My dad had his knee replaced 10 days ago and the physio gave him hamstring curls. I have \
         osteoarthritis in my left knee, no operation, and I've been doing the sheet with him to keep him \
         company. Should I be doing the hamstring curls as well?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    assert!(answer
        .conditions
        .contains(&"knee_osteoarthritis".to_string()));
    let for_him = ask(
        "My son tore his ACL at rugby last month, surgery is booked for January. I have a torn meniscus \
         myself so I've been doing the videos alongside him. His coach wants him doing leg curls for now. \
         Is that alright for him?",
        None,
    );
    assert!(
        for_him.conditions.contains(&"meniscus_tear".to_string()),
        "{:?}",
        for_him.conditions
    );
}

/// A question asked for an animal is outside the material, which is about people's knees; one the writer
/// asks for themselves beside an animal is answered.
#[test]
fn a_question_for_an_animal_is_outside_the_material() {
    for q in [
        "Our labrador had his cruciate ligament repaired. Vet says short walks. Can he do the hamstring exercises from the video? He's a good dog",
        "My cat had knee surgery 2 weeks ago, are leg curls ok for my cat?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    }
    for (q, want) in [
        ("I've got knee arthritis. Is it ok to keep walking the dog an hour a day?", Verdict::Recommended),
        ("My dog needs walking but I had my meniscus repaired 10 days ago and the hamstring won't fire. Leg curls ok for me?", Verdict::OkForNow),
    ] {
        assert_eq!(ask(q, None).verdict, want, "{q}");
    }
}

/// "He" in a sentence telling what the material says is the presenter, not an animal of the story: "thrown
/// off a horse… why does he say in the video…" asks about the video, and "the vet fixed my dog's
/// cruciate… can he do leg curls?" still asks for the dog.
#[test]
fn he_of_the_presenter_is_not_the_animal_in_the_story() {
    let q = "My PT had me on the leg curl machine for ages after I got thrown off a horse. Why does he say in the video the machine is nothing like walking?";
    assert_eq!(ask(q, None).verdict, Verdict::Info, "{q}");
    let q =
        "The vet fixed my dog's cruciate last month and the dog is limping. Can he do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}
