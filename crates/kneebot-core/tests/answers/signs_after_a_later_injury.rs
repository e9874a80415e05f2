//! Sudden swelling after an injury told later in the story than an operation or a long routine, through the
//! core's public door: "two hours ago" dates the injury today, and an operation's own date, told in an
//! earlier sentence, is not the injury's (the story goes forward). A sign of an injury dated long ago is
//! still not today's. A date told in a later sentence beside an older injury or operation of its own is
//! that one's, not the new happening's ("fell off my bike and it blew up. Old ACL tear from years ago").

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn swelling_right_after_a_fall_told_hours_ago_or_after_an_operation_is_urgent() {
    for q in [
        "Been doing my bridges and step-ups for about eight months for my arthritis and feeling great. About \
         three hours ago I slipped on the wet floor at work and my knee twisted. Within 15 minutes it blew up \
         like a balloon. Should I still do my routine tomorrow?",
        "Knee replacement 8 months ago. Tripped on the stairs and twisted it, and within an hour the knee \
         had doubled in size. Are glute bridges ok tonight?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}

#[test]
fn a_sign_of_an_injury_dated_long_ago_is_not_todays() {
    for q in [
        "ACL reconstruction 2 years ago. Twisted it playing football 5 months ago, couldn't put weight on \
         it for a week. can I do squats?",
        "twisted my knee 3 months ago and it swelled up massively within an hour, all settled since. can I \
         do squats?",
    ] {
        let a = ask(q, None);
        assert_ne!(a.verdict, Verdict::Urgent, "{q}: {}", a.guidance);
    }
}

#[test]
fn a_date_in_a_later_sentence_beside_an_older_injury_or_operation_is_not_the_new_ones() {
    for q in [
        "came off my bike and my knee blew up like a grapefruit. I have an old ACL tear from years ago. \
         should I just carry on with squats",
        "twisted my knee at netball and it swelled up straight away. had my meniscus repaired in 2015. \
         can i still do bridges?",
        "Slipped on the ice and my knee ballooned within the hour. Old meniscus tear from 2019. Are squats \
         ok?",
        // A length in the happening's own sentence is no date of it, and an operation only feared owns
        // no date.
        "Had dodgy knees for 10 years but never anything like this, twisted my knee at five-a-side and it \
         swelled up like a balloon straight away. That was 2 hours ago, do you think I'll need surgery? Can \
         I keep doing squats?",
        "Think I've torn my ACL at netball, knee blew up straight away. Had a meniscus repair on that knee \
         in 2019. Can I do bridges?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
    // Dated in its own sentence, or by a later sentence naming no other event: the sign is old.
    for q in [
        "Back in 2023 my knee gave way and I couldn't put weight on it for a few days (MCL tear), healed \
         fine since. This spring I was told I have a meniscus tear too. Are squats bad for me?",
        "My knee swelled up massively after a fall. That was 4 months ago and it's settled. Are squats ok?",
    ] {
        let a = ask(q, None);
        assert_ne!(a.verdict, Verdict::Urgent, "{q}: {}", a.guidance);
    }
}
