//! A warning sign told of someone else and seen to by clinicians ("it turned out to be a clot", "she ended
//! up back in hospital"), in a post whose question the writer asks for themselves, is not the asker's: the
//! writer's question gets its ruling. Someone else's sign not seen to, the writer's own sign, and a question
//! asked for the one who had the sign stay urgent.

use crate::common;

use kneebot_core::Verdict;

#[test]
fn someone_elses_sign_seen_to_is_not_the_askers() {
    for (q, want) in [
        (
            "My dad's calf went red and swollen after his knee replacement and it turned out to be a clot. \
             I have a meniscus tear myself, no surgery. Are squats ok for me?",
            Verdict::Recommended,
        ),
        (
            "My sister got a fever after her ACL op and ended up back in hospital, so I'm being careful. \
             I'm 6 months after my own ACL reconstruction, walking normally with full range. Should I do \
             leg curls?",
            Verdict::Avoid,
        ),
        // Seen to in the next sentence, which names no one of the writer's.
        (
            "My husband's calf went hot and swollen after his knee op. It turned out to be a clot. I've had \
             knee OA for years, are squats ok for me?",
            Verdict::Recommended,
        ),
    ] {
        common::assert_verdict(q, want);
    }
}

#[test]
fn a_sign_not_seen_to_or_the_askers_own_or_asked_for_stays_urgent() {
    for q in [
        // Someone else's, told without being seen to: someone should see it now.
        "My dad's calf went hot and swollen yesterday after his knee replacement. I have arthritis, can I do \
         squats?",
        // "I went to A&E with him" is the writer's sentence, not the sign seen to.
        "My husband's calf went hot and swollen after his knee op. I went to A&E with him. Are squats ok for \
         my OA?",
        // The writer's own sign: a clot found may be under treatment now.
        "My calf went hot and swollen after my knee replacement and it turned out to be a clot. Can I do \
         squats?",
        // Asked for the one who had the sign.
        "My mum's calf went hot and swollen after her knee replacement last week, turned out to be a clot. \
         Can she do squats?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// Someone else's sign only counts as theirs when owned just before it and seen to after it, in a post where
/// the writer asks about their own knee.
#[test]
fn a_sign_not_plainly_someone_elses_and_seen_to_stays_urgent() {
    for q in [
        // "Recovering" tells of the husband, not of the sign seen to.
        "My husband's calf has gone red and hot since his knee replacement, he's recovering well otherwise. \
         Should I be worried?",
        // "My husband thinks the calf…": the writer's own calf, which he looked at.
        "Day 10 after my knee replacement. My husband thinks the calf looks swollen and red, it was a bit hot \
         last night. Should I keep doing my heel slides?",
        // The question is about his calf.
        "Dad's calf went hot and swollen yesterday and he was diagnosed with a clot. Can I massage his calf?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// Someone else's sign being seen to now ("he's at urgent care getting it looked at", "she's at urgent care
/// with it"), or what seeing to it took ("ended up needing a scope"), is theirs: the writer asking about their
/// own knee gets their answer. Even a sign never told over, a knee that swelled up after a fall.
#[test]
fn someone_elses_sign_being_seen_to_now_is_theirs() {
    for q in [
        "My husband fell off a ladder and his knee blew up like a balloon - he's at urgent care getting it \
         looked at now. Meanwhile I've got arthritis in my knee myself, is walking good for me?",
        "my sister's calf is swollen and hot, she's at urgent care with it now. I've got arthritis in my \
         knee, can I do glute bridges?",
        "My brother's knee locked after he twisted it at football and he ended up needing a scope. I have \
         arthritis in my knee, are squats ok for me?",
    ] {
        assert_ne!(common::ask(q, None).verdict, Verdict::Urgent, "{q}");
    }
    for q in [
        // Not seen to: the writer looked at it, or it is still to be seen to.
        "My husband's knee blew up like a balloon after he fell off a ladder, I looked at it and it's huge. \
         I've got arthritis in my knee, is walking good for me?",
        "my sister's calf is swollen and hot, she won't go to the GP. I've got arthritis in my knee, can I \
         do glute bridges?",
        // The asking names no one: whose knee is asked about is not told.
        "my uncle's knee locked after his ACL injury and he ended up in A&E. bridges or hip thrusts, which \
         is better?",
        "My dad's knee locked after he twisted it at football and he ended up in A&E. The MRI showed a \
         meniscus tear. Are squats ok?",
        // The writer's own knee.
        "My husband says my knee locked after I twisted it and I ended up needing a scope. Are squats ok?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}

/// Someone else's sign with care only booked ("at the GP on Friday"), or a sign beside someone the writer
/// was with ("playing footy with my son, knee blew up after I fell"), stays urgent.
#[test]
fn a_sign_with_care_only_booked_or_beside_company_stays_urgent() {
    for q in [
        "My husband's calf is hot and swollen since his flight, he's at the GP on Friday. I have arthritis, can I do bridges?",
        "Playing footy with my son, knee blew up like a balloon after I fell and I ended up having to hop home. I have arthritis in that knee, can I squat?",
    ] {
        common::assert_verdict(q, Verdict::Urgent);
    }
}
