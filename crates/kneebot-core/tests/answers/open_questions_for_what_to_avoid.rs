//! Open questions for what to avoid, in the many words members use, through the core's public door: what to
//! leave out, stop, drop, steer or stay clear of, give a wide berth, knock on the head or keep someone off,
//! what is bad news, a no-no or would aggravate it, what one should "no" or "NOT" be doing, and what else to
//! avoid after a clinician's limit. Each gets the overview headed `avoid`.

use crate::common;

use common::{ask, asks_for};
use kneebot_core::Verdict;

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

/// "What should I no be doing" is Scots for "not be doing": what to avoid (it was answered about walking).
#[test]
fn a_scots_negative_asks_what_to_avoid() {
    let q = "knee replacement was a year past September and its still giving me gyp. walking fine but sore \
             after. what should I no be doing";
    let answer = asks_for(q, "overview (what to avoid)");
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
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

/// Open questions for what to leave out, however worded, get the overview headed `avoid`.
#[test]
fn what_to_leave_out_is_an_open_question_for_what_to_avoid() {
    for q in [
        "I have arthritis in my knees. What exercises should I be keeping away from?",
        "My mum has knee arthritis. Which lifts at the gym would be wisest for her to steer clear of?",
        "Knee OA here. Which of the exercises in my gym plan should I be cutting out?",
        "ACL reconstruction 9 months ago, what exercises should I stay off?",
        "Meniscus tear from years ago. Which exercises should I stay clear of at the gym?",
        "chondromalacia patella here, what are we supposed to be avoiding?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
        assert!(!answer.overview.is_empty(), "{q}: an overview");
    }
}

/// "Which lifts am I better off dropping?" asks what to avoid: an overview headed by what to stay away
/// from, not by what to do.
#[test]
fn better_off_dropping_asks_what_to_avoid() {
    let answer = ask(
        "I have a torn meniscus and lift three times a week. Which exercises am I better off dropping?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
    assert_ne!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    // What is off the table, a no-no, or makes the condition named worse.
    for q in [
        "Knee arthritis in both knees. Which gym machines are a no-no for me?",
        "Torn meniscus, no surgery planned. Which lifts are off the table for now?",
        "Which exercises make patellofemoral pain worse? I want to know what to drop.",
        // What should be quit or stopped; "exercises that stop the pain" ask what to do.
        "it band issues\nany exercises i should quit doing",
        // "Off-limits" written with its hyphen.
        "Torn meniscus, no surgery planned. Which exercises are off-limits for me?",
    ] {
        let answer = ask(q, None);
        assert!(!answer.overview.is_empty(), "{q}: {}", answer.guidance);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    let q = "IT band issues. Any exercises that would stop the pain?";
    assert_ne!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}

/// An open question for someone else in a coach's words ("which lifts do I keep her off?") and in the
/// words "the ones to stop" asks what to avoid.
#[test]
fn what_to_keep_someone_off_asks_what_to_avoid() {
    for q in [
        "XC coach here. One of my girls was diagnosed with IT band syndrome. Which lifts do I keep her off?",
        "Partially tore my MCL years ago and it's never been right. Which gym moves are the ones to stop, so I don't make it worse?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}");
        assert!(!answer.overview.is_empty(), "{q}");
    }
}

/// "Are there movements I should be steering clear of?" asks for what to avoid; "what's the right thing
/// for him to be doing?" asks what to do; "is that the right thing to be doing?" asks about one exercise.
#[test]
fn are_there_things_to_avoid_and_the_right_thing_to_do_are_open() {
    let avoid = ask(
        "Two years on from my ACL reconstruction and I feel good. Are there movements I should be steering clear of?",
        None,
    );
    assert!(!avoid.overview.is_empty(), "{}", avoid.guidance);
    assert_eq!(avoid.verdict, Verdict::Avoid, "{}", avoid.guidance);
    let open = ask(
        "My son has a torn meniscus and everyone tells him something different. What is the right thing for him to be doing?",
        None,
    );
    assert!(!open.overview.is_empty(), "{}", open.guidance);
    let one = ask(
        "Torn meniscus, so I've been doing heavy leg curls to protect it. Is that the right thing to be doing?",
        None,
    );
    assert!(one.overview.is_empty(), "{:?}", one.overview);
}
