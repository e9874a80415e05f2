//! The rule engine applies `rules.toml`, through the core's public door (`Engine::answer`): whatever the
//! rules say, a topic question gets its phase's rule, and an overview with the phase unknown names what
//! turns on it. These check behaviour against the loaded rules rather than restating them.

mod common;

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

/// A `not_covered` answer names the uncovered thing the question asks about, not one the story only tells
/// of (where the injury happened); with nothing asked about, it names what the post does.
#[test]
fn not_covered_names_what_is_asked_about() {
    let asked = ask(
        "My son tore his ACL playing soccer. What can I do to help him with the mental toll?",
        None,
    );
    assert_eq!(asked.verdict, Verdict::NotCovered);
    assert!(asked.guidance.contains("mental toll"), "{}", asked.guidance);
    assert!(!asked.guidance.contains("soccer"), "{}", asked.guidance);
    assert!(asked.understood.uncovered.contains(&"soccer".to_string()));
    // An exercise after an uncovered treatment asks about the treatment's aftercare; one before a test
    // ("before getting an MRI") does not make an open question about the test.
    let aftercare = ask("Can I do squats after a cortisone injection?", None);
    assert_eq!(aftercare.verdict, Verdict::NotCovered);
    assert!(
        aftercare.guidance.contains("injection"),
        "{}",
        aftercare.guidance
    );
    let before_test = ask(
        "I lost cartilage in my knee. Is there anything I can do before getting an MRI?",
        None,
    );
    assert_eq!(before_test.verdict, Verdict::Recommended);
}

/// A short question that names nothing ("Do I humour him?") asks about the sentence just before it, even
/// where that sentence also tells how the asker is doing.
#[test]
fn a_short_question_asks_about_the_sentence_before_it() {
    let a = ask(
        "ACL reconstruction 3 years ago, I walk everywhere. My brother says my hamstring is weak and got me a band for curls. Should I listen to him?",
        None,
    );
    assert_eq!(
        a.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{}",
        a.guidance
    );
}

/// Training aimed at something the material does not cover ("work hard on my upper body") asks about that
/// thing; training for the knee, whatever its equipment ("barbell exercises"), does not.
#[test]
fn training_aimed_at_an_uncovered_thing_asks_about_it() {
    let upper = ask(
        "Tore my MCL two months ago. I squat and deadlift normally. Thoughts on starting to train hard on my upper body meanwhile? Any advice appreciated.",
        None,
    );
    assert_eq!(upper.verdict, Verdict::NotCovered, "{}", upper.guidance);
    let knee = ask(
        "Tore my MCL two months ago. What barbell exercises help rehab it?",
        None,
    );
    assert_ne!(knee.verdict, Verdict::NotCovered, "{}", knee.guidance);
    // The uncovered thing just before the training word names its kind ("cardio exercise", "pool
    // workouts"); gear ("band workout") and a list ("stretching, exercises") do not.
    for question in [
        "My knees need rest. Is there a way to get some cardio exercise without any strain on them?",
        "Meniscus tear last year. Any pool workouts you would suggest?",
        "ACL reconstruction in the spring. Are there golf specific rehab exercises?",
    ] {
        let a = ask(question, None);
        assert_eq!(a.verdict, Verdict::NotCovered, "{question}: {}", a.guidance);
    }
    for question in [
        "Meniscus tear last year. Any resistance band workouts you would suggest?",
        "Sore knees after hiking. Any recommendations on stretching, exercises or anything that would help?",
        "Are there certain kinds of cardio workouts and leg exercises I can do with a torn meniscus?",
    ] {
        let a = ask(question, None);
        assert_ne!(a.verdict, Verdict::NotCovered, "{question}: {}", a.guidance);
    }
}

/// The sentence that ends in "?" is the question; a cue sentence after it asks for views on it. A
/// leading "so the question is -" or "or" does not hide a question.
#[test]
fn the_question_mark_sentence_decides_the_topic() {
    let answer = ask(
        "My knee has been sore for weeks and I have been doing leg extensions for it. So the question is - should I go for a couple of slow runs this week, or rest? Planning to keep up the leg extensions but would like other opinions.",
        None,
    );
    assert_eq!(
        answer.topic.as_deref(),
        Some("walking_running"),
        "{}",
        answer.guidance
    );
}

/// "What would you do?" asks the reader's view on the story, not for a list of exercises: after a story of
/// one exercise it is headed by that exercise's ruling; "what would I do" / "what can you do" still ask what to do.
#[test]
fn what_would_you_do_asks_for_a_view_on_the_story() {
    let curls = ask(
        "I have a meniscus tear and have been doing leg curls three times a week for it. What would you do?",
        None,
    );
    assert_eq!(curls.verdict, Verdict::Avoid, "{}", curls.guidance);
    assert_eq!(curls.topic.as_deref(), Some("hamstring_strengthening"));
    for question in [
        "Torn meniscus. What can you do to get stronger?",
        "Torn meniscus. What would I do to get stronger?",
    ] {
        let a = ask(question, None);
        assert!(!a.overview.is_empty(), "{question}: {}", a.guidance);
    }
}

