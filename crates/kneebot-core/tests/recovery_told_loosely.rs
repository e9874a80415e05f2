//! Recovery told loosely, through the core's public door: a knee compared with the good one ("matches my
//! good leg"), walking "with no stick", range "basically full". Each puts the asker past the early window,
//! so isolated hamstring work is to avoid.

mod common;

use common::ask;
use kneebot_core::Verdict;

/// Signs of recovery told beside a comparison with the other leg, or in loose words, are the asker's.
#[test]
fn recovery_in_loose_words_is_recovery() {
    for q in [
        "Meniscus trimmed four weeks ago. Full bend now and it matches my good leg, no limp at all. Should I \
         carry on with hamstring curls?",
        "Knee replacement in June. I'm walking to the shops with no stick and the physio says my range is \
         basically full. Keep doing the leg curls?",
    ] {
        let answer = ask(q, None);
        assert_eq!(answer.verdict, Verdict::Avoid, "{q}: {}", answer.guidance);
    }
    // The good leg itself told of: its signs are not the operated knee's.
    let q = "ACL reconstruction three weeks ago. My good leg has full bend of course, the operated one is \
             stiff and weak. Should I do hamstring curls?";
    assert_ne!(ask(q, None).verdict, Verdict::Avoid, "{q}");
}
