//! What a story asks, through the core's public door: whether one is still meant to do an exercise, a
//! trainer who is a person, and a choice about operating asked outright among other questions.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// "Is she supposed to keep doing those forever?" asks whether to keep doing them, not what will happen.
#[test]
fn supposed_to_keep_doing_asks_whether() {
    let answer = ask(
        "my wife had her total knee done in march of last year and she still does hamstring curls every \
         night. is she supposed to keep doing those forever",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
    // "Is he meant to…" asks the same, though "he meant" may point at the video.
    let meant = ask(
        "is he meant to keep doing hamstring curls after his ACL surgery 8 months ago?",
        None,
    );
    assert_eq!(meant.verdict, Verdict::Avoid, "{}", meant.guidance);
}

/// "The trainer at my gym" is a person, not trainers (shoes), which the material does not cover.
#[test]
fn a_trainer_is_a_person_not_shoes() {
    let answer = ask(
        "I have chondromalacia behind my kneecap and the trainer at my gym says leg extensions will build my \
         VMO. should I be doing them",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Caution, "{}", answer.guidance);
    let shoes = ask(
        "are trainers with more cushioning better for my knee arthritis?",
        None,
    );
    assert_eq!(shoes.verdict, Verdict::NotCovered, "{}", shoes.guidance);
}

/// "Repair the knee now, or wait?" asks whether to operate, among other questions: not a video's call.
#[test]
fn a_choice_about_operating_asked_outright_is_not_an_exercise_question() {
    let answer = ask(
        "He has a torn meniscus and the trainer says surgery is unnecessary. What should he do? Repair the \
         knee now, or wait? What is the risk of the cyst rupturing?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
    assert!(answer.overview.is_empty());
}

/// "Which exercises in the gym I must avoid?" (word order of a second language) asks what to avoid; "do the
/// curls stay in her routine, or is it time to let them go?" asks whether she should keep doing them.
#[test]
fn questions_in_other_word_orders_ask_what_they_ask() {
    let avoid = ask(
        "Meniscus tear, no operation. Which exercises in the gym I must avoid? I dont want to make it worse.",
        None,
    );
    assert_eq!(avoid.verdict, Verdict::Avoid, "{}", avoid.guidance);
    let keep = ask(
        "My wife had her ACL repaired 3 months ago. Do the hamstring curls stay in her routine for now, or is \
         it time to let them go?",
        None,
    );
    assert_eq!(keep.verdict, Verdict::Depends, "{}", keep.guidance);
}

/// "Worth doing, or am I wasting my time?" and "would that actually help?" after a story that names an
/// exercise ask about that exercise, not something the material is silent on.
#[test]
fn whether_a_told_exercise_is_worth_it_asks_about_it() {
    for q in [
        "My knees are arthritic. The gym has a lying leg curl machine and a trainer says to do it. Worth \
         trying, or am I wasting my time?",
        "Osteoarthritis in both knees. My neighbour swears by leg curls. Would that really help me?",
        // "Worth me doing…", "…or not?", joining the group that does it.
        "Arthritis in my knees. The gym has a hamstring curl machine. Worth me doing it twice a week?",
        "I have knee osteoarthritis and my running club does leg curls after every session. Should I join in?",
        "Knee arthritis here. My wife bought me ankle weights for leg curls at home, do them or not?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
    // "…or not?" of something else is not about the exercise told of.
    let heal = ask(
        "I do squats every day. Will my meniscus tear heal or not?",
        None,
    );
    assert_eq!(heal.verdict, Verdict::NotCovered, "{}", heal.guidance);
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

/// Everyday words of British and other Englishes are words, not typos: "bloke" is no "broke" (a trauma),
/// and a CrossFit box is no boxing.
#[test]
fn other_englishes_are_not_typos() {
    let answer = ask(
        "Sore knees at the end of the week, no injury. A bloke at my gym says glute bridges. Good idea?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
    assert!(
        answer.understood.corrections.is_empty(),
        "{:?}",
        answer.understood.corrections
    );
    // A word whose stem is a real word is a form of it, not a typo: "pointe" stays, no "joint".
    let pointe = ask(
        "I dance ballet en pointe and my knees ache. Should I do leg curls?",
        None,
    );
    assert!(
        pointe.understood.corrections.is_empty(),
        "{:?}",
        pointe.understood.corrections
    );
    // A real word behind a prefix is a word too: "unweighted" is not corrected to its opposite, "weighted";
    // a typo of a word is still corrected ("hamstirng").
    let prefixed = ask(
        "Hip arthroscopy 2 weeks ago, the hamstring won't fire. Unweighted hamstirng curls ok?",
        None,
    );
    assert_eq!(
        prefixed.understood.corrections,
        ["hamstirng -> hamstring"],
        "{:?}",
        prefixed.understood.corrections
    );
    let boxed = ask(
        "My knees ache at my crossfit box. Should I do glute bridges?",
        None,
    );
    assert!(
        !boxed.understood.uncovered.iter().any(|u| u == "boxing"),
        "{:?}",
        boxed.understood.uncovered
    );
}

/// "Been doing X and now adding Y. Good idea?": the short question points at the one being added.
#[test]
fn a_short_question_points_at_the_exercise_being_added() {
    for q in [
        "I've got a meniscus tear. Been doing wall sits for a month and I'm adding clamshells. Good idea?",
        "Patellofemoral pain. My routine is squats, now starting banded side steps. Sensible?",
        "Been doing wall sits for my torn meniscus and now adding clamshells, ok?",
    ] {
        let answer = ask(q, None);
        assert_eq!(
            answer.topic.as_deref(),
            Some("glute_strengthening"),
            "{q}: {}",
            answer.guidance
        );
    }
}

/// "…, icing it daily, leg curls ok?": a last clause that asks with its verb left out is the question;
/// the uncovered thing in a clause before it is told, not asked about.
#[test]
fn an_elliptical_last_clause_is_the_question() {
    let answer = ask(
        "Tore my ACL 5 days ago, icing it 20 mins a day, leg curls ok?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    // The elliptical clause asking about the uncovered thing itself is still the question.
    let iced = ask("Tore my ACL 5 days ago, icing ok?", None);
    assert_eq!(iced.verdict, Verdict::NotCovered, "{}", iced.guidance);
}

/// "Is this a good exercise for me?" asks about the exercise the story names; "what's a good routine?" and
/// "good exercises for…?" ask for a list.
#[test]
fn a_good_exercise_pointed_at_is_one_exercise() {
    let one = ask(
        "Had my ACL surgery six weeks ago. Now I want to add glute bridges. Is this a good exercise for me?",
        None,
    );
    assert_eq!(one.verdict, Verdict::Recommended, "{}", one.guidance);
    assert!(one.overview.is_empty(), "{:?}", one.overview);
    for q in [
        "I'm 67 and had my right knee replaced. What's a good routine from here?",
        "Good exercises for my knee arthritis?",
    ] {
        assert!(!ask(q, None).overview.is_empty(), "{q}");
    }
}

/// "What should this week's rehab look like?" asks for a plan like "what should my rehab look like?".
#[test]
fn this_weeks_plan_is_an_open_question() {
    let answer = ask(
        "8 days out from ACL reconstruction. What should this week's rehab look like?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
}

/// How much to load an exercise ("go heavier on the leg extension machine") and adding it to a routine
/// ("should I add them to my routine?") ask about that exercise.
#[test]
fn loading_or_adding_an_exercise_asks_about_it() {
    for q in [
        "Should I go heavier on the leg extension machine? TKR was 2 years ago.",
        "My friend says leg extensions are the number one knee rehab exercise. Should I add them to my routine?",
        // Sitting on the machine is using it, not where something happened.
        "Patellofemoral pain. Is sitting on the leg extension machine the best option for my quads?",
    ] {
        common::assert_verdict(q, Verdict::Caution);
    }
}

/// "Is there a routine that would settle it down?" asks for what to do, told by what it should do.
#[test]
fn a_routine_asked_for_by_what_it_should_do_is_an_open_question() {
    let answer = ask(
        "I have knee arthritis and it flares after long shifts. Is there a routine that would settle it?",
        None,
    );
    assert!(!answer.overview.is_empty(), "{}", answer.guidance);
    assert_eq!(answer.verdict, Verdict::Recommended, "{}", answer.guidance);
}

/// "Is that still something she should be doing?" and "so can I do leg curls or is she wrong?" ask about the
/// exercise told of: the answer is its ruling.
#[test]
fn whether_to_keep_doing_what_was_told_is_asked() {
    for q in [
        "My mum had her knee replaced 8 months ago. Every morning she does standing hamstring curls with ankle weights. Is that still something she should be doing?",
        "My sister says leg curls are the best thing after an MCL repair. I had my MCL repaired. So can I do leg curls or is she wrong?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// A limit the asker was given makes the question their own, though the story quotes the video: "should I
/// start bridges anyway?" follows the clinician, not the material.
#[test]
fn a_limit_given_makes_the_question_the_askers_own() {
    let answer = ask(
        "I had a hip replacement and my physio told me not to do bridges yet. But the video keeps going on about glute strength. Should I start bridges anyway?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert_ne!(answer.understood.intent.as_deref(), Some("info"));
}

/// "Good idea, or am I overdoing it?" and "is that still the right thing for me?" point back at the
/// exercise told of.
#[test]
fn a_judgement_asked_of_the_exercise_told_of_points_back() {
    for q in [
        "I have a Baker's cyst. I've been doing seated knee extensions with a band to build my thigh up. Good idea, or am I overdoing it?",
        "My PT has just started me on hamstring curls because the muscle hardly fires after my femur surgery. Eight months in, is that still the right thing for me?",
    ] {
        let answer = ask(q, None);
        assert!(answer.topic.is_some(), "{q}");
        assert_ne!(answer.verdict, Verdict::NotCovered, "{q}");
    }
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

/// A yes-or-no question about one activity the material does not cover ("is swimming a good exercise for
/// me?") is not an open question; "runs" after a place ("the pool runs aqua aerobics") is organising, not
/// running.
#[test]
fn one_uncovered_activity_asked_about_is_not_covered() {
    for q in [
        "I have arthritis in my left knee. Is cycling a good exercise for me?",
        "My mum had her knee replaced last spring and the leisure centre runs chair yoga on Tuesdays. Would that be good for her?",
    ] {
        let a = ask(q, None);
        assert_eq!(a.verdict, Verdict::NotCovered, "{q}");
        assert!(a.overview.is_empty(), "{q}");
    }
    let open = ask(
        "I have arthritis in my left knee. What is a good exercise for me?",
        None,
    );
    assert!(!open.overview.is_empty());
    let running = ask(
        "My physio runs marathons. Is running ok with my arthritis?",
        None,
    );
    assert_eq!(running.topic.as_deref(), Some("walking_running"));
}

/// Asked indirectly, "kindly advise whether these are correct for him" points back at the exercise told
/// of; "what should I be putting in it?" about a leg day asks what to do.
#[test]
fn an_indirect_judgement_points_back_and_what_to_put_in_a_plan_is_open() {
    let back = ask(
        "My wife has knee arthritis and her physio gave her glute bridges on the bed. Please tell me whether these are suitable for her.",
        None,
    );
    assert_eq!(back.topic.as_deref(), Some("glute_strengthening"));
    assert_eq!(back.verdict, Verdict::Recommended);
    let open = ask(
        "I have knee arthritis and I'm planning a weekly routine at home. What should I be including in it?",
        None,
    );
    assert!(!open.overview.is_empty(), "{}", open.guidance);
}

/// A long sentence whose last clause opens with a yes/no word asks ("…the gym I've joined - would leg
/// curls help or hurt?"), though a sentence after it tells.
#[test]
fn a_last_clause_that_opens_yes_or_no_asks() {
    let a = ask(
        "My knee arthritis is settling. There's a leg curl machine at the leisure centre I joined last month - would leg curls twice a week help or hurt? The physio's sheet doesn't mention them at all",
        None,
    );
    assert_eq!(a.topic.as_deref(), Some("hamstring_strengthening"));
    assert_eq!(a.verdict, Verdict::Avoid, "{}", a.guidance);
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

/// "What should my rehab be focusing on?" asks what to do: an overview, headed by what the material
/// recommends. "What should my rehab cost?" asks nothing of the kind.
#[test]
fn what_the_plan_should_focus_on_asks_what_to_do() {
    for q in [
        "Had my ACL reconstruction and the physio waiting list is huge. What should my rehab be focusing on in the meantime?",
        "had my ACLR, what should my gym sessions look like now?",
    ] {
        let answer = ask(q, None);
        assert!(!answer.overview.is_empty(), "{q}: {}", answer.guidance);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
    }
    let q = "Had my ACL reconstruction. What should my rehab cost without insurance?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// Asking in chat shorthand or with "allowed on": "what shd i drop", "am I allowed on the curl machine?";
/// "is that ok or is it the bad thing the video talks about?" after one's own plan asks for a ruling.
#[test]
fn shorthand_and_allowed_on_ask_and_own_plans_checked_against_the_video_get_rulings() {
    let q = "knee arthritis for years. what gym stuff shd i drop";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    let q = "ACL reconstruction, not sure when. Am I allowed on the leg curl machine?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    let q = "Hip replacement nine days ago and my hamstring will not switch on. The physio has me doing heel \
             slides and curls. Is that fine or is it one of the bad ones from the video?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
}

/// A question pointing back at the exercise told of by keeping it in or binning it asks for its ruling.
#[test]
fn keeping_it_in_or_binning_it_points_back_at_the_exercise() {
    for q in [
        "Knee arthritis for six years. I do the seated leg curl every Monday. Would I be better off leaving it \
         in?",
        "Knee arthritis for six years. My trainer gave me a card of leg curls. Honestly, do I bin them?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    }
}

/// Two questions, one about something the material does not cover and one whether to do an exercise: the
/// exercise is answered. An exercise that only sets the scene of the other question ("should I be
/// wearing one on my runs?") is not asked about.
#[test]
fn an_exercise_asked_in_a_question_of_its_own_is_answered_beside_an_uncovered_one() {
    let q = "Is creatine worth it for building muscle back? I finished ACL rehab a year ago and got discharged. \
             Should I be hammering hamstring curls?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    let q = "Anyone know if a compression sleeve helps IT band syndrome? Should I be wearing one on my runs?";
    let answer = ask(q, None);
    assert_eq!(
        answer.verdict,
        Verdict::NotCovered,
        "{q}: {}",
        answer.guidance
    );
}

/// A yes/no question after a lead of any length ("for anyone else wondering (because I was too): is it
/// actually ok to…?") asks.
#[test]
fn a_yes_no_question_after_a_long_lead_asks() {
    common::assert_ruling(
        "to anyone else reading who wondered the same (I did too lol): is it really okay to do leg \
         extensions if you have arthritis? asking for me too, mine is in both knees",
        "quad_isolation",
        Verdict::Caution,
    );
}

/// Two exercises asked about in turn: a yes/no question asked of walking ("Is walking ok?") makes it the
/// one asked first, not back-story beside the other; walking only told of stays back-story.
#[test]
fn walking_asked_first_is_the_question() {
    let q =
        "Baker's cyst here. Is walking alright? Also should I drop the leg curls I do at the gym?";
    let got = common::ask(q, None);
    assert_eq!(got.topic.as_deref(), Some("walking_running"), "{q}");
    let q = "Baker's cyst. I walk the dog every day. Should I drop the leg curls I do at the gym?";
    assert_eq!(
        common::ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
}
