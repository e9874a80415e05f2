//! What happened to the knee, as members tell it, through the core's public door: a break that is a
//! fracture and one that is a rest, a fall told as a wipeout, the latest of several events, days told by a
//! holiday.

mod common;

use common::ask;
use kneebot_core::Verdict;

fn event(q: &str) -> Option<String> {
    ask(q, None).understood.event
}

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

/// "One whole year since my TKR" is a year, like "one year"; "a good 3 weeks ago" is three weeks.
#[test]
fn a_span_with_a_word_between_number_and_unit() {
    for (q, days) in [
        (
            "Surgiversary today!! one whole year since my TKR. Leg curls ok?",
            365.0,
        ),
        ("ACL surgery a good 3 weeks ago. Leg curls ok?", 21.0),
    ] {
        let elapsed = ask(q, None).understood.elapsed_days.expect("a time");
        assert!((elapsed - days).abs() < 2.0, "{q}: {elapsed}");
    }
}

/// An operation someone is "not bad enough for yet" has not happened.
#[test]
fn an_operation_not_needed_yet_is_not_an_event() {
    let q = "Arthritis in both knees and the surgeon says I'm not bad enough for a TKR yet. Leg curls ok?";
    assert_eq!(event(q), None, "{q}");
}

/// "They're not operating" and "the surgeon won't operate" tell no operation.
#[test]
fn a_surgeon_not_operating_is_no_event() {
    for q in [
        "Torn meniscus and they're not operating for now. Can I do squats?",
        "My ACL is torn but the surgeon won't operate at my age. Can I do leg curls?",
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

/// "Not ready for surgery yet" places no operation in the past; "according to the X-ray" cites a scan,
/// not the video, so the question stays one about the exercise.
#[test]
fn surgery_not_yet_ready_for_is_none_and_an_x_ray_is_not_the_video() {
    let q = "Is the leg extension machine ok for arthritic knees? Bone on bone according to the X-ray but I'm not ready for surgery yet.";
    assert_eq!(event(q), None);
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    assert_ne!(answer.understood.intent.as_deref(), Some("info"));
    assert_eq!(
        event("I had a knee replacement in May and I'm ready for squats now. ok?").as_deref(),
        Some("surgery")
    );
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

/// Of several operations and traumas each dated in its own clause, the latest is where the person is now:
/// a second knee "done" on a date, a revision, a fracture after a replacement. A saying ("crack on") is no
/// trauma.
#[test]
fn the_latest_of_several_dated_events_sets_the_clock() {
    let days = |q: &str| ask(q, None).understood.elapsed_days;
    let q = "Left knee got replaced back in May and the right one was done on November 16th this year. Leg curls ok?";
    assert_eq!(days(q), Some(14.0), "{q}");
    let q = "Tore my ACL in 2019, had it reconstructed, then the graft went last year and I had the revision on \
             2 September 2026. Lying leg curls now?";
    assert_eq!(days(q), Some(89.0), "{q}");
    let q = "I was 4 months out from my knee replacement, then I slipped on 16 November and cracked the kneecap. \
             No surgery for the fracture. Hamstring curls while it mends?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event.as_deref(), Some("trauma"), "{q}");
    assert_eq!(answer.understood.elapsed_days, Some(14.0), "{q}");
    // A fracture long before the operation leaves the operation's clock.
    let q = "Broke my leg in 2015 and had my knee replacement 2 weeks ago. Hamstring curls?";
    assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
    let q = "3 months since my meniscus repair. The surgeon said last Friday to crack on with the physio. Leg curls?";
    assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
}

/// A later operation told as done with no date of its own, after one dated in its own clause: the date is
/// the earlier one's, so the time since the latest is unknown and the answer asks for the phase. A later
/// one dated, or a date told in another clause of a revision alone, still counts.
#[test]
fn an_undated_later_operation_leaves_the_time_unknown() {
    let q = "Tore my ACL in 2015 and had it reconstructed then, good as new for years. Then I re-ruptured the \
             graft and had a revision ACL reconstruction. Lost track of dates. Leg curls ok?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event.as_deref(), Some("surgery"), "{q}");
    assert_eq!(answer.understood.elapsed_days, None, "{q}");
    assert_eq!(answer.verdict, Verdict::Depends, "{q}");
    let q = "Knee scoped in 2019, then a second scope on 2 September 2026. Lying leg curls now?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(89.0), "{q}");
    let q = "Had my revision ACL reconstruction. It has been 3 weeks now. Leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(21.0), "{q}");
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

/// How long something went on ("two years of going back and forth on the waiting list") or a stay ("two
/// weeks in a villa") dates no operation; "6 weeks in" still does.
#[test]
fn a_span_spent_doing_something_or_somewhere_dates_nothing() {
    let elapsed = |q: &str| ask(q, None).understood.elapsed_days;
    for q in [
        "So I finally had my ACL reconstruction after two years of going back and forth on the waiting list. \
         Which exercises should I do?",
        "I've had a knee replacement and we're off on holiday soon, two weeks in a villa. Should I keep my \
         hamstring curls going?",
    ] {
        assert_eq!(elapsed(q), None, "{q}");
    }
    assert_eq!(
        elapsed("Had my knee replacement, 6 weeks in now. Can I do hamstring curls?"),
        Some(42.0)
    );
    // The time since the operation told as "of recovering", and a stay that a later time does not replace.
    assert_eq!(
        elapsed("I'm 3 weeks of recovering from my TKR now, can I do leg curls?"),
        Some(21.0)
    );
    assert!(elapsed(
        "Knee replacement, 6 months in the rehab programme, finished it 2 weeks ago. Leg curls ok?"
    )
    .is_some_and(|d| d > 150.0));
}

/// Beside the operation the post is about, one told as earlier ("the first was a trim back in 2030") dates
/// only itself; alone, a first operation's date is its date.
#[test]
fn an_earlier_operation_dates_only_itself() {
    let elapsed = |q: &str| ask(q, None).understood.elapsed_days;
    assert_eq!(
        elapsed(
            "Had my meniscus repaired (second op on that knee, the first was a trim back in 2019). What \
             exercises should I be doing?"
        ),
        None
    );
    assert!(elapsed(
        "My first ever surgery was an ACL reconstruction in 2019. Can I do leg curls?"
    )
    .is_some());
    // No later operation told as done: the first one's date stands.
    for q in [
        "My first ever surgery was 2 weeks ago, an ACL reconstruction. The operation went well. Can I do leg curls?",
        "I'm 70 years old and had a knee replacement 3 weeks ago. The surgery went well. Can I do leg curls?",
        "My first ACL surgery was 8 months ago, and the second operation is booked for 3 weeks from now. Can I do \
         leg curls?",
    ] {
        assert!(elapsed(q).is_some(), "{q}");
    }
}

/// An operation not wanted ("not keen on surgery", "I'd rather not have an op") is not had; harm feared to
/// one already had ("don't want to undo the surgery") does not deny it.
#[test]
fn an_operation_not_wanted_is_not_had_but_one_feared_for_is() {
    for q in [
        "Bad arthritis in both knees according to the x-rays. Not keen on surgery if I can avoid it. What \
         exercises should I do?",
        "My torn meniscus is sore on stairs. I'd rather not have an operation, should I do leg curls?",
    ] {
        assert_eq!(event(q), None, "{q}");
    }
    // Harm feared to an operation still ahead leaves it ahead.
    let q = "Don't want to ruin the replacement tomorrow. Bad arthritis for years. Can I do leg curls today?";
    assert_eq!(event(q), None, "{q}");
    for q in [
        "They repaired my meniscus on the left. I want to get strong again but I don't want to ruin the repair. \
         What should I avoid?",
        "Had my ACL reconstruction. Really don't want to wreck the graft, are leg curls ok?",
        // Not wanted once, had all the same.
        "Wasn't keen on surgery but had it anyway two weeks ago. Can I do leg curls?",
        "Not keen on surgery as a rule, but had the meniscus repaired last week. Leg curls ok?",
    ] {
        assert_eq!(event(q).as_deref(), Some("surgery"), "{q}");
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

/// Days told by a holiday fall where that holiday fell: Easter and its days move with the year, a year named
/// after a holiday is that year's ("Thanksgiving 2025").
#[test]
fn holidays_are_dated_in_their_own_year() {
    let days = |q: &str| ask(q, None).understood.elapsed_days;
    // Good Friday 2026 was the 3rd of April: 241 days before 2026-11-30.
    assert_eq!(
        days("Had my ACL reconstructed on Good Friday. Can I do leg curls?"),
        Some(241.0)
    );
    assert_eq!(
        days("Knee replaced on Easter Monday, are squats ok?"),
        Some(238.0)
    );
    // Thanksgiving 2025 was the 27th of November.
    assert_eq!(
        days("My ACL surgery was the day after Thanksgiving 2025. Leg curls ok now?"),
        Some(368.0)
    );
}

/// "Nowhere near full range" is no full range.
#[test]
fn a_sign_told_as_far_off_is_not_the_sign() {
    let answer = ask(
        "Meniscus repair two months ago, nowhere near full range yet. Can I do hamstring curls?",
        None,
    );
    assert_ne!(
        answer.understood.phase,
        Some(kneebot_core::Phase::Recovered)
    );
}

/// "A good Friday" is a Friday that went well; a holiday "last year" is last year's.
#[test]
fn holiday_look_alikes_and_last_years_holidays() {
    let days = |q: &str| ask(q, None).understood.elapsed_days;
    assert!(
        days("Had my meniscus repair on a good friday last week, can I do leg curls?")
            .is_some_and(|d| d < 30.0)
    );
    // Easter 2025 was the 20th of April.
    assert_eq!(
        days("ACL surgery at Easter last year, can I do leg curls?"),
        Some(589.0)
    );
}

/// What comes before "but" does not deny what comes after it.
#[test]
fn a_denial_does_not_reach_past_but() {
    let answer = ask(
        "ACL recon 4 months ago, I'm nowhere near 100% but walking normally. Can I do leg curls?",
        None,
    );
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::Avoid,
        "{}",
        answer.guidance
    );
}

/// A bare "not yet" that the contrast goes on to say of still denies the sign.
#[test]
fn not_yet_but_nearly_is_not_the_sign() {
    let answer = ask(
        "Knee replacement 3 months ago, not yet but almost walking normally. Can I do leg curls?",
        None,
    );
    assert_ne!(
        answer.understood.phase,
        Some(kneebot_core::Phase::Recovered),
        "{}",
        answer.guidance
    );
}

/// An operation the person will not have ("not willing for the operation", "refuses surgery") is no
/// surgery told: the knee problem is the ongoing one.
#[test]
fn an_operation_refused_is_none() {
    for q in [
        "My dad has arthritis in both knees and is not willing for the operation. Should he do leg curls?",
        "OA knee, I refused surgery last year. Should I do leg curls?",
    ] {
        let answer = kneebot_core::Verdict::Avoid;
        let got = common::ask(q, None);
        assert_eq!(got.understood.event, None, "{q}");
        assert_eq!(got.verdict, answer, "{q}");
    }
}

/// A refusal counts only of the operation itself: "wasn't willing to wait for surgery so had it done
/// privately", "turned down physio after surgery" and "declining since the operation" tell an operation had.
#[test]
fn a_refusal_of_something_else_leaves_the_operation_had() {
    for q in [
        "I wasn't willing to wait for surgery on the NHS so had my ACL done privately 3 weeks ago. Leg curls?",
        "I turned down physio after surgery 3 weeks ago and just do my own exercises. Are leg curls ok?",
    ] {
        let got = common::ask(q, None);
        assert_eq!(got.understood.event.as_deref(), Some("surgery"), "{q}");
        assert_eq!(got.verdict, kneebot_core::Verdict::OkForNow, "{q}");
    }
    let q = "Was offered a knee replacement but declined. Arthritis is bad. Should I do leg curls?";
    assert_eq!(common::ask(q, None).understood.event, None, "{q}");
}

/// Signs told before a fall after the operation are of the recovery before it: "by August I had full bend
/// and was walking normal. Then 3 weeks ago I fell… the hamstring won't fire" is the early window again.
#[test]
fn signs_before_a_new_fall_are_of_the_recovery_before_it() {
    let q = "ACL reconstruction in 2024, by the summer I had full bend and was walking normally. Then 2 weeks \
             ago I fell off a ladder and now the hamstring won't fire at all. Leg curls ok for a bit?";
    let got = common::ask(q, None);
    assert_eq!(
        got.verdict,
        kneebot_core::Verdict::OkForNow,
        "{:?}",
        got.understood
    );
}

/// An operation told as what was meant to happen ("the op was meant to be in January, then they moved
/// it, and now it's off") is not had: the tear is the ongoing condition.
#[test]
fn an_operation_that_was_meant_to_happen_is_not_had() {
    let q = "Tore my ACL in June. The op was meant to be in October, then they moved it again and again, \
             and now I'm back on the list with no date at all. What should I avoid while I wait?";
    let got = common::ask(q, None);
    assert_eq!(got.understood.event, None, "{:?}", got.understood);
    assert_eq!(got.verdict, kneebot_core::Verdict::Avoid);
}

/// "Avoid" denies an operation only when the operation is what is avoided ("trying to avoid surgery"), not
/// in "what should I avoid after ACL surgery?".
#[test]
fn avoiding_after_an_operation_is_no_operation_avoided() {
    let got = common::ask("what should i avoid after ACL surgery", None);
    assert_eq!(got.understood.event.as_deref(), Some("surgery"));
    assert_eq!(got.verdict, kneebot_core::Verdict::Depends);
    let got = common::ask(
        "Torn meniscus, trying to avoid surgery. Should I do leg curls?",
        None,
    );
    assert_eq!(got.understood.event, None);
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

/// A time ahead told in a clause of its own after the operation ("…post ACLR and season starts in 6
/// weeks") is that clause's: the operation keeps its date. Told of the operation itself, it is ahead.
#[test]
fn a_time_ahead_in_the_next_clause_leaves_the_operation_dated() {
    for q in [
        "im 4 months post ACLR and season starts in 6 weeks. should i be doing nordic curls?",
        "4 months post ACL reconstruction but the tournament is next month, can I do leg curls?",
    ] {
        let got =
            common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::Depends);
        assert_eq!(got.understood.event.as_deref(), Some("surgery"), "{q}");
    }
    let q = "my ACL reconstruction is in 6 weeks, can I do leg curls?";
    assert_eq!(common::ask(q, None).understood.elapsed_days, None, "{q}");
}

/// "My ACL went skiing 9 days ago" tells the ligament breaking (not "my ACL repair went well"); an
/// operation "pencilled in" or "lined up" is ahead, so the injury before it is what is dated.
#[test]
fn a_ligament_that_went_and_an_operation_pencilled_in() {
    for q in [
        "my ACL went playing netball 12 days ago and the reconstruction is lined up for March. leg curls ok?",
        "meniscus went pop at football 10 days ago, surgery's pencilled in for next month. can I do leg curls?",
    ] {
        let got = common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::OkForNow);
        assert_eq!(got.understood.event.as_deref(), Some("fresh injury"), "{q}");
    }
    let q = "my ACL repair went well 3 weeks ago, can I do leg curls?";
    assert_eq!(
        common::ask(q, None).understood.event.as_deref(),
        Some("surgery"),
        "{q}"
    );
}

/// "Got my date for a knee replacement, 3 months away": the operation is ahead, not three months past.
#[test]
fn an_operation_some_months_away_is_ahead() {
    let q = "Finally got a date for my knee replacement, 2 months away. Arthritis in the knee. Can I do leg curls?";
    let got = common::assert_ruling(q, "hamstring_strengthening", kneebot_core::Verdict::Avoid);
    assert_eq!(got.understood.elapsed_days, None, "{q}");
}
