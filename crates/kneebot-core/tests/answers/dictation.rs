//! Posts typed by voice, through the core's public door: a medical word heard as several ("men is
//! kectomy", "M C L") and "knee" heard as "need" are read as the words meant, while ordinary words that
//! happen to sit side by side are left alone.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A condition's or an operation's name dictated as several words names the condition.
#[test]
fn a_medical_word_heard_as_several_names_its_condition() {
    for (q, condition) in [
        (
            "had a men is kectomy about 4 months ago. what should I avoid now",
            "meniscus_tear",
        ),
        (
            "tore my M C L ten days ago at flag football, can I use the leg curl machine",
            "mcl_tear",
        ),
        (
            "a CL surgery was 7 months ago, are squats ok to do now",
            "acl_tear",
        ),
        (
            "I have chondro malaysia behind my kneecap, should I do leg extensions",
            "cartilage_injury",
        ),
        (
            "osteo arthur itis in both knees, can I walk for exercise?",
            "knee_osteoarthritis",
        ),
        ("my men is cus is torn, can I squat?", "meniscus_tear"),
    ] {
        let answer = ask(q, None);
        let names = &answer.conditions;
        assert!(names.iter().any(|c| c == condition), "{q}: {names:?}");
    }
}

/// "Knee" heard as "need" before what a knee has: a knee replacement, dated, gets its phase's ruling.
#[test]
fn knee_heard_as_need_is_read_as_knee() {
    let answer = ask(
        "had my need replacement 10 days ago, can I do hamstring curls with a band?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    let opening = ask("need surgery was 10 days ago, can I do leg curls?", None);
    assert_eq!(opening.verdict, Verdict::OkForNow, "{}", opening.guidance);
    // "Need" meant as need stays.
    let need = ask(
        "I need replacement laces for my running shoes, can I still run?",
        None,
    );
    assert!(need.conditions.is_empty(), "{:?}", need.conditions);
}

/// Words that are words side by side are not joined into another ("surgeon has" is not "surgeons", "a
/// laterall" is an article and a typo).
#[test]
fn ordinary_words_side_by_side_are_not_joined() {
    let answer = ask(
        "My surgeon has cleared me, the training has gone well. Should I do glute bridges?",
        None,
    );
    assert!(
        answer.understood.corrections.is_empty(),
        "{:?}",
        answer.understood.corrections
    );
}

/// A post typed with no stops runs its story into its question: what the story names ("skiing", "the
/// bike") does not take the question over; the question starts at "can i", "should i", "am i". A
/// wh-question keeps its words ("what exercises can i do").
#[test]
fn a_story_run_into_the_question_leaves_the_question_its_own() {
    for (q, verdict) in [
        (
            "hurt my mcl snowboarding 9 days ago doc said it will heal on its own can i start leg curls",
            Verdict::OkForNow,
        ),
        (
            "meniscus tear from cycling years back flares up now and then am i ok doing squats",
            Verdict::Recommended,
        ),
    ] {
        let got = ask(q, None);
        assert_eq!(got.verdict, verdict, "{q}: {}", got.guidance);
    }
    let q = "bad knee arthritis for years what exercises can i do";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}
