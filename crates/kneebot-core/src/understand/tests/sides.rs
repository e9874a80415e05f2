//! Which knee a question asks about: an operation told only of the other knee does not set the clock for
//! a one-leg exercise asked about; "right" that means correct, or a place on one knee, names no side.

use super::*;

#[test]
fn an_operation_on_the_other_knee_sets_no_clock() {
    let u = read(
        "ACL recon on my left was 3 weeks ago. My right knee has a meniscus tear. Are leg curls ok on the \
         right?",
    );
    assert_eq!((u.event, u.elapsed_days), (None, None));
    assert_eq!(ids(&u), ["meniscus_tear"]);
}

#[test]
fn right_as_correct_or_as_a_place_on_the_knee_names_no_side() {
    for q in [
        "ACL recon on my left knee 3 weeks ago. My right knee has arthritis. Is lying down the right way to \
         do leg curls?",
        "ACL recon on my left knee 3 weeks ago. My right knee has arthritis. Am I working the right muscles \
         with leg curls?",
        "ACL recon 3 weeks ago, it hurts on the right side of my knee. My left knee has arthritis. Are leg \
         curls ok for the left knee?",
    ] {
        let u = read(q);
        assert_eq!(u.event, Some(Event::Surgery), "{q}");
        assert_eq!(u.elapsed_days, Some(21.0), "{q}");
    }
}
