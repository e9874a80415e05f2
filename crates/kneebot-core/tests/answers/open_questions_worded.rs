//! Open questions for what to do, in other words, through the core's public door: what is "worth my time",
//! what one needs or ought to be doing, where to begin, what is best for strengthening, how someone else can
//! strengthen, what one can safely do "exercise-wise", what a day or a plan should be made of or focus on, a
//! request in the imperative or with no verb, and "what's recommended?". Each gets the overview; a good
//! exercise pointed at is one exercise.

use crate::common;

use common::{ask, asks_for};
use kneebot_core::Verdict;

/// "What's worth my time in the gym?" asks what to do; "are there exercises I'd be better off dropping?"
/// what to avoid. Both get an overview.
#[test]
fn worth_my_time_and_better_off_dropping_are_open_questions() {
    let doing = ask(
        "I had an ACL reconstruction. The surgeon says no running until he clears me. What's worth my time in the gym right now?",
        None,
    );
    assert_eq!(
        doing.understood.intent.as_deref(),
        Some("overview (what to do)")
    );
    assert!(!doing.overview.is_empty());
    let avoiding = ask(
        "Partly tore my MCL years ago. Are there gym exercises I'd be better off dropping?",
        None,
    );
    assert_eq!(
        avoiding.understood.intent.as_deref(),
        Some("overview (what to avoid)")
    );
    assert_eq!(avoiding.verdict, Verdict::Avoid, "{}", avoiding.guidance);
}

/// "What do I need to be doing now…?" asks what to do; "which exercises am I meant to stay off?" what to
/// avoid.
#[test]
fn need_to_be_doing_and_meant_to_stay_off_are_open_questions() {
    let q = "meniscus repair 7 weeks ago. the hamstring just doesnt respond, zero activation. what do i need to \
             be doing now to get back on the pitch?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
    let q = "meniscectomy done on my left side. before i go back to the gym, which exercises am i meant to stay off?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
}

/// "What's best for strengthening them?" and "which of those should I stick with?" ask what to do: an
/// overview, whatever exercises the story lists before.
#[test]
fn what_is_good_for_building_and_which_to_keep_are_open_questions() {
    for q in [
        "My knees are sore after long days on my feet at the factory. What's best for strengthening them?",
        "Arthritis in the right knee. At the gym I do leg extensions, bridges, lunges and the leg curl \
         machine. Which of those should I stick with?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to do)"),
            "{q}"
        );
        assert!(!answer.overview.is_empty(), "{q}");
    }
    // Building something other than the knees is not what the material speaks to.
    let q = "What's good for building muscle? Is creatine worth taking for my knees?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// "Where do I begin with rehab?" asks what to do, so the overview rules on every exercise rather than
