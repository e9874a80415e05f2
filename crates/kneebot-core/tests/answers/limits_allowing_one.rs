//! A clinician who allows one exercise alone ("nothing but walking", "walking only, nothing else", "I'm only
//! allowed to walk") rules out every other, through the core's public door; the one allowed is not ruled
//! out. A clinician's order told as a noun before the clinician ("strict instructions from the hip surgeon
//! not to squat") is a limit too. A saying that allows ("no problem, keep running") is no limit.

use crate::common;

use common::assert_verdict;
use kneebot_core::Verdict;

/// Another exercise asked about after one allowed alone: follow the clinician, never a go-ahead.
#[test]
fn an_exercise_allowed_alone_rules_out_the_others() {
    for q in [
        "my surgeon said nothing but walking for now. can I do bridges?",
        "Consultant told me walking only, nothing else, until my op in June. My son says squats would help. Are they ok?",
        "I'm only allowed to walk at the moment. Should I do glute bridges?",
        "physio has me on nothing but gentle walking this month. Are squats alright?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
    // The exercise allowed is not ruled out, and praise is no limit.
    for q in [
        "my surgeon said nothing but walking for now. can I walk to the shops?",
        "my physio said walking is great for me. can I do bridges?",
    ] {
        assert_verdict(q, Verdict::Recommended);
    }
}

/// "Strict instructions from the hip surgeon not to squat down at all": the order told as a noun.
#[test]
fn an_order_told_as_a_noun_before_the_clinician_is_a_limit() {
    let q = "Arthritis in both knees and a replaced hip, with strict instructions from the hip surgeon not \
             to squat down at all, ever. Should I be doing squats for my knees anyway?";
    assert_verdict(q, Verdict::NotCovered);
}

/// "No problem, keep squatting", "nae bother keep squattin": a saying that allows the exercise, not a limit
/// on it; "no squatting" still rules it out.
#[test]
fn no_problem_allows_and_is_no_limit() {
    for q in [
        "I have a Baker's cyst. My physio said no problem, keep running. Is running ok with it?",
        "Got arthritis in ma knee. Physio says nae bother keep squattin. Is squattin awright?",
    ] {
        assert_verdict(q, Verdict::Recommended);
    }
    assert_verdict(
        "I have a Baker's cyst. My physio said no running. Is running ok with it?",
        Verdict::NotCovered,
    );
}

/// A clearance with an exception keeps the exception limited: "cleared me for everything except deep squats
/// for another 2 months" leaves squats to the surgeon, whatever the video says of them.
#[test]
fn the_exception_to_a_clearance_stays_limited() {
    for q in [
        "Surgeon has cleared me for everything except deep squats for another 2 months (meniscus repair). The video says squats are one of the best things you can do though, so should I just start squatting anyway?",
        "physio signed me off for all activities apart from squats after my knee replacement. can I squat yet?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// A weight-bearing order written with a hyphen ("toe-touch weight bearing") is the same order: walking
/// without the crutches is the clinician's call, with or without a date.
#[test]
fn a_hyphenated_weight_bearing_order_is_an_order() {
    common::assert_verdict(
        "Physio has me on toe-touch weight bearing only. Any harm in ditching the crutches for a short stroll round the block?",
        Verdict::NotCovered,
    );
}
