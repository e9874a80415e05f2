//! Exercises and muscles named in everyday words, and the reader's view asked on them, through the core's
//! public door.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "The seat muscles", "the muscles of the bottom" are the glutes.
#[test]
fn the_seat_muscles_are_the_glutes() {
    for q in [
        "I have a Baker's cyst. Should I strengthen my seat muscles?",
        "Arthritis in one knee. Is it good to build up the muscles of the bottom?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

/// "Would you consider these suitable to do daily?", "do you reckon they're safe?" ask about the exercise
/// just told of.
#[test]
fn the_readers_view_on_the_exercise_told_of_is_asked_about_it() {
    for q in [
        "My doctor says I have a Baker's cyst. My grandson has me doing clamshells. Would you consider these suitable to do daily?",
        "Arthritis in both knees. The gym lad put me on glute bridges. Do you reckon them safe to keep at every morning?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

/// "Good idea to hammer it on that machine?" opens with the verdict asked for: it asks about the machine
/// the story named.
#[test]
fn good_idea_to_asks_about_the_exercise_told_of() {
    let q = "Arthritis in my left knee. The hotel gym has a glute bridge bench. Good idea to use it every morning this week?";
    let answer = common::assert_verdict(q, Verdict::Recommended);
    assert_eq!(answer.topic.as_deref(), Some("glute_strengthening"));
}

/// "Does a sit-to-stand count as the squats he talks about?" asks whether to do squats, though it names
/// the video; "hamstring-only exercises" are hamstring exercises.
#[test]
fn counts_as_asks_about_the_exercise_and_only_is_read_past() {
    let q = "Does a sit-to-stand from the sofa count as the squats he mentions? I have arthritis in my knee.";
    common::assert_verdict(q, Verdict::Recommended);
    let q = "Arthritis for years. Should I do some hamstring-only exercises to get it going again?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}: {}",
        answer.guidance
    );
}

/// "Ditching leg curls for glute bridges" asks about the bridges: the exercise dropped for the next one
/// named is set aside. Dropped "for a while", it is still what is asked about.
#[test]
fn an_exercise_dropped_for_another_asks_about_the_other() {
    let q = "thinking of ditching leg curls for glute bridges\nsmart move w my arthritic knee?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("glute_strengthening"),
        "{q}"
    );
    let q = "thinking of ditching leg curls for a while with my arthritic knee, smart move?";
    assert_eq!(
        ask(q, None).topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
}

/// "I want to add leg extensions. Good plan? How heavy would you go?": the verdict asked alone points back
/// at the exercise, and the ruling answers it; the weight asked after it is the part the material leaves.
#[test]
fn a_verdict_asked_alone_before_a_dose_gets_the_ruling() {
    let q = "Both knees replaced, walking well on both. My thighs look skinny so I want to add leg extensions \
             at the gym. Good plan? How heavy would you go?";
    common::assert_verdict(q, Verdict::Caution);
    // The weight alone: the material gives none, but says to go easy on the exercise, which answers it
    // (`dose_questions.rs`).
    let q = "Both knees replaced, walking well on both. I do leg extensions at the gym. How heavy would you go?";
    let got = ask(q, None);
    assert_eq!(got.verdict, Verdict::Caution, "{q}");
    assert!(
        got.guidance.contains("no sets, reps"),
        "{q}: {}",
        got.guidance
    );
}

/// "…use the stair climber, but would plain walking be the better option for me?": the clause after "but"
/// opens a question though a word stands between the verb and the exercise, so the uncovered machine told
/// before it is story, and walking gets its ruling.
#[test]
fn a_question_opening_after_but_leaves_the_story_before_it() {
    let q = "IT band syndrome, right side. I've been driving to the gym to use the stair climber, but would plain \
             walking around the neighbourhood be the better option for me?";
    let answer = ask(q, None);
    assert_eq!(answer.topic.as_deref(), Some("walking_running"), "{q}");
    assert_eq!(
        answer.verdict,
        Verdict::Recommended,
        "{q}: {}",
        answer.guidance
    );
}

/// Exercises described rather than named: a side-lying leg raise, standing up and sitting down from a
/// chair, a walking distance built up to.
#[test]
fn exercises_described_in_their_movements_are_named() {
    for (q, topic) in [
        (
            "Osteoarthritis in my left knee. Would lying on my side and raising the top leg be any use?",
            "glute_strengthening",
        ),
        (
            "My dad has arthritis in both knees. Should he practise getting up and sitting down on a kitchen \
             chair ten times in a row?",
            "squats",
        ),
        (
            "Knee replacement last year, walking well now. Is it ok to build up to about three miles a day?",
            "walking_running",
        ),
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.topic.as_deref(), Some(topic), "{q}: {}", answer.guidance);
        assert_eq!(answer.verdict, Verdict::Recommended, "{q}: {}", answer.guidance);
    }
}

/// A curl machine told by how it is used ("you lie on stomach and pull the weight with the heel"), and
/// "is it grand to…" asked of it, get the hamstring ruling.
#[test]
fn a_curl_machine_told_by_its_use_is_a_hamstring_curl() {
    let q = "Baker's cyst, no operation. At the gym there is a machine where you lie on stomach and pull the \
             weight with the heel. Is it grand to use it?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{}",
        answer.guidance
    );
    assert_eq!(answer.verdict, Verdict::Avoid, "{}", answer.guidance);
}

/// Leg straightening in a class told by the group ("sitting on chairs straightening our legs") is isolated
/// quad work, as one person's is.
#[test]
fn a_class_straightening_their_legs_on_chairs_is_quad_work() {
    let q = "Arthritis in both knees. At my exercise class we sit on chairs straightening our legs with \
             weights on our ankles. Is that ok for me?";
    let answer = ask(q, None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("quad_isolation"),
        "{q}: {}",
        answer.guidance
    );
    assert_eq!(answer.verdict, Verdict::Caution);
}

/// "Can I go for a short walk?", "take a long run": a walk or run taken is the exercise asked about, not
/// back-story as in "it hurts after a long walk".
#[test]
fn a_walk_or_run_taken_is_the_exercise_asked_about() {
    for q in [
        "ACL recon 10 months ago. Can I go for a short jog?",
        "Can I go for a long walk with my knee arthritis?",
    ] {
        common::assert_ruling(q, "walking_running", Verdict::Recommended);
    }
}

/// "Can I start on the leg curl machine?": starting on a machine is the plan, not where something happened
/// ("I hurt it on the leg press").
#[test]
fn starting_on_a_machine_is_the_exercise_asked_about() {
    let q = "TKR 5 weeks ago. Walking round the shops without the stick now and the bend is nearly at 120. \
             Can I start on the leg curl machine at the leisure centre?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
}

/// "Can I jump on the hamstring curl machine?": getting on an exercise is no jumping; jumping onto
/// something else still is.
#[test]
fn getting_on_an_exercise_is_no_jumping() {
    let q = "Meniscectomy 7 weeks ago. Can I jump on the hamstring curl machine at the gym or is that a bad \
             idea?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Depends);
    common::assert_verdict(
        "meniscus tear. can I jump on the trampoline?",
        Verdict::NotCovered,
    );
}

/// "Running late", "running a high temp": another verb, not the exercise.
#[test]
fn running_late_or_running_a_temperature_is_no_running() {
    let q = "Knee OA. I'm running late for the gym, are squats ok to do quickly?";
    common::assert_ruling(q, "squats", Verdict::Recommended);
    let answer = ask(
        "been running a high temp since friday and my knee aches. is that normal?",
        None,
    );
    assert_ne!(answer.topic.as_deref(), Some("walking_running"));
}

/// "Knee ext" is the leg extension shortened, and kicks done sitting with ankle weights are leg extensions
/// done at home: isolated quad work, to go carefully with.
#[test]
fn shortened_or_home_leg_extensions_are_isolated_quad_work() {
    for q in [
        "knee ext on the machine ok? meniscus tear from last year",
        "My nan sits in her armchair doing leg kicks with ankle weights for her arthritis. Good idea?",
    ] {
        common::assert_ruling(q, "quad_isolation", Verdict::Caution);
    }
}

/// "Just tell me leg curls are fine": reassurance asked for is asking whether they are.
#[test]
fn reassurance_asked_for_is_a_question() {
    common::assert_ruling(
        "just tell me hamstring curls are ok lol. ACL reconstruction 2 weeks ago and my hamstring won't fire",
        "hamstring_strengthening",
        Verdict::OkForNow,
    );
}

/// The knee straightened from sitting, told without a name ("those seated knee straightening things with an
/// ankle weight", "straightening my leg while sitting"), is the leg extension.
#[test]
fn the_knee_straightened_from_sitting_is_the_leg_extension() {
    for q in [
        "My old PT sheet has those seated knee straightening things with an ankle weight. Should I keep them \
         up for my arthritis?",
        "Is kicking my leg out straight while seated, with a weight on my shin, ok for my chondromalacia?",
        // Sitting, with no chair named, and the leg kicked out straight; or straightened with ankle weights.
        "sat on the sofa of an evening I kick each leg out straight and hold for ten. arthritis in both \
         knees. good or bad?",
        "My arthritic knee gets 3 sets of straightening my leg with ankle weights on. Is that wise?",
    ] {
        common::assert_ruling(q, "quad_isolation", kneebot_core::Verdict::Caution);
    }
}

/// "Not asking about curls, I mean stretching": an exercise named only to say it is not the question is
/// no exercise named, so what is asked (stretching, which the material does not cover) decides.
#[test]
fn an_exercise_disclaimed_is_not_the_question() {
    for q in [
        "not talking about leg curls here, I mean stretching the hamstrings. is that fine with arthritis?",
        "I don't mean the curl machine. is hamstring stretching ok for my knee OA?",
    ] {
        let got = common::assert_verdict(q, Verdict::NotCovered);
        assert_eq!(got.topic, None, "{q}");
    }
    // Said of something else, the exercise is still the question.
    common::assert_ruling(
        "not asking about my back, just my knee: are leg curls ok with arthritis?",
        "hamstring_strengthening",
        Verdict::Avoid,
    );
}

/// Banded lateral walks are glute work, not walking.
#[test]
fn banded_lateral_walks_are_glute_work() {
    let answer = ask(
        "Runner's knee. My physio added banded lateral walks. Worth keeping them in?",
        None,
    );
    assert_eq!(
        answer.topic.as_deref(),
        Some("glute_strengthening"),
        "{}",
        answer.guidance
    );
}

/// Heel digs (the heel pressed down into the bed) are hamstring work: in the early window, fine for now.
#[test]
fn heel_digs_are_hamstring_work() {
    let q = "6 days post TKR, hamstring wont fire at all. PT has me doing heel digs into the bed, right idea?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::OkForNow);
    // The machine told by what one does on it.
    let q = "Is the machine where you lie and bend your knees ok for my arthritis?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    // "Prone knee bends" (the lying curl by its clinical name), beside quad work the list also names.
    let q = "TKR a year ago. My sheet has straight leg raises and prone knee bends with an ankle weight. \
             Should I keep doing the prone knee bends?";
    common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
}

/// "The glute thing", "the hamstring thing": the material's advice on the muscle, named loosely.
#[test]
fn the_muscles_thing_is_its_training() {
    common::assert_ruling(
        "I don't have OA though, I have a torn ACL I never got fixed (5 yrs ago). does the glute thing apply to me too?",
        "glute_strengthening",
        Verdict::Recommended,
    );
    let answer = ask("knee OA for years. is the hamstring thing ok for me?", None);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{}",
        answer.guidance
    );
}

