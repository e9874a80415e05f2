//! The rule engine applies `rules.toml`, through the core's public door (`Engine::answer`): whatever the
//! rules say, a topic question gets its phase's rule, an overview with the phase unknown names what turns on
//! it, a bare request is headed by the one exercise named, and walking is in an early overview while running
//! that early is not ruled. These check behaviour against the loaded rules rather than restating them. Beside
//! them, readings that must not reach past what they read, a discharge soon after an operation that is no
//! go-ahead to run, and "sounds like runner's knee?" asked inside a long story.

use crate::common;

use common::{ask, engine, overview_verdict};
use kneebot_core::ids::TopicId;
use kneebot_core::{Phase, Verdict};

/// Whatever the rules say, a question about one topic in a given phase gets the rule for that topic and
/// phase: the engine applies rules.toml, it does not carry rulings of its own.
#[test]
fn a_topic_question_gets_the_rule_for_its_phase() {
    let k = engine().knowledge();
    for topic in TopicId::all(k.topics.len()) {
        let name = &k.topics[topic].name;
        for phase in [Phase::Early, Phase::Rebuilding, Phase::Recovered] {
            let question = format!("I had knee surgery. Should I do {name}?");
            let answer = ask(&question, Some(phase));
            let rule = k
                .rule(topic, phase)
                .expect("every topic has a rule per phase");
            assert_eq!(answer.verdict, rule.verdict, "{question} ({phase})");
            assert_eq!(answer.topic.as_deref(), Some(k.topics[topic].id.as_str()));
        }
    }
}

/// An open question after a surgery with no time names every topic once: those whose ruling in an overview
/// is the same in every phase with that ruling, the others as `depends` (the follow-up question settles them).
#[test]
fn an_overview_with_the_phase_unknown_names_what_turns_on_it() {
    let k = engine().knowledge();
    let answer = ask("I had knee surgery. What exercises should I do?", None);
    assert!(answer.follow_up.is_some());
    for topic in TopicId::all(k.topics.len()) {
        let id = &k.topics[topic].id;
        let lines: Vec<_> = answer.overview.iter().filter(|l| &l.topic == id).collect();
        let verdicts: std::collections::BTreeSet<Verdict> = [
            Phase::Early,
            Phase::Rebuilding,
            Phase::Recovered,
            Phase::Unknown,
        ]
        .into_iter()
        .filter_map(|p| {
            k.rule(topic, p)
                .map(|r| r.in_overview.as_ref().map_or(r.verdict, |(v, _)| *v))
        })
        .collect();
        let settled = verdicts.len() == 1;
        match verdicts.iter().next() {
            Some(Verdict::NotCovered) if settled => assert!(lines.is_empty(), "{id}"),
            Some(&v) if settled => {
                assert_eq!(lines.len(), 1, "{id}");
                assert_eq!(lines[0].verdict, v, "{id}");
            }
            _ => {
                assert_eq!(lines.len(), 1, "{id}");
                assert_eq!(lines[0].verdict, Verdict::Depends, "{id}");
            }
        }
    }
}

/// A bare request after a story is headed by the exercise the story names, with that exercise's ruling;
/// a muscle named only as a goal ("get my quad strength back") or a list of several topics' exercises heads
/// nothing: the headline is the material's first recommendation, as for "what should I do?".
#[test]
fn a_bare_request_is_headed_by_the_one_exercise_named() {
    let k = engine().knowledge();
    let first = &k.topics[k.policy.default_topic];
    let story_exercise = ask(
        "I have knee arthritis and do leg extensions three times a week. Any tips?",
        None,
    );
    assert_eq!(story_exercise.topic.as_deref(), Some("quad_isolation"));
    assert!(!story_exercise.overview.is_empty());
    let muscle_goal = ask(
        "I tore my ACL two weeks ago and want to get my quad strength back for a hiking trip. Any tips?",
        None,
    );
    assert_eq!(muscle_goal.topic.as_deref(), Some(first.id.as_str()));
    assert_eq!(muscle_goal.verdict, Verdict::Recommended);
    assert!(!muscle_goal.overview.is_empty());
    let several = ask(
        "My wife has chondromalacia. Her PT has her doing squats, leg extensions and leg curls. Am I missing anything?",
        None,
    );
    assert_eq!(several.topic.as_deref(), Some(first.id.as_str()));
    assert!(!several.overview.is_empty());
    // An exercise the asker cannot do, or one inside a recovery sign ("walks fine"), is no exercise put
    // forward: the one left heads the request.
    let put_forward = ask(
        "My dad is eight months past his knee replacement. He walks fine but can't do a single leg squat. His mate says he should do leg curls. Thoughts?",
        None,
    );
    assert_eq!(
        put_forward.topic.as_deref(),
        Some("hamstring_strengthening")
    );
    assert_eq!(
        put_forward.verdict,
        Verdict::Avoid,
        "{}",
        put_forward.guidance
    );
}

