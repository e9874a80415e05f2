//! Which condition it is, asked, through the core's public door: a condition offered "or something else", "or
//! totally normal", for agreement ("you reckon?"), as a guess, to confirm ("am I right?"), after a comma, as
//! "… thing?" or with whether to have it checked, two offered with "any idea?", someone else's naming
//! questioned ("is it?", "any chance it's actually…?", "which one is correct?"), and "does that mean
//! arthritis?". Each is a diagnosis question with no exercise advice (`not_covered`), while the conditions
//! named are still recognised; a condition asked to be ruled out is named, and one told as known leaves the
//! exercise question its ruling.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "IT band syndrome or something else?" asks which problem it is: no exercise advice.
#[test]
fn a_condition_or_something_else_is_a_diagnosis_question() {
    let q = "around mile 4 of every run the outer side of my knee starts to burn. IT band syndrome or something else?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    assert!(answer.overview.is_empty(), "{q}");
}

/// A run named twice where the symptom shows ("10k into every run") is one setting: the question
/// after it asks what the problem is, not whether to run. Asked of the run itself, it is still a ruling.
#[test]
fn an_exercise_named_twice_where_a_symptom_shows_is_the_setting() {
    for q in [
        "about 10k into every run the outer side of my knee begins to ache, is that IT band or something worse",
        "10k into each long run my knee starts throbbing on the outside, could that be IT band syndrome",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
    }
    // Two problems offered, with a comma before the "or".
    let q = "on my runs the front of my knee starts to sting after a while. is that chondromalacia, or am I \
             dealing with arthritis?";
    common::assert_verdict(q, Verdict::NotCovered);
    // Whether an exercise is ok for the condition, or will harm, asks about the exercise.
    let q = "I've got arthritis in my knee. Walking: is it ok for arthritis, or will it wear the joint out?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    let q = "about two miles into every jog my knee aches a little, should I keep jogging?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "Which of the conditions he covers do I have?" asks which problem it is: no exercise advice.
#[test]
fn which_of_the_problems_i_have_is_a_diagnosis_question() {
    let q = "Which of the conditions he goes through do I have? Sore at the front of the knee on stairs, no injury.";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert!(answer.overview.is_empty(), "{q}");
}

/// Whether a symptom is the condition someone named, or something else, asked in other words: a story
/// of one's run is not a question about running.
#[test]
fn whether_it_is_the_condition_named_is_a_diagnosis_question() {
    for q in [
        "outside of my knee burns after about 3 miles every run, is that the IT band syndrome thing people talk about",
        "Daughter gets a sharp pain on the outside of her knee a few miles into every run. My friend reckons IT \
         band syndrome, is she right or might it be something different?",
        "the back of my knee has a soft lump when I squat. could it also be something more serious?",
        // Someone else's naming of the problem, and whether it holds.
        "My coach watched me run and thinks it's IT band syndrome. Could she be right? It hurts on the outside.",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
    }
    // Choosing among exercises is no diagnosis.
    let choice = ask(
        "I have runner's knee. Should I do squats or something else?",
        None,
    );
    assert_ne!(choice.verdict, Verdict::NotCovered, "{}", choice.guidance);
}

/// "Chondromalacia or totally normal?" asks whether it is a problem at all: a diagnosis question, though
/// the story names squats.
#[test]
fn a_condition_or_normal_is_a_diagnosis_question() {
    let q = "grinding/crunching behind my kneecap on front squats, no pain. chondromalacia or totally normal?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "Patellar tendonitis, you reckon?": a problem named for the reader to agree with is a diagnosis
/// question, with no exercise advice; the same condition told as known is not.
#[test]
fn a_condition_offered_for_agreement_is_a_diagnosis_question() {
    for q in [
        "The outside of my knee burns a few miles into every long run. IT band syndrome, do you think?",
        "Ache on the outer knee after cycling up hills. ITB, you reckon?",
        "Pain behind the kneecap on stairs and after sitting in the cinema. Chondromalacia, would you say?",
        // ...or with a hedge.
        "outer side of knee aches on downhill runs, IT band syndrome maybe?",
        "my knee locks after runs, a meniscus tear perhaps?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
        assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"), "{q}");
    }
    for known in [
        "I have a Baker's cyst, you reckon glute bridges are ok?",
        "I have IT band syndrome. is running ok maybe?",
    ] {
        let answer = ask(known, None);
        assert_ne!(
            answer.verdict,
            Verdict::NotCovered,
            "{known}: {}",
            answer.guidance
        );
    }
}

/// "Would that be the IT band?" guesses at what it is: a diagnosis question, no advice on the walking the
/// story tells of.
#[test]
fn a_guess_at_the_condition_is_a_diagnosis_question() {
    let q = "Walking the hills, after about an hour the outside of the knee starts to burn. Would that be the IT band?";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}

/// A named problem offered for the reader to confirm ("sounds like IT band syndrome to me, am I right?")
/// asks what it is; "right?" inside a question about an exercise does not.
#[test]
fn a_named_problem_offered_to_confirm_is_a_diagnosis_question() {
    for q in [
        "every run about 3 miles in I get burning on the outer side of my knee. sounds like IT band syndrome to me, am i right?",
        "ache at the front of the knee on stairs, runners knee, right?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
        assert!(answer.overview.is_empty(), "{q}");
    }
    let exercise = ask("I have IT band syndrome, right? So are squats ok?", None);
    assert_ne!(exercise.verdict, Verdict::NotCovered);
}

/// A condition asked alone as "… thing?", and whether an ache is to be expected or worth having checked:
/// what it is, asked, gets no exercise advice.
#[test]
fn a_condition_thing_or_whether_to_have_it_checked_is_a_diagnosis_question() {
    for q in [
        "every run past 5k the outer side of my knee starts burning\nit band thing?",
        "My knee replacement was 8 months ago and stairs still leave it aching more than walking. Is that to be \
         expected, or worth getting checked again?",
        "Knee clicks on stairs since my ACL surgery last year. Should I get it looked at?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
    }
}

/// Two conditions offered as alternatives, then a request for the reader's view ("IT band or meniscus,
/// any idea?"): which one it is, asked. The same two named as known are no question of what it is.
#[test]
fn two_conditions_then_any_idea_is_a_diagnosis_question() {
    for q in [
        "Around 5k in it hurts on the outer side of my knee, every single run. IT band or meniscus, any idea?",
        "Sharp pain inside the knee when I twist. Meniscus or MCL, what do you think?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
    let told = "I have an IT band problem and a meniscus tear. Should I do glute bridges?";
    assert_ne!(ask(told, None).verdict, Verdict::NotCovered, "{told}");
}

/// Someone else names the problem, and a bare "is it?" asks whether they are right.
#[test]
fn is_it_after_someone_names_the_problem_is_a_diagnosis_question() {
    common::assert_verdict(
        "outside of my knee starts burning after about 5k every run, teammate said thats defo ITB. is it?",
        Verdict::NotCovered,
    );
    // "Is it ok…" after the same story asks about running, not what the problem is.
    let q = "my physio said it's ITB. is it ok to keep running?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}

/// "Any chance it's actually a DVT?" asks what the problem is, though the post quotes what someone said
/// before; "any chance it's ok to squat?" asks about the exercise.
#[test]
fn the_chance_that_it_is_a_named_problem_is_a_diagnosis_question() {
    let q = "@mod you said in the other thread my pain behind the knee is probably a bakers cyst. any chance its \
             actually a DVT? it just aches behind the knee when I straighten it after sitting";
    let answer = common::assert_verdict(q, Verdict::NotCovered);
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
    let q = "I have a bakers cyst. Any chance it's ok to do squats?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// A condition named alone after a comma, following a clause that tells a symptom ("…burning 5k into every
/// run, IT band syndrome?"), asks whether that is what it is: no exercise advice, the condition still named.
/// After a clause that asks ("can I do squats with my sore knee, arthritis?") it tells the asker's problem.
#[test]
fn a_condition_asked_after_a_comma_is_a_diagnosis_question() {
    for (q, condition) in [
        (
            "outside of my knee starts burning around 5k into every run, IT band syndrome?",
            "it_band_syndrome",
        ),
        ("knee clicks every time I squat, meniscus?", "meniscus_tear"),
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.conditions.iter().any(|c| c == condition), "{q}");
    }
    for q in [
        "can I do squats with my sore knee, arthritis?",
        "My knee hurts when I squat, can I keep squatting with my knee, OA?",
        "Best exercises for knee pain, arthritis?",
        "I'm 45 with knee pain when running, would glute bridges help, runner's knee?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
    let q = "sore knee after hikes, leg extensions worth it, OA?";
    common::assert_verdict(q, Verdict::Caution);
}

/// "He mentioned bakers cysts in the video - is that what this is?": whether the problem named before is
/// the asker's is a diagnosis question, though the sentence before it tells of the video.
#[test]
fn whether_a_named_problem_is_the_askers_is_a_diagnosis_question() {
    for q in [
        "Found a soft lump at the back of my knee a few weeks ago, doesn't really hurt. He talks about \
         bakers cysts in the video - is that what this is??",
        "My knee clicks and gives way on stairs. Someone said meniscus tear. Could that be what I've got?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// "First doctor told cartilage, second doctor is telling osteoarthritis. Which one is correct
/// diagnosis?": which naming holds is a diagnosis question.
#[test]
fn which_naming_is_correct_is_a_diagnosis_question() {
    let q = "My mother is having knee pain since 2 years. First doctor told the cartilage is worn out \
             behind the kneecap, now second doctor is telling it is osteoarthritis. Which one is correct \
             diagnosis? Kindly advise";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    assert_eq!(
        answer.understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// "Which do you think it is?" after two clinicians name two problems asks the bot to pick one.
#[test]
fn which_one_the_bot_thinks_it_is_is_a_diagnosis_question() {
    for q in [
        "physio thinks it's the cartilage behind my kneecap, GP reckons it's a meniscus tear. which do \
         you think it is?",
        "Surgeon says arthritis, physio says it's my IT band. Which would you say it is?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// "Does that mean arthritis?" after a sound or an ache during an exercise asks what the problem is.
#[test]
fn does_that_mean_a_named_problem_is_a_diagnosis_question() {
    for q in [
        "my knee sounds like rice krispies when i squat. 52 never hurt it. does that mean arthritis",
        "Every time I do hamstring curls my knee aches the next day. Does that mean arthritis is starting?",
    ] {
        common::assert_diagnosis(q);
    }
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

/// "Which one is correct for my case?" after two pieces of advice (someone says do leg curls, the video
/// says hamstring work makes it worse) asks which advice holds: the exercise gets its ruling. After two
/// namings of the problem it is still a diagnosis question.
#[test]
fn which_advice_is_correct_is_not_a_diagnosis_question() {
    let q = "I tore my MCL on Saturday 2nd July, grade 2, no surgery. Since then the muscle at the back of my \
             thigh is not responding, it is like the muscle is sleeping. My brother-in-law is telling me to \
             do leg curls to wake it up. But this video is saying hamstring exercise will make knee worse. \
             Please which one is correct for my case now?";
    let answer = common::ask_on(q, "2026-07-05");
    assert_eq!(answer.verdict, Verdict::OkForNow, "{}", answer.guidance);
    common::assert_diagnosis(
        "First doctor said the cartilage is worn behind the kneecap, second doctor says it is \
         osteoarthritis. Which one is correct?",
    );
}
