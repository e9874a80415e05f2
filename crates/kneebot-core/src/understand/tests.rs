//! Unit tests of [`Understanding::read`]: conditions, topics, events and time, recovery signals, limits,
//! intent, red flags and spelling correction, read with the shipped knowledge.

use super::*;
use crate::test_support::shipped_knowledge as knowledge;

const TODAY: calendar::Date = jiff::civil::date(2026, 11, 25);

fn read(q: &str) -> Understanding {
    Understanding::read(q, TODAY, knowledge(), &Stemmer::default())
}

fn ids(u: &Understanding) -> Vec<&str> {
    u.conditions
        .iter()
        .map(|&c| knowledge().conditions[c].id.as_str())
        .collect()
}

fn topic(u: &Understanding) -> Option<&str> {
    u.topic.map(|t| knowledge().topics[t].id.as_str())
}

#[test]
fn conditions_with_aliases_abbreviations_and_typos() {
    let cases: &[(&str, &[&str])] = &[
        ("torn menicus", &["meniscus_tear"]),
        ("my miniscus", &["meniscus_tear"]),
        (
            "knee OA and a bakers cist",
            &["knee_osteoarthritis", "bakers_cyst"],
        ),
        ("arthritic knees", &["knee_osteoarthritis"]),
        ("ACLR last year", &["acl_tear"]),
        ("had my left knee replaced", &["knee_replacement"]),
        ("TKA", &["knee_replacement"]),
        ("chondromalacia patella", &["cartilage_injury"]),
        ("ITB issues", &["it_band_syndrome"]),
        ("medial collateral ligament sprain", &["mcl_tear"]),
        ("hip replacement", &[]),
        ("pizza", &[]),
    ];
    for (q, want) in cases {
        assert_eq!(ids(&read(q)), *want, "{q}");
    }
}

#[test]
fn topics_instead_of_and_signals() {
    let cases: &[(&str, Option<&str>)] = &[
        ("leg curls?", Some("hamstring_strengthening")),
        (
            "should i strengthen my hamstrings",
            Some("hamstring_strengthening"),
        ),
        ("my hamstrings are tight", None),
        ("hamstring stretches", None),
        ("bicep curls", None),
        (
            "hip thrusts instead of leg curls",
            Some("glute_strengthening"),
        ),
        ("instead of leg curls should I do squats", Some("squats")),
        (
            "what should I do instead of leg extensions",
            Some("glute_strengthening"),
        ),
        (
            "I'm walking well, should I keep doing nordics?",
            Some("hamstring_strengthening"),
        ),
        (
            "is walking good for me after a knee replacement",
            Some("walking_running"),
        ),
        ("can I go jogging", Some("walking_running")),
        ("sqauts with arthritis", Some("squats")),
    ];
    for (q, want) in cases {
        assert_eq!(topic(&read(q)), *want, "{q}");
    }
}

#[test]
fn events_time_and_signals() {
    type Case<'a> = (&'a str, Option<Event>, Option<f64>, Option<Phase>);
    let cases: &[Case] = &[
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
        ("never had surgery on my knee", None, None, None),
        ("surgery is scheduled for next month", None, None, None),
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
    ];
    for (q, event, days, signal) in cases {
        let u = read(q);
        assert_eq!(u.event, *event, "{q}");
        assert_eq!(
            u.elapsed_days.map(|d| (d * 10.0).round() / 10.0),
            *days,
            "{q}"
        );
        assert_eq!(u.signal, *signal, "{q}");
    }
}

#[test]
fn limits_come_from_what_the_asker_was_told_or_cannot_do() {
    let limited = |q: &str| -> Vec<&str> {
        let u = read(q);
        u.limited
            .iter()
            .map(|&t| knowledge().topics[t].id.as_str())
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "my surgeon said no squats for now, are glute bridges ok?",
            &["squats"],
        ),
        (
            "I was advised to stop leg curls. what else can I do?",
            &["hamstring_strengthening"],
        ),
        (
            "leg extensions are out of the question for me, what now?",
            &["quad_isolation"],
        ),
        (
            "I can't run since the injury, are squats ok?",
            &["walking_running"],
        ),
        (
            "suggest an alternative to squats because my arthritic knees can't take it anymore",
            &["squats"],
        ),
        (
            "The surgeon has prohibited doing squats. Can somebody outline a training regimen?",
            &["squats"],
        ),
        (
            "I was told that I should quit running. What exercises would help?",
            &["walking_running"],
        ),
        (
            "had ankle surgery, squats and deadlifts are a ways off. any suggestions?",
            &["squats"],
        ),
        (
            "ACL surgery a week ago. I'm not going to be able to squat for at least 8 weeks. Any exercises I can do?",
            &["squats"],
        ),
        // A recovery sign is not a limit, and an exercise prescribed is not one either.
        ("I can't get my hamstring to contract, leg curls ok?", &[]),
        ("my physio told me to keep doing squats, fine?", &[]),
    ];
    for (q, want) in cases {
        assert_eq!(limited(q), *want, "{q}");
    }
}

