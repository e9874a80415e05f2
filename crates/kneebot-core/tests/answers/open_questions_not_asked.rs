//! Questions shaped like open questions that ask about something else, through the core's public door:
//! driving, a brace, a referral, the next weight, whether to have surgery. They get no list of exercise
//! rulings, and a question about an exercise "after knee surgery or not" stays one.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

#[test]
fn questions_about_other_things_get_no_overview() {
    for q in [
        "What should I be careful with when driving after my TKR?",
        "My knee brace keeps slipping down, what's the fix? I have OA",
        "How can my kid get a referral for physio for his knee?",
        "I have knee OA and do leg curls with 20kg, what should I add next week, 2.5 or 5kg?",
        // A way asked for that is not a way to help the knee.
        "Meniscus repair in May and it's still not right. Is there a way to email the physio from the \
         videos? I'd pay for a session.",
    ] {
        let answer = ask(q, None);
        assert!(answer.overview.is_empty(), "{q}: {:?}", answer.overview);
    }
    // A way to help the knee is asked for.
    for q in [
        "Meniscus repair in May and it's still not right. Is there a way to get it stronger?",
        "Meniscus repair in May and it's still not right. Is there any way around the pain?",
    ] {
        let way = ask(q, None);
        assert!(!way.overview.is_empty(), "{q}: {}", way.guidance);
    }
}

/// "Or not" after an operation asks whether to have it only when the operation is what is chosen ("do I
/// need surgery or not?"); after "after knee surgery" it asks about the exercise.
#[test]
fn or_not_after_a_time_told_by_an_operation_asks_about_the_exercise() {
    let answer = ask("do hamstirng curls help after knee surgery or not??", None);
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    assert_eq!(answer.verdict, kneebot_core::Verdict::Depends);
    for q in [
        "do I need surgery or not?",
        "Surgery or not? torn meniscus, 45",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, kneebot_core::Verdict::NotCovered, "{q}");
        assert!(answer.topic.is_none(), "{q}: {:?}", answer.topic);
    }
}

/// "Any tips on losing weight?": a word of the thing the material does not cover ("weight" of "losing
/// weight") is no word of training, so the request is about it, not an open question about exercise; "what
/// exercises should I do" while trying to lose weight still is.
#[test]
fn tips_on_losing_weight_ask_about_something_not_covered() {
    let q = "Surgeon won't do my TKR until my BMI is under 35. Any tips on losing weight when your knees \
             hurt too much to do much? Arthritis in both knees";
    let answer = common::assert_verdict(q, kneebot_core::Verdict::NotCovered);
    assert!(answer.overview.is_empty(), "{q}");
    let q = "knee OA, trying to lose weight. what exercises should I do?";
    common::assert_ruling(q, "glute_strengthening", kneebot_core::Verdict::Recommended);
}

/// Exercises asked for one muscle ("can I do exercises for my hamstrings?", "what exercises for my
/// hamstrings?") ask about that muscle's own work, which has a ruling; a muscle named as what to build up
/// ("what can I do to build up my thigh muscle?") still asks for the whole picture.
#[test]
fn exercises_for_one_muscle_ask_about_its_own_work() {
    for q in [
        "I have arthritis. Can I do exercises for my hamstrings?",
        "I have arthritis. What exercises for my hamstrings?",
        "I broke my tibia on 2 February, no operation. Can I make exercises for hamstring with rubber band \
         lying on stomach?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
        assert!(answer.overview.is_empty(), "{q}");
    }
    let q = "I have arthritis. What can I do to build up my thigh muscle?";
    assert!(!ask(q, None).overview.is_empty(), "{q}");
}

/// "After training", "before my workout": training named as the time of a question about something the
/// material does not cover is not a request for exercises. Asked for beside the thing, it still is.
#[test]
fn training_named_as_the_time_of_another_question_is_no_request_for_exercises() {
    for q in [
        "What about ice after training, 20 minutes, it helps for the meniscus pain?",
        "can I use a heat pack before my workout, would that help my knee arthritis?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.verdict,
            kneebot_core::Verdict::NotCovered,
            "{q}: {}",
            answer.guidance
        );
        assert!(answer.overview.is_empty(), "{q}: {:?}", answer.overview);
    }
    let answer = ask("what about ice packs and exercises for my meniscus?", None);
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
}

