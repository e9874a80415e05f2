//! Replies in a Discord thread quote another member with "> ": the quoted lines are that member's story.
//! Their limits and warning signs are not the asker's, however the quote is worded (abbreviations written
//! out: "PT", "ACLR"), unless the asker takes the quote as their own ("same here", "mine too").

mod common;

use common::{assert_ruling, assert_verdict_on};
use kneebot_core::Verdict;

#[test]
fn another_members_quoted_limit_is_not_the_askers() {
    assert_ruling(
        "> PT said no squats for me till my 12 week check\n\n@sam ugh sorry. mine's different, arthritis in \
         the right knee and no op. are bodyweight squats alright for me?",
        "squats",
        Verdict::Recommended,
    );
}

#[test]
fn another_members_quoted_warning_sign_is_not_the_askers() {
    let q = "> two weeks after my ACLR my calf got hot and swollen and it turned out to be a clot\n\n@lee \
             yikes. my knee replacement was 2 weeks ago, no problems like that at all. should I keep up the \
             hamstring curls from my sheet?";
    assert_verdict_on(q, "2026-11-30", Verdict::OkForNow);
}

#[test]
fn a_quote_taken_as_the_askers_own_keeps_its_warning_sign() {
    let q = "> my calf has gone hot and swollen since my op\n\nsame here!! knee replacement 10 days ago. can I \
             still do my leg curls?";
    assert_verdict_on(q, "2026-11-30", Verdict::Urgent);
}

/// Another member's quoted question is theirs: the asker's own short question after it ("good swap?")
/// asks about the exercise their own story tells of.
#[test]
fn another_members_quoted_question_is_not_the_askers() {
    let q = "> is this my IT band or my meniscus?? hurts on the outside\n\nno clue sorry! my own question: \
             meniscus tear in my left knee, my coach has me doing glute bridges instead of leg extensions. \
             good swap?";
    assert_ruling(q, "glute_strengthening", Verdict::Recommended);
}
