//! The compiled shapes of `vocabulary.toml`'s pattern and word sections: what a question asks for
//! (`[intent]`), how people ask (`[asking]`) and the small lists about time (`[words]`). Built by
//! `vocabulary.rs`, read by the understanding stages.

use crate::text::pattern::AnyOf;
use regex::Regex;

/// What a question asks for (compiled from `[intent]`).
#[derive(Debug, Clone)]
pub struct IntentPatterns {
    pub playlist: Regex,
    pub sets_reps: Regex,
    pub dose: Regex,
    /// "How much they will help": a question of whether, which is no dose.
    pub effect: Regex,
    pub diagnosis: Regex,
    pub timing: Regex,
    pub how_long: Regex,
    pub info_start: Regex,
    pub info_any: Regex,
    pub about_material: Regex,
    pub names_material: Regex,
    pub clinician: Regex,
    /// Someone the post is about or quotes ("my dad"): "he says" may be them, not the video.
    pub third_person: Regex,
    pub personal: Regex,
    pub leading_connectives: Regex,
    pub how_to: Regex,
    pub why: Regex,
    pub why_value: Regex,
    pub advice: Regex,
    pub exercise_ask: Regex,
    pub knee: Regex,
    pub asks_instead: Regex,
    pub other_side: Regex,
}

/// How people ask (compiled from `[asking]`).
#[derive(Debug, Default)]
pub struct Asking {
    pub question_starts: AnyOf,
    pub cues: AnyOf,
    pub open_do: AnyOf,
    pub open_request: AnyOf,
    pub open_avoid: AnyOf,
    pub diagnosis: AnyOf,
    pub prognosis: AnyOf,
    pub asks_whether: AnyOf,
    pub refers_back: AnyOf,
    pub symptom: AnyOf,
    pub wants: AnyOf,
    pub claims_for: AnyOf,
    pub claims_against: AnyOf,
    pub limit_before: AnyOf,
    pub limit_after: AnyOf,
    pub limit_loading: AnyOf,
    pub condition_denied: AnyOf,
    pub persuade: AnyOf,
    pub still_present: AnyOf,
}

/// Small word lists about time (see `[words]` in `vocabulary.toml`).
#[derive(Debug, Default)]
pub struct TimeWords {
    pub ahead: Vec<String>,
    pub behind: Vec<String>,
    pub aside: Vec<String>,
    pub length: Vec<String>,
    pub dated: Vec<String>,
}
