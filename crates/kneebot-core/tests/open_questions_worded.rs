//! Open questions and exercises told in other words, through the core's public door: what is "worth my
//! time", which exercises one is "better off dropping", and a leg extension told with a weight on "each
//! ankle".

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "What's worth my time in the gym?" asks what to do; "are there exercises I'd be better off dropping?"
/// what to avoid. Both get an overview.
#[test]
fn worth_my_time_and_better_off_dropping_are_open_questions() {
    let doing = ask(
        "I had an ACL reconstruction. The surgeon says no running until he clears me. What's worth my time in the gym right now?",
        None,
    );
    assert_eq!(
        doing.understood.intent.as_deref(),
        Some("overview (what to do)")
    );
    assert!(!doing.overview.is_empty());
    let avoiding = ask(
        "Partly tore my MCL years ago. Are there gym exercises I'd be better off dropping?",
        None,
    );
    assert_eq!(
        avoiding.understood.intent.as_deref(),
        Some("overview (what to avoid)")
    );
    assert_eq!(avoiding.verdict, Verdict::Avoid, "{}", avoiding.guidance);
}

/// "Can I keep doing them at the gym?" asks about the exercise pointed at; "should I stop going to the
/// gym?" and "drop the idea of going to gym" ask for a plan.
#[test]
fn keeping_on_with_an_exercise_at_the_gym_is_no_open_question() {
    let q = "I really liked leg extensions. Can I keep doing them at the gym on my own anyway?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("advice"),
        "{q}"
    );
    let q = "I have arthritis in my knee. Should I stop going to the gym?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// Straightening the legs with a weight on "each ankle" is the leg extension, whatever else the post says.
#[test]
fn a_weight_on_each_ankle_is_the_leg_extension() {
    let q = "I have osteoarthritis in the knees. Every evening I sit in my chair with a pound-and-a-half weight \
             on each ankle and straighten my legs out in front of me. Is that a good exercise for me?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("quad_isolation"), "{q}");
    assert_eq!(answer.verdict, Verdict::Caution, "{q}: {}", answer.guidance);
}

/// "Is there anything I'm doing there that I ought to stop?", "anything on his list I'd be wise to leave
/// out?": what to avoid, asked after a story of a gym programme.
#[test]
fn anything_i_ought_to_stop_or_be_wise_to_leave_out_asks_what_to_avoid() {
    for q in [
        "My knee replacement was done in 2035 and it still hurts on the stairs. I do a circuit of the machines \
         at the leisure centre twice a week. Is there anything I'm doing there that I ought to stop?",
        "A Baker's cyst came up behind my knee in the summer. My grandson has written us out a programme with \
         all sorts of machines on it. Is there anything on his list I'd be wise to leave out, with this cyst?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to avoid)"),
            "{q}"
        );
    }
}

/// Exercises described, not named: a band looped round the ankle and the heel pulled back, heels rolled
/// in on a ball. "Would these be a good thing for me?" and "is that one wise for me?" ask about them.
#[test]
fn described_curls_and_bridges_asked_about_with_a_pointer() {
    let cases = [
        (
            "I've still got the rubber band from the hospital and I've been carrying on with the one where you \
             loop it round your ankle and pull the heel back. I have arthritis in my knee. Should I keep on with those?",
            "hamstring_strengthening",
        ),
        (
            "I have a Baker's cyst. In Pilates one of them is lying on your back with your heels on a big ball \
             and rolling it in towards your bottom. Is that one wise for me with the cyst?",
            "hamstring_strengthening",
        ),
        (
            "My daughter printed out some bridges for me and I can manage ten at a time now. Would these be a \
             good thing for me to keep up? I have arthritis in the right knee.",
            "glute_strengthening",
        ),
    ];
    for (q, topic) in cases {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}");
        assert_eq!(answer.understood.intent.as_deref(), Some("advice"), "{q}");
    }
    // "Would it be sensible for her to see a different surgeon?", "would that be a good time to go to A&E?"
    // point ahead, at seeing a doctor.
    for q in [
        "Mum's surgeon says her arthritis is bad enough for a knee replacement, but she only gets pain on \
         long walks. Would it be sensible for her to see a different surgeon first?",
        "Twisted my knee during squats, it's swollen and stiff. Would that be a good time to go to A&E?",
    ] {
        let intent = ask(q, None).understood.intent;
        assert_ne!(intent.as_deref(), Some("advice"), "{q}");
    }
    // A band pulling the leg back for the glutes is no curl.
    let q = "My physio has me loop a band round my ankle and pull my leg back behind me for my glutes. Is that \
             ok with a meniscus tear?";
    assert_ne!(
        ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
}