/// Another body part named beside the knee does not take the question away from the knee.
#[test]
fn a_problem_named_beside_the_knee_leaves_the_knee_question() {
    let both = ask(
        "People say squats wreck your knees and your lower back. Is that true?",
        None,
    );
    assert_eq!(both.verdict, Verdict::Recommended, "{}", both.guidance);
    let back_only = ask("Are squats bad for my lower back?", None);
    assert_eq!(
        back_only.verdict,
        Verdict::NotCovered,
        "{}",
        back_only.guidance
    );
}

/// The channel's playlists are for knee problems: a request for a video on another problem gets no
/// playlist, and a knee question that also asks whether the video objects still gets its ruling.
#[test]
fn a_playlist_for_another_problem_is_not_covered() {
    let answer = ask(
        "Bit off topic but does anyone have a video like this one for lower back pain?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert!(answer.playlists.is_empty());
    let answer = ask("any more videos for my meniscus tear?", None);
    assert_eq!(answer.verdict, Verdict::Info);
    assert!(!answer.playlists.is_empty());
    let answer = ask(
        "mild OA in the right knee. Been doing leg extensions heavy. Is that still a good idea or is the video saying that's a problem too?",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"));
    assert_ne!(answer.verdict, Verdict::Info);
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

/// Questions about the material in chat words ("tldr pls, what r the 3 reasons he gives…") or asking which
/// problems it is for are answered from the passages that say so, not refused.
#[test]
fn questions_about_the_material_in_chat_words_are_answered() {
    let cases = [
        (
            "tldr pls, what r the 3 reasons he gives against hamstring strengthening",
            "Reason number one",
        ),
        (
            "which knee problems does he actually say it's relevant to?",
            "especially helpful if you suffer from",
        ),
    ];
    for (q, passage) in cases {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Info, "{q}");
        assert!(
            answer.passages.iter().any(|p| p.text.contains(passage)),
            "{q}: cites {:?}",
            answer.passages.iter().map(|p| &p.id).collect::<Vec<_>>()
        );
    }
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

/// A condition asked to be ruled out is suspected, so named (and its playlist linked); one ruled out is not.
#[test]
fn a_condition_to_rule_out_is_named() {
    let suspected = ask(
        "Since a netball injury in October my knee gives way on the stairs. Is it worth asking for an MRI to rule out an ACL tear?",
        None,
    );
    assert!(suspected.conditions.iter().any(|c| c == "acl_tear"));
    assert_eq!(suspected.verdict, Verdict::NotCovered);
    let denied = ask(
        "The MRI ruled out an ACL tear. Can I do glute bridges?",
        None,
    );
    assert!(!denied.conditions.iter().any(|c| c == "acl_tear"));
}

/// A question about an exercise with a request for the playlist beside it gets the ruling, and the answer
/// still lists the condition's playlist; a request for the playlist alone is a playlist question.
#[test]
fn an_exercise_question_beside_a_playlist_request_gets_its_ruling() {
    let q = "I have arthritis in both knees. Is walking a good idea with my knees? And is there one of those playlists for arthritis?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert!(!answer.playlists.is_empty(), "{q}");
    // A follow-up about the videos themselves keeps a playlist question one.
    for q in [
        "I have arthritis in both knees. Is there one of those playlists for arthritis?",
        "Are there more videos on squats? Can you send them?",
    ] {
        assert_eq!(
            ask(q, None).understood.intent.as_deref(),
            Some("playlist"),
            "{q}"
        );
    }
}

/// Whether to have an operation is the surgeon's choice with the patient: no exercise ruling answers
/// "should I get the ACL reconstructed?", though exercise before a planned operation still gets one.
#[test]
fn whether_to_operate_gets_no_exercise_ruling() {
    for q in [
        "Tore my ACL skiing two years ago, did physio, no surgery. The knee feels stable for hiking. \
         Should I get the ACL reconstructed or keep going without it?",
        "My surgeon offered a scope for my meniscus tear. Should I have the scope or keep doing physio?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        assert!(answer.overview.is_empty(), "{q}");
    }
    let planned = ask(
        "Having my ACL reconstructed next week. Should I do leg curls before it?",
        None,
    );
    assert_ne!(planned.verdict, Verdict::NotCovered, "{}", planned.guidance);
}

/// A question about something the material does not cover names it once, in one sentence with what to do
/// instead, not a second sentence saying the same.
#[test]
fn not_covered_names_what_is_not_covered_once() {
    let answer = common::assert_verdict(
        "is cycling good for my knee arthritis?",
        Verdict::NotCovered,
    );
    assert!(
        answer
            .guidance
            .starts_with("The material doesn't talk about cycling, so I won't guess"),
        "{}",
        answer.guidance
    );
    assert!(
        !answer.guidance.contains("doesn't speak to this"),
        "{}",
        answer.guidance
    );
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