/// A limit on bearing weight or bending rules out every exercise that loads the knee, named or not; being
/// back on one's feet is no limit.
#[test]
fn a_limit_on_weight_or_bending_rules_out_what_loads_the_knee() {
    let loaded = &knowledge().vocabulary.loaded_topics;
    assert!(!loaded.is_empty());
    for q in [
        "My doctor has me non weight bearing for six weeks. Any exercises I can do?",
        "I'm on crutches and told not to put any weight on it. What can I do to keep strong?",
        "zero bend in the immobilizer for a month, how do I keep my legs from wasting away?",
        "I was advised not to bend my knee for one month. Can I do squats?",
        "not allowed to bend past 90 yet, what exercises are ok?",
    ] {
        let u = read(q);
        for t in loaded {
            assert!(u.limited.contains(t), "{q}: {:?}", u.limited);
        }
    }
    for q in [
        "I'm fully weight bearing now and can bend to 120. What exercises should I do?",
        "I can put weight on it again, can I do squats?",
    ] {
        assert!(read(q).limited.is_empty(), "{q}");
    }
}

#[test]
fn intent() {
    let cases: &[(&str, Intent)] = &[
        (
            "why do hamstring curls hurt my knee?",
            Intent::Info(InfoKind::Why),
        ),
        ("what do the glutes do?", Intent::Info(InfoKind::Other)),
        (
            "what should I do for my knee?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "torn ACL, no surgery. which exercises should I stay away from?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A story with a question at the end: the running in the story is not what is asked.
        (
            "I hurt my knee while running last year and was told not to run. What should I do now?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // One sentence that tells, then asks an open question: the exercise told of is not what is asked,
        // but a short question after it is about it.
        (
            "I love running, but my knee has arthritis, is there anything I can do so that I can keep at it?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "my arthritic knee hates leg curls, should i drop them?",
            Intent::Advice,
        ),
        // The story says the asker wants to exercise: a bare request asks what to do, not what is wrong.
        (
            "My knees ache after most activities but I want to exercise more. Do you have any suggestions?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "My knees ache after most activities. Do you have any suggestions?",
            Intent::Diagnosis,
        ),
        // "He said" after a doctor is the doctor; after the video, the video.
        (
            "I tore the PCL in my knee. My doctor looked at the MRI. He said I don't need surgery, just rehab. Is there anything I can do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "my doctor sent me to the video. why does he say leg curls are bad?",
            Intent::Info(InfoKind::Why),
        ),
        // What to do instead of an exercise the material names no alternative for: every ruling.
        (
            "pls suggest alternative to squats bc my knees hurt",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // An open question about a symptom where it shows, not about the exercise.
        (
            "How can you keep your knees from aching when you hike downhill for miles? Any advice?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I have IT band syndrome. Is there any form of cardio or ANYTHING that I can do with a hurt knee?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Had knee surgery last year. Can somebody please help outline a training regimen for me?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Others' experience, whether prescribed exercises will work, recovery time: no video can tell.
        (
            "Torn meniscus, in physical therapy, will attempt to run next week. So anybody out there have experience with this kind of injury?",
            Intent::Outside,
        ),
        (
            "I have chondromalacia and my physio gave me a set of exercises to do every day. Are these really going to improve my knee pain?",
            Intent::Outside,
        ),
        (
            "My knee aches on the outside when I hike downhill. Should I change my technique, or should I be seeing a doctor?",
            Intent::Diagnosis,
        ),
        // The story's exercise programme is told, not asked for.
        (
            "I had a knee replacement six months ago and have done my home program of exercises for my knee since. Can I stop now?",
            Intent::Advice,
        ),
        // A question after "but" in a long sentence asks; the exercise in it is what is asked.
        (
            "I had a knee replacement last March and can cycle without any problems but should I run? What exercise guidelines can you give people like me?",
            Intent::Advice,
        ),
        (
            "I dislocated my knee cap yesterday. What is the fastest way to help it heal?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // An open question with "how long / how often" beside it: the rulings answer it.
        (
            "I have problems w my knees. What can and should I do for exercise and how long/ often?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // A muscle as the goal of an open question asks what trains it; a muscle trained hard is asked about.
        (
            "I had an ACL reconstruction years ago. Is there anything I can do to build up my left thigh muscle? Any recommended exercises?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Is it fine to train my hamstrings hard with a torn ACL?",
            Intent::Advice,
        ),
        (
            "I have osteoarthritis in my knees. How in the world am I going to exercise when moving hurts so much?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // "Is there such a thing as too much?" asks no list of exercises.
        (
            "My son had a meniscectomy in August and is playing basketball again. Is there such thing as too much?",
            Intent::Advice,
        ),
        (
            "Mother is stiff in the mornings and has some knee pain. What can be done about this -- anything?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "My knee hurts when I squat, so I'll rest it a few days. What other exercise can I do to replace the squats in the meantime?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Requests in members' words.
        (
            "I've been told I have patellofemoral pain. My doctor advised exercise. So far it made it worse. What's next?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "My sister has chondromalacia and no help from doctors. If anyone can point her in the right direction it would be very appreciated.",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "I have ITBS. If I did some strength training at the gym, would it help? Also does foam rolling help?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // What else there is to do: an overview (its headline is the material's alternative).
        (
            "what exercises should I do instead of leg curls for my knee?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // The story names an exercise; the question asks something the material does not speak to.
        (
            "I tore my meniscus squatting last year and have been doing squats fine since. Will my \
             meniscus heal over time, and will I need surgery to get back to deadlifts?",
            Intent::Outside,
        ),
        // What will happen, even with an exercise named: no video can tell.
        (
            "Had a scope for cartilage damage last month. Am I ever going to squat, clean or snatch again?",
            Intent::Outside,
        ),
        // A denied symptom is no symptom: the question is about the squats.
        ("no pain when I squat anymore. Thoughts?", Intent::Advice),
        // A short question after the story points back at the story's exercise.
        (
            "Been doing leg curls since my ACL surgery 2 months ago. Keep going?",
            Intent::Advice,
        ),
        ("leg curls with OA?", Intent::Advice),
        (
            "my knee clicks on the stairs, could it be a meniscus tear?",
            Intent::Diagnosis,
        ),
        (
            "is it normal to still limp 3 weeks after my knee scope?",
            Intent::Diagnosis,
        ),
        // A hedging "?" inside a long sentence of the story does not make its exercise the question.
        (
            "In the middle of half marathon training I went snowboarding and sustained a knee injury, not \
             from one specific incident but maybe overuse?. It pops all the time. What is wrong?",
            Intent::Diagnosis,
        ),
        // Symptoms with an activity as their setting, no condition named, and a bare request.
        (
            "after running 40 minutes I get pain on the outside of my knee. Any ideas?",
            Intent::Diagnosis,
        ),
        (
            "how long until I can run after ACL surgery?",
            Intent::Timing,
        ),
        ("when is it ok to do leg curls", Intent::Timing),
        ("where's the ACL playlist", Intent::Playlist),
        ("any videos on meniscus tears?", Intent::Playlist),
    ];
    for (q, want) in cases {
        assert_eq!(read(q).intent, Some(*want), "{q}");
    }
}

#[test]
fn red_flags_and_their_negations() {
    let cases: &[(&str, bool)] = &[
        ("calf is red and swollen after surgery", true),
        ("my calf is not swollen", false),
        ("I have a fever after surgery", true),
        ("no fever", false),
        ("I fell and can't put any weight on my knee", true),
        ("chest pain since the operation", true),
        ("calf raises are hard", false),
        (
            "twisted my knee and it suddenly swelled up like a balloon",
            true,
        ),
        ("my meniscus tear makes it swell a bit", false),
        // Barely able to walk after an injury is not being able to walk; walking with pain is a symptom.
        (
            "heard a pop when I fell yesterday and I can hardly walk, what now?",
            true,
        ),
        (
            "I fell on it last week and can barely walk without pain. Is this normal?",
            false,
        ),
    ];
    for (q, urgent) in cases {
        assert_eq!(!read(q).red_flags.is_empty(), *urgent, "{q}");
    }
}

#[test]
fn real_words_are_not_corrected() {
    let u = read("the round wound on my walker");
    assert!(u.corrections.is_empty(), "{:?}", u.corrections);
    let u = read("hamstirng");
    assert_eq!(
        u.corrections,
        [("hamstirng".to_string(), "hamstring".to_string())]
    );
}
