//! A clinician's limit holds whatever else the post says of lifts and clearances: whose, of what, when and
//! in which sense are not read yet, and a wrong go-ahead hurts more than a needless "follow your
//! clinician". An overview under a ban on a kind of movement leaves out the line that holds it.

use crate::common;

use kneebot_core::Verdict;

#[test]
fn lifts_and_clearances_told_loosely_leave_the_limit_in_place() {
    for q in [
        // Asked about, still to come, or not yet.
        "surgeon said no squats for 6 weeks after my meniscus repair. have all the restrictions been \
         lifted? can i squat now",
        "surgeon said no squats after my meniscus repair until he lifts all the restrictions. can i squat?",
        "physio said no squats after my knee replacement. she hasn't lifted all the restrictions yet, can I \
         squat?",
        "surgeon said no squats after my meniscus repair. all my restrictions are lifted on Friday. can i \
         squat?",
        // With an exception, or for one thing only.
        "Surgeon said no running or squats after my ACL recon. At my check he lifted all restrictions \
         apart from running. Can I run?",
        "my surgeon said no running after my meniscus repair. she cleared me for longer walks last week. \
         can I run?",
        // Another sense of the words, or someone else's lift.
        "my surgeon said no squats after my meniscus repair. my GP signed me off work for 6 weeks. can I \
         squat?",
        "my surgeon said no running after my meniscus repair. the doctor gave me the all clear on the clot \
         scan. can i run?",
        "my surgeon said no squats after my meniscus repair. my sister's surgeon lifted all her \
         restrictions. can I squat?",
        // Of another body part, told as usual, or hedged.
        "my surgeon said no squats after my meniscus repair. my shoulder surgeon lifted all my \
         restrictions. can I squat?",
        "my surgeon said no running after my ACL repair. normally he lifted all restrictions at 12 weeks. \
         can I run?",
        "my surgeon said no squats after my meniscus repair. at least I think he lifted every restriction. \
         can I squat?",
        // A limit of the body, which no lift ends.
        "I can't squat since my knee replacement, my surgeon lifted all restrictions last week. should I do \
         squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

/// Whether the overview answering `question` has a walking-or-running line (it must have some lines).
fn overview_has_walking_or_running(question: &str) -> bool {
    let answer = common::ask(question, None);
    assert!(
        !answer.overview.is_empty(),
        "{question}: {}",
        answer.guidance
    );
    answer.overview.iter().any(|l| l.topic == "walking_running")
}

#[test]
fn an_overview_under_a_ban_on_impact_leaves_out_walking_or_running() {
    for banned in [
        "My doctor said no impact activities for now because of my knee arthritis, what exercises should I \
         do?",
        "my physio said low impact only for now because of my arthritis. what exercises should I do?",
    ] {
        assert!(!overview_has_walking_or_running(banned), "{banned}");
    }
    // Look-alike: an effect, not a ban.
    let effect = "The brace had no impact on my knee arthritis pain, what exercises should I do?";
    assert!(overview_has_walking_or_running(effect), "{effect}");
}
