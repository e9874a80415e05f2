//! Members who tell what they are doing now and ask whether to go on or stop, through the core's public
//! door: the choice asked with a pronoun for the exercise told of, or beside a question about the video.

use crate::common;

use common::assert_verdict;
use kneebot_core::Verdict;

/// "…or should I knock them on the head?", "do I stick with those?": stopping or going on with the
/// exercise the story told of is a ruling on it, though the question names it only by a pronoun.
#[test]
fn stopping_what_the_story_told_of_is_asked_about_it() {
    for q in [
        "Been doing nordic curls twice a week for football since preseason. Back of my knee aches for a \
         day or so after each session. Am I ok to push through it or should I knock them on the head?",
        "I have knee arthritis and I've been doing lying leg curls most nights. The back of my knee is a \
         bit sore after. Honestly not sure, do I stick with those or not?",
    ] {
        common::assert_ruling(q, "hamstring_strengthening", Verdict::Avoid);
    }
}

/// "Keep going or is this where he says to stop?": the choice between going on and stopping opens the
/// question, so it asks about the asker's own case even as it points at the video.
#[test]
fn keep_going_or_stop_asks_about_the_askers_case() {
    let q = "ACL recon 3 weeks ago. Full range of motion already, walking fine without crutches. I've \
             been doing lying hamstring curls every day on my own. Keep going or is this where he says to \
             stop?";
    let answer = assert_verdict(q, Verdict::Avoid);
    assert_eq!(
        answer.topic.as_deref(),
        Some("hamstring_strengthening"),
        "{q}"
    );
    // Without the choice, the question asks what the video says.
    let q = "I've been doing lying hamstring curls. Where in the video does he say to stop?";
    assert_verdict(q, Verdict::Info);
}

/// "Are hamstring curls still fine or have I missed the window he talks about?": whether the asker is
/// past the video's window asks about their own case, a ruling.
#[test]
fn whether_i_missed_the_window_asks_about_my_case() {
    let q = "acl surgery was 3 weeks ago. are hamstring curls still fine or have i missed the window he \
             talks about?";
    assert_verdict(q, Verdict::OkForNow);
}

/// "Worth getting back into them?" after a story of glute bridges the physio gave: going back to what the
/// story told of asks about it.
#[test]
fn going_back_to_what_the_story_told_of_asks_about_it() {
    let q = "ITB's flaring up again. Physio last year gave me clamshells and glute bridges and I got lazy \
             with them. Worth getting back into them or waste of time?";
    common::assert_ruling(q, "glute_strengthening", Verdict::Recommended);
}

/// "Should I keep doing loads of them?", "do even more of them?": how much of the exercise the story told
/// of is asked about it, and its ruling answers (the material gives no dose).
#[test]
fn how_much_of_what_the_story_told_of_is_asked_about_it() {
    for q in [
        "arthritis in my right knee. I do leg extensions most days. should I do way more of them to get \
         stronger quicker",
        "knee OA, been doing leg extensions with ankle weights. do I add even more of them to speed it up",
    ] {
        let answer = assert_verdict(q, Verdict::Caution);
        assert_eq!(answer.topic.as_deref(), Some("quad_isolation"), "{q}");
    }
}
