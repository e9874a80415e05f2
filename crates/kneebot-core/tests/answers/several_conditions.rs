//! Members with more than one thing going on, through the core's public door: a replacement told by its
//! side beside another knee's condition, an operation elsewhere in the body (a foot, the spine) beside a
//! knee condition, a request of one word, a muscle that "won't really kick in" beside an arthritic knee.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "The left is a replacement", "since the replacement on my right": a knee replacement told by its side.
/// A replacement part for something else is no knee.
#[test]
fn a_replacement_told_by_its_side_is_a_knee_replacement() {
    for q in [
        "twisted my good knee (right, the left is a replacement) yesterday, is this a meniscus tear?",
        "I can't kneel or squat at all since the replacement on my right. Left knee has a meniscus tear. \
         Are squats a good idea for me?",
    ] {
        let answer = ask(q, None);
        assert!(
            answer.conditions.contains(&"knee_replacement".to_string()),
            "{q}: {:?}",
            answer.conditions
        );
    }
    let q = "Waiting on replacement parts for my car, knee OA. Squats?";
    assert!(
        !ask(q, None)
            .conditions
            .contains(&"knee_replacement".to_string()),
        "{q}"
    );
}

/// Operations elsewhere in the body open the same window and are dated where told: a plantar fascia
/// release, a spinal or ankle fusion ("from 2015" dates it), not "fusion food".
#[test]
fn an_operation_elsewhere_in_the_body_is_an_operation() {
    let q = "Ankle fusion 3 weeks ago and knee OA. Are leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::OkForNow, "{q}");
    let q = "My wife had a plantar fascia release on her foot start of October. She also has a bakers cyst. \
             Is the leg curl ok for her?";
    assert_eq!(ask(q, None).verdict, Verdict::Depends, "{q}");
    let q = "Chondromalacia in both knees, plus an ankle fusion on the right from 2015. Are leg curls ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Avoid, "{q}");
    let q = "I love fusion food and I have knee OA. Leg curls?";
    assert_eq!(ask(q, None).understood.event, None, "{q}");
}

/// "Exercises??" as the whole question asks for what to do; a muscle that "won't really kick in" is a
/// muscle that does not fire, beside the other knee's arthritis.
#[test]
fn a_one_word_request_and_a_muscle_that_wont_kick_in() {
    let q = "torn meniscus + hip bursitis. exercises??";
    let answer = ask(q, None);
    assert_eq!(answer.verdict, Verdict::Recommended, "{q}");
    assert!(!answer.overview.is_empty(), "{q}");
    let q = "7 weeks since my right TKR. I still cant really get the hamstring to kick in when I try. Left \
             knee is arthritic. What should I be working on right now?";
    let answer = ask(q, None);
    let hamstring = common::overview_verdict(&answer, "hamstring_strengthening");
    assert_eq!(
        hamstring,
        Some(Verdict::OkForNow),
        "{q}: {:?}",
        answer.overview
    );
}