/// Two muscles weighed against each other ("glutes over hammies", "glutes vs hamstrings") ask which to
/// train, as a training word would; two muscles told of together ("hamstrings and glutes are tight") do
/// not.
#[test]
fn muscles_weighed_against_each_other_ask_which_to_train() {
    for q in [
        "thx!! so basically glutes over hammies for my OA yeah?",
        "glutes vs hamstrings for my OA?",
    ] {
        common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
    }
    let answer = ask("my hamstrings and glutes feel tight. any idea why?", None);
    assert_eq!(answer.topic, None, "{}", answer.guidance);
}

/// "The extension machine" is the leg extension machine.
#[test]
fn the_extension_machine_is_quad_isolation() {
    common::assert_ruling(
        "Knee arthritis. My gym's programme has leg extensions and leg curls. Is the extension machine at \
         least the lesser evil of the two?",
        "quad_isolation",
        Verdict::Caution,
    );
}

/// Chair stands (standing up from a chair and sitting back down, or getting "up and down from a chair", the
/// material's own words) are squats.
#[test]
fn chair_stands_are_squats() {
    common::assert_ruling(
        "My mum has arthritis. Which is better for her, the leg extension machine or the chair stands?",
        "squats",
        Verdict::Recommended,
    );
    common::assert_ruling(
        "Mum has knee arthritis. Is the getting up out of the armchair exercise her physio gave her a good one?",
        "squats",
        Verdict::Recommended,
    );
    common::assert_ruling(
        "knee arthritis. The physio has me sitting down onto the bed and standing back up 10 times. Good?",
        "squats",
        Verdict::Recommended,
    );
    common::assert_ruling(
        "is going up and down off the sofa ten times with my arms crossed a good exercise for my knee arthritis?",
        "squats",
        Verdict::Recommended,
    );
}

/// The hamstring or the heel squeezed down into the bed is the heel dig, hamstring work told by what it does:
/// days after an operation it is fine for now.
#[test]
fn the_hamstring_squeezed_into_the_bed_is_hamstring_work() {
    for q in [
        "My mum had her knee replaced on Wednesday. The physio has her squeezing her hamstring down into the bed. Is that the right thing for her to be doing?",
        "I had my knee replaced on Wednesday. The physio has me pushing my heel down into the bed, is that ok?",
    ] {
        let answer = common::ask_on(q, "2026-12-03");
        assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"), "{q}");
        assert_eq!(answer.verdict, Verdict::OkForNow, "{q}: {}", answer.guidance);
    }
}
