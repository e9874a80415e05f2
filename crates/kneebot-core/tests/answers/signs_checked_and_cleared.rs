//! A warning sign told as past, then checked by a clinician and found fine ("physio checked my calf… she
//! said it's fine"), is history. Reassurance with no check, a sign told in the present, a sign back after
//! the check, and a check of something else leave it urgent. What the sign turned out to be ("it was clear,
//! just post-op swelling") is no sign told again.

use crate::common;

use kneebot_core::Verdict;

#[test]
fn a_past_sign_checked_and_found_fine_is_history() {
    for (q, want) in [
        (
            "Physio checked my calf on Tuesday, it was a bit sore after my meniscectomy, and she said it's \
             fine, just tight muscles. Op was 2 weeks ago. Can I do hamstring curls?",
            Verdict::OkForNow,
        ),
        (
            "Ran a temperature on day 3 after my knee replacement so they had me back in. They checked it \
             and did bloods, all clear. I'm at day 10. Is it ok to do glute bridges?",
            Verdict::Recommended,
        ),
    ] {
        common::assert_verdict(q, want);
    }
}

#[test]
fn reassurance_without_a_check_or_a_present_sign_stays_urgent() {
    for q in [
        // Said over the phone: no one checked it.
        "Had a temperature on day 3 after my knee replacement so I rang the ward. They said it's fine. Can I \
         do hamstring curls?",
        // Told in the present.
        "My calf is hot and swollen since my knee op, the physio checked it and said all fine. Can I do leg \
         curls?",
        // Back after the check.
        "My calf went hot and swollen after my TKR last week. GP checked it and said it's fine, but today \
         it's swollen again. Leg curls?",
        // The check was of something else.
        "Had a fever on day 4 after my ACL reconstruction. The physio checked my knee and said all fine. Day \
         9 now. Leg curls ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// The check must be a clinician's, of the sign itself, and the sign not told on after it.
#[test]
fn a_check_of_something_else_by_anyone_or_a_sign_told_on_stays_urgent() {
    for q in [
        "Had a fever on day 4 after my ACL reconstruction, the physio checked my knee and said all fine. Day \
         9 now. Leg curls ok?",
        "My calf was red and swollen last night after my knee op so I checked my temperature, all normal. \
         Leg curls?",
        "My calf went hot and swollen after my TKR. GP checked it and said it's fine. It's still hot and \
         tight though. Leg curls?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// A scan for a clot told as clear, then what the sign turned out to be ("just post-op swelling", "normal
/// swelling"), is the sign checked and found fine. The sign told again as it is ("just a bit swollen
/// still", "still swollen and hot") stays urgent.
#[test]
fn a_clear_scan_and_what_the_sign_turned_out_to_be_is_history() {
    let story =
        "My calf swelled up in the first week after my knee replacement and they scanned me for a \
                 clot,";
    for end in [
        "it was clear, just post-op swelling.",
        "it was clear, only normal swelling.",
    ] {
        let q = format!("{story} {end} That was 4 months ago. Can I do leg curls?");
        let got = common::ask(&q, None);
        assert_eq!(got.verdict, Verdict::Depends, "{q}: {}", got.guidance);
    }
    for end in [
        "it was clear, just a bit swollen still.",
        "it was clear but my calf is still swollen and hot.",
        "it was clear, but it is now more than typical swelling.",
        "it was clear, but today it is twice the normal swelling.",
    ] {
        let q = format!("{story} {end} That was 4 months ago. Can I do leg curls?");
        assert_eq!(common::ask(&q, None).verdict, Verdict::Urgent, "{q}");
    }
}

/// A finding told as clear that runs on into something else ("it was clear that I need a scan") is no
/// finding of fine.
#[test]
fn a_clear_that_runs_on_is_no_finding() {
    for q in [
        "My calf went hot and swollen last night, 10 days after my knee replacement. The nurse checked it \
         this morning and it was clear that I need a scan today. Are leg curls ok meanwhile?",
        "My calf went hot and swollen last night, 10 days after my knee replacement. The nurse checked it \
         this morning and was clear I need a scan today. Are leg curls ok meanwhile?",
    ] {
        assert_eq!(common::ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
}
