//! Diagnosis questions, through the core's public door: whether an injury happened or a part is torn, whether
//! something in the knee is wrong or was made worse, whether an ache or a state is normal, and an exercise
//! asked for as a test get no exercise advice (`not_covered`); asked in a question of their own they come
//! before an exercise question beside them, while a diagnosis told, not asked, leaves the exercise question
//! its ruling.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "My doctor diagnose me with…" tells a diagnosis already made; the question after it is about an
/// exercise. Asking someone to diagnose is still a diagnosis question.
#[test]
fn a_diagnosis_told_is_not_one_asked() {
    let told = ask(
        "My doctor diagnose me with IT band syndrome in January. Can I at least walk to my office every day?",
        None,
    );
    assert_eq!(told.verdict, Verdict::Recommended, "{}", told.guidance);
    let asked = ask(
        "Sharp pain on the inside of my knee on stairs. Can someone diagnose it?",
        None,
    );
    assert_eq!(asked.verdict, Verdict::NotCovered, "{}", asked.guidance);
    // Whether someone's claim about an exercise holds is asked of the exercise, not of the problem.
    let claim = ask(
        "My trainer says leg curls are bad for knee arthritis. Is he right?",
        None,
    );
    assert_eq!(claim.verdict, Verdict::Avoid, "{}", claim.guidance);
    // Whether it would be wrong to do an exercise is asked of the exercise, after a diagnosis told.
    let exercise = ask(
        "My physio said it's patellar tendonitis. Would it be wrong to keep doing squats?",
        None,
    );
    assert_ne!(
        exercise.understood.intent.as_deref(),
        Some("diagnosis"),
        "{}",
        exercise.guidance
    );
    // "Which is it" between two pieces of advice, then the exercise question: the exercise is asked.
    let advice = ask(
        "My trainer says squats wreck arthritic knees, the video says they're great. So which is it, should I squat?",
        None,
    );
    assert_eq!(advice.verdict, Verdict::Recommended, "{}", advice.guidance);
}

/// "Did I tear the graft?" asks whether an injury happened: no exercise advice, whatever the story's signs.
#[test]
fn whether_an_injury_happened_is_a_diagnosis_question() {
    let answer = ask(
        "[ACLR, 20M, week 10] felt a pop on a step down yesterday. no swelling, walking fine, no pain really. did I tear the graft?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"));
}

/// What the problem is, asked in a question of its own, comes before the exercise asked about in another:
/// no ruling fits a problem not yet known. "Should I squat, or is that just more wear and tear?" asks
/// about the squats.
#[test]
fn a_diagnosis_question_beside_an_exercise_question_gets_no_ruling() {
    for q in [
        "Knee locks sometimes, could it be a meniscus tear? Is there a playlist for meniscus? Are squats ok?",
        "any chance it's actually a meniscus tear? can i still do squats?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"), "{q}");
    }
    let q = "Torn meniscus two years back. Should I be doing bodyweight squats at home as well, or is that just \
             more wear and tear?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// Whether a feeling is normal is a diagnosis question (the README names "is this normal?"), and one asked
