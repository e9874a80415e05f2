//! Words of things the material does not cover that the story uses for something else, through the
//! core's public door: ice slipped on is no icing, so the exercise asked about is still answered.

use crate::common;

use common::ask;
use kneebot_core::Verdict;

/// Ice underfoot where a fall happened ("slipped on ice") is no icing asked about.
#[test]
fn ice_slipped_on_is_not_icing() {
    let answer = ask(
        "so i broke my ankle 2 weeks ago, slipped on ice n had a boot, was gonna add hamstring curls on the \
         machine, ok to do that or not",
        None,
    );
    assert_eq!(answer.topic.as_deref(), Some("hamstring_strengthening"));
    assert_ne!(answer.verdict, Verdict::NotCovered, "{}", answer.guidance);
}
