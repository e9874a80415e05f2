//! Unit tests of the event, the time since it and the recovery signals a question tells of, read with the
//! shipped knowledge.

use super::*;

#[test]
fn events_time_and_signals() {
    let cases: &[EventCase] = &[
        (
            "acl surgery 6 wks ago",
            Some(Event::Surgery),
            Some(42.0),
            None,
        ),
        (
            "broke my ankle last month",
            Some(Event::Trauma),
            Some(30.4),
            None,
        ),
        (
            "tore my meniscus 10 days ago",
            Some(Event::FreshInjury),
            Some(10.0),
            None,
        ),
        ("tore my meniscus 2 years ago", None, None, None),
        // An injury denied is none ("a day later" then dates nothing).
        (
            "knees started aching a day later (never injured them)",
            None,
            None,
            None,
        ),
        ("no injury, it just aches a day after squats", None, None, None),
        // Rehab told as over with what it was for between ("rehab after my repair wrapped up").
        (
            "rehab after my meniscus repair wrapped up in april, the leg is still weaker",
            Some(Event::Surgery),
            Some(224.0),
            Some(Phase::Recovered),
        ),
        // Rehab that has ended is a recovery sign, whichever way round it is told.
        (
            "rehab finished months ago for my broken tibia, the thigh is still a bit weaker",
            Some(Event::Trauma),
            None,
            Some(Phase::Recovered),
        ),
        // Having a knee "fixed" or "done" is an operation.
        (
            "my son had his acl fixed 4 days ago",
            Some(Event::Surgery),
            Some(4.0),
            None,
        ),
        ("never had surgery on my knee", None, None, None),
        ("surgery is scheduled for next month", None, None, None),
        // A clinician who did not think an operation would help has not operated.
        (
            "the consultant said it is a degenerative tear and didn't think an operation would help",
            None,
            None,
            None,
        ),
        // "Two weeks on Friday": a fortnight from Friday, ahead.
        ("my meniscus repair is two weeks on friday", None, None, None),
        // A question about the time after a coming surgery is about recovering from it, undated; told
        // without a question about afterwards, it is still ahead.
        (
            "Any tips for after a knee replacement? Mine is booked for the 2nd of next month.",
            Some(Event::Surgery),
            None,
            None,
        ),
        (
            "My knee replacement is booked for next month. After that I will rest. What can I do now?",
            None,
            None,
            None,
        ),
        (
            "I am awaiting knee replacement surgery and do exercises in preparation for the operation",
            None,
            None,
            None,
        ),
        (
            "after my hip surgery my hamstring won't fire",
            Some(Event::Surgery),
            None,
            Some(Phase::Early),
        ),
        (
            "3 weeks post op and still weak",
            Some(Event::Surgery),
            Some(21.0),
            Some(Phase::Rebuilding),
        ),
        (
            "full range of motion after my TKR",
            Some(Event::Surgery),
            None,
            Some(Phase::Recovered),
        ),
        (
            "I don't have full ROM yet after surgery",
            Some(Event::Surgery),
            None,
            Some(Phase::Rebuilding),
        ),
        (
            "off the crutches since my ACL reconstruction",
            Some(Event::Surgery),
            None,
            Some(Phase::Recovered),
        ),
        // A bone "healed enough to bear weight" is not a recovered leg; a limp or a cane says not yet.
        (
            "broke my femur 4 months ago, it is healed enough to walk but I walk with a cane and a limp",
            Some(Event::Trauma),
            Some(121.8),
            Some(Phase::Rebuilding),
        ),
        ("walking with no limp after my TKR", Some(Event::Surgery), None, Some(Phase::Recovered)),
        // How long something has lasted ("over the last ten days") does not date the surgery.
        (
            "just over six weeks post ACL surgery. Over the last ten days my knee has felt much better",
            Some(Event::Surgery),
            Some(42.0),
            None,
        ),
        // A comparison with the other knee tells of the operated one.
        (
            "TKR 8 weeks ago, it now straightens fully, same as the other one",
            Some(Event::Surgery),
            Some(56.0),
            Some(Phase::Recovered),
        ),
        (
            "ACL reconstruction 4 months ago: full range, and my quad is at 85% of the other side",
            Some(Event::Surgery),
            Some(121.8),
            Some(Phase::Recovered),
        ),
        // What someone used to do is what they no longer do: not yet walking decently.
        (
            "TKR last year. Used to do 10 miles a day on my round, now I barely get to the shops",
            Some(Event::Surgery),
            Some(365.3),
            Some(Phase::Rebuilding),
        ),
        // Of several surgeries dated against the day asked, the latest is where the person is now; a
        // span counted from the surgery ("two weeks after the surgery") dates nothing new.
        (
            "ACL reconstruction three years ago, then a lateral release surgery 4 months ago",
            Some(Event::Surgery),
            Some(121.8),
            None,
        ),
        (
            "knee surgery 6 months ago. two weeks after the surgery I was off crutches",
            Some(Event::Surgery),
            Some(182.6),
            Some(Phase::Recovered),
        ),
        // "Bends to about 100" is degrees, not all the way.
        (
            "meniscus repair 5 weeks ago, leg still weak, bends to about 100 so far",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Rebuilding),
        ),
        // Crutches and walkers however told; discharged from the therapist is past rehab.
        (
            "TKR 5 weeks ago, still on crutches",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Rebuilding),
        ),
        (
            "TKR 5 weeks ago, no longer on crutches",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Recovered),
        ),
        // A line quoted from the video or another member tells nothing of where the asker is.
        (
            "> If its been more than a week youve lost strength\nso do I need hamstring curls now? my meniscus trim was 5 weeks ago",
            Some(Event::Surgery),
            Some(35.0),
            None,
        ),
        // "After rehab, I still…" is past rehab.
        (
            "ACL repair 40 weeks ago. After rehab, I still have hamstring weakness. ok to do curls?",
            Some(Event::Surgery),
            Some(280.0),
            Some(Phase::Recovered),
        ),
        // All the rehab done is past rehab, weaker or not.
        (
            "ACLR 2 years ago, did all my rehab, still feels weaker than my other leg",
            Some(Event::Surgery),
            Some(730.5),
            Some(Phase::Recovered),
        ),
        // Walking with a walker but "no problem" is decent walking.
        (
            "TKR 16 days ago, he walks round the garden with his walker no problem. leg curls ok?",
            Some(Event::Surgery),
            Some(16.0),
            Some(Phase::Recovered),
        ),
        // A muscle that "doesn't listen" won't fire.
        (
            "ACL reconstructed 5 weeks ago. when I try to tighten the back of my thigh it just doesnt listen. ok to do curls?",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Early),
        ),
        // A distance walked is decent walking, with a cane or not.
        (
            "TKR 5 weeks ago, walking about half a mile twice a day with my cane. ok to keep doing leg curls?",
            Some(Event::Surgery),
            Some(35.0),
            Some(Phase::Recovered),
        ),
        (
            "hip replacement, shuffling with a walker",
            Some(Event::Surgery),
            None,
            Some(Phase::Rebuilding),
        ),
        (
            "total knee, discharged from physio a while back but still weak",
            Some(Event::Surgery),
            None,
            Some(Phase::Recovered),
        ),
        (
            "ACLR 40 weeks ago and my PT discharged me, leg still weaker",
            Some(Event::Surgery),
            Some(280.0),
            Some(Phase::Recovered),
        ),
        // The range told against the other knee, or as a knee that gets fully straight.
        (
            "TKA 3 weeks ago, the knee gets fully straight and bends as far as the other one",
            Some(Event::Surgery),
            Some(21.0),
            Some(Phase::Recovered),
        ),
        // A thigh that is asleep is a muscle that won't fire.
        (
            "broke my tibia 2 weeks ago and the back of my thigh feels asleep",
            Some(Event::Trauma),
            Some(14.0),
            Some(Phase::Early),
        ),
        // A sign someone works towards is not where they are.
        (
            "ACL reconstruction 3 months ago, what should I do to get this leg strong again?",
            Some(Event::Surgery),
            Some(91.3),
            None,
        ),
    ];
    assert_events(cases);
}
