//! Open questions worded the way many members write them, through the core's public door: "what am I
//! actually supposed to do", "what I'm supposed to be doing", the words not turned round ("What I should
//! train?"), and a pain to be rid of where an exercise shows it ("so I don't have pain when I run").

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
