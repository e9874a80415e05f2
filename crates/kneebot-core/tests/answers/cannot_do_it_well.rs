//! What an asker cannot do well is no limit: "I still can't walk properly" is a recovery state; "I can't
//! run" rules the exercise out.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// "I still can't walk properly" tells how walking goes (a recovery state), not walking ruled out: no
/// "leave out walking" in the reply, and walking keeps its ruling. "I can't run" does rule running out.
#[test]
fn cannot_do_it_well_is_no_limit() {
    let q =
        "4 months after ACL surgery and I still cant walk properly, my hamstring is weak. curls?";
    let got = ask(q, None);
    assert!(!got.guidance.contains("Leave out"), "{q}: {}", got.guidance);
    let q = "4 months after ACL surgery and I still cant walk properly. is walking ok?";
    assert_eq!(ask(q, None).verdict, Verdict::Recommended, "{q}");
    let q = "I can't run with my knee OA. is running ok?";
    assert_eq!(ask(q, None).verdict, Verdict::NotCovered, "{q}");
}
