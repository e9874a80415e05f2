//! Questions about what the material does not cover, through the core's public door: a `not_covered` answer
//! names the thing asked about, once; training aimed at it (the upper body, a pool, the elliptical), one
//! activity asked about (cycling, chair yoga), shoes, how to find out what it is, whether to operate and a
//! surgery day get no exercise ruling, while an exercise asked about in a question of its own, or in a last
//! clause beside it, is still answered, and a problem named beside the knee leaves the knee question.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A `not_covered` answer names the uncovered thing the question asks about, not one the story only tells
/// of (where the injury happened); with nothing asked about, it names what the post does.
#[test]
fn not_covered_names_what_is_asked_about() {
    let asked = ask(
        "My son tore his ACL playing soccer. What can I do to help him with the mental toll?",
        None,
    );
    assert_eq!(asked.verdict, Verdict::NotCovered);
    assert!(asked.guidance.contains("mental toll"), "{}", asked.guidance);
    assert!(!asked.guidance.contains("soccer"), "{}", asked.guidance);
    assert!(asked.understood.uncovered.contains(&"soccer".to_string()));
    // An exercise after an uncovered treatment asks about the treatment's aftercare; one before a test
    // ("before getting an MRI") does not make an open question about the test.
    let aftercare = ask("Can I do squats after a cortisone injection?", None);
    assert_eq!(aftercare.verdict, Verdict::NotCovered);
    assert!(
        aftercare.guidance.contains("injection"),
        "{}",
        aftercare.guidance
    );
    let before_test = ask(
        "I lost cartilage in my knee. Is there anything I can do before getting an MRI?",
        None,
    );
    assert_eq!(before_test.verdict, Verdict::Recommended);
    // Going back to a job is not exercise, whatever rehab the story tells of.
    let work = ask(
        "ACL reconstruction 6 weeks ago, doing my glute bridges and the hamstring work from the physio. \
         When can I return to work? I'm a carpet fitter.",
        None,
    );
    assert_eq!(work.verdict, Verdict::NotCovered, "{}", work.guidance);
}

/// Training aimed at something the material does not cover ("work hard on my upper body") asks about that
/// thing; training for the knee, whatever its equipment ("barbell exercises"), does not.
#[test]
fn training_aimed_at_an_uncovered_thing_asks_about_it() {
    let upper = ask(
        "Tore my MCL two months ago. I squat and deadlift normally. Thoughts on starting to train hard on my upper body meanwhile? Any advice appreciated.",
        None,
    );
    assert_eq!(upper.verdict, Verdict::NotCovered, "{}", upper.guidance);
    let knee = ask(
        "Tore my MCL two months ago. What barbell exercises help rehab it?",
        None,
    );
    assert_ne!(knee.verdict, Verdict::NotCovered, "{}", knee.guidance);
    // The uncovered thing just before the training word names its kind ("cardio exercise", "pool
    // workouts"); gear ("band workout") and a list ("stretching, exercises") do not.
    for question in [
        "My knees need rest. Is there a way to get some cardio exercise without any strain on them?",
        "Meniscus tear last year. Any pool workouts you would suggest?",
        "ACL reconstruction in the spring. Are there golf specific rehab exercises?",
    ] {
        let a = ask(question, None);
        assert_eq!(a.verdict, Verdict::NotCovered, "{question}: {}", a.guidance);
    }
    for question in [
        "Meniscus tear last year. Any resistance band workouts you would suggest?",
        "Sore knees after hiking. Any recommendations on stretching, exercises or anything that would help?",
        "Are there certain kinds of cardio workouts and leg exercises I can do with a torn meniscus?",
    ] {
        let a = ask(question, None);
        assert_ne!(a.verdict, Verdict::NotCovered, "{question}: {}", a.guidance);
    }
}

/// Another body part named beside the knee does not take the question away from the knee.
#[test]
fn a_problem_named_beside_the_knee_leaves_the_knee_question() {
    let both = ask(
        "People say squats wreck your knees and your lower back. Is that true?",
        None,
    );
    assert_eq!(both.verdict, Verdict::Recommended, "{}", both.guidance);
    let back_only = ask("Are squats bad for my lower back?", None);
    assert_eq!(
        back_only.verdict,
        Verdict::NotCovered,
        "{}",
        back_only.guidance
    );
}

/// Whether to have an operation is the surgeon's choice with the patient: no exercise ruling answers
/// "should I get the ACL reconstructed?", though exercise before a planned operation still gets one.
#[test]
fn whether_to_operate_gets_no_exercise_ruling() {
    for q in [
        "Tore my ACL skiing two years ago, did physio, no surgery. The knee feels stable for hiking. \
         Should I get the ACL reconstructed or keep going without it?",
        "My surgeon offered a scope for my meniscus tear. Should I have the scope or keep doing physio?",
        // Asked as what the reader would do.
        "Torn ACL a year ago, rehabbed it and it only gives way now and then. Would you have the \
         reconstruction or just keep up the squats and walking?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::NotCovered, "{q}: {}", answer.guidance);
        assert!(answer.overview.is_empty(), "{q}");
    }
    let planned = ask(
        "Having my ACL reconstructed next week. Should I do leg curls before it?",
        None,
    );
    assert_ne!(planned.verdict, Verdict::NotCovered, "{}", planned.guidance);
}

/// A question about something the material does not cover names it once, in one sentence with what to do
/// instead, not a second sentence saying the same.
#[test]
fn not_covered_names_what_is_not_covered_once() {
    let answer = common::assert_verdict(
        "is cycling good for my knee arthritis?",
        Verdict::NotCovered,
    );
    assert!(
        answer
            .guidance
            .starts_with("The material doesn't talk about cycling, so I won't guess"),
        "{}",
        answer.guidance
    );
    assert!(
        !answer.guidance.contains("doesn't speak to this"),
        "{}",
        answer.guidance
    );
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

/// The day of an operation is no training day: "what should my surgery day look like?" asks no overview.
#[test]
fn an_operation_day_is_no_training_day() {
    let q = "Knee replacement booked for Monday. What should my surgery day look like?";
    assert!(ask(q, None).overview.is_empty(), "{q}");
}

/// Whether paying for private physio is worth it is a question the material does not speak to, whatever
/// exercise the story says the asker does.
#[test]
fn paying_for_private_physio_is_not_covered() {
    let answer = ask(
        "Is it worth paying for private physio or am I wasting my money? NHS list is 5 months. I've got a \
         meniscus tear from a fall in November, I'm walking ok, doing the glute stuff from here.",
        None,
    );
    assert_eq!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}