/// in a sentence of its own comes before an exercise question beside it: no exercise advice.
#[test]
fn whether_an_ache_is_normal_beside_an_exercise_question_comes_first() {
    let q = "My knee aches after long walks, is that normal with arthritis? Should I keep walking every day?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// Whether a part of the knee is torn or damaged ("is my graft torn?", "have I torn my meniscus again?")
/// asks what the problem is: no exercise advice. Whether an exercise could tear it asks about the exercise.
#[test]
fn whether_a_part_is_torn_is_a_diagnosis_question() {
    for q in [
        "ACL reconstruction last spring. Felt something give during split squats yesterday, no swelling. Is \
         the graft damaged?",
        "Was out walking and my knee clicked loudly, bit sore now. Is my meniscus torn?",
        "Heard a crack stepping off a kerb, bit sore but I can walk. Have I torn my meniscus again?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
    }
    let q = "Meniscus repair last year. Could squats tear it again, or are they fine now?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    // A swelling asked about as gone is no diagnosis question.
    let q =
        "Knee replacement 5 months ago and the swelling is finally gone. Should I keep walking?";
    common::assert_verdict(q, Verdict::Recommended);
}

/// "Did a 15km hill walk on Saturday and my knee has been puffy since. Is that normal?": the story tells
/// with its "I" left out, and "that" points at the symptom, so the question asks whether the symptom is
/// normal: no exercise advice (it was `recommended` walking).
#[test]
fn is_that_normal_after_a_story_of_exercise_asks_about_the_symptom() {
    for q in [
        "Did a 15km hill walk on Saturday (first big one since the summer) and my arthritic knee has been \
         a bit puffy and stiff since. Not hugely, just more than usual. Is that normal?",
        "Did my first set of squats in months yesterday and my knee has been stiff and achy since. Is that \
         normal?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"), "{q}");
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// "Is it normal to be walking fine but still not able to kneel?", "…to still have pain": whether a state
/// is normal is a diagnosis question, not one about the exercise named in it (walking was recommended).
/// Whether doing an exercise is normal still asks about doing it.
#[test]
fn whether_a_state_is_normal_is_a_diagnosis_question() {
    for q in [
        "Is it normal to be walking totally fine 6 months after ACL reconstruction but still not able to \
         kneel at all?",
        "Is it normal to still have pain when walking 6 months after ACL reconstruction?",
    ] {
        common::assert_diagnosis(q);
    }
    // Whether what the knee does in an exercise is normal asks about the knee, not about the exercise.
    for q in [
        "is it normal for my knees to crack when I go down into a squat?",
        "Is it normal for my kneecap to click on the stairs? Runner, 34.",
    ] {
        common::assert_diagnosis(q);
    }
    // What causes the pain, whatever exercise or muscle is named as the cause.
    common::assert_diagnosis(
        "After that video I'm wondering if my knee pain is actually from my quads being too strong? I do \
         heavy leg extensions.",
    );
    // Which of two names told the asker has, asked as whether it can be told.
    common::assert_diagnosis(
        "Physio thinks it's my meniscus or my MCL, scan is weeks away. How would I know which one it is?",
    );
    let q = "Is it normal to do squats after ACL reconstruction?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Does that sound like IT band syndrome or something else?" asked in a sentence of its own is a
/// diagnosis question that comes before the exercise asked about in another ("Can I keep doing squats?").
#[test]
fn a_problem_asked_in_a_sentence_of_its_own_comes_before_an_exercise() {
    for q in [
        "Can I keep doing squats? Pain on the outside of my knee after about 5k every time I run, goes away \
         with rest. Does that sound like IT band syndrome or something else?",
        "Pain on the outside of my knee when I run. IT band syndrome or something else? Can I keep doing \
         squats?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// "Is something loose in there?", "could something be torn?": whether something in the knee is wrong is a
/// diagnosis question, also beside an exercise asked about in another sentence.
#[test]
fn whether_something_in_the_knee_is_wrong_is_a_diagnosis_question() {
    for q in [
        "Had my right knee replaced 2 years ago. Lately it clunks when I go from sitting to standing, no \
         real pain. Is something loose in there?",
        "Could something be torn? I twisted it a month ago. Squats ok?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// An exercise asked for as a test of what is wrong ("which exercise would tell me if I've torn my ACL?",
/// "if I can do a full squat does that mean my meniscus isn't torn?") is a diagnosis question.
#[test]
fn an_exercise_asked_for_as_a_test_is_a_diagnosis_question() {
    for q in [
        "which exercise would tell me if ive torn my ACL? knee has felt wobbly since a skiing fall in jan",
        "what exercise would show whether my ACL graft has failed? knee keeps giving way on stairs",
        "if I can do a full squat without pain does that mean my meniscus isnt torn?",
    ] {
        common::assert_diagnosis(q);
    }
    // Whether the knee is ready for an exercise is still a question about doing it.
    common::assert_ruling(
        "meniscus tear. does that mean my knee is ok to squat?",
        "squats",
        Verdict::Recommended,
    );
}

/// Whether something was torn, or a named problem made worse, asked after exercising ("Have I made the
/// cartilage damage worse doing this? Could I have torn something?"), is a diagnosis question: no exercise
/// advice, however many exercises the story names.
#[test]
fn whether_something_was_torn_or_made_worse_is_a_diagnosis_question() {
    for q in [
        "I've been doing the 'glutes not hamstrings' approach for six weeks for my chondromalacia. Bridges, \
         clams, squats to a bench. And honestly the front of my knee feels worse than before I started. \
         Have I made the cartilage damage worse doing this? Could I have torn something?",
        "Did heavy leg presses yesterday and my knee has ached since. Could I have torn something?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// "Could my knee pain be a torn meniscus? and should I do squats?": what the problem is, asked of the pain
/// itself, comes before the exercise; no ruling fits a problem not yet known.
#[test]
fn whether_the_pain_is_a_named_problem_comes_before_the_exercise() {
    common::assert_diagnosis("could my knee pain be a torn meniscus? and should I do squats?");
    common::assert_diagnosis("Could the swelling be a Baker's cyst? Are bridges ok?");
}

/// "Has the tear come back?": whether a problem once treated is back is what is wrong now, however the
/// story names a squat or a curl.
#[test]
fn whether_a_problem_has_come_back_is_a_diagnosis_question() {
    for q in [
        "My meniscus was repaired three years ago. This month it catches when I get up from a squat. Has \
         the tear come back?",
        "Had my baker's cyst drained last spring and now there's a lump behind the knee again when I do \
         leg curls. Is the cyst back?",
        "ACL reconstruction in 2023, felt a clunk landing a jump on Saturday. Did the graft tear again?",
    ] {
        common::assert_diagnosis(q);
    }
    // Back to normal is a recovery told, not a question about a problem.
    common::assert_verdict(
        "my knee is back to normal after the meniscus tear, can I squat?",
        kneebot_core::Verdict::Recommended,
    );
}

/// "Did I re-tear my ACL?", "have I torn my meniscus again?": whether it tore again is what is wrong now.
#[test]
fn whether_it_tore_again_is_a_diagnosis_question() {
    for q in [
        "Did I re-tear my ACL? felt a pop at training. Can I do squats?",
        "Have I torn my meniscus again? it catches on the stairs. Squats ok?",
    ] {
        common::assert_diagnosis(q);
    }
}
