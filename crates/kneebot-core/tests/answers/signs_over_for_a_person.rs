//! A warning sign told as past and then the person who had it as fine ("it was a clot, treated, he's fine
//! now", "I'm all good now"), or a fever that broke, is over; through the core's public door. A sign told in
//! the present is not ended by the person feeling fine, and a return word in the next sentence ends nothing
//! unless it is about the sign.

use crate::common;

use common::assert_verdict;
use kneebot_core::Verdict;

#[test]
fn a_past_sign_then_the_person_fine_is_over() {
    for (q, want) in [
        (
            "Eighteen months ago, after my knee replacement, my calf swelled up and went red - a clot, they \
             gave me thinners and I'm fine now. Are lying leg curls ok?",
            Verdict::Avoid,
        ),
        (
            "My wife's calf got hot and puffy after her knee op two years back, it was a DVT and she's all \
             good now. I've had arthritis in my right knee for years. Squats ok for me?",
            Verdict::Recommended,
        ),
        (
            "Had a temperature for the first few days after my ACL reconstruction, then it broke. Op was 12 \
             days ago and my hamstring is still weak. Can I do leg curls?",
            Verdict::OkForNow,
        ),
    ] {
        assert_verdict(q, want);
    }
}

#[test]
fn a_sign_told_now_is_not_ended_by_the_person_feeling_fine() {
    for q in [
        "My calf is red and swollen since my knee replacement last week but I'm fine now otherwise. Leg curls?",
        "After my TKR 2 weeks ago my calf went hot and swollen, then I went down hard on the stairs. Leg curls?",
        "My calf has been hot and swollen since my knee op 10 days ago, he says I'm fine now. Leg curls?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

#[test]
fn a_return_in_the_next_sentence_must_be_about_the_sign() {
    // "Again" of jogging is no sign coming back; "IT band" is a name, not "it" pointing back.
    assert_verdict(
        "After my scope last year my calf went hot and swollen, a clot, treated, fine ever since. I have IT \
         band syndrome and want to start jogging again. Good idea?",
        Verdict::Recommended,
    );
    // A firm return ("has come back") tells the sign back wherever it stands; so does "again" of the sign.
    assert_verdict(
        "After my knee replacement 3 weeks ago my calf went hot and swollen, it settled down. This morning the \
         heat has come back. Leg curls?",
        Verdict::Urgent,
    );
    assert_verdict(
        "After my knee op my calf went hot and swollen, a clot, treated, and I'm fine now. But since this \
         morning it's swollen again. Can I do squats?",
        Verdict::Urgent,
    );
}
