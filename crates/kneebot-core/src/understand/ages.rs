//! Ages told beside times: "when I was 20 … now at 48" dates an injury by the person's age, and years beside
//! a person ("my husband (58 years)", "Mum, 72 years,") are an age, not a time. Used by `timeline.rs`.

use super::phrases::ends_with_word;
use crate::knowledge::vocabulary::TimeWords;
use regex::Regex;
use std::sync::LazyLock;

/// True when a number of years with `before` and `after` it is a person's age: a person named just before
/// it, and no word after it making it a time ("2 years post TKR", "3 years ago").
pub(super) fn beside_person(before: &str, after: &str, words: &TimeWords) -> bool {
    let before = before.trim_end_matches(|c: char| !c.is_alphanumeric());
    words.age_of.iter().any(|w| ends_with_word(before, w))
        && !words
            .not_age
            .iter()
            .any(|w| crate::text::starts_with_word(after, w))
}

/// "when I was 20" ... "now at 48": an injury dated by the person's age.
pub(super) static AGE_THEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\bwhen i was (?P<n>\d{1,2})\b")
        .expect("the past-age pattern is valid")
});
pub(super) static AGE_NOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::understand::pattern::compile(r"\b(i am|now at|now i am|now|at|aged) (?P<n>\d{1,2})\b( (?P<unit>days?|weeks?|months?|wks?))?")
        .expect("the age-now pattern is valid")
});