/// "What should I be staying clear of at the gym?" asks what to avoid; "not had any ops" tells no operation.
#[test]
fn staying_clear_of_asks_what_to_avoid_and_no_ops_is_no_operation() {
    for q in [
        "Degenerative meniscus tear in the left knee, found two years ago, no surgery. What should I be staying \
         clear of at the gym?",
        "what gym stuff should i cut out with cartilage damage behind my kneecap? basketball, 24, not had any ops",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some("overview (what to avoid)"), "{q}");
        assert_eq!(answer.understood.event, None, "{q}");
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
}

/// "What do I need to be doing now…?" asks what to do; "which exercises am I meant to stay off?" what to
/// avoid.
#[test]
fn need_to_be_doing_and_meant_to_stay_off_are_open_questions() {
    let q = "meniscus repair 7 weeks ago. the hamstring just doesnt respond, zero activation. what do i need to \
             be doing now to get back on the pitch?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
    let q = "meniscectomy done on my left side. before i go back to the gym, which exercises am i meant to stay off?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
}

/// "What do I need to do to find out if I tore my ACL?" asks how to get a diagnosis, not for exercises;
/// "which days am I supposed to skip the exercises?" asks about a schedule, not what to avoid.
#[test]
fn finding_out_what_it_is_or_which_days_to_skip_is_no_open_question() {
    let q = "My knee gave way playing football last week and now it feels loose. What do I need to do to find \
             out if I tore my ACL?";
    let answer = ask(q, None);
    assert!(answer.overview.is_empty(), "{q}");
    assert_eq!(
        answer.verdict,
        Verdict::NotCovered,
        "{q}: {}",
        answer.guidance
    );
    let q = "Had my TKR 2 weeks ago. Which days am I supposed to skip the exercises?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
}

/// "Which gym exercises are bad news for me", "which of the things I do at the gym should I drop" and "what
/// should I knock on the head" ask what to avoid, and knocking something on the head is no injury. A
/// question about precautions that goes on to "should I avoid workouts that…" asks about those workouts.
#[test]
fn bad_news_dropping_and_knocking_on_the_head_ask_what_to_avoid() {
    for q in [
        "ACL reconstruction two years ago, back playing hockey. Which gym exercises are bad news for me at this point?",
        "I had my knee replaced last year and it still aches. Which of the things I do at the gym should I drop?",
        "My physio says it's IT band. What should I knock on the head at the gym?",
        "I have a meniscus tear. What exercises should I give up?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to avoid)"),
            "{q}"
        );
        assert_ne!(answer.understood.event.as_deref(), Some("fresh injury"), "{q}");
    }
    let q = "Having my TKR next week. What should I pack in my hospital bag?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
    let q = "I feel it in my knees when I do aerobics. What kind of precautions can I take and should I avoid \
             workouts that put pressure on the knees?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("overview (what to avoid)"),
        "{q}"
    );
}

/// What to avoid asked with "ought I to be leaving out" or "giving a wide berth".
#[test]
fn leaving_out_and_a_wide_berth_ask_what_to_avoid() {
    for q in [
        "Total knee replacement years ago. Which gym exercises ought I to be leaving out?",
        "I have knee arthritis and joined a gym. Which of those machines should I be giving a wide berth?",
    ] {
        assert_eq!(
            ask(q, None).understood.intent.as_deref(),
            Some("overview (what to avoid)"),
            "{q}"
        );
    }
}

/// "What's best for strengthening them?" and "which of those should I stick with?" ask what to do: an
/// overview, whatever exercises the story lists before.
#[test]
fn what_is_good_for_building_and_which_to_keep_are_open_questions() {
    for q in [
        "My knees are sore after long days on my feet at the factory. What's best for strengthening them?",
        "Arthritis in the right knee. At the gym I do leg extensions, bridges, lunges and the leg curl \
         machine. Which of those should I stick with?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.understood.intent.as_deref(),
            Some("overview (what to do)"),
            "{q}"
        );
        assert!(!answer.overview.is_empty(), "{q}");
    }
    // Building something other than the knees is not what the material speaks to.
    let q = "What's good for building muscle? Is creatine worth taking for my knees?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// "Where do I begin with rehab?" asks what to do, so the overview rules on every exercise rather than
