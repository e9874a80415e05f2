//! Limits told in the words forums use, through the core's public door: the surgeon as "my OS", and a ban
//! on impact told as for now ("no impact for my knee right now", "at the moment"). Running under such a ban
//! is never recommended; it is left to the clinician.

use crate::common;

use common::{ask, assert_verdict};
use kneebot_core::Verdict;

#[test]
fn a_ban_from_the_os_is_a_surgeons_ban() {
    for q in [
        "My OS said no running for 3 months after the meniscectomy. It's been 5 weeks. Can I jog on the treadmill?",
        "my OS said no squats till my 12 week review. are squats ok yet?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
}

#[test]
fn no_impact_for_now_rules_running_out() {
    for q in [
        "Physio said stick to the bike and NO impact for my bakers cyst right now. Is running ok if i go slow?",
        "My doctor said no impact for my knee at the moment, meniscus tear. Can I go for a jog?",
    ] {
        assert_verdict(q, Verdict::NotCovered);
    }
    // An effect, not a ban, even told by a clinician: running is still the material's to rule on.
    for q in [
        "Squats have no impact on my pain right now, knee arthritis. Is running good for me?",
        "My physio said squats have no impact on my pain right now, knee arthritis. Is running good for me?",
    ] {
        let a = ask(q, None);
        assert_ne!(a.verdict, Verdict::NotCovered, "{q}: {}", a.guidance);
    }
}
