//! Unit tests of open questions: what to do, what to avoid, a bare request for advice, however they are
//! put, read with the shipped knowledge.

use super::*;

#[test]
fn open_questions() {
    let cases: &[(&str, Intent)] = &[
        (
            "what should I do for my knee?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "torn ACL, no surgery. which exercises should I stay away from?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A view asked on a plan the story lays out.
        (
            "torn meniscus. my plan is glute bridges, leg curls and walking. opinions on my routine?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        // Exercises as gym-goers name them in bulk ("stuff", "lifts", "machines").
        (
            "meniscus tear. which of the machines make it worse?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // Chat spelling read in context ("what 2 avoid", not "2 weeks"); avoiding told as cutting.
        (
            "2 weeks of sore knees from chondromalacia, what 2 avoid at gym?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "my OA knee is sore after every leg day. what should I cut from leg day?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // "Anything I should be doing?" asks what to do, as "anything I can do?" does, also after a
        // clinician's ban and a list of what the asker does meanwhile.
        (
            "ITBS in right knee. Physio says no running for 4 weeks. Keeping sane with wall sits and the bike. Anything I should be doing so it's sorted by the time I'm allowed back?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // The next step asked in full: "what course of action should I take?", "how would you suggest I
        // proceed?".
        (
            "ITBS from cycling, I have a century planned for June 8th, what course of action should I take at this point?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "one week after my knee replacement. How would you suggest I proceed, obviously with the doctor's approval?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "chondromalacia patella diagnosed last year. Lekker video! But what should my day to day routine actually look like?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "How can I recover from a hyper-extension of my knee on the right side?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Asked for others: a coach's team, a trainer's client.
        (
            "I coach a youth basketball team and we've had two ACL tears this season. What should the kids be doing in warm-ups to protect their knees?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I'm a PT with a new client who has a Baker's cyst. What should I be programming for her lower body?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // The next step asked in few words.
        (
            "Chondromalacia patella, 12 weeks off all my go-to exercises. Ok so hmm now what do I do.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Day 10 after my TKR, home with a zimmer frame. The leg feels dead. What am I meant to be working on right now?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "3 marathons done. Physio says I have chondromalacia. Strength-wise, what belongs in my week next to the mileage?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Two years since they replaced my knee and it still aches after every gym session. Anything I ought to be cutting out of my routine?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // Exercises that would do harm are the ones to avoid.
        (
            "I've had an op on my knee. Are there exercises that would do more harm than good for me?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "torn meniscus. which moves could set me back?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A polite request with no question mark, signed off: the request is the question.
        (
            "I have a worn meniscus. I'd be grateful if someone could tell me which of the exercises I ought to steer clear of. Kind regards, Brian",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // Exercises of several kinds listed after an open question are its candidates: still open. One
        // exercise asked after it, or one where a symptom shows, is not a list.
        (
            "Knee OA. What should I be doing at the gym? Squats, bridges, lunges? Something else?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "what should i stay away from with IT band syndrome? leg extensions, ham curls, squats?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "pain under the kneecap. I know running aggravates it, but what can I do? Will squats really hurt it?",
            Intent::Advice,
        ),
        // What the asker wants to replace is not what is asked about, even where the material does not
        // cover it; "swap X for Y" asks about Y.
        (
            "my doctor cleared me for lower body strength training. Step ups aggravate my knee. Any suggestions on what I can substitute to do for the lunges and step ups?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        // The ones to ditch are the ones to avoid.
        (
            "GP diagnosed a Baker's cyst last week. I still want to keep lifting 3x a week. Which exercises are the ones to ditch?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // What is off limits is what to avoid.
        (
            "itb syndrome runner here whats off limits at the gym for me rn",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // Asked for someone else, named by who they are.
        (
            "what gym stuff should my bf avoid with IT band syndrome? hes obsessed with leg day",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A relative clause written as its own sentence ("Which makes…!") tells; the request asks.
        (
            "My knees ache at the end of long descents. Which makes sense, I am not fit! I want to strengthen my legs. Any other suggestions would be lovely!",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "ACL tear, not fully gone. How would you guys target strengthening it, as in exercises and intensity.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // The activity an open question is asked for ("so I can get back to running") is its goal.
        (
            "diagnosed with chondromalacia last month. What exercises should I be doing so I can get back to running?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // An emoji ends a thought: the fear before it is not the question after it.
        (
            "I have chondromalacia. I'm scared I'll never dance again 😭 what exercises should I be doing to help it?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // What the asker sets aside ("besides foam rolling") is not what is asked about.
        (
            "IT band syndrome, what should i do besides foam rolling lol",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Whoever it is asked for is named as the asker would be ("{someone}" in the patterns).
        (
            "What shouldn't my dad be doing after his knee replacement?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "what can my little girl do for her sore knees?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // What the reader would have someone do; what is worth doing.
        (
            "my husband's knee replacement aches. What would you suggest he concentrates on?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "arthritic knees, no gym. whats actually worth doing at home?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
    ];
    assert_intents(cases);
}

/// After a story of symptoms, a request for a fix ("any suggestions on how to fix it?") asks what to do,
/// as "where do I start?" does; a bare "any suggestions?" after symptoms alone still asks what is wrong.
#[test]
fn a_request_for_a_fix_after_symptoms_asks_what_to_do() {
    for q in [
        "I'm a golfer and I get pain in my left knee when I golf. Any suggestions on how to fix it?",
        "my knee aches on the stairs. how do I fix this?",
    ] {
        assert!(matches!(read(q).intent, Some(Intent::Overview(_))), "{q}");
    }
    // Asked beside what causes it, the post is a diagnosis question, which gets no exercise advice.
    for q in [
        "I run every day. But my knees hurt. Any suggestions?",
        "I felt a pain behind my knee after a nap. What causes it, and how do I ease the pain?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Diagnosis), "{q}");
    }
}

/// An open question joined by "and" to a question about something the material does not cover ("What
/// should I do, and can I keep dancing?") is still an open question; the uncovered thing asked alone, or
/// the same open question aimed at it, gets no overview.
#[test]
fn an_open_question_beside_an_uncovered_one_is_still_open() {
    let q = "I'm a dancer and recently dislocated my kneecap. It popped back, but feels unsteady. What should I do, and can I keep dancing?";
    assert_eq!(read(q).intent, Some(Intent::Overview(asking::OpenAsk::Do)));
    for q in [
        "I'm a dancer and my knee feels unsteady. Can I keep dancing?",
        "What should I do to get back to dancing?",
        "What are things to watch out for, poses to avoid?",
        // Getting past the frustration of an injury is not a question about exercise.
        "Hurt my knee skating a week ago. But how do you get past all this frustration? I can see my time on the ice running through my fingers",
    ] {
        let intent = read(q).intent;
        assert!(
            !matches!(intent, Some(Intent::Overview(_))),
            "{q}: {intent:?}"
        );
    }
}

/// Getting range of motion back ("exercises good for straightening", "how do I improve my extension?") is
/// outside the material, which says when full range ends the hamstring window but not how to regain it.
/// The leg extension machine is an exercise, so asking about it is not.
#[test]
fn regaining_range_of_motion_is_outside() {
    for q in [
        "6 weeks after my TKR I still can't straighten it fully. What exercises would be good for straightening?",
        "3 weeks post op ACL. how do I improve my extension?",
        "any tips for getting my flexion back after a knee replacement?",
        // A bare request after a story about getting range of motion back asks about that.
        "Tips to achieve full extension. 3.5 weeks post op ACL and my flexion seems good, extension not as good. Any tips to improve it?",
    ] {
        assert_eq!(read(q).intent, Some(Intent::Outside), "{q}");
    }
    let u = read("can I work on leg extensions to improve my quads after ACL surgery?");
    assert_eq!(u.intent, Some(Intent::Advice));
    // A story of range of motion regained, then an open question, is still an open question.
    let u =
        read("my range of motion is back to full after my ACL op. what exercises should I do now?");
    assert_eq!(u.intent, Some(Intent::Overview(asking::OpenAsk::Do)));
}