/// Readings that must not reach past what they read: a muscle idle in one exercise is no muscle that will
/// not fire; a dispute over what the knee has is a diagnosis question; "postpartum" is no "post-op"; a
/// postponed operation is still ahead; "could that be bad for arthritis?" asks about the exercise; "did my
/// knee exam" is no operation and "did her knee skiing" an injury; "nothing more than 10 reps" caps no
/// bend; other patients on the ward are not the asker's story. "Had my ACL done" is an operation.
#[test]
fn readings_stay_within_what_they_read() {
    let cases: &[(&str, Verdict)] = &[
        ("ACL recon a year ago. Squats feel fine but my hamstrings barely do anything in them, should I add leg curls?", Verdict::Avoid),
        ("After all that waiting for the op, they've postponed it again. Should I do leg curls while I wait? Torn meniscus.", Verdict::Avoid),
        ("My physio added leg curls to my program. Could that be bad for arthritis?", Verdict::Avoid),
        ("He did my knee exam and said my ACL is fine. Can I do leg curls?", Verdict::Avoid),
        ("She did her knee skiing 3 months ago. Can she do leg curls?", Verdict::Avoid),
        ("I had a TKR 10 days ago. On the ward the other patients were all doing leg curls. Should I?", Verdict::OkForNow),
        ("Had my ACL done 2 weeks ago. Can I do leg curls?", Verdict::OkForNow),
        // A weight that can barely be lifted, and legs like jelly after sport, are no recovery signs.
        ("6 months after TKR, I tried the leg curl machine and could barely lift it, should I keep at leg curls?", Verdict::Avoid),
        ("a year after my meniscectomy my quads are like jelly after soccer, are leg curls ok?", Verdict::Avoid),
        // "When" inside a question about one's own case asks for the ruling.
        ("Is walking ever a good idea when your knee osteoarthritis flares up?", Verdict::Recommended),
        ("those periods when it flares up, should I still walk with my arthritis?", Verdict::Recommended),
        ("when are squats ok with a meniscus tear?", Verdict::Recommended),
    ];
    for (q, want) in cases {
        assert_eq!(ask(q, None).verdict, *want, "{q}");
    }
    for q in [
        "GP reckons its a bakers cyst, physio reckons its my meniscus. Who is correct? It hurts when i squat",
        "surgeon says I need a scope, physio says rehab first. Who's right? I do glute bridges.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert!(answer.overview.is_empty(), "{q}");
    }
    let q = "Knee surgery 4 months in to my pregnancy went fine. I'm 3 weeks postpartum now. Can I do leg curls?";
    assert_ne!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    // Past the early window, rehab told as over is past rehab, and weakness beside it is no early window.
    for q in [
        "finished rehab for my ACL a year ago, should I keep doing leg curls?",
        "Reckon I should be smashing ham curls? Signed off by the physio after my ACL graft well over a year ago, but the operated leg's still noticeably weaker.",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
    let q = "rehab finished last week, ACL reconstruction was 3 weeks ago. can I do leg curls?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    let q = "My PT said nothing more than 10 reps. Can I do deep squats?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "It kind of sounds like runner's knee?" inside a long story asks what it is, which gets no exercise
/// advice. Being signed off or discharged says nothing of range or walking: two weeks after an operation
/// it is no go-ahead to run.
#[test]
fn sounds_like_and_signed_off() {
    for q in [
        "signed off by the physio 2 weeks after ACL reconstruction, can I start running?",
        "discharged by the surgeon 2 days after my TKR, can I go for a run?",
        // Rehab told as over inside the calendar's early window says nothing of range or walking.
        "my physio discharged me 2 weeks after my ACL reconstruction, can I start running?",
    ] {
        assert_ne!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    }
    let q = "Marathon in a week and my knee hurts on runs, like bones rubbing by the kneecap. From what I looked up, it kind of sounds like runners knee? Anyone have any experiences like this? I would really appreciate any thoughts.";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    assert!(answer.overview.is_empty());
}

/// Right after an operation, an open question's overview has walking as recovery allows, with running left to
/// the clinician; a question about running itself that early still gets no go-ahead (today is 2026-11-30).
#[test]
fn walking_is_in_an_early_overview_but_running_that_early_is_not_ruled() {
    for q in [
        "Dad came home from hospital on Friday after his knee replacement. What should he be doing?",
        "ACL reconstruction 9 days ago. What exercises can I do right now?",
    ] {
        let answer = ask(q, None);
        let walking = overview_verdict(&answer, "walking_running");
        assert_eq!(walking, Some(Verdict::Recommended), "{q}: {:?}", answer.overview);
        let line = answer.overview.iter().find(|l| l.topic == "walking_running").unwrap();
        assert!(line.guidance.contains("clinician"), "{q}: {}", line.guidance);
    }
    for q in [
        "ACL reconstruction 9 days ago. Can I go for a run yet?",
        "knee replacement last week, is it ok to start jogging?",
    ] {
        let answer = ask(q, None);
        assert!(
            !matches!(answer.verdict, Verdict::Recommended | Verdict::OkForNow),
            "{q}: {:?} {}",
            answer.verdict,
            answer.guidance
        );
    }
}