/// heading with one the story names.
#[test]
fn where_to_begin_with_exercising_is_what_to_do() {
    let q = "Broke my ankle in August and had it plated. My calf and thigh are so weak. Where do I even begin \
             with rehab?";
    let answer = ask(q, None);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// A wh- word, a modal, the asker and a verb of doing ask for a plan ("what else could I be adding?",
/// "what's the fix?"); the same with the doing denied or a care asks what to avoid ("which lifts should I
/// not be doing?", "what should I be wary of?"). A question about one exercise stays about it.
#[test]
fn a_wh_question_about_doing_asks_for_a_plan() {
    for q in [
        "Patellofemoral pain for a year now, I do clamshells already. What else could I be adding?",
        "Runner with IT band syndrome, sore on the outside of the knee after 5k. Strength wise, what's the fix?",
        "Osteoarthritis in my right knee, 61. What am I supposed to actually be doing for exercise?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some("overview (what to do)"), "{q}");
        assert!(!answer.overview.is_empty(), "{q}");
    }
    for q in [
        "Arthritic knees and new to the gym. Which lifts/machines should I not be doing?",
        "Meniscus tear last spring, no operation. What should I be wary of at the gym?",
    ] {
        asks_for(q, "overview (what to avoid)");
    }
    let one = ask(
        "Osteoarthritis in my right knee. Should I be doing squats?",
        None,
    );
    assert_eq!(one.topic.as_deref(), Some("squats"));
}

/// "How can my wife strengthen her knee?" asks for a plan for someone else, as "how can I" does for the
/// asker.
#[test]
fn how_can_someone_else_strengthen_asks_for_a_plan() {
    let q = "how can my wife strengthen her knee, she has osteoarthritis";
    let answer = ask(q, None);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// "What can I safely do exercise-wise right now?" asks what to do, with an adverb before the verb and a
/// "-wise" after it; a limit on driving in the same post is no limit on exercise.
#[test]
fn what_can_i_safely_do_exercise_wise_is_an_open_question() {
    let answer = ask(
        "Knee replacement three weeks ago. Not allowed to drive for 6 weeks so I'm stuck at home. \
         What can I safely do exercise-wise right now?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert!(!answer.overview.is_empty());
}

/// What a leg day or a training day should be made of, and the plan asked for by what it should do ("what's
/// the plan now to get my knee stronger?"), ask what to do: an overview, not a question about the video.
#[test]
fn a_day_to_fill_and_a_plan_asked_for_are_open_questions() {
    for q in [
        "Had my meniscus trimmed last spring and I'm back at the gym. What should my training days consist of?",
        "Knee replacement in August, walking well now. What's the plan now to get my knee stronger?",
    ] {
        let answer = asks_for(q, "overview (what to do)");
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "gimme a routine for dodgy knees. can do 3 days a week…": a request made in the imperative, with no
/// question mark anywhere, asks for the overview; the sentences after it tell.
#[test]
fn a_request_in_the_imperative_asks_what_to_do() {
    for q in [
        "gimme a routine for dodgy knees. can do 3 days a week, got dumbbells and a flat bench at home. \
         41M, knees ache going downstairs",
        "Please suggest some exercises for my mum. She has arthritis in both knees. She is 70.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
        assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "Whats the best stuff to do for it?", "how do I bulletproof my knees?", "what's the next best thing"
/// after a ruled-out exercise: what to do, asked in everyday words.
#[test]
fn what_to_do_asked_in_everyday_words_gets_an_overview() {
    for q in [
        "cross country runner, 16, IT band syndrome. whats the best stuff to do for it??",
        "how do i bulletproof my knees for capoeira? no injuries yet, want to keep it that way",
        "how can I injury proof my knees before ski season?",
        "can't squat at all since my TKR 8 months ago, the knee just won't bend far enough. what's the \
         next best thing for getting my legs stronger?",
        // One thing asked for, after a lead with no comma.
        "busy mum of three with knee arthritis. if I can only do ONE thing what should it be",
        // "Movement" in the singular, in second-language word order.
        "My knee has arthritis, doctor said no operation. Please tell what movement should do for strong knee?",
        // What else to train, asked with a noun and a verb of training.
        "If I'm not to do hamstring curls with my torn meniscus, which muscles should I be working instead?",
    ] {
        let answer = common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
        assert!(answer.overview.len() >= 4, "{q}: {:?}", answer.overview);
    }
    // The exercise the asker cannot do is not recommended in it.
    let q = "can't squat at all since my TKR 8 months ago. what's the next best thing for my legs?";
    let answer = ask(q, None);
    assert_eq!(
        common::overview_verdict(&answer, "squats"),
        Some(Verdict::NotCovered),
        "{q}"
    );
}

/// "What's recommended?", "what else is worth doing?" and "kindly tell what exercises she should do… as per
/// the video" ask for the whole picture for the asker (or the one they ask for), not about the material.
#[test]
fn whats_recommended_and_what_else_is_worth_doing_are_open_questions() {
    for q in [
        "Dad's discharge summary says 'L TKA, uncomplicated'. He asked me to find out what exercises he \
         should be doing. What's recommended?",
        "I've had a knee replacement and honestly I'm so bored of the exercise bike. What else is worth \
         doing?",
        "My mother had TKR on both knees 3 weeks ago. Kindly tell what exercises she should do for faster \
         recovery as per the video.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// Terse requests with no verb: exercises for the knee or a problem named before them, and what to skip.
#[test]
fn a_terse_request_for_exercises_or_what_to_skip_is_an_open_question() {
    for (q, headline) in [
        ("meniscus tear exercises??", Verdict::Recommended),
        ("knee exercises pls", Verdict::Recommended),
        ("arthritis in my knee, what to cut out", Verdict::Avoid),
    ] {
        let answer = common::assert_verdict(q, headline);
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

/// "Is this a good exercise for me?" asks about the exercise the story names; "what's a good routine?" and
/// "good exercises for…?" ask for a list.
#[test]
fn a_good_exercise_pointed_at_is_one_exercise() {
    let one = ask(
        "Had my ACL surgery six weeks ago. Now I want to add glute bridges. Is this a good exercise for me?",
        None,
    );
    assert_eq!(one.verdict, Verdict::Recommended, "{}", one.guidance);
    assert!(one.overview.is_empty(), "{:?}", one.overview);
    for q in [
        "I'm 67 and had my right knee replaced. What's a good routine from here?",
        "Good exercises for my knee arthritis?",
    ] {
        assert!(!ask(q, None).overview.is_empty(), "{q}");
    }
}

/// "What should this week's rehab look like?" asks for a plan like "what should my rehab look like?".
#[test]
fn this_weeks_plan_is_an_open_question() {
    let answer = ask(
        "8 days out from ACL reconstruction. What should this week's rehab look like?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
}

/// "Is there a routine that would settle it down?" asks for what to do, told by what it should do.
#[test]
fn a_routine_asked_for_by_what_it_should_do_is_an_open_question() {
    let answer = ask(
        "I have knee arthritis and it flares after long shifts. Is there a routine that would settle it?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
}

/// "What should my rehab be focusing on?" asks what to do: an overview, headed by what the material
/// recommends. "What should my rehab cost?" asks nothing of the kind.
#[test]
fn what_the_plan_should_focus_on_asks_what_to_do() {
    for q in [
        "Had my ACL reconstruction and the physio waiting list is huge. What should my rehab be focusing on in the meantime?",
        "had my ACLR, what should my gym sessions look like now?",
    ] {
        let answer = ask(q, None);
        assert!(!answer.overview.is_empty(), "{q}: {}", answer.guidance);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
    }
    let q = "Had my ACL reconstruction. What should my rehab cost without insurance?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// "What should I keep doing?" after a discharge or a full recovery asks for the plan from where the asker
/// stands: an overview, with glute work in it; and "which exercises should I stop now?" after an operation
/// asks what to leave out.
#[test]
fn what_to_keep_doing_or_stop_is_an_open_question() {
    for q in [
        "just got discharged by my physio after my TKR 🙌 what should i keep doing on my own now?",
        "meniscus repair was a year ago and I'm fully back to normal. what should I keep doing so it stays that way?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            common::overview_verdict(&answer, "glute_strengthening"),
            Some(Verdict::Recommended),
            "{q}: {}",
            answer.guidance
        );
    }
    let stop = ask(
        "which exercises should i stop now that i am off crutches after my acl surgery?",
        None,
    );
    assert!(!stop.overview.is_empty(), "{}", stop.guidance);
}

/// An exercise named where a symptom shows ("gets tight when I walk", "gives way when I run") is where it
/// shows, not what is asked: the open question beside it, run on without a stop, still gets the overview.
#[test]
fn an_exercise_where_a_symptom_shows_leaves_an_open_question_open() {
    for q in [
        "what should i be doing for a bakers cyst its behind my left knee and gets tight when i walk",
        "what should i do for my arthritis it feels tender when i walk",
        "what exercises should i be doing for my meniscus tear it gives way when i run",
    ] {
        let answer = ask(q, None);
        assert!(
            common::overview_verdict(&answer, "glute_strengthening").is_some(),
            "{q}: {:?} {}",
            answer.verdict,
            answer.guidance
        );
    }
}