/// heading with one the story names.
#[test]
fn where_to_begin_with_exercising_is_what_to_do() {
    let q = "Broke my ankle in August and had it plated. My calf and thigh are so weak. Where do I even begin \
             with rehab?";
    let answer = ask(q, None);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// "Is the elliptical any use for my knees? What kind of workout on it?": the training asked about is
/// done on the uncovered thing the post asks about, so no exercise overview answers it. Training not
/// pointed at it still gets one.
#[test]
fn training_on_the_uncovered_thing_asked_about_is_not_covered() {
    let q = "Is the elliptical any use for knees with arthritis? What kind of workout on it, long or short?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    assert!(answer.overview.is_empty(), "{q}");
    let q = "I have arthritis in my knees. What kind of workout should I be doing?";
    assert!(!ask(q, None).overview.is_empty(), "{q}");
}

/// A wh- word, a modal, the asker and a verb of doing ask for a plan ("what else could I be adding?",
/// "what's the fix?"); the same with the doing denied or a care asks what to avoid ("which lifts should I
/// not be doing?", "what should I be wary of?"). A question about one exercise stays about it.
#[test]
fn a_wh_question_about_doing_asks_for_a_plan() {
    for q in [
        "Patellofemoral pain for a year now, I do clamshells already. What else could I be adding?",
        "Runner with IT band syndrome, sore on the outside of the knee after 5k. Strength wise, what's the fix?",
        "Osteoarthritis in my right knee, 61. What am I supposed to actually be doing for exercise?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some("overview (what to do)"), "{q}");
        assert!(!answer.overview.is_empty(), "{q}");
    }
    for q in [
        "Arthritic knees and new to the gym. Which lifts/machines should I not be doing?",
        "Meniscus tear last spring, no operation. What should I be wary of at the gym?",
    ] {
        asks_for(q, "overview (what to avoid)");
    }
    let one = ask(
        "Osteoarthritis in my right knee. Should I be doing squats?",
        None,
    );
    assert_eq!(one.topic.as_deref(), Some("squats"));
}

/// "How can my wife strengthen her knee?" asks for a plan for someone else, as "how can I" does for the
/// asker.
#[test]
fn how_can_someone_else_strengthen_asks_for_a_plan() {
    let q = "how can my wife strengthen her knee, she has osteoarthritis";
    let answer = ask(q, None);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("overview (what to do)"),
        "{q}"
    );
}

