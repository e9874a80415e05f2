//! Diagnosis questions, through the core's public door: asking what a problem is, in any words, gets no
//! exercise advice (`not_covered`), while the conditions named are still recognised.

mod common;

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

/// "My doctor diagnose me with…" tells a diagnosis already made; the question after it is about an
/// exercise. Asking someone to diagnose is still a diagnosis question.
#[test]
fn a_diagnosis_told_is_not_one_asked() {
    let told = ask(
        "My doctor diagnose me with IT band syndrome in January. Can I at least walk to my office every day?",
        None,
    );
    assert_eq!(told.verdict, Verdict::Recommended, "{}", told.guidance);
    let asked = ask(
        "Sharp pain on the inside of my knee on stairs. Can someone diagnose it?",
        None,
    );
    assert_eq!(asked.verdict, Verdict::NotCovered, "{}", asked.guidance);
    // Whether someone's claim about an exercise holds is asked of the exercise, not of the problem.
    let claim = ask(
        "My trainer says leg curls are bad for knee arthritis. Is he right?",
        None,
    );
    assert_eq!(claim.verdict, Verdict::Avoid, "{}", claim.guidance);
    // Whether it would be wrong to do an exercise is asked of the exercise, after a diagnosis told.
    let exercise = ask(
        "My physio said it's patellar tendonitis. Would it be wrong to keep doing squats?",
        None,
    );
    assert_ne!(
        exercise.understood.intent.as_deref(),
        Some("diagnosis"),
        "{}",
        exercise.guidance
    );
    // "Which is it" between two pieces of advice, then the exercise question: the exercise is asked.
    let advice = ask(
        "My trainer says squats wreck arthritic knees, the video says they're great. So which is it, should I squat?",
        None,
    );
    assert_eq!(advice.verdict, Verdict::Recommended, "{}", advice.guidance);
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

/// "Did I tear the graft?" asks whether an injury happened: no exercise advice, whatever the story's signs.
#[test]
fn whether_an_injury_happened_is_a_diagnosis_question() {
    let answer = ask(
        "[ACLR, 20M, week 10] felt a pop on a step down yesterday. no swelling, walking fine, no pain really. did I tear the graft?",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered);
    assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"));
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

/// What the problem is, asked in a question of its own, comes before the exercise asked about in another:
/// no ruling fits a problem not yet known. "Should I squat, or is that just more wear and tear?" asks
/// about the squats.
#[test]
fn a_diagnosis_question_beside_an_exercise_question_gets_no_ruling() {
    for q in [
        "Knee locks sometimes, could it be a meniscus tear? Is there a playlist for meniscus? Are squats ok?",
        "any chance it's actually a meniscus tear? can i still do squats?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"), "{q}");
    }
    let q = "Torn meniscus two years back. Should I be doing bodyweight squats at home as well, or is that just \
             more wear and tear?";
    assert_ne!(
        ask(q, None).understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// Whether a feeling is normal is a diagnosis question (the README names "is this normal?"), and one asked
/// in a sentence of its own comes before an exercise question beside it: no exercise advice.
#[test]
fn whether_an_ache_is_normal_beside_an_exercise_question_comes_first() {
    let q = "My knee aches after long walks, is that normal with arthritis? Should I keep walking every day?";
    assert_eq!(
        ask(q, None).understood.intent.as_deref(),
        Some("diagnosis"),
        "{q}"
    );
}

/// Whether a part of the knee is torn or damaged ("is my graft torn?", "have I torn my meniscus again?")
/// asks what the problem is: no exercise advice. Whether an exercise could tear it asks about the exercise.
#[test]
fn whether_a_part_is_torn_is_a_diagnosis_question() {
    for q in [
        "ACL reconstruction last spring. Felt something give during split squats yesterday, no swelling. Is \
         the graft damaged?",
        "Was out walking and my knee clicked loudly, bit sore now. Is my meniscus torn?",
        "Heard a crack stepping off a kerb, bit sore but I can walk. Have I torn my meniscus again?",
    ] {
        let answer = common::assert_verdict(q, Verdict::NotCovered);
        assert!(answer.overview.is_empty(), "{q}");
    }
    let q = "Meniscus repair last year. Could squats tear it again, or are they fine now?";
    assert_ne!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
    // A swelling asked about as gone is no diagnosis question.
    let q =
        "Knee replacement 5 months ago and the swelling is finally gone. Should I keep walking?";
    common::assert_verdict(q, Verdict::Recommended);
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

/// "Did a 15km hill walk on Saturday and my knee has been puffy since. Is that normal?": the story tells
/// with its "I" left out, and "that" points at the symptom, so the question asks whether the symptom is
/// normal: no exercise advice (it was `recommended` walking).
#[test]
fn is_that_normal_after_a_story_of_exercise_asks_about_the_symptom() {
    for q in [
        "Did a 15km hill walk on Saturday (first big one since the summer) and my arthritic knee has been \
         a bit puffy and stiff since. Not hugely, just more than usual. Is that normal?",
        "Did my first set of squats in months yesterday and my knee has been stiff and achy since. Is that \
         normal?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.understood.intent.as_deref(), Some("diagnosis"), "{q}");
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}");
    }
}

/// "Is it normal to be walking fine but still not able to kneel?", "…to still have pain": whether a state
/// is normal is a diagnosis question, not one about the exercise named in it (walking was recommended).
/// Whether doing an exercise is normal still asks about doing it.
#[test]
fn whether_a_state_is_normal_is_a_diagnosis_question() {
    for q in [
        "Is it normal to be walking totally fine 6 months after ACL reconstruction but still not able to \
         kneel at all?",
        "Is it normal to still have pain when walking 6 months after ACL reconstruction?",
    ] {
        common::assert_diagnosis(q);
    }
    let q = "Is it normal to do squats after ACL reconstruction?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
}

/// "Does that sound like IT band syndrome or something else?" asked in a sentence of its own is a
/// diagnosis question that comes before the exercise asked about in another ("Can I keep doing squats?").
#[test]
fn a_problem_asked_in_a_sentence_of_its_own_comes_before_an_exercise() {
    for q in [
        "Can I keep doing squats? Pain on the outside of my knee after about 5k every time I run, goes away \
         with rest. Does that sound like IT band syndrome or something else?",
        "Pain on the outside of my knee when I run. IT band syndrome or something else? Can I keep doing \
         squats?",
    ] {
        common::assert_diagnosis(q);
    }
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

/// "Is something loose in there?", "could something be torn?": whether something in the knee is wrong is a
/// diagnosis question, also beside an exercise asked about in another sentence.
#[test]
fn whether_something_in_the_knee_is_wrong_is_a_diagnosis_question() {
    for q in [
        "Had my right knee replaced 2 years ago. Lately it clunks when I go from sitting to standing, no \
         real pain. Is something loose in there?",
        "Could something be torn? I twisted it a month ago. Squats ok?",
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

/// An exercise asked for as a test of what is wrong ("which exercise would tell me if I've torn my ACL?",
/// "if I can do a full squat does that mean my meniscus isn't torn?") is a diagnosis question.
#[test]
fn an_exercise_asked_for_as_a_test_is_a_diagnosis_question() {
    for q in [
        "which exercise would tell me if ive torn my ACL? knee has felt wobbly since a skiing fall in jan",
        "what exercise would show whether my ACL graft has failed? knee keeps giving way on stairs",
        "if I can do a full squat without pain does that mean my meniscus isnt torn?",
    ] {
        common::assert_diagnosis(q);
    }
    // Whether the knee is ready for an exercise is still a question about doing it.
    common::assert_ruling(
        "meniscus tear. does that mean my knee is ok to squat?",
        "squats",
        Verdict::Recommended,
    );
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

/// Whether something was torn, or a named problem made worse, asked after exercising ("Have I made the
/// cartilage damage worse doing this? Could I have torn something?"), is a diagnosis question: no exercise
/// advice, however many exercises the story names.
#[test]
fn whether_something_was_torn_or_made_worse_is_a_diagnosis_question() {
    for q in [
        "I've been doing the 'glutes not hamstrings' approach for six weeks for my chondromalacia. Bridges, \
         clams, squats to a bench. And honestly the front of my knee feels worse than before I started. \
         Have I made the cartilage damage worse doing this? Could I have torn something?",
        "Did heavy leg presses yesterday and my knee has ached since. Could I have torn something?",
    ] {
        common::assert_diagnosis(q);
    }
}

/// "Could my knee pain be a torn meniscus? and should I do squats?": what the problem is, asked of the pain
/// itself, comes before the exercise; no ruling fits a problem not yet known.
#[test]
fn whether_the_pain_is_a_named_problem_comes_before_the_exercise() {
    common::assert_diagnosis("could my knee pain be a torn meniscus? and should I do squats?");
    common::assert_diagnosis("Could the swelling be a Baker's cyst? Are bridges ok?");
}
