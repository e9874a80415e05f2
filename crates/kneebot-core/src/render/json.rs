//! JSON rendering for `kneebot ask --json`: the `Answer` value plus its rendered `text`, one object.

use crate::answer::Answer;
use serde::Serialize;

#[derive(Serialize)]
struct WithText<'a> {
    #[serde(flatten)]
    answer: &'a Answer,
    text: String,
}

/// The answer as one JSON object with a `text` field holding the terminal rendering.
pub fn render(answer: &Answer) -> String {
    let value = WithText {
        answer,
        text: super::text::render(answer),
    };
    // Serialising plain data with string keys cannot fail; fall back to an empty object rather than panic.
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}
