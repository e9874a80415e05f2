//! What happened to the knee, as members tell it, through the core's public door: an operation in everyday
//! words (the cruciate "done", the meniscus stitched or sutured, a bone plated or pinned, a hip or knee
//! "done", "6 weeks post ACL"), a break that is a fracture and one that is a rest, and look-alikes that tell
//! no operation or injury ("replace" not in the past, wear and tear, sayings, pins and needles, a pinned
//! post).

use crate::common;

use common::{ask, event};

/// "A bad break" and "breaking my leg" are fractures; a lunch break, a tea break or a break from training
/// are not.
#[test]
fn a_break_is_a_fracture_only_when_told_as_one() {
    for q in [
        "Had a nasty break skiing, my tibia, and six weeks in a cast. Are leg curls ok?",
        "Since breaking my kneecap two years ago my leg is weak. Leg curls?",
        "It was a clean break of my fibula last year. Can I do squats?",
    ] {
        assert_eq!(event(q).as_deref(), Some("trauma"), "{q}");
    }
    for q in [
        "I do squats on my lunch break at work, my knee aches with arthritis. ok?",
        "Took a break from running over winter because of patellofemoral pain. Glute bridges?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
}

/// An operation in everyday words: "had the cruciate done", "had the meniscus stitched", "had my
/// cartilage trimmed". "The cruciate" alone is the ACL; the posterior cruciate is not.
#[test]
fn an_operation_in_everyday_words_is_surgery() {
    for q in [
        "Had the cruciate done in the summer. Can I do leg curls?",
        "Had my meniscus stitched a while back. Can I do leg curls?",
        "Got the cartilage in my knee trimmed last year. Are squats ok?",
    ] {
        assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    }
    let cruciate = ask(
        "Had the cruciate done in the summer. Can I do leg curls?",
        None,
    );
    assert_eq!(cruciate.conditions, vec!["acl_tear".to_string()]);
    let posterior = ask(
        "I tore my posterior cruciate ligament skiing. Can I do squats?",
        None,
    );
    assert!(
        posterior.conditions.is_empty(),
        "{:?}",
        posterior.conditions
    );
}

/// "Wear and tear arthritis" is wearing out, not a tear: no fresh injury, so no early window.
#[test]
fn wear_and_tear_is_no_injury() {
    let answer = common::ask(
        "My GP tells me I've wear and tear arthritis in both knees. Three mornings a week I use the leg curl machine. Is that worth carrying on with?",
        None,
    );
    assert_eq!(answer.verdict, kneebot_core::Verdict::Avoid);
    let torn = common::ask(
        "Tore my meniscus three days ago playing football. Are leg curls ok?",
        None,
    );
    assert_ne!(torn.verdict, kneebot_core::Verdict::Avoid);
}

/// A saying that holds an injury word tells no injury: "knock it on the head" is stopping, "fell asleep"
/// is sleep. The injury told plainly next to them still is one.
#[test]
fn sayings_with_injury_words_tell_no_injury() {
    let saying = "Had my knee replaced last March. I fell asleep after a long day and woke up stiff. I do leg curls twice a week: keep going or knock them on the head?";
    assert_eq!(event(saying).as_deref(), Some("surgery"));
    let injury = "I knocked my knee on the table yesterday and it is bruised. Leg curls today?";
    assert_eq!(event(injury).as_deref(), Some("fresh injury"));
}

/// A meniscus repair told as what the surgeon did ("they made a suture of my meniscus") is an operation.
#[test]
fn a_suture_of_the_meniscus_is_an_operation() {
    let q = "Eight weeks ago the surgeon made a suture of my meniscus. Can I go walking?";
    assert_eq!(event(q).as_deref(), Some("surgery"));
}

/// The verb "replace" not in the past tells no operation ("nothing can replace a physio's eye"); a knee
/// "replaced" weeks ago does.
#[test]
fn replace_not_in_the_past_is_no_operation() {
    let q = "Nothing can replace a good physio, I know. My arthritis flares in both knees. Are leg curls ok?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{q}");
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::Avoid,
        "{}",
        answer.guidance
    );
    let q = "Had my knee replaced three weeks ago. Are leg curls ok?";
    assert_eq!(
        ask(q, None).understood.event.as_deref(),
        Some("surgery"),
        "{q}"
    );
    // "Replace" in another sentence leaves an operation told elsewhere as it was.
    let q = "Since my ACL reconstruction my hamstring is weak. What can I replace curls with?";
    assert_eq!(
        ask(q, None).understood.event.as_deref(),
        Some("surgery"),
        "{q}"
    );
}