/// "What can I safely do exercise-wise right now?" asks what to do, with an adverb before the verb and a
/// "-wise" after it; a limit on driving in the same post is no limit on exercise.
#[test]
fn what_can_i_safely_do_exercise_wise_is_an_open_question() {
    let answer = ask(
        "Knee replacement three weeks ago. Not allowed to drive for 6 weeks so I'm stuck at home. \
         What can I safely do exercise-wise right now?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert!(!answer.overview.is_empty());
}

/// What would make it ache more or aggravate it asks what to avoid; an open question with a playlist
/// asked for besides still gets its overview (the playlists come with every answer).
#[test]
fn what_would_aggravate_it_asks_what_to_avoid_and_a_playlist_besides_keeps_the_overview() {
    for q in [
        "Arthritis in both knees for years. Which exercises would make them hurt more?",
        "I've got a Baker's cyst. Are there movements that would irritate it?",
    ] {
        asks_for(q, "overview (what to avoid)");
    }
    let q = "Torn MCL last spring, still sore. What should I be doing for it? And is there a playlist on MCL tears?";
    let answer = asks_for(q, "overview (what to do)");
    assert!(!answer.overview.is_empty(), "{q}");
    assert!(!answer.playlists.is_empty(), "{q}");
    let q = "Torn MCL last spring. Is there a playlist on MCL tears?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
    // Asked with what helps, what to do heads it; asked with what the problem is, no overview answers it.
    asks_for(
        "Knee arthritis. Which moves make it ache more and which help?",
        "overview (what to do)",
    );
    let q = "Which activities make my knee ache more, and does that mean it's a meniscus tear?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    assert!(answer.overview.is_empty(), "{q}");
}

/// What a leg day or a training day should be made of, and the plan asked for by what it should do ("what's
/// the plan now to get my knee stronger?"), ask what to do: an overview, not a question about the video.
#[test]
fn a_day_to_fill_and_a_plan_asked_for_are_open_questions() {
    for q in [
        "Had my meniscus trimmed last spring and I'm back at the gym. What should my training days consist of?",
        "Knee replacement in August, walking well now. What's the plan now to get my knee stronger?",
    ] {
        let answer = asks_for(q, "overview (what to do)");
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// Asks `q` and checks what it is read as asking for; the answer, for more checks.
fn asks_for(q: &str, intent: &str) -> kneebot_core::Answer {
    let answer = ask(q, None);
    assert_eq!(answer.understood.intent.as_deref(), Some(intent), "{q}");
    answer
}

/// The day of an operation is no training day: "what should my surgery day look like?" asks no overview.
#[test]
fn an_operation_day_is_no_training_day() {
    let q = "Knee replacement booked for Monday. What should my surgery day look like?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// "What should I no be doing" is Scots for "not be doing": what to avoid (it was answered about walking).
#[test]
fn a_scots_negative_asks_what_to_avoid() {
    let q = "knee replacement was a year past September and its still giving me gyp. walking fine but sore \
             after. what should I no be doing";
    let answer = asks_for(q, "overview (what to avoid)");
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// "gimme a routine for dodgy knees. can do 3 days a week…": a request made in the imperative, with no
/// question mark anywhere, asks for the overview; the sentences after it tell.
#[test]
fn a_request_in_the_imperative_asks_what_to_do() {
    for q in [
        "gimme a routine for dodgy knees. can do 3 days a week, got dumbbells and a flat bench at home. \
         41M, knees ache going downstairs",
        "Please suggest some exercises for my mum. She has arthritis in both knees. She is 70.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
        assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "What else should I be doin besides the walking?", "can i start runnin?": an -ing word typed without
/// its g is the word, so the question is read as if it were spelled out.
#[test]
fn an_ing_word_without_its_g_is_the_word() {
    let q = "Had me left knee replaced 14 months back. I'm walking most days, 5k or so round the lake, no \
             worries there. What else should I be doin besides the walking?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"), "{q}");
    assert!(!answer.overview.is_empty(), "{q}");
    let q = "been walkin every day after my acl surgery 3 months ago, can i start runnin?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("walking_running"),
        "{q}"
    );
}

/// "Whats the best stuff to do for it?", "how do I bulletproof my knees?", "what's the next best thing"
/// after a ruled-out exercise: what to do, asked in everyday words.
#[test]
fn what_to_do_asked_in_everyday_words_gets_an_overview() {
    for q in [
        "cross country runner, 16, IT band syndrome. whats the best stuff to do for it??",
        "how do i bulletproof my knees for capoeira? no injuries yet, want to keep it that way",
        "how can I injury proof my knees before ski season?",
        "can't squat at all since my TKR 8 months ago, the knee just won't bend far enough. what's the \
         next best thing for getting my legs stronger?",
    ] {
        let answer = common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
        assert!(answer.overview.len() >= 4, "{q}: {:?}", answer.overview);
    }
    // The exercise the asker cannot do is not recommended in it.
    let q = "can't squat at all since my TKR 8 months ago. what's the next best thing for my legs?";
    let answer = ask(q, None);
    assert_eq!(
        common::overview_verdict(&answer, "squats"),
        Some(Verdict::NotCovered),
        "{q}"
    );
}

/// "Which exercises should I stay well away from?", "anything to steer well clear of?": what to avoid,
/// with a word of how far between.
#[test]
fn what_to_stay_well_away_from_asks_what_to_avoid() {
    for q in [
        "Carpet layer, chondromalacia behind the right kneecap. Which exercises should I stay well away \
         from?",
        "Knee OA. Anything at the gym I should steer well clear of?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
}

/// "Whats bad for knees?", "is there stuff I shouldn't be doing at the gym with bad knees?": what to avoid,
/// asked with no condition named.
#[test]
fn what_harms_the_knee_asked_of_nothing_named_asks_what_to_avoid() {
    for q in [
        "Whats bad for knees? Mine ache after every shift. Not injured, never diagnosed with anything, just \
         sore.",
        "is there stuff i shouldnt be doing at the gym with bad knees? both of them grind and ache",
    ] {
        let answer = common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
        assert_eq!(
            common::overview_verdict(&answer, "glute_strengthening"),
            Some(Verdict::Recommended),
            "{q}"
        );
    }
    // One exercise named is asked about.
    common::assert_ruling(
        "is walking bad for my knees?",
        "walking_running",
        Verdict::Recommended,
    );
}

/// "Ok to hammer it for quad size?" after a sentence naming the leg extension machine asks about it.
#[test]
fn ok_to_hammer_it_asks_about_the_machine_named_before() {
    let q = "4 months out from ACLR. leg extension machine is free every time i go lol. ok to hammer it for \
             quad size?";
    common::assert_ruling(q, "quad_isolation", Verdict::Caution);
}

/// An open question with an adverb in it ("what do i actually avoid", "what should I actually be
/// avoiding?"), and one asked after a label in a post with no "?" ("chondromalacia patella, what am i
/// supposed to do for it then 😭 stairs kill me"), get the overview.
#[test]
fn open_questions_with_an_adverb_or_after_a_label_get_the_overview() {
    for (q, want) in [
        ("ok so what do i actually avoid w a bakers cyst", Verdict::Avoid),
        (
            "Cartilage damage behind my kneecap. Friend says avoid squats at all costs. What should I \
             actually be avoiding?",
            Verdict::Avoid,
        ),
        (
            "chondromalacia patella, 19F, what am i supposed to do for it then 😭 stairs kill me",
            Verdict::Recommended,
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, want, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "Any exercises I should definitely NOT be doing?" asks what to avoid; "did it skiing over feb half
/// term" after the question tells how the injury happened, it asks nothing about skiing.
#[test]
fn not_be_doing_asks_what_to_avoid_and_did_it_skiing_tells() {
    for q in [
        "My ITB's been grumbling since the Christmas break. Physio's away till March. Any exercises I \
         should definitely NOT be doing in the meantime?",
        "what should i steer clear of in the gym with a torn meniscus? did it skiing over feb half term \
         like 3 yrs ago, never got it fixed",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "What's recommended?", "what else is worth doing?" and "kindly tell what exercises she should do… as per
/// the video" ask for the whole picture for the asker (or the one they ask for), not about the material.
#[test]
fn whats_recommended_and_what_else_is_worth_doing_are_open_questions() {
    for q in [
        "Dad's discharge summary says 'L TKA, uncomplicated'. He asked me to find out what exercises he \
         should be doing. What's recommended?",
        "I've had a knee replacement and honestly I'm so bored of the exercise bike. What else is worth \
         doing?",
        "My mother had TKR on both knees 3 weeks ago. Kindly tell what exercises she should do for faster \
         recovery as per the video.",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "What else to avoid?" after a clinician's limit asks what to avoid besides it, not about the material.
#[test]
fn what_else_to_avoid_asks_what_to_avoid() {
    for q in [
        "ITB. GP says no downhill running for a month. what else to avoid?",
        "I have ITB. what else to avoid?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// Terse requests with no verb: exercises for the knee or a problem named before them, and what to skip.
#[test]
fn a_terse_request_for_exercises_or_what_to_skip_is_an_open_question() {
    for (q, headline) in [
        ("meniscus tear exercises??", Verdict::Recommended),
        ("knee exercises pls", Verdict::Recommended),
        ("arthritis in my knee, what to cut out", Verdict::Avoid),
    ] {
        let answer = common::assert_verdict(q, headline);
        assert!(!answer.overview.is_empty(), "{q}: an overview");
    }
}

/// An open question asked first, then whether an activity the material does not cover is fine ("what
/// should I avoid? and is swimming ok"), gets the overview; the other way round ("is the rowing machine
/// any good? what sort of workout on it?") the activity is what is asked about.
#[test]
fn an_open_question_asked_before_an_uncovered_activity_gets_the_overview() {
    let q = "meniscus tear about 6 months ago, no surgery. what should I steer clear of? also is cycling ok";
    let got = ask(q, None);
    assert_eq!(got.verdict, Verdict::Avoid, "{q}: {}", got.guidance);
    assert_eq!(
        common::overview_verdict(&got, "hamstring_strengthening"),
        Some(Verdict::Avoid)
    );
    let q = "is the rowing machine any good for arthritic knees? what sort of workout on it?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}
