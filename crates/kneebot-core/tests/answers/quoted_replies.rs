//! Replies in a Discord thread quote another member with "> ": the quoted lines are that member's story.
//! Their limits and warning signs are not the asker's, however the quote is worded (abbreviations written
//! out: "PT", "ACLR"), unless the asker takes the quote as their own ("same here", "mine too").

use crate::common;

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

/// A recovery sign in a quoted line is the other member's, unless the asker takes it as their own ("same
/// here"): then it places the asker's recovery as a sign they told would.
#[test]
fn a_quoted_recovery_sign_taken_as_own_places_the_asker() {
    let taken =
        "> my hamstring literally doesn't switch on when I try, so weird\nsame here lol, 5 weeks \
                 post meniscus repair. so are the isolated hamstring exercises ok for us rn or no";
    common::assert_verdict(taken, Verdict::OkForNow);
    let not_taken =
        "> my hamstring literally doesn't switch on when I try, so weird\nhuh. I'm 5 weeks \
                     post meniscus repair. are the isolated hamstring exercises ok for me rn or no";
    common::assert_verdict(not_taken, Verdict::Depends);
}

/// "Does that work for my knee OA too?" after a quoted tip asks whether the exercise the quote names helps
/// the asker's own knee: a ruling on it, not an answer about the material.
#[test]
fn does_that_work_for_my_knee_asks_for_a_ruling() {
    for q in [
        "> just do leg extensions, builds the quads, fixes everything\ndoes that work for my knee OA too?",
        "my gym buddy swears by leg extensions. does that work for my knee arthritis?",
    ] {
        common::assert_verdict(q, Verdict::Caution);
    }
}
