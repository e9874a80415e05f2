//! A walk told by how long it lasts is a recovery sign, as one told by its distance is.

use crate::common;

use kneebot_core::Verdict;

/// A walk of a quarter of an hour or more ("walking the dog 30 min a day", "walks of half an hour") is
/// decent walking, as a walk told by its distance is; a walk the asker cannot manage is not.
#[test]
fn a_walk_told_by_its_minutes_is_decent_walking() {
    for q in [
        "3 months out from my TKA. I'm walking the dog 30 min a day now. OK to add hamstring curls?",
        "ACL reconstruction 4 months ago, I go for walks of half an hour most days. leg curls ok?",
    ] {
        common::assert_verdict(q, Verdict::Avoid);
    }
    common::assert_verdict(
        "3 months out from my TKA. I can't walk for 20 minutes without stopping. OK to add hamstring \
         curls?",
        Verdict::OkForNow,
    );
}
