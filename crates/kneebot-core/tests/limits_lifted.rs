//! A lift of every limit, told plainly, ends the limits a clinician gave before it. Anything less lifts
//! nothing: a lift of one thing, of someone else's limit, in another sense of the word, with an exception,
//! still to come, or beside a limit of the body. An overview under a ban on a kind of movement leaves out the
//! line that holds it.

mod common;

use kneebot_core::{Answer, Verdict};

#[test]
fn a_lift_of_every_limit_ends_them() {
    for q in [
        "Surgeon told me no squatting for the first 8 weeks after my meniscus repair in March. Saw him \
         again in July and he lifted every restriction, I'm walking totally normal now. So are squats good \
         for me now?",
        "My surgeon said no running after my meniscus repair. At my 3 month check she lifted all my \
         restrictions. Can I run?",
        "physio said no squats after my meniscus repair last spring. she cleared me for all activities last \
         week. are squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Recommended);
    }
}

#[test]
fn anything_less_than_a_plain_lift_of_every_limit_lifts_nothing() {
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
        // A limit of the body, which no lift ends.
        "I can't squat since my knee replacement, my surgeon lifted all restrictions last week. should I do \
         squats?",
    ] {
        common::assert_verdict(q, Verdict::NotCovered);
    }
}

fn overview_topics(answer: &Answer) -> Vec<&str> {
    answer.overview.iter().map(|l| l.topic.as_str()).collect()
}

#[test]
fn an_overview_under_a_ban_on_impact_leaves_out_walking_or_running() {
    let banned = common::ask(
        "My doctor said no impact activities for now because of my knee arthritis, what exercises should I \
         do?",
        None,
    );
    assert!(!banned.overview.is_empty(), "{}", banned.guidance);
    assert!(
        !overview_topics(&banned).contains(&"walking_running"),
        "{:?}",
        overview_topics(&banned)
    );
    // Look-alike: an effect, not a ban.
    let effect = common::ask(
        "The brace had no impact on my knee arthritis pain, what exercises should I do?",
        None,
    );
    assert!(
        overview_topics(&effect).contains(&"walking_running"),
        "{:?}",
        overview_topics(&effect)
    );
}
