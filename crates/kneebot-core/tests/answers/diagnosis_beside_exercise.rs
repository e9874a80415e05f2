//! A post with a diagnosis question of its own beside an exercise question, through the core's public
//! door: what the problem is comes first, so the answer gives no exercise advice (the README: a diagnosis
//! question gets none). Asked in the words members use: whether it is normal, what causes it, whether an
//! injury could happen so, whether they have the problem at all, whether a cyst has burst, what they have
//! done to it, which of two problems it is, whether an implant is loose, whether a scan is needed.

use crate::common;

use common::{assert_diagnosis, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_diagnosis_question_of_its_own_comes_before_the_exercise() {
    for q in [
        "Knee replacement a year ago and it still aches on the stairs. Is that normal?? Should I keep up the \
         hamstring curls?",
        "Scan showed a Baker's cyst and some arthritis. Could the cyst be coming from the arthritis? Also is \
         it ok to keep walking on it?",
        "Is it even possible to tear your meniscus just kneeling down?? felt a pop yesterday. should I keep \
         doing my squats?",
        "Baker's cyst behind my left knee, the calf aches after walks but isn't swollen. Is that the cyst \
         doing it? could it have burst? can I still do bridges?",
    ] {
        assert_diagnosis(q);
    }
}

/// "Is the graft stretched or something?", "does sprained mean it's torn?": what the report or the knee
/// means is a diagnosis question too.
#[test]
fn what_the_knee_or_the_report_means_is_a_diagnosis_question() {
    for q in [
        "ACL reconstruction 5 months ago, the knee puffs up after training now. Is the graft stretched or \
         something? His coach has him on nordic curls, should he stop those?",
        "MRI says a sprained MCL. does sprained mean its torn or just stretched?? and can I keep doing the \
         hamstring curls?",
    ] {
        assert_diagnosis(q);
    }
}

/// The diagnosis question's own words ("do I even have…", "how would I know…") are no request for advice:
/// they do not hide it behind the exercise question that follows.
#[test]
fn a_diagnosis_question_worded_with_do_i_or_would_i_comes_first() {
    for q in [
        "Do I even have meniscus tear or is it my hip?? Pain is on the inside of the knee. Mostly want to \
         know if I should quit the leg press, it hurts most there",
        "are squats ok with my runners knee? and how would i know if its torn, it clicks more than last month",
    ] {
        assert_diagnosis(q);
    }
}

/// How to tell it is a named problem, where it comes from, the reader's guess, which of two it is, whether
/// it is the one named, and whether a clinician should see it: each asked in a sentence of its own beside
/// an exercise question.
#[test]
fn each_kind_of_diagnosis_question_comes_before_the_exercise() {
    for q in [
        "Pain on the outside of the knee on long walks. How can you tell if it's IT band? Should I keep \
         walking?",
        "Front of my knee aches after cycling. Is the ache coming from my quads or the kneecap? should I \
         stop the leg extensions?",
        "Tweaked it skiing in March. Do you think it's torn? Can I squat?",
        "Physio says IT band, doctor says meniscus. Which one have I got? And can I keep running?",
        "Lump at the back of my knee. Is it baker cyst? can I do the clamshells?",
        "Hurts after every game. Should I get it looked at? And can I keep doing leg extensions?",
        "Knee locks up for a second every few days then frees itself. Should I go and see a specialist? \
         Meanwhile are leg curls ok?",
        "My surgeon says the graft is fine but it still feels loose. Should I ask for another opinion? and \
         are squats alright for now?",
    ] {
        assert_diagnosis(q);
    }
}

/// Whether it is normal this far on or to feel so, and whether it needs an operation, asked beside an
/// exercise question: what the problem is comes first. "Is it normal to do squats…?" asks about doing them.
#[test]
fn whether_it_is_normal_so_far_on_or_needs_an_operation_comes_first() {
    for q in [
        "Knee replacement 5 months ago and it still only bends to 90. I do my exercises daily. Is this \
         normal so long after? And should I keep up the leg curls?",
        "TKR 9 months ago, mornings are still stiff. Is it normal to still be this sore? and can I do \
         squats?",
        "MRI says a degenerative meniscus tear. Do I really need an operation? and are glute bridges ok \
         meanwhile?",
    ] {
        assert_diagnosis(q);
    }
    common::assert_ruling(
        "Is it normal to do squats with arthritis in both knees?",
        "squats",
        kneebot_core::Verdict::Recommended,
    );
}

/// Whether to have the knee imaged ("should I get an MRI?") asks what the problem is, like a second
/// opinion; "what is it?" after a symptom told asks it too, and after a thing named asks what that is.
#[test]
fn whether_to_get_a_scan_or_what_a_symptom_is_comes_first() {
    for q in [
        "should I push for an MRI on my knee? and can I keep doing lunges and squats in the meantime",
        "the inside of my knee clicks and aches after football, what is it?",
    ] {
        assert_diagnosis(q);
    }
    let answer = common::ask("20 a day program, what is that?", None);
    assert_eq!(
        answer.verdict,
        kneebot_core::Verdict::Info,
        "{}",
        answer.guidance
    );
}

/// A question that only checks a problem someone named just before it ("my trainer reckons it's IT band
/// syndrome. Is he right?", "Could it be that?", "is that big?") asks what the problem is. One that checks
/// a claim about an exercise, or what the asker does, keeps its ruling.
#[test]
fn checking_a_problem_someone_named_is_a_diagnosis_question() {
    for q in [
        "My coach reckons the ache under my kneecap is patellar tendonitis. Is he right? And should I keep \
         doing bridges for it?",
        "Sore on the outside of my knee after runs and my yoga teacher thinks it's IT band syndrome. Could it \
         be that? Should I stop the leg extensions?",
        "Ultrasound says 4.5cm baker's cyst. is that big?? can I keep doing squats",
        "Scan showed a meniscus tear, my mate says its a bad one, is he right? can i still walk my dog",
        "my brother had chondromalacia years ago and now my kneecap crunches on stairs. is that what ive got? \
         can i keep doing leg extensions",
    ] {
        assert_diagnosis(q);
    }
    for (q, want) in [
        (
            "I have arthritis. My trainer reckons strong hamstrings protect the knee. Is he right? Should I \
             do leg curls?",
            Verdict::Avoid,
        ),
        (
            "The doctor said I have cartilage damage behind the kneecap. At the gym I only use the leg \
             extension machine. Is it correct?",
            Verdict::Caution,
        ),
        (
            "My physio said no squats for my arthritis. Is she right? Are bridges ok?",
            Verdict::Recommended,
        ),
    ] {
        assert_verdict(q, want);
    }
}

/// Whether an injury happened ("could I have damaged my ACL?"), whether someone has the problem ("does she
/// have…"), which of two problems it is, what it still does ("is it normal that my knee still clicks…"),
/// whether the problem named causes it, and a guess told as "its" (no apostrophe) then checked.
#[test]
fn more_ways_of_asking_what_the_problem_is_come_first() {
    for q in [
        "Went over on my knee at football yesterday, could I have damaged my ACL? Should I keep running on it?",
        "My daughter's knee hurts going downstairs. Does she have a cartilage injury? can she still do squats",
        "Could this be a Baker's cyst or my cartilage? can I still walk every day?",
        "Is it normal that my knee still clicks 3 months after my meniscus repair? Also can I do bridges?",
        "Could my arthritis be the reason squats hurt? should I keep doing them?",
        "my physio reckons its a meniscus tear, sore on the inside when I twist. Is my physio right? should I \
         stop squatting",
    ] {
        assert_diagnosis(q);
    }
}

/// What causes it ("is tight ITB the reason my knee hurts?"), whether someone named has the problem ("does
/// my wife have a Baker's cyst?"), whether what it does is a worry ("is it serious that…"), and whether the
/// operation failed ("did the surgery go wrong?"); "is it bad if I skip…" still asks about the exercise.
#[test]
fn whether_something_causes_it_or_the_operation_failed_comes_first() {
    for q in [
        "is my tight IT band the cause of my knee pain? I run a lot. should I keep running?",
        "Does my wife have a baker's cyst? there's a lump behind her knee. can she do bridges?",
        "is it worrying that my knee still swells after every walk 8 months after my meniscus repair? should I \
         walk less?",
        "did the surgery go wrong? ACL reconstruction 7 months ago and it still feels unstable. are squats ok?",
    ] {
        assert_diagnosis(q);
    }
    assert_verdict(
        "is it bad if I skip bridges? I have arthritis in my knee and they bore me",
        Verdict::Recommended,
    );
}

/// A cause of the problem someone named ("my coach reckons weak glutes are causing my knee pain"), then
/// checked ("is that true?"), asks what the problem is.
#[test]
fn a_cause_someone_named_then_checked_comes_first() {
    assert_diagnosis(
        "my running coach reckons my flat feet are the cause of my knee pain. is that true? can I keep running?",
    );
}

/// A post typed with no stops asks its diagnosis question in a clause of its own, opened by a joining word
/// before the exercise question; the story before the question asks nothing. One question with no
/// diagnosis in it still gets its ruling.
#[test]
fn a_diagnosis_clause_in_a_post_with_no_stops_comes_first() {
    for q in [
        "my knee still clicks 2 months after my scope is that normal also can i do squats",
        "twisted it at netball last week can still walk ok tho do u reckon i tore my meniscus and are bridges ok",
    ] {
        assert_diagnosis(q);
    }
    assert_verdict(
        "i have arthritis in my knee and can i do squats also are bridges ok",
        Verdict::Recommended,
    );
}

/// Whether the knee needs an operation, and what a grade on the asker's report means, are for the
/// clinician: asked beside an exercise question, they come first.
#[test]
fn whether_to_operate_and_a_reports_grade_come_first() {
    for q in [
        "Do I really need the meniscus surgery or can I manage it with rehab? Can I keep walking for now?",
        "scan report says grade 3 cartilage damage. what does grade 3 mean, is it serious? can i still squat",
    ] {
        assert_diagnosis(q);
    }
    let q =
        "do I need physio after my surgery? ACL reconstruction 2 weeks ago, can I do leg curls?";
    let got = common::ask(q, None);
    assert_ne!(got.understood.intent.as_deref(), Some("diagnosis"), "{q}");
    assert_ne!(got.verdict, Verdict::NotCovered, "{q}");
}

/// Two names for the problem set against each other as the whole question ("IT band syndrome or runners
/// knee?"), and the asker's own guess checked with a tag ("I don't think I've torn my ACL... have I?"),
/// ask what it is, before the exercise asked beside them.
#[test]
fn one_name_against_another_or_a_guess_checked_asks_what_it_is() {
    for q in [
        "outside of my knee starts hurting about 5k into a run. IT band syndrome or runners knee? also should \
         I keep running or swap to the bike",
        "twisted my knee at footy last week, felt something shift, bit sore but I'm walking fine. I don't \
         think I've torn my ACL... have I? can I do bridges in the meantime",
    ] {
        assert_diagnosis(q);
    }
    // Two conditions named in a question about exercises ask no diagnosis.
    assert_verdict(
        "meniscus tear or ACL tear, which exercises are best?",
        Verdict::Recommended,
    );
}

/// Whether the knee was hurt again ("did I re-tear it?", hyphen or not), and whether what the asker
/// describes is a named problem ("is the lump behind my knee a Baker's cyst?") ask what it is, even after a
/// story that names an exercise or a recovery sign.
#[test]
fn hurt_again_or_a_described_thing_named_asks_what_it_is() {
    for q in [
        "Twinge in my knee during step-ups this morning, 6 months after my ACL reconstruction. I can still \
         walk on it. Did I re-tear it?",
        "felt a pop on the stairs, a year after my meniscus repair. could I have damaged it again?",
        "is the soft bump at the back of my knee a baker's cyst?",
        "could the ache on the outside of my knee be an IT band thing? it comes on in my runs",
    ] {
        assert_diagnosis(q);
    }
    // A described thing set beside an exercise asks about the exercise.
    assert_verdict(
        "is the leg curl machine a bad idea with a baker's cyst?",
        Verdict::Avoid,
    );
}

/// "It's just a baker's cyst, right?": what the problem is, played down and offered for agreement, still
/// asks what it is; an exercise offered for agreement does not.
#[test]
fn a_problem_played_down_and_offered_for_agreement_is_a_diagnosis_question() {
    for q in [
        "the back of my knee puffs up after long walks. it's just a baker's cyst and harmless, right?",
        "knee clicks going down stairs, probably only wear and tear, yeah?",
        "twinge on the inside of my knee since football. nothing serious, right?",
    ] {
        assert_diagnosis(q);
    }
    assert_verdict(
        "squats are fine for my knee arthritis, nothing to lose, right?",
        Verdict::Recommended,
    );
}

/// More shapes of the diagnosis question beside an exercise question: what the asker has done to it,
/// whether it is dislocating, whether a tear has got bigger, which of two problems it is, whether an
/// implant is loose or has gone wrong, whether a scan is needed.
#[test]
fn more_shapes_of_the_diagnosis_question_come_first() {
    for q in [
        "what have I done to it 😩 knee aches on the inside after a long hike, no fall or anything. also is \
         it ok to keep doing glute bridges?",
        "my kneecap feels like it slides out a bit when I pivot. is it dislocating? still fine to do glute \
         bridges?",
        "Tore my meniscus last year (never had surgery). Now the knee catches sometimes. Has the tear got \
         bigger?? Glute bridges still fine?",
        "Runner's knee or patellar tendinitis? Pain just below the kneecap after hill runs. Also how bad are \
         squats for it",
        "Had a TKR in March. Knee clicks and clunks when I walk now. Is the implant loose?? and can I still \
         do my usual 5k walk",
        "Knee replacement 9 months ago and still some pain. Is this normal or has something gone wrong with \
         the implant? Should I keep at the leg curls in the meantime?",
        "Hurt it skiing 2 weeks ago. Do I need an MRI? Hamstring curls meanwhile y/n",
    ] {
        assert_diagnosis(q);
    }
    // Two exercises weighed is no diagnosis.
    assert_verdict("squats or lunges for my ACL tear?", Verdict::Recommended);
}
