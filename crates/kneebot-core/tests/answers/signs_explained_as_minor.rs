//! Warning signs explained as something minor, through the core's public door: a temperature that "turned
//! out to be nothing", a leg that took no weight after a fall once it has been seen and found "only a
//! sprain". The question gets its ruling. A sign not yet seen, only guessed minor by the asker, or only
//! called normal by someone (even a nurse), is still a warning sign.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_sign_explained_as_minor_is_over() {
    for q in [
        "Had a temperature after my knee replacement last week, turned out to be nothing. Can I do glute bridges?",
        "My son couldn't put any weight on his knee after a tackle, got it x-rayed and it's only a sprain. Can he do glute bridges?",
        "My husband couldn't put any weight on his knee after he fell, he's been seen and it's just bruising. I have knee OA, can I do glute bridges?",
    ] {
        let a = ask(q, None);
        assert_ne!(a.verdict, Verdict::Urgent, "{q}: {}", a.guidance);
    }
}

#[test]
fn a_sign_not_yet_seen_is_still_urgent() {
    for q in [
        "Couldn't put any weight on my knee after I fell yesterday, I haven't been seen yet, it's probably just bruising. Glute bridges ok?",
        "My knee can't take any weight since the tackle on Saturday, probably only a sprain. Glute bridges ok?",
        "Had a temperature after my knee replacement last week and it's still there. Can I do glute bridges?",
        // Judged normal by someone, even a nurse: a fever two days after an operation is still to be seen to.
        "My calf is hot and swollen 5 days after my TKR, my mum said it was normal. Glute bridges ok?",
        "Knee replacement on Monday and since yesterday a fever and shivering, the nurse said it is normal. Glute bridges ok?",
        // Looked up by the asker.
        "Can't put any weight on it since I fell today, I've checked online and it's probably just a sprain. Glute bridges ok?",
        // Seen, but not found minor.
        "Can't put any weight on my knee since the fall, had it x-rayed and it's not just a sprain. Glute bridges ok?",
    ] {
        assert_verdict(q, Verdict::Urgent);
    }
}
