//! Unit tests of diagnosis and prognosis questions put in few words: what the person has, or whether an
//! activity is over for them, is no video's to tell.

use super::*;

#[test]
fn a_condition_named_alone_after_a_symptom_asks_what_it_is() {
    for q in [
        "grinding under my kneecap when I do goblet squats, doesn't really hurt. chondromalacia?",
        "my knee clicks when I squat. meniscus?",
        "sharp pain on the outside of my knee on long runs. maybe IT band syndrome?",
        // How early it comes does not change what is asked.
        "knee puffs up a bit after long runs, goes down overnight. is this arthritis starting at 40?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
    // With no symptom told, the condition is what the asker has, and the exercise is what they ask.
    for q in ["leg curls. ACL tear?", "I have chondromalacia. squats?"] {
        assert_eq!(read(q).intent, Some(Intent::Advice), "{q}");
    }
}

/// Whether an activity is over for them is a prognosis, which no video gives.
#[test]
fn whether_an_activity_is_over_is_outside() {
    for q in [
        "my knee hurts more on every training hike. Am I really too old? Are my hiking days behind me?",
        "meniscus is worn. are my running days over?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Outside), "{q}");
    }
}

/// The course of a condition or a symptom ("can it come back?", "will the lump get bigger?") is a
/// prognosis; "can I do squats?" beside it still asks whether to do something.
#[test]
fn the_course_of_a_condition_is_outside() {
    for q in [
        "had patellar tendinitis as a teenager. can it come back when I'm older?",
        "there is a hard bump under my kneecap. will the bump get bigger?",
        "my baker's cyst went down last month. could it return?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Outside), "{q}");
    }
    // Asked of an exercise ("if I run", "with leg extensions"), it asks whether to do it.
    for q in [
        "I have a baker's cyst. can I do squats, or will the cyst get bigger?",
        "I have a baker's cyst behind my knee. Can it get bigger if I run?",
        "IT band syndrome. can it come back if I run again?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Advice), "{q}");
    }
}

/// "What can be wrong" asks what the person has whatever the modal verb, and asked beside "what can I do"
/// the answer still gives no exercise advice.
#[test]
fn what_can_be_wrong_asks_what_it_is() {
    for q in [
        "the knee doesnt hurt but it burns on stairs. what can be wrong and what can i do?",
        "there's a little bulge below my kneecap. what may be wrong with it?",
        "my knee swelled after a long walk, what can have caused it?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
}

/// A story of an exercise, then "but" and a symptom, then a bare request: the exercise is where the
/// symptom shows, and the request asks what is wrong ("any suggestion" as much as "any suggestions").
#[test]
fn a_symptom_told_after_but_makes_the_exercise_its_setting() {
    for q in [
        "I'm on week 2 of the couch to 5k running program. But my knees are killing me. Any suggestion?",
        "I run every day. But my knees hurt. Any suggestions?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
}

/// "Am I running wrong?" asks what is causing the trouble, with the exercise named as the thing done
/// wrong: no ruling on running answers it. "Am I wrong to run?" still asks whether to run.
#[test]
fn asking_whether_one_does_an_exercise_wrong_asks_what_is_wrong() {
    for q in [
        "my knees ache after every run. am I running wrong or is this normal for a beginner?",
        "knee hurts after squats, am I doing them wrong?",
        "I get pain on leg press days. Am I doing something wrong?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
    for q in [
        "am I wrong to keep running with arthritis?",
        "is running wrong for my knees?",
    ] {
        assert_ne!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
}

/// "ITB or chondromalacia, which is it?" asks which one the person has, also with the walk that brings the
/// ache on named.
#[test]
fn which_is_it_after_two_conditions_asks_what_it_is() {
    let q = "ITB or chondromalacia, which is it? ache sits front-outside of the kneecap, worse walking up hills";
    assert_eq!(read(q).intent, Some(Intent::Diagnosis));
}

/// A symptom of one's own asked about ("could that be one of those Baker's cysts he mentions?") is a
/// diagnosis question, though it names what the video says; a question about the video alone is not.
#[test]
fn a_symptom_asked_about_is_a_diagnosis_whoever_named_the_condition() {
    let q = "there's a soft bulge behind my right knee, like a water balloon, worse in the evenings. Could that be one of those Baker's cysts he mentions?";
    assert_eq!(read(q).intent, Some(Intent::Diagnosis));
    let q = "Which knee problems does he mention in the video?";
    assert!(matches!(read(q).intent, Some(Intent::Info(_))));
}

/// "What gives?" after a story asks what is going on, also when the story lists the exercises done.
#[test]
fn what_gives_asks_what_is_wrong() {
    let q = "4 weeks out from my knee replacement. Bike 3x daily, two walks, step ups, hamstring stretches. I can't get past 40 degrees. What gives? Suggestions?";
    assert_eq!(read(q).intent, Some(Intent::Diagnosis));
}
