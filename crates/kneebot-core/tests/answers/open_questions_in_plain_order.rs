//! Open questions worded the way many members write them, through the core's public door: "what am I
//! actually supposed to do", "what I'm supposed to be doing", the words not turned round ("What I should
//! train?"), a pain to be rid of where an exercise shows it ("so I don't have pain when I run"), a routine
//! asked for, and "what would you do in my shoes?".

use crate::common;

use common::ask;

#[track_caller]
fn assert_overview(q: &str) {
    let answer = ask(q, None);
    assert!(!answer.overview.is_empty(), "{q}: {}", answer.guidance);
}

#[test]
fn supposed_to_asks_what_to_do() {
    assert_overview("had meniscus surgery, not really sure what I'm supposed to be doing now?? don't want to just sit around");
    assert_overview("No plan, no referral, nothing. So what am I actually supposed to DO exercise-wise for arthritic knees??");
}

#[test]
fn a_question_not_turned_round_still_asks() {
    assert_overview("I have IT band syndrome. What I should train?");
    assert_overview("my knee arthritis is bad this winter, so what we can do now?");
}

/// The pain the asker wants gone shows when they run: running is its setting, not the exercise asked
/// about. A pain denied outright ("no pain when I run now") is no symptom.
#[test]
fn a_pain_to_be_rid_of_is_shown_where_it_is() {
    for q in [
        "my ortopedist say I have IT band syndrome. What I should train so I dont have this pain anymore when I run long distance?",
        "I have IT band syndrome. What should I do so it doesnt hurt when I run?",
    ] {
        let answer = ask(q, None);
        assert!(!answer.overview.is_empty(), "{q}: {}", answer.guidance);
        assert_ne!(answer.topic.as_deref(), Some("walking_running"), "{q}");
    }
}

/// A routine asked for ("is there a routine for after a meniscus repair?", "a routine you'd suggest?"),
/// what the strength work should look like, and what the one answering would do "in my shoes" ask what
/// to do.
#[test]
fn a_routine_or_what_you_would_do_in_my_shoes_asks_what_to_do() {
    assert_overview("is there a routine for after a meniscus repair?");
    assert_overview("Knee OA, 67 years young. Is there a routine you'd suggest? I walk the dog 30 min most days.");
    assert_overview("Meniscectomy was last year. Knee's grumbly since I upped my mileage. What should my strength work look like?");
    assert_overview(
        "Tore my meniscus in October, surgeon wants rehab first. What would you do in my shoes?",
    );
}

/// The activity an injury happened in ("torn mcl skiing") is how it happened, not what is asked about.
#[test]
fn the_activity_an_injury_happened_in_is_not_asked_about() {
    assert_overview("torn mcl skiing 2 wks ago what should i be doing");
    assert_overview("hurt my knee dancing last month what should i be doing now");
}
