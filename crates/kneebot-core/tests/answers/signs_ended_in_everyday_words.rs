//! Warning signs told as ended in everyday words, through the core's public door: a clot a clinician signed
//! off or a clear scan ruled out, a sign denied later ("no more swelling since"), told over ("all healed
//! since", "sorted out") or "fine since". Each is over; a sick note, a hope, a state that lasted "until
//! today" or a sign told again after it ends nothing.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// A clot that a clinician has signed someone off from is over; one not yet signed off is not.
#[test]
fn a_clot_signed_off_is_over() {
    let over =
        "After my knee replacement last spring my calf went hot and swollen, a clot, but the \
                consultant signed me off in the autumn. Can I do glute bridges now?";
    let answer = ask(over, None);
    assert_ne!(answer.verdict, Verdict::Urgent, "{}", answer.guidance);
    let now = "After my knee replacement my calf is hot and swollen, the consultant will sign me off next \
               week. Can I do glute bridges now?";
    assert_eq!(ask(now, None).verdict, Verdict::Urgent);
}

/// A clinician signing someone off work or sick is a sick note: the sign it sits beside is still there.
#[test]
fn a_sick_note_does_not_end_a_sign() {
    let q = "My calf is hot and swollen since my knee replacement 2 weeks ago, the GP signed me off work. \
             Glute bridges ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Urgent);
}

/// A sign denied later ("I don't have any fever since", "no more swelling") is over; denied only in hope,
/// or denied and then told again, it is not.
#[test]
fn a_sign_denied_later_is_over() {
    for q in [
        "After my ACL surgery I had fever for two days in the second week. The surgeon gave antibiotics and \
         since three weeks I don't have any fever. Are glute bridges ok?",
        "In October I had a blood clot in my calf, it was swollen and red, I took blood thinners. The last \
         ultrasound was clear and no more swelling since long time. Leg curls ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
    for q in [
        "After my knee replacement my calf is hot and swollen. Hopefully no more swelling by Friday. Glute bridges?",
        "My calf went hot and swollen after my knee replacement. No swelling this morning but the calf is hot. Glute bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A sign told over in the words people use: far from the subject ("the swelling's been completely gone
/// for over a week"), for a time ("fully healed for months"), "sorted out", or in a sentence that leaves
/// the subject out ("All healed since"). Not when a state of the sign follows, nor when the words go on to
/// something else ("Finished the antibiotics yesterday").
#[test]
fn a_sign_told_over_in_everyday_words() {
    for q in [
        "TKA 3 weeks ago. My calf got swollen and hot, the ER found a clot and the swelling's been completely \
         gone for over a week. Can I do glute bridges?",
        "ACLR 7 months ago. Had a wound infection around week 2, antibiotics sorted it and the incision has \
         been fully healed for months. Leg curls ok?",
        "Meniscus repair in April, then a fever in May that the antibiotics sorted out. Glute bridges ok?",
        "Meniscus repair in April, then a fever in May. All healed since, thank God. Glute bridges ok?",
    ] {
        let answer = ask(q, None);
        assert_ne!(answer.verdict, Verdict::Urgent, "{q}: {}", answer.guidance);
    }
    for q in [
        "Knee replacement 2 weeks ago. My wound is oozing. Finished the antibiotics yesterday. Glute bridges?",
        "Knee replacement 2 weeks ago. The wound got infected, antibiotics sorted it, but it's weeping. Glute \
         bridges?",
    ] {
        assert_eq!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A scan or a test that came back clear tells a clot over; a sign told as present after it is not over.
#[test]
fn a_clear_scan_tells_a_clot_over() {
    let over = ask(
        "Three weeks after my hip replacement I had a clot in my calf, hot and swollen. It was treated and the follow-up scan was clear. Walking well now. Are glute bridges a good idea?",
        None,
    );
    assert_eq!(over.verdict, Verdict::Recommended, "{}", over.guidance);
    let now = ask(
        "My calf was hot and swollen after the op. The scan was clear but it is still hot and swollen today. Can I do bridges?",
        None,
    );
    assert_eq!(now.verdict, Verdict::Urgent);
}

/// A sign denied after the words that tell it over ("…all healed now, no fever since July") is over too; a
/// sign denied while another is told ("no fever now but the wound is oozing") leaves the other.
#[test]
fn a_sign_denied_after_it_is_told_over_is_over() {
    let over = ask(
        "ACL repair in the summer. A week later I ran a temperature of 39 and the cut got infected, tablets for a week, fully healed now, no temperature since September. Are glute bridges alright?",
        None,
    );
    assert_ne!(over.verdict, Verdict::Urgent, "{}", over.guidance);
    let other = ask(
        "ACL repair in the summer. I ran a temperature of 39 last week, no temperature now but the cut is oozing. Are glute bridges alright?",
        None,
    );
    assert_eq!(other.verdict, Verdict::Urgent);
}

/// "It's been totally fine since" tells a sign over, past the adverb; a state that lasted "until today" or
/// held "before that" is over no longer.
#[test]
fn fine_since_tells_a_sign_over_unless_it_ended() {
    let over = "Locked after a fall in March, couldn't straighten it for two days; it's been absolutely fine since. Squats ok?";
    assert_ne!(ask(over, None).verdict, Verdict::Urgent, "{over}");
    for now in [
        "Fell this morning and my knee locked, I can't straighten it. It was fine ever since my op until today. Squats ok?",
        "My knee locked after a fall this morning and I can't straighten it, it had been fine since the op before that. Squats ok?",
        "My knee locked after a fall this morning and I can't straighten it. It's been fine since the op, until this morning. Squats ok?",
        // "Since" giving a reason tells nothing over.
        "Knee replacement 3 weeks ago. My calf is red and swollen but it's fine since it isn't hot. Glute bridges ok?",
    ] {
        assert_eq!(ask(now, None).verdict, Verdict::Urgent, "{now}");
    }
}

/// A locked knee told as over for good ("it's straightened fine ever since"): the exercise ruling answers,
/// not the warning. Told of a moment or of other things, the sign stays current: "it straightens fine when
/// I lie down", "I just want it back to normal", "my knee bend is back to normal".
#[test]
fn a_sign_told_over_for_good_is_over_but_not_one_told_of_a_moment() {
    let q = "Knee locked after a tackle in April and I couldn't straighten it, ended up having a meniscus repair \
             in May. It's straightened fine ever since. Are squats ok to start now?";
    assert_ne!(ask(q, None).verdict, Verdict::Urgent, "{q}");
    for q in [
        "twisted my knee yesterday and now it locks, i cant straighten it. it straightens fine when i lie down \
         but locks when i stand. can i do squats",
        "My calf is hot and swollen since yesterday. I just want it back to normal. What exercises can I do?",
        "Had TKR 3 weeks ago. Calf is hot and swollen. My knee bend is great, its back to normal. Can I do squats?",
        "My calf is swollen and red, the swelling has all settled around the ankle now. squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}