/// "Worth a shot?", "give it a shot": a saying holding the word of a thing the material does not cover
/// asks whether to try what was named; a shot named as a treatment is still not covered.
#[test]
fn a_saying_names_no_uncovered_thing() {
    let answer = ask(
        "Chondromalacia patella here. saw a tiktok saying hamstring curls take load off the kneecap. worth a shot?",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::Avoid,
        "{}",
        answer.guidance
    );
    let answer = ask("would a cortisone shot help my knee arthritis?", None);
    assert_eq!(answer.verdict, kneebot_core::Verdict::NotCovered);
}

/// The channel's business (a refund, a subscription, a password) is not the knee: "how do I cancel it and
/// get a refund?" gets no exercise rulings, whatever programme and conditions the story names.
#[test]
fn questions_about_the_channels_business_get_no_rulings() {
    for q in [
        "knee OA, signed up for the 30 day strength program. how do I cancel it and get a refund?",
        "TKR last year. how do I reset my password for the members area?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, kneebot_core::Verdict::NotCovered, "{q}");
        assert!(answer.overview.is_empty(), "{q}: {:?}", answer.overview);
    }
}

/// Something worn or bought for an exercise ("going hiking on the 20th, should I wear a knee brace?") is
/// what is asked about: the material does not speak to it, so no go-ahead for the exercise it is worn for.
#[test]
fn a_thing_worn_for_an_exercise_is_what_is_asked() {
    for q in [
        "MCL sprain in the spring, mostly fine now. Walking holiday next month, should I wear a knee brace?",
        "knee OA, I run twice a week. is it worth buying a knee sleeve for it?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, kneebot_core::Verdict::NotCovered, "{q}");
    }
    // Worn as part of the story, the exercise is still the question.
    let q = "I wear a knee sleeve when I run. is running ok for my arthritis?";
    assert_eq!(
        ask(q, None).verdict,
        kneebot_core::Verdict::Recommended,
        "{q}"
    );
}

/// Bare names after an open question are what it weighs: "what should I do about the swelling? Ice?
/// Heat?" asks about ice and heat, which the material does not cover; so does what to do to sleep better.
#[test]
fn things_weighed_after_an_open_question_are_what_is_asked() {
    for q in [
        "TKR 5 days ago. what can I do about the swelling? ice? heat?",
        "ACL reconstruction 3 weeks ago, nights are awful. what should I do to sleep better?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, kneebot_core::Verdict::NotCovered, "{q}");
        assert!(answer.overview.is_empty(), "{q}");
    }
    // A question of its own after the open one ("And is swimming ok?") leaves the open one answered.
    let answer = ask(
        "What should I avoid with my arthritis? And is swimming ok?",
        None,
    );
    assert!(!answer.overview.is_empty());
}

/// "When can I drive again?" after a story of walking asks about driving, which the material does not
/// cover: the reply names it by its name, not by the words that asked it.
#[test]
fn driving_asked_about_is_named_and_not_covered() {
    let answer = common::assert_verdict(
        "ACL reconstruction 6 weeks ago, walking without crutches now. When can I drive again?",
        Verdict::NotCovered,
    );
    assert!(
        answer
            .guidance
            .starts_with("The material doesn't talk about driving,"),
        "{}",
        answer.guidance
    );
}

/// A question about the channel's own business (a refund, a subscription) is for its moderators, not a
/// clinician; one about something else uncovered still points at the clinician.
#[test]
fn the_channels_business_points_at_the_moderators() {
    let refund = common::assert_verdict(
        "how do I cancel my subscription and get a refund?",
        Verdict::NotCovered,
    );
    assert!(
        refund.guidance.contains("moderators"),
        "{}",
        refund.guidance
    );
    assert!(!refund.guidance.contains("doctor"), "{}", refund.guidance);
    let cycling = common::assert_verdict(
        "is cycling good for my knee arthritis?",
        Verdict::NotCovered,
    );
    assert!(
        !cycling.guidance.contains("moderators"),
        "{}",
        cycling.guidance
    );
}

/// "Everyone says squats are the best exercise, should I start them?" claims something of one exercise
/// and asks about it: no request for a list, so a clinician's limit on it is followed, not buried in an
/// overview. "Best exercises for my knee?" and "what's the best routine?" still ask for one.
#[test]
fn an_exercise_claimed_the_best_is_no_open_question() {
    let answer = ask(
        "My surgeon said no squats for a month after my meniscus repair. My gym mates reckon squats are the \
         best exercise there is, should I start them anyway?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    assert!(answer.overview.is_empty(), "{:?}", answer.overview);
    for q in [
        "best exercises for my arthritic knee?",
        "Meniscus tear here. What's the best routine?",
    ] {
        assert!(!ask(q, None).overview.is_empty(), "{q}");
    }
}