/// An operation told with a verb between the knee and the word ("both my knees are replaced", "the knee
/// that was replaced in 2035", "had my acl rebuilt") names the condition and the surgery.
#[test]
fn an_operation_told_with_words_between_is_read() {
    for q in [
        "Both my knees are replaced now and I'm walking fine. Which exercises should I be avoiding?",
        "My surgeon is offering a cortisone shot for the knee that was replaced in 2019. Is it worth it?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.conditions, ["knee_replacement"], "{q}");
    }
    let q = "had my acl rebuilt sept 1st\nam i allowed to start nordic curls yet";
    assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
}

/// From the review: words that only look like an operation or a trauma are none ("revised my program",
/// "the first one was done with no pain", "showed no fracture"), and of several traumas the latest counts.
#[test]
fn look_alikes_of_operations_and_traumas_are_none() {
    for q in [
        "My physio revised my program last week. I have arthritis. Leg curls ok?",
        "Did 3 sets; the first one was done with no pain. I have arthritis, leg curls ok?",
        "How do I rebuild quad strength? I have arthritis. Leg extensions ok?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
    let q = "TKR 5 months ago. X-ray today showed no fracture. Leg curls ok?";
    assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    let q = "Fractured my tibia in 2019, TKR in May, then cracked my kneecap on 16 November. Leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(14.0), "{q}");
}

/// A bone fixed with metal is an operation ("ankle plated 5 weeks ago", "rod put in"); a weight plate at
/// the gym is not.
#[test]
fn a_bone_fixed_with_metal_is_an_operation() {
    for q in [
        "ankle plated 5 weeks ago, boot came off friday. do ham curls belong in my routine right now?",
        "snapped my tib in a tackle, rod put in. isolated hamstring exercises, yes or no?",
        "Had a plate and pins put in my ankle. Can I do glute bridges?",
    ] {
        assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    }
    for q in [
        "I put a 10kg plate on the bar for squats. Is that too much with my meniscus tear?",
        "I stepped on a nail yesterday and got a nail in my foot. Can I still go running?",
    ] {
        assert_ne!(event(q).as_deref(), Some("surgery"), "{q}");
    }
}

/// "The pinned post" is a forum's post kept at the top, not a bone pinned; "had my tibia pinned" is an
/// operation. "What should I knock on the head?" is a saying for stopping, no knock.
#[test]
fn a_pinned_post_and_knocking_on_the_head_are_sayings() {
    assert_eq!(
        event("Thanks to whoever linked the glute video in the pinned post. What gym work will sort my IT band?"),
        None
    );
    assert_eq!(
        event("My physio says it's IT band. What should I knock on the head at the gym?"),
        None
    );
    assert_eq!(
        event("Had my tibia pinned in March. Can I do glute bridges?").as_deref(),
        Some("surgery")
    );
}

/// A hip or knee "done" is an operation ("Hip done eight days ago", "had my knee done"), so a fever after it
/// is a warning sign.
#[test]
fn a_hip_or_knee_done_is_an_operation() {
    for q in [
        "Hip done eight days ago. Can I do glute bridges?",
        "Had my knee done three weeks ago. Can I do glute bridges?",
    ] {
        assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    }
    common::assert_verdict(
        "Hip done eight days ago, arthritis in both knees. Thermometer said 38.4 last night. Is it ok to keep \
         up my bridges?",
        kneebot_core::Verdict::Urgent,
    );
    // An injection, a scan or a physio's treatment "done" is no operation; nor is one ahead, or a knee
    // "done in" (hurt).
    for q in [
        "had my knees done with PRP 2 weeks ago for arthritis, are hamstring curls ok?",
        "I had my knee done (cortisone injection) 2 weeks ago for my arthritis, can I do leg curls?",
        "Steroid injection in my knee done 2 weeks ago for arthritis, can I do leg curls?",
        "Getting my knee done tomorrow! Can I do leg curls today?",
        "Got my knee done in at rugby 3 days ago, can I do leg curls?",
    ] {
        assert_ne!(event(q).as_deref(), Some("surgery"), "{q}");
    }
}

/// "Pins and needles" is a tingle, not a bone pinned; a leg "out of its cast" tells a broken bone.
#[test]
fn pins_and_needles_are_no_operation_and_a_cast_is_a_break() {
    let q = "I get pins and needles in my foot when I kneel at church. Torn meniscus from years ago. Are leg curls ok?";
    assert_eq!(event(q), None, "{q}");
    let q =
        "Six weeks in a plaster cast and finally out of it. Which exercises should I start with?";
    assert_eq!(event(q).as_deref(), Some("trauma"), "{q}");
}

/// Rehab shorthand counts from the operation: "6 weeks post ACL" is an operation six weeks ago (the middle
/// band, `depends`); "6 weeks post ACL tear" counts from an injury.
#[test]
fn weeks_post_a_ligament_are_weeks_since_its_operation() {
    let q = "6 weeks post ACL. Can I start isolated hamstring curls?";
    assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    assert_eq!(ask(q, None).verdict, kneebot_core::Verdict::Depends);
    let tear = "6 weeks post ACL tear. Can I start isolated hamstring curls?";
    assert_ne!(event(tear).as_deref(), Some("surgery"), "{tear}");
}

/// "They've finally done my knee after 2 years on the waiting list" is an operation done (undated: the
/// ruling turns on the phase).
#[test]
fn theyve_finally_done_my_knee_is_an_operation() {
    let q = "They've finally done my knee after 2 years on the waiting list!! Am I alright to start leg \
             curls or not";
    let answer =
        common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::Depends);
    assert_eq!(answer.understood.event.as_deref(), Some("surgery"), "{q}");
}

