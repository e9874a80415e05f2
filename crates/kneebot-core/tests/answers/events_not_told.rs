//! Words of an operation or a break that tell none, through the core's public door: an operation refused
//! in one word ("went the no-surgery route"), a machine that broke, pads bought again. Each was read as an
//! operation or a trauma, and dated the asker's recovery wrongly.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "Went the no-surgery route" had no operation: a tear months ago is the ongoing condition (it was read
/// as an operation four months ago: `depends`).
#[test]
fn an_operation_refused_in_one_word_is_none() {
    for q in [
        "Partial ACL tear in July, went the no-surgery route. Knee feels stable now. Should I keep doing \
         leg curls?",
        "ACL tear back in July, non-surgical management since. Are leg curls ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
        assert_eq!(answer.understood.event, None, "{q}");
    }
}

/// "The ice machine broke last week and the replacement pads cost a fortune" breaks no bone and replaces
/// no knee: the operation told months ago is where the asker is (it was a trauma a week ago, then an
/// operation a week ago: `ok_for_now`).
#[test]
fn a_machine_that_broke_and_pads_replaced_are_no_events() {
    let answer = ask(
        "Had my TKR on the 2nd of September. The ice machine broke last week and the replacement pads cost \
         a fortune. I'm still doing the band hamstring curls. Should I keep going with them?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
    // A bone broken is still a trauma.
    let broken = ask(
        "my brace broke yesterday and I fell and broke my wrist. hamstring curls ok?",
        None,
    );
    assert_eq!(broken.understood.event.as_deref(), Some("trauma"));
}

/// "Non-surgical" of one thing leaves an operation told elsewhere in the post as it was.
#[test]
fn a_non_surgical_tear_leaves_an_operation_told_elsewhere() {
    let answer = ask(
        "I had ACL surgery. The physio said my meniscus is non-surgical. Can I do leg curls?",
        None,
    );
    assert_eq!(answer.understood.event.as_deref(), Some("surgery"));
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
}

/// "My dog broke his leg": a pet's injury is not the asker's (it was a week-old trauma: `ok_for_now`).
#[test]
fn a_pets_injury_is_not_the_askers() {
    let answer = ask(
        "my dog broke his leg last week and now my knee arthritis is flaring. hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "Broke my PR on the squat yesterday" beats a record and breaks no bone: no trauma yesterday.
#[test]
fn a_record_broken_is_no_trauma() {
    let answer = ask(
        "Broke my PR on the squat yesterday but my IT band is flaring. keep running?",
        None,
    );
    assert_eq!(answer.understood.event, None, "{}", answer.guidance);
}

/// "My legs are wrecked after the hill session" tells tired muscles, and "my old meniscus tear" one long had:
/// neither is an injury dated by the "today" or "yesterday" told beside it.
#[test]
fn worn_out_muscles_and_an_old_tear_are_no_fresh_injury() {
    let answer = ask(
        "First hill session in months yesterday and my quads are totally wrecked today. My old meniscus tear \
         has been fine for ages. Can I keep walking every day?",
        None,
    );
    assert_eq!(answer.understood.event, None, "{}", answer.guidance);
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
}

/// "Dad's getting his knee replaced next Tuesday. What exercises should he be doing after?", "…once she's
/// had it?": the question asks about the time after an operation still ahead, which it does not date, so
/// the rulings that turn on the phase depend on it.
#[test]
fn a_question_about_after_an_operation_ahead_leaves_the_phase_open() {
    for q in [
        "Dad's getting his knee replaced next Tuesday. What exercises should he be doing after?",
        "mom is booked for a knee replacement, what should her exercises be once she's had it?",
    ] {
        let answer = common::ask(q, None);
        assert_eq!(
            common::overview_verdict(&answer, "hamstring_strengthening"),
            Some(kneebot_core::Verdict::Depends),
            "{q}"
        );
    }
}

/// "Decided not to get it reconstructed", "chose not to have the op": an operation decided against is
/// none, so a tear months ago is the ongoing condition (it was read as an operation dated by the tear).
#[test]
fn an_operation_decided_against_is_none() {
    for q in [
        "Tore my ACL skiing in February, decided not to get it reconstructed, been doing PT since. Work \
         gym has a nordic curl station, worth doing those?",
        "Tore my ACL in March and chose not to have the reconstruction. Should I do leg curls?",
    ] {
        let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
        assert_eq!(answer.understood.event, None, "{q}");
    }
}

/// "Nobody's talking surgery" proposes none; "I'm getting my meniscus fixed on the 28th" tells one ahead,
/// not one on the last 28th.
#[test]
fn an_operation_nobody_proposes_or_still_ahead_is_not_dated() {
    let q = "Runner here, ITBS on the right side for about 4 months. Nobody's talking surgery or anything \
             but it's not going away either. What should I cut out of my strength routine?";
    let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    assert_eq!(answer.understood.event, None, "{q}");
    let q = "I'm getting my meniscus fixed on the 28th. Can I do leg curls now?";
    let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    assert_eq!(answer.understood.elapsed_days, None, "{q}");
}

/// "The physio at my GP surgery" is a doctor's practice, not an operation.
#[test]
fn a_gp_surgery_is_no_operation() {
    let q = "The physio at my GP surgery told me to do leg curls for my knee arthritis. Should I?";
    let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    assert_eq!(answer.understood.event, None, "{q}");
}

/// An operation told in the present with its day ("my ACL reconstruction is on the 14th", "surgeon wants
/// to reconstruct it on the 9th"), or only maybe ("seeing the consultant on the 19th about maybe a scope"),
/// is still ahead: the asker has the ongoing condition, and the day dates nothing past (today is
/// 2026-11-30, so the 14th read as past was 16 days ago: `ok_for_now`).
#[test]
fn an_operation_told_ahead_with_its_day_dates_nothing() {
    for q in [
        "My ACL reconstruction is on the 14th. Is it ok to keep doing leg curls till then?",
        "My ACL reconstruction is on August 3rd. Should I do leg curls until then?",
        "Tore my MCL in the summer, surgeon wants to reconstruct it on the 9th. Are leg curls ok before that?",
        "I've got arthritis, seeing the consultant on the 19th about maybe a scope. Are hamstring curls a good idea?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
        assert_eq!(answer.understood.event, None, "{q}");
    }
    // A follow-up told ahead leaves the operation undated, so where they are depends.
    let answer = ask(
        "had my meniscus repair, follow up with the surgeon is on the 21st. should i do hamstring curls?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
}

/// The day a tear was found ("diagnosed on MRI in November", "it was diagnosed in May") dates the finding,
/// not an injury: the tear is the ongoing one, not a fresh injury.
#[test]
fn the_day_a_tear_was_found_is_no_injury_date() {
    for q in [
        "Is walking good for me with a degenerative meniscus tear? Diagnosed on MRI in November.",
        "Are leg curls ok with my meniscus tear? It was diagnosed in November.",
    ] {
        let answer = ask(q, None);
        assert_ne!(
            answer.understood.event.as_deref(),
            Some("fresh injury"),
            "{q}"
        );
    }
    // The tear itself dated is a fresh one.
    let answer = ask(
        "tore my meniscus in November playing football. leg curls ok?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
}

/// "Hamstrings are sore today after yesterday's session": when a symptom is felt, and a day that owns a
/// session, date no operation; the operation stays undated. A day that owns the operation ("last year's
/// ACL reconstruction") dates it.
#[test]
fn a_symptoms_day_or_a_sessions_day_dates_no_operation() {
    let sore = ask(
        "had my ACL reconstructed. hamstrings are sore today after yesterday's session, just normal gym \
         soreness i think. should i still be doing isolated hamstring work?",
        None,
    );
    assert_eq!(sore.verdict, Verdict::Depends, "{}", sore.guidance);
    let owned = ask(
        "last year's ACL reconstruction went fine. leg curls ok now?",
        None,
    );
    assert_eq!(owned.verdict, Verdict::Avoid, "{}", owned.guidance);
}

/// "Rehab first, then we decide about a reconstruction" tells an operation still to be decided on: the
/// tear dated weeks before is the ongoing condition, not an operation in its window.
#[test]
fn an_operation_still_to_be_decided_is_none() {
    let answer = ask(
        "Ruptured my ACL playing netball at the start of October. The consultant says three months of \
         physio and then we'll decide about surgery. I've been doing lying leg curls at the gym. Good idea?",
        None,
    );
    assert_eq!(answer.understood.event, None, "{:?}", answer.understood);
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// Soreness "two days after my first physio session" is counted from the session: it dates no operation,
/// so an operation "a while back" stays undated. Counted from the operation ("swollen 3 weeks after my
/// surgery") it still dates it.
#[test]
fn a_symptom_counted_from_a_session_dates_no_operation() {
    let answer = ask(
        "My hamstrings and bum are sore two days after my first proper physio session, the normal kind of \
         sore. Had a meniscectomy a while back. Should I be doing hamstring curls at home too?",
        None,
    );
    assert_eq!(answer.understood.elapsed_days, None, "{}", answer.guidance);
    assert_eq!(answer.verdict, Verdict::Depends, "{}", answer.guidance);
    let dated = ask(
        "Knee still swollen 3 weeks after my ACL surgery. Are leg curls ok?",
        None,
    );
    assert_eq!(
        dated.understood.elapsed_days,
        Some(21.0),
        "{}",
        dated.guidance
    );
}
