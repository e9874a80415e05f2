//! Unit tests of open questions put in members' words: inside stories, beside other questions, for
//! someone else, without a question word, read with the shipped knowledge.

use super::*;

#[test]
fn open_questions_in_members_words() {
    let cases: &[(&str, Intent)] = &[
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
        // The story says the asker wants to exercise: a bare request asks what to do, not what is wrong.
        (
            "My knees ache after most activities but I want to exercise more. Do you have any suggestions?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        // "He said" after a doctor is the doctor; after the video, the video.
        (
            "I tore the PCL in my knee. My doctor looked at the MRI. He said I don't need surgery, just rehab. Is there anything I can do?",
            Intent::Overview(asking::OpenAsk::Do),
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
            "I have osteoarthritis in my knees. How in the world am I going to exercise when moving hurts so much?",
            Intent::Overview(asking::OpenAsk::Do),
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
        (
            "torn meniscus, what exercises or stretches should I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I lost cartilage in my knee. Is there anything I can do before getting an MRI?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Open questions in other words: an embedded "how I can…", an exercise put aside ("without
        // squats"), a dose beside an open question, a "?" sentence that asks for exercises without
        // a question word.
        (
            "I have chondromalacia. I want to know how I can still work my legs without squats.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "ACL reconstruction 8 months ago. What sort of exercises should I be working on and how often?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "ACL surgery last year and a trip booked for January: asking for recs as to the top 2 exercises to get ready?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "My IT band hurts whenever I run. What's the best way to make this go away?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // An exercise ruled out for the asker, or where the ache shows ("when you need to hike"), is not
        // what an open question asks about; a question whether to drop the gym asks what to do.
        (
            "I have patellofemoral pain. I was told that I should quit running. I would love to know if there were exercises that worked, and if stopping running really is a good idea.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "How can you keep your knees from aching, when you need to hike downhill for many miles?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I have early osteoarthritis. Should I drop the idea of going to the gym and stick with light exercises?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Patellar tendinitis is a knee problem: an open question about it gets the rulings.
        (
            "My knee tendons are weak and I have tendinitis. Any exercise I should not do?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "I have knee arthritis... what things can I do to help my pain that do not involve surgery?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Bad screws in my knee, I decided to flag surgery and strengthen it. Is there any other exercises you'd stay away from?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "any exercises for a torn meniscus?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // What to stay off, however it is put.
        (
            "torn meniscus, no op. anything we ought to stay away from when lifting?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "knee replacement in june, what shouldnt I be trying yet?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "which gym moves will make my runners knee worse?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "mcl sprain. what should I be focusing on at the gym?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "just found out I have arthritis in my left knee. how do I protect it from getting worse?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "torn MCL in the summer. I'd like to know what I ought to be steering clear of at the gym.",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "runners knee diagnosed last month. what can I really do about it, strength-wise?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // How much something helps asks whether to do it; how much of it to do is a dose.
        (
            "torn meniscus, no idea how much glute work will actually help. what exercises should I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Asked both what to do and what to avoid: the overview, headed by what to do.
        (
            "I fractured my patella 4 months ago. What exercises do I have to do to regain strength and what exercise must I avoid?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "knee OA here, which gym exercises should I stay away from?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A clinician's limit on an exercise is context enough for an open question.
        (
            "my surgeon said no squats, what can I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // Asking without a question mark or a question word.
        (
            "I'm looking for any information I can find about an exercise program for a torn meniscus. I'd really like to avoid surgery.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I have a knee injury and would like some exercise tips to strengthen my knee. I have been putting ice on it.",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "What exercises should be avoided when an injury to the MCL is found?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "My wife has chondromalacia. They have her doing glute work and light squats. Am I missing anything in terms of rehab?",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "I think it's my IT band, it hurts after 7 miles. I would be grateful for advice on how to solve this.",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "no injury, knees just ache on stairs at work. how do I make them stronger? where do I even start?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "arthritis in both knees and the gym has every machine. which of them should I be using, and which should I leave alone?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "chondromalacia under both kneecaps. which moves should I be steering clear of in the gym?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "degenerative meniscus tear, surgeon says just strengthen around it. strengthen what??",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "patellofemoral pain for a year. which gym machines am I better off avoiding?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // A plan asked for in other words; muscles told of as asleep are the state, not the question.
        (
            "torn meniscus, no op. whats your strategy with one of these?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "3 weeks after my ACL reconstruction my hammies still won't fire. how should I structure leg day?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "bakers cyst again. any tips on staying strong until the scan?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "sprained my MCL in the spring. lifts to steer clear of?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        (
            "both my knees ache on the stairs. Where do I even start",
            Intent::Overview(asking::OpenAsk::Request),
        ),
        (
            "how would you approach training someone with arthritic knees?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // An exercise kept alongside is not what is asked.
        (
            "ITBS confirmed. What strength work should I do alongside my running?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        // How to tackle a thing is technique, not a plan.
        (
            "my knees hurt going downhill on my runs. How should I approach hills?",
            Intent::Advice,
        ),
    ];
    assert_intents(cases);
}