/// "The week after my op" is when an exercise would be done: a week after the operation, inside the early
/// window; "the day I fell" counts nothing.
#[test]
fn the_week_after_an_operation_counts_from_it() {
    for q in [
        "hamstring curls the week after my knee scope, is that pushing it?",
        "Lying leg curls the day after my ACL surgery - too early?",
    ] {
        common::assert_ruling(
            q,
            "hamstring_strengthening",
            kneebot_core::Verdict::OkForNow,
        );
    }
    let fell =
        "I was doing leg curls the day I fell and tore my meniscus. Should I keep doing them?";
    assert_ne!(
        ask(fell, None).verdict,
        kneebot_core::Verdict::OkForNow,
        "{fell}"
    );
}

/// "The ligament in my knee went" at sport on a day just gone is an injury of that day (inside the early
/// window), as "tore" would be.
#[test]
fn a_ligament_that_went_is_an_injury() {
    let answer = common::ask_on(
        "ligament in my knee went at netball on tuesday and I'm still limping. Can I do gentle leg curls so \
         the hamstring doesn't waste away?",
        "2026-11-30",
    );
    assert_eq!(
        answer.understood.event.as_deref(),
        Some("fresh injury"),
        "{}",
        answer.guidance
    );
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::OkForNow,
        "{}",
        answer.guidance
    );
}
