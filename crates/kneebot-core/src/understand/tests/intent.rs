//! Unit tests of the intent stage: what a question asks for (advice, info, timing, a diagnosis, something
//! outside the material), read with the shipped knowledge. Open questions are in `open_questions.rs`;
//! members' wordings in `intent_wordings.rs`.

use super::*;

#[test]
fn intent() {
    let cases: &[(&str, Intent)] = &[
        (
            "why do hamstring curls hurt my knee?",
            Intent::Info(InfoKind::Why),
        ),
        ("what do the glutes do?", Intent::Info(InfoKind::Other)),
        // The asking clause after a clause that tells.
        (
            "the bit about the car went right over my head, can someone explain what he is getting at?",
            Intent::Info(InfoKind::Other),
        ),
        (
            "my arthritic knee hates leg curls, should i drop them?",
            Intent::Advice,
        ),
        (
            "My knees ache after most activities. Do you have any suggestions?",
            Intent::Diagnosis,
        ),
        (
            "my doctor sent me to the video. why does he say leg curls are bad?",
            Intent::Info(InfoKind::Why),
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
        // Two conditions offered as the answer, however they are spelled, and a sentence opening with
        // "or" that carries the second choice: which one is it.
        (
            "knee swells after runs. meniscus?? or just my OA",
            Intent::Diagnosis,
        ),
        (
            "the outside of my knee burns after i run more than 3 miles is that i t band syndrome or something else",
            Intent::Diagnosis,
        ),
        ("should I do squats for my OA or my meniscus tear?", Intent::Advice),
        // Two things offered that are not conditions: a question about the material.
        (
            "whats the 20 a day thing he keeps mentioning? is it a separate program or part of the video",
            Intent::Info(InfoKind::Other),
        ),
        (
            "twisted my knee yesterday, is it a sprain or a tear?",
            Intent::Diagnosis,
        ),
        // The plan put to the reader ("getting back on the machine… good idea?"), in other languages' word
        // order ("it is correct to make this one?"), or with a chat "y/n".
        (
            "thinking of getting back on the leg curl machine at the gym this week, good idea?",
            Intent::Advice,
        ),
        (
            "the physio give me the curl of hamstring with band. It is correct to make this one?",
            Intent::Advice,
        ),
        ("OA knee. swap ham curls for hip thrusts? y/n", Intent::Advice),
        // Others' experience asked of the reader, and how an exercise can be modified: no video tells.
        (
            "I was finally running again after my meniscus surgery. Have you had knee surgery? If so, what aches and pains did you experience as you started running again?",
            Intent::Outside,
        ),
        (
            "How can knee extensions be modified in a rehabilitation program and why?",
            Intent::Outside,
        ),
        // A yes/no question about an exercise, then how often: the ruling answers the first.
        (
            "Physio has given one exercise where I lie on my back and lift my hips up. Is this exercise good for my knee? Also how many times daily?",
            Intent::Advice,
        ),
        ("how many sets of glute bridges should I do?", Intent::Dose),
        // A choice about an operation, and whether weakness will be a problem: not for a video.
        (
            "MRI showed nothing but it still clicks. Do I do explorative/repair surgery now or wait and see? Thoughts?",
            Intent::Diagnosis,
        ),
        (
            "ACL repair with a hamstring graft. After rehab, I still have hamstring weakness. Will this be a problem?",
            Intent::Outside,
        ),
        // A label before a dash is not part of the question.
        (
            "knee OA - is it bad to keep doing my 30 min walk every day? worried im wearing the joint out",
            Intent::Advice,
        ),
        // A question about the material in the middle of a polite story.
        (
            "Hello all, I watched the video last night. Could someone put into plain words how strong hamstrings squeeze the knee joint? Just curious, I used to be a nurse.",
            Intent::Info(InfoKind::Other),
        ),
        // A why about the video, then what the asker should do: the ruling answers the last question.
        (
            "why does he say hamstrings compress the knee? and does that mean I should stop leg curls for my arthritic knee",
            Intent::Advice,
        ),
        (
            "why does he say hamstrings compress the knee? I have arthritis in my knee",
            Intent::Info(InfoKind::Why),
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
            "Is it fine to train my hamstrings hard with a torn ACL?",
            Intent::Advice,
        ),
        // A muscle singled out in an open question is the isolated work asked about.
        (
            "ACL surgery last year. Any good exercises that focus especially on the hamstring?",
            Intent::Advice,
        ),
        // "Is there such a thing as too much?" asks no list of exercises.
        (
            "My son had a meniscectomy in August and is playing basketball again. Is there such thing as too much?",
            Intent::Advice,
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
        // Whether surgery is needed, what the pain is, what happened: no video can tell.
        (
            "scan shows a torn meniscus and the surgeon wants to operate. do I actually need surgery?",
            Intent::Diagnosis,
        ),
        (
            "pain below the kneecap after cycling. is it a tendon problem or something else?",
            Intent::Diagnosis,
        ),
        (
            "knee swelled up overnight after a long hike, no fall. what might have happened?",
            Intent::Diagnosis,
        ),
        (
            "six weeks after my meniscus trim the ache comes back every evening. are the ache and stiffness still normal?",
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
        // An open question about something the material does not speak to is outside it, unless a kind
        // of training is asked for beside it; a thing named only as when ("before getting an MRI") is not
        // what is asked about.
        (
            "My son tore his ACL. What can I do to help him with the mental toll?",
            Intent::Outside,
        ),
        // A sport the material does not cover is outside it when asked about, not when it is where an
        // injury happened.
        (
            "I had a knee replacement last year. Any tips for getting back to horse riding?",
            Intent::Outside,
        ),
        (
            "tore my meniscus playing soccer, now doing leg curls, bad idea?",
            Intent::Advice,
        ),
        (
            "My friend tore his meniscus. Will he still be able to ride?",
            Intent::Outside,
        ),
        (
            "Sharp pain on the outside of my knee when I climb stairs. What is it?",
            Intent::Diagnosis,
        ),
        // A long question opening "at what point…" asks; getting someone else to do their exercises and
        // "won't get better without surgery" are outside the material.
        (
            "14 weeks post ACL surgery, running 25 minutes on the treadmill. At what point can I take my running outside and run for fitness? Thanks for any advice!",
            Intent::Timing,
        ),
        (
            "How can I get my mother-in-law to do her PT exercises after her knee replacement?",
            Intent::Outside,
        ),
        (
            "Six months since I injured my ACL and my quad doesn't contract normally. Is this something that won't get better without surgery?",
            Intent::Outside,
        ),
    ];
    assert_intents(cases);
}

/// "Good idea or am I asking for trouble?" or "who's right?" after a story of the exercise asks about that
/// exercise, as "Good idea?" alone does.
#[test]
fn a_judgement_with_an_alternative_points_back_at_the_story() {
    for q in [
        "I've been walking loads and fancy starting couch to 5k in the new year. Good idea or am I asking for trouble?",
        "thinking of adding squats back in. good or bad?",
        "My knee is fine now so I'm starting to run again. Am I asking for trouble?",
        // "Such exercises" are the kind the story just named.
        "I have osteoarthritis. Single-leg squat exercises make my knees feel strained. I wonder whether that means I should avoid such exercises, or whether I need them.",
        // A dispute told, then "who's right?": which of them the material sides with.
        "My husband has an old ACL tear. He does goblet squats and swears they help, I say he'll wreck it. Who's right?",
        // Whether something is worth doing, after a story that tells why the knee does what it does.
        "Old meniscus tear. The coach said that's why my knee aches after games. Are glute bridges worth adding, or overkill?",
    ] {
        let u = read(q);
        assert_eq!(u.intent, Some(Intent::Advice), "{q}");
        assert!(topic(&u).is_some(), "{q}");
    }
}

/// A post that quotes the video but ends by asking about the asker's own case ("so is a gentle jog ok
/// now?") asks for a ruling, not what the video says.
#[test]
fn a_question_about_ones_own_case_after_quoting_the_video_asks_advice() {
    let q = "Surgeon said no running until 6 months after my meniscus repair. I'm at 4 months. The video says running is how you train your hamstrings properly... so is a gentle jog ok now?";
    let u = read(q);
    assert_eq!(u.intent, Some(Intent::Advice));
    assert!(!u.limited.is_empty(), "the surgeon's limit is read");
    // Asking what the video says stays a question about the material.
    let u = read(
        "The video says running is how you train your hamstrings properly. Why does he say that?",
    );
    assert!(matches!(u.intent, Some(Intent::Info(_))));
}

/// "When" asked of the material in other words ("the 2 times when hamstring strengthening is ok, what were
/// they?", "when does the video say…") asks when, which the material's timing answers.
#[test]
fn when_asked_as_a_list_or_of_the_video_is_timing() {
    for q in [
        "he said theres 2 times when hamstring strengthening is ok, i missed it, what were they?",
        "I've been reading the transcript at 1am. When does the video say hamstring strengthening is actually ok to do?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Timing), "{q}");
    }
    // Isolation in plain words makes the muscle the exercise asked about.
    let u = read("when exactly does the video say it is fine to work the hamstrings on their own?");
    assert_eq!(u.intent, Some(Intent::Timing));
    assert!(topic(&u).is_some());
}

/// "Did my MCL on the 28th on the slopes." tells an injury with the "I" left out: it is no question, so
/// the brace in it is not what is asked about.
#[test]
fn an_injury_told_without_i_is_no_question() {
    let q = "Did my MCL on the 28th on the slopes, grade 2 they think, hinged brace on. Thigh feels totally switched off. Resistance band ham curls - yay or nay?";
    let u = read(q);
    assert!(!u.asks_about_uncovered, "{q}");
    assert_eq!(topic(&u), Some("hamstring_strengthening"));
}

/// A bare request after a story about something the asker wants to buy ("on the hunt for an elliptical…
/// any suggestions?") asks about that thing, which the material does not cover.
#[test]
fn a_bare_request_about_something_to_buy_is_outside() {
    let q = "My physio says low impact for my knees from now on, so I am on the hunt for an elliptical that will stand up to many work-outs per week. Do any of you have any suggestions?";
    assert_eq!(read(q).intent, Some(Intent::Outside));
}

/// A bare request after a story whose choice is whether to operate asks about that choice, which is the
/// surgeon's; after an operation already booked, it asks what to do.
#[test]
fn a_bare_request_about_whether_to_operate_is_outside() {
    for q in [
        "ACL tear. One consultant says reconstruct it, the other says give rehab a go first. Thoughts?",
        "Torn meniscus, they offered me a scope. Not sure whether to have the operation at all. Any advice?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Outside), "{q}");
    }
    for q in [
        "Meniscus tear, booked for an arthroscopy next month. Any advice?",
        // After an operation, physio "first" or "instead" is no choice about operating.
        "I had knee surgery 3 weeks ago and I'm doing my exercises at home first thing every morning. Any advice?",
        "8 weeks post-op ACL, I'm doing physio exercises instead of the gym for now. Thoughts?",
    ] {
        assert!(matches!(read(q).intent, Some(Intent::Overview(_))), "{q}");
    }
}
