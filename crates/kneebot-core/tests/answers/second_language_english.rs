//! Posts by members writing English as a second language, through the core's public door: a verb left
//! in its bare form after a person ("my friend say"), a request in a passive ("the exercises that must be
//! avoided"), a question left uninverted after exercises already given ("Physio gave me some exercises,
//! but I want to know also what I should NOT do"), an exercise described rather than named.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "My friend say maybe is the meniscus": a person's guess at the problem told with the bare verb is
/// still about the asker's knee, so the condition is named.
#[test]
fn a_guess_told_with_the_bare_verb_names_the_condition() {
    let q = "Yesterday I twisted my knee. My friend say maybe is the meniscus. Which exercise can I do to \
             recover fast?";
    let answer = ask(q, None);
    assert_eq!(answer.conditions, vec!["meniscus_tear".to_string()], "{q}");
}

/// Questions for what to avoid, worded in a second language's order, are questions for what to avoid.
#[test]
fn what_to_avoid_worded_another_way_asks_what_to_avoid() {
    for q in [
        "I have IT band syndrome from running, already 3 months. Physio gave me some exercises, but I want \
         to know also what I should NOT do in gym?",
        "What are the exercises that must be avoided for the patient with roughness of the knee \
         (osteoarthritis)?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
    // Exercises asked for beside what to avoid still ask for the whole picture, headed by what to do.
    let q = "I have IT band syndrome. Can you give me some exercises, and what should I avoid?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Bending the knee lying on the stomach" is a hamstring curl described; a goal told with "must" ("I
/// must make it strong again") is not strength back.
#[test]
fn a_curl_described_and_a_goal_told_with_must_are_read() {
    let q = "My mother did knee replacement on 9 November. The physio left a paper with exercises, one is \
             bending the knee lying on the stomach to work the back of the leg. She can do it?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{q}");
    let q =
        "I had operation of ACL 10 weeks ago, hamstring graft. I think because the graft is from \
             hamstring I must make it strong again. Can I start the leg curl machine already?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
}

/// Chest pain and breathlessness told without the words a first-language writer puts in ("little pain in
/// chest", "I have short breath") are still warning signs; a chest trained at the gym is not.
#[test]
fn chest_pain_and_short_breath_told_without_articles_are_urgent() {
    for q in [
        "Two weeks after my knee arthroscopy. Today I have short breath when I walk to kitchen and little \
         pain in chest. When I can start squats?",
        "My mother have knee replacement 10 days ago, she say pain in chest since morning. Can she do the \
         bridges?",
        "After the operation my breath is very short when I go to toilet. Hamstring exercise is ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
    let q = "I have arthritis. I train legs on Monday and the pain in chest day is only muscles, no problem. \
             Are squats ok?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
}

/// A curl described without the little words ("lie on the belly and bend knee") or lying on something
/// first ("lies on the bed on his stomach… bends the knee up") is still a hamstring curl.
#[test]
fn a_curl_described_without_articles_or_on_a_bed_is_hamstring_work() {
    for q in [
        "My father did knee replacement 2 weeks ago. the hospital physio teach him lie on the belly and \
         bend knee, pull foot to butt. this exercise is ok for him?",
        "My dad has bad arthritis in his left knee. He lies on the bed on his stomach with ankle weights \
         on and bends the knee up. Is that actually helping him or not?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
    }
}

/// "video say 2 time hamstring training is ok. which 2 time?": the material pointed at with the bare verb
/// and no article is a question about the material.
#[test]
fn the_video_pointed_at_with_the_bare_verb_is_asked_about() {
    let answer = ask(
        "video say 2 time hamstring training is ok. which 2 time?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Info, "{}", answer.guidance);
}

/// "It is good idea for my knee?", "how can I make strong my knees?": an article left out and the word
/// order of another language still ask about the exercise told of, and for a plan.
#[test]
fn an_article_left_out_or_words_in_another_order_still_ask() {
    let q = "I have arthritis in both knees. My trainer says I must do the leg curl machine every day. It is \
             good thing for my knees?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    let answer = ask(
        "Good morning. How I can make stronger my legs? I have meniscus tear in left knee since 2 years.",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert!(!answer.overview.is_empty(), "an overview of what to do");
}

/// "So I make them or no?" after a clinician's limit asks whether to do the exercise (the limit answers);
/// "what does the physiotherapist in the video mean with…" asks what the material says.
#[test]
fn a_question_in_statement_order_and_the_presenter_named_by_role_are_read() {
    let q = "I have meniscus tear. The physiotherapist he said me to not make leg curls for two month. But in \
             the video he say the curls are ok after surgery. So I make them or no?";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert!(answer.guidance.contains("clinician"), "{}", answer.guidance);
    common::assert_verdict(
        "What does the physiotherapist in the video mean with compression in the joint? In which manner do \
         the hamstrings produce it?",
        Verdict::Info,
    );
}
