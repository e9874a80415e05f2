//! Unit tests of the intent stage on questions put in members' words: stories around the question,
//! others' words reported, questions without a question word, read with the shipped knowledge.

use super::*;

#[test]
fn intent_in_members_words() {
    let cases: &[(&str, Intent)] = &[
        // "Doing this exercise for about a year" tells how long, it does not ask for exercises.
        (
            "ACL surgery 1.5 years ago. My physio told me to do leg extensions and I've been doing this exercise for about a year, so do I need to stop it?",
            Intent::Advice,
        ),
        (
            "both knees creak on the stairs at 60. is that arthritis or just age?",
            Intent::Diagnosis,
        ),
        (
            "torn meniscus. how much glute work should I do each day?",
            Intent::Dose,
        ),
        // A verb of stopping with a pronoun points back at the exercise the story tells of.
        (
            "Yoga teacher with a bakers cyst. A lot of our yoga classes are hamstring curls with straps. Should I be cutting those out?",
            Intent::Advice,
        ),
        (
            "Arthritis in both knees. My wife wants me to join the walking group. Should I go for it?",
            Intent::Advice,
        ),
        // "She says" in a story about someone else is that person, with a word between ("my little sis").
        (
            "My little sis fractured her ankle a fortnight ago. She says her hamstring won't switch on. Can she do leg curls?",
            Intent::Advice,
        ),
        // How to perform an exercise is technique, which the material does not teach; whether to do it
        // is advice.
        (
            "torn meniscus. front squat or back squat, and should my knees go past my toes?",
            Intent::Outside,
        ),
        ("whats the correct technique for a glute bridge?", Intent::Outside),
        // "Like the video suggests" names the video; it does not ask for videos.
        (
            "My mum has knee OA. Should she be walking more like the video suggests?",
            Intent::Advice,
        ),
        ("are there any more videos on this?", Intent::Playlist),
        // Videos watched in the story are not asked for.
        (
            "I have been watching knee videos all week. Is it ok for me to start squatting now?",
            Intent::Advice,
        ),
        // Why the material rates an exercise highly asks for its reasons.
        (
            "why does the video rate glute bridges so highly?",
            Intent::Info(InfoKind::Why),
        ),
        // Asked in other words: "kindly tell", "what should my routine look like".
        (
            "Kindly tell what all exercises to avoid for torn meniscus.",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "ACL reconstruction in March. What should my program look like now?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        ("the side of my knee aches after rowing, is that ITBS??", Intent::Diagnosis),
        // An exercise named only where the symptom shows does not turn a diagnosis question into one
        // about the exercise; a question whether to keep doing it stays advice.
        (
            "my knee burns on long runs, could it be a meniscus tear or something worse?",
            Intent::Diagnosis,
        ),
        (
            "the front of my knee twinges around km 5 every run, is that runners knee??",
            Intent::Diagnosis,
        ),
        (
            "my knee burns on long runs, should I keep running?",
            Intent::Advice,
        ),
        // A timing question about an uncovered sport beside a question whether to do an exercise: the
        // ruling answers; a timing question about running stays one.
        (
            "8 months after ACLR, full range. Should I keep doing nordic curls, and when can I go back to hockey?",
            Intent::Advice,
        ),
        (
            "8 months after ACLR. When can I go back to running?",
            Intent::Timing,
        ),
        // "wats" is "what is".
        (
            "wats the 20 a day programme they bring up near the end of the vid",
            Intent::Info(InfoKind::Other),
        ),
        // What a condition is: the material names it, it does not describe it.
        ("so what exactly is a bakers cyst?", Intent::Outside),
        (
            "what is a good exercise for ITBS?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        ("torn meniscus, are glute bridges good for me?", Intent::Advice),
        // "How much it hurts" in the story is no dose: the asking part decides.
        (
            "torn meniscus, and I know how much it hurts to run uphill. Should I keep doing squats?",
            Intent::Advice,
        ),
        (
            "My yoga student is about to have both knees replaced. What are things to watch out for, poses to avoid?",
            Intent::Outside,
        ),
        // A bare "Why?" after a story of pain asks what is wrong; after a clinician's limit, why the
        // exercise is ruled out.
        (
            "I have been doing step downs at the gym. Since I began doing them, my knee hurts on the front. Why?",
            Intent::Diagnosis,
        ),
        (
            "My physio said no leg extensions for my knee pain. Why?",
            Intent::Info(InfoKind::Why),
        ),
        (
            "I had ACL reconstruction in May and can't straighten my knee. Will it eventually straighten with therapy, and am I going to walk like this for the rest of my life?",
            Intent::Outside,
        ),
        ("where's the ACL playlist", Intent::Playlist),
        ("any videos on meniscus tears?", Intent::Playlist),
        // "Is it correct or not?" after a story of an exercise asks about that exercise; "is it X or Y?"
        // with an injury word asks what it is.
        (
            "My mother had a knee replacement 10 days ago. The physio gives her leg curls in bed. Please tell, is it correct or not?",
            Intent::Advice,
        ),
        (
            "pain on the inside of the knee after football. is it ligament or cartilage?",
            Intent::Diagnosis,
        ),
        // "My running career" names no exercise: the question is whether surgery is needed.
        (
            "the scan shows a meniscus tear. do I really need surgery, and will it end my running career?",
            Intent::Diagnosis,
        ),
        // Two conditions offered as alternatives ask which one it is.
        (
            "ache under the kneecap after every long ride. jumpers knee or arthritis?",
            Intent::Diagnosis,
        ),
        // "In the hamstring video" names the material as "in the video" does.
        (
            "in the squat video he compares the glutes to an engine, which muscle is the engine?",
            Intent::Info(InfoKind::Other),
        ),
        // Asking for the reason is asking why.
        (
            "what reasons does the video give for doing squats at the gym?",
            Intent::Info(InfoKind::Why),
        ),
        // "He says" after "my husband" is the husband speaking, not the video.
        (
            "My husband has arthritis in his knee and he says the bike hurts it. Are squats ok for him?",
            Intent::Advice,
        ),
    ];
    assert_intents(cases);
}
