//! Which event sets the clock of a recovery, through the core's public door: of several operations and
//! traumas the latest dated one; a later one undated leaves the time unknown, an earlier one dates only
//! itself, and a past operation stays past beside one ahead or denied; a scan's date is not the injury's, a
//! span after the operation named dates it, and a span spent doing something or somewhere, a time ahead in
//! another clause, a step of healing's own day ("the cast came off last week") or a length ("for at least a
//! year"), dates nothing.

use crate::common;

use common::{ask, event};
use kneebot_core::Verdict;

/// The date of a scan or a visit dates what was found, not the injury: a tear found last week after
/// months of aching is the ongoing condition, not a fresh injury.
#[test]
fn a_scan_date_is_not_the_injury_date() {
    let q = "My knee has ached for months and the MRI last week showed a meniscus tear. Are leg curls ok?";
    let answer = ask(q, None);
    assert_eq!(answer.understood.event, None, "{q}");
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
    // The injury dated in its own words stays fresh, whatever the scan's date.
    // Found by a diagnosis or a scan, however the date is told.
    for q in [
        "got diagnosed 2 days ago with an ACL tear, hurt it back in july. leg curls ok?",
        "diagnosed with a meniscus tear 2 days ago after a year of pain. leg curls ok?",
        "the MRI 2 weeks ago showed an ACL tear. leg curls ok?",
        "my son was told he has a torn meniscus 3 days ago at the clinic. should he do leg curls?",
        "found out 3 days ago I have a meniscus tear. leg curls ok?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
    let q = "Tore my meniscus skiing 5 days ago, the MRI yesterday confirmed it. Are leg curls ok?";
    assert_eq!(ask(q, None).understood.elapsed_days, Some(5.0), "{q}");
}

/// A surgery dated in the past in its own clause is past, whatever else the post puts ahead or denies:
/// the next appointment, the other knee's booked operation, a knee never operated on.
#[test]
fn a_past_surgery_beside_one_ahead_or_denied_is_past() {
    for (q, days) in [
        ("I had ACL surgery 2 weeks ago and see the surgeon next week. Leg curls ok?", 14.0),
        ("I had a knee replacement 3 weeks ago. The other knee is booked for next year. Leg curls ok?", 21.0),
        ("my knee has never been operated on but I had hip surgery 2 weeks ago. leg curls ok?", 14.0),
        // A time ahead in another clause is of something else.
        ("Had my TKR two weeks ago, cleared to go home in a couple of days. Are leg curls ok?", 14.0),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.elapsed_days, Some(days), "{q}");
        assert_eq!(answer.verdict, Verdict::OkForNow, "{q}");
    }
    // Only ahead, it is no surgery yet.
    let q = "Having my ACL surgery in 2 weeks. Leg curls ok now?";
    assert_eq!(ask(q, None).understood.elapsed_days, None, "{q}");
    // "After a day out" is an outing, no day since the operation.
    let q = "Knee replacement 2 years ago. It aches after a day out. What should I avoid with a replaced knee?";
    let days = ask(q, None).understood.elapsed_days.unwrap_or(0.0);
    assert!((700.0..760.0).contains(&days), "{q}: {days}");
}

/// "5 weeks after my ACL surgery" dates the operation, even after a time of something else ("a fever last
/// month after the operation"); "no weight for 6 weeks after my repair" is an instruction, not a date.
#[test]
fn a_span_after_the_operation_named_dates_it() {
    let answer = ask(
        "I had a fever last month after the operation but it is gone now, all fine. Now is 5 weeks after my \
         ACL surgery. hamstring curls?",
        None,
    );
    assert_eq!(answer.understood.elapsed_days, Some(35.0));
    let instruction = ask(
        "Surgeon says no weight on the leg for 6 weeks after my meniscus repair. It's 2 weeks now. \
         hamstring curls ok?",
        None,
    );
    assert_eq!(instruction.understood.elapsed_days, Some(14.0));
    // A moment past after the operation is not now.
    let past = ask(
        "knee surgery 6 months ago. two weeks after the surgery I was off crutches. leg curls?",
        None,
    );
    assert_ne!(past.understood.elapsed_days, Some(14.0));
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

/// A step of healing or care told with its own day ("the cast came off last week", "got my stitches out
/// on Monday", "at my 3 month check on Tuesday") came after the injury or operation, so it does not date it: with no other time the phase is
/// unknown, not the first days after a trauma.
#[test]
fn a_step_of_healing_dates_neither_the_injury_nor_the_operation() {
    for q in [
        "Broke my tibia skiing and the cast came off last week. Should I be doing hamstring curls now?",
        "Had my ACL repaired and got my stitches out last week. hamstring curls ok?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Depends);
    }
    // A check-up's day is the check-up's: "at my 3 month check on Tuesday" is three months after the
    // operation, not one day.
    let q = "Surgeon cleared me to start jogging at my 3 month check on Tuesday (ACL recon). Is running good \
             for me?";
    let checked = common::ask_on(q, "2026-03-12");
    assert_eq!(
        checked.verdict,
        Verdict::Recommended,
        "{}",
        checked.guidance
    );
    assert!(
        checked.understood.elapsed_days.is_some_and(|d| d > 80.0),
        "{:?}",
        checked.understood.elapsed_days
    );
    // The injury's own date still dates it.
    common::assert_ruling(
        "Broke my tibia skiing 10 days ago and the cast came off yesterday. Hamstring curls ok?",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}

/// A length with a word of degree before it ("for at least a year", "for up to 6 months") is how long
/// something goes on, as a bare "for a year" is: the time told since the operation dates it.
#[test]
fn a_length_with_a_word_of_degree_dates_nothing() {
    let q = "After my ACL reconstruction my brother told me I should be doing leg curls for at least a year. \
             I'm 4 months out. Should I be doing them?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    let q = "My knee replacement was 5 weeks ago, the leaflet says the swelling can last for up to a year. \
             Walking is decent now. Are leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}
