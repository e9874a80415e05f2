//! Unit tests of the event, the time since it and the recovery signals, told in members' words: several
//! operations in one story, spans and waits, muscles and walking described plainly; read with the shipped
//! knowledge.

use super::*;

#[test]
fn events_time_and_signals_in_members_words() {
    let cases: &[EventCase] = &[
        // A surgery someone had to have is past; "just over 3 weeks ago" dates a tear; "again" does not
        // put a month ahead; weakness worked on is still weakness.
        (
            "had to have a knee replacement 5 months ago",
            Some(Event::Surgery),
            Some(152.2),
            None,
        ),
        (
            "tore my ACL just over 3 weeks ago",
            Some(Event::FreshInjury),
            Some(21.0),
            None,
        ),
        (
            "meniscus repair 10 weeks ago and trying to regain strength in my quad",
            Some(Event::Surgery),
            Some(70.0),
            Some(Phase::Rebuilding),
        ),
        // A fresh tear after a surgery long behind is what the question is about now.
        (
            "tore my MCL four days ago, same knee I had a meniscus repair on back in 2019",
            Some(Event::FreshInjury),
            Some(4.0),
            None,
        ),
        // Someone who has begun to jog walks decently.
        (
            "meniscus repair 10 weeks ago and he has just started running on the treadmill",
            Some(Event::Surgery),
            Some(70.0),
            Some(Phase::Recovered),
        ),
        (
            "hip replacement several months ago and she still isn't getting around very well",
            Some(Event::Surgery),
            Some(91.3),
            Some(Phase::Rebuilding),
        ),
        (
            "I have recently finished rehabbing my knee after surgery",
            Some(Event::Surgery),
            None,
            Some(Phase::Recovered),
        ),
        // A surgery that is not an option did not happen.
        (
            "total knee replacement isn't an option at my age",
            None,
            None,
            None,
        ),
        // Of two surgeries, the one "8 weeks post-op" dates is the latest, however near "last year" sits
        // to the words for the new knee.
        (
            "8 weeks post-op from my 2nd TKR (first knee was done last year). can I do curls for the new knee?",
            Some(Event::Surgery),
            Some(56.0),
            None,
        ),
        // Walking without "the" stick, bending nearly as far as the good knee: recovered.
        (
            "knee replacement 4 months ago. walking without the stick now and it bends nearly as far as my good knee",
            Some(Event::Surgery),
            Some(121.8),
            Some(Phase::Recovered),
        ),
        // Of two dated surgeries, each is dated by the time in its own clause.
        (
            "ACL reconstructed back in 2017, then a meniscus repair on the same knee on the 3rd of last month",
            Some(Event::Surgery),
            Some(53.0),
            None,
        ),
        (
            "exactly 6 months since my meniscus repair today (also had the ACL done on the other knee years ago)",
            Some(Event::Surgery),
            Some(182.6),
            None,
        ),
        // A revision is an operation; a scope booked ahead is not past, whatever it is called.
        ("hamstring curls after my ACL revision?", Some(Event::Surgery), None, None),
        ("my scope is scheduled for next month", None, None, None),
        ("arthroscopy booked in for the 12th", None, None, None),
        // A wait told as over puts nothing ahead, and how long it lasted dates nothing.
        (
            "Finally got my knee replaced after 4 years on the waiting list. Where do I start?",
            Some(Event::Surgery),
            None,
            None,
        ),
        (
            "had part of my meniscus trimmed out 3 months ago, after all that waiting for the op",
            Some(Event::Surgery),
            Some(91.3),
            None,
        ),
        ("I've been on the waiting list for my knee replacement for a year", None, None, None),
        ("after ten years of pain I'm on the waiting list for a knee replacement", None, None, None),
        ("after ten years of pain I'm on the waiting list for a new knee", None, None, None),
        // "One-week post-op" dates the operation, sentences away from it and amid years of history.
        (
            "I rode for 15 years. After 50 years of knee problems, soccer (20 years) and refereeing (15 years), I've had my first knee replaced. I'm only one-week post-op, so nowhere near the bike.",
            Some(Event::Surgery),
            Some(7.0),
            None,
        ),
        // A leg that can barely be lifted does not yet work on command; one told as pathetic is weak.
        (
            "Broke my ankle skiing 5 weeks ago, I can barely lift my leg.",
            Some(Event::Trauma),
            Some(35.0),
            Some(Phase::Early),
        ),
        (
            "Broke my ankle skiing 5 weeks ago, boot came off Monday and the whole leg is pathetic now.",
            Some(Event::Trauma),
            Some(35.0),
            Some(Phase::Rebuilding),
        ),
        // "They did my hip" tells an operation.
        (
            "they did my left hip 12 days ago",
            Some(Event::Surgery),
            Some(12.0),
            None,
        ),
        // A muscle told as doing nothing, or as having forgotten how, does not work on command.
        (
            "5 weeks since my ACL reconstruction. The back of my thigh barely does anything, like the muscle has forgotten how.",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Early),
        ),
        (
            "knee replacement 3 weeks ago, my quad has forgotten how to work",
            Some(Event::Surgery),
            Some(21.0),
            Some(Phase::Early),
        ),
    ];
    assert_events(cases);
}
