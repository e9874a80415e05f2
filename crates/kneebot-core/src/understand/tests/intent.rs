//! Unit tests of the intent stage: what a question asks for (advice, info, timing, an open question, a
//! diagnosis, something outside the material), read with the shipped knowledge.

use super::*;

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
        // A muscle singled out in an open question is the isolated work asked about.
        (
            "ACL surgery last year. Any good exercises that focus especially on the hamstring?",
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
        (
            "torn meniscus, what exercises or stretches should I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I lost cartilage in my knee. Is there anything I can do before getting an MRI?",
            Intent::Overview(asking::OpenAsk::Do),
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
        (
            "Sharp pain on the outside of my knee when I climb stairs. What is it?",
            Intent::Diagnosis,
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
        (
            "I have knee arthritis... what things can I do to help my pain that do not involve surgery?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "Bad screws in my knee, I decided to flag surgery and strengthen it. Is there any other exercises you'd stay away from?",
            Intent::Overview(asking::OpenAsk::Avoid),
        ),
        // "Doing this exercise for about a year" tells how long, it does not ask for exercises.
        (
            "ACL surgery 1.5 years ago. My physio told me to do leg extensions and I've been doing this exercise for about a year, so do I need to stop it?",
            Intent::Advice,
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
        (
            "both knees creak on the stairs at 60. is that arthritis or just age?",
            Intent::Diagnosis,
        ),
        // How much something helps asks whether to do it; how much of it to do is a dose.
        (
            "torn meniscus, no idea how much glute work will actually help. what exercises should I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "torn meniscus. how much glute work should I do each day?",
            Intent::Dose,
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
        // A clinician's limit on an exercise is context enough for an open question.
        (
            "my surgeon said no squats, what can I do?",
            Intent::Overview(asking::OpenAsk::Do),
        ),
        (
            "I had ACL reconstruction in May and can't straighten my knee. Will it eventually straighten with therapy, and am I going to walk like this for the rest of my life?",
            Intent::Outside,
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
        ("where's the ACL playlist", Intent::Playlist),
        ("any videos on meniscus tears?", Intent::Playlist),
    ];
    for (q, want) in cases {
        assert_eq!(read(q).intent, Some(*want), "{q}");
    }
}
