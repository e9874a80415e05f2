//! The shapes of the files in `knowledge/` (sources and vocabulary here; rules and playlists in
//! `rule_files.rs`; the lists of what a question asks in `asking_files.rs`; the `[words]` lists in
//! `words_file.rs`), exactly as a moderator writes
//! them. Unknown fields are errors (a typo in a key must not silently drop a rule); `Spanned` values let the
//! checker point at the line.

use crate::model::Phase;
use serde::Deserialize;
use toml::Spanned;

pub use super::asking_files::{AskingDef, IntentDef};
pub use super::words_file::WordsDef;

/// Front matter of a source file (`knowledge/sources/*.md`, between `+++` lines).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFrontMatter {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub conditions: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyFile {
    pub condition: Vec<ConditionDef>,
    pub topic: Vec<TopicWordsDef>,
    pub events: EventsDef,
    pub signal: Vec<SignalDef>,
    pub red_flag: Vec<RedFlagDef>,
    #[serde(default)]
    pub expand: Vec<ExpandDef>,
    #[serde(default)]
    pub posture: Vec<PostureDef>,
    pub words: WordsDef,
    #[serde(default)]
    pub sign_over: super::sign_over_file::SignOverDef,
    #[serde(default)]
    pub persons: super::persons::PersonsDef,
    #[serde(default)]
    pub sides: super::sides::Sides,
    pub asking: AskingDef,
    pub intent: IntentDef,
}

/// Search expansion: a question matching `when` also searches for `add`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpandDef {
    pub when: Spanned<String>,
    pub add: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionDef {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    #[serde(default)]
    pub surgery_aliases: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicWordsDef {
    pub id: Spanned<String>,
    pub phrases: Vec<Spanned<String>>,
    #[serde(default)]
    pub muscles: Vec<Spanned<String>>,
    /// Everyday activities: beside another exercise in a question they are back-story, not the topic.
    #[serde(default)]
    pub background: bool,
    /// Exercises that put weight through a bending knee: ruled out for someone told not to bear weight or
    /// bend the knee (see `[asking] limit_loading`).
    #[serde(default)]
    pub loaded: bool,
    /// Groups of `phrases` that name an activity of their own within the topic (walking beside
    /// running): a limit on one group leaves the others ("no running till April, is walking ok?").
    #[serde(default)]
    pub kinds: Vec<Vec<Spanned<String>>>,
    /// Regular expressions describing an exercise of the topic without naming it ("lie on your back and
    /// lift your hips").
    #[serde(default)]
    pub described: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsDef {
    pub surgery: Vec<Spanned<String>>,
    pub trauma: Vec<Spanned<String>>,
    pub injury: Vec<Spanned<String>>,
    pub not_past: Vec<Spanned<String>>,
    /// Regular expressions for sayings that hold an injury word but tell no injury ("knock it on the
    /// head", "fell asleep").
    #[serde(default)]
    pub not_injury: Vec<Spanned<String>>,
    /// Regular expressions for a time ahead ("next week"): a surgery in the same sentence is ahead.
    #[serde(default)]
    pub ahead: Vec<Spanned<String>>,
    /// Regular expressions for words that tell a surgery as done ("after all that waiting for the op",
    /// "don't want to undo the surgery"): taken out before `not_past` is read.
    #[serde(default)]
    pub told_done: Vec<Spanned<String>>,
    /// Regular expressions that, in a question sentence, ask about the time after a surgery not yet past.
    #[serde(default)]
    pub asks_after: Vec<Spanned<String>>,
    /// Regular expressions for injuries told in words the phrase table cannot hold ("did my ACL").
    #[serde(default)]
    pub injury_patterns: Vec<Spanned<String>>,
    /// Regular expressions for traumas told in other words ("snapped my fibula").
    #[serde(default)]
    pub trauma_patterns: Vec<Spanned<String>>,
    /// Soft tissues: a trauma word beside one ("meniscus broken", "broke my ACL") tells a tear.
    #[serde(default)]
    pub soft_tissue: Vec<String>,
    /// Forms of a surgery word, as typed, that tell no operation done ("replace").
    #[serde(default)]
    pub not_done_forms: Vec<String>,
    /// Regular expressions for surgeries told in other words ("the surgeon fixed my ACL").
    #[serde(default)]
    pub surgery_patterns: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalDef {
    pub phase: Spanned<Phase>,
    pub says: String,
    pub patterns: Vec<Spanned<String>>,
    /// The signal tells that rehab is over: it counts only where the calendar is past the early window
    /// or silent.
    #[serde(default)]
    pub ends_rehab: bool,
    /// The signal says the walking is not normal ("limping"): told inside a recovered sign ("walking,
    /// limping, without crutches"), it undoes that sign.
    #[serde(default)]
    pub undoes_walking: bool,
    /// The signal tells that walking is back ("off crutches"): a limp told after it in its sentence ("off
    /// crutches but still limping badly") undoes it, where full range of motion told so still counts.
    #[serde(default)]
    pub of_walking: bool,
}

/// When a warning sign counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlagContext {
    /// Always.
    Any,
    /// Only when the question names a past surgery.
    Surgery,
    /// Only when the question names an injury, a fall or a trauma.
    Injury,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlagDef {
    pub id: String,
    pub says: String,
    pub context: RedFlagContext,
    /// Patterns that say the sign has passed ("it unlocked") or is something else, in the sign's sentence
    /// or one of the two after it.
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
    pub all: Vec<Spanned<String>>,
    /// Patterns for what set the sign off ("twisted", "fell"), each matching in the sign's sentence or
    /// one of the two before it: people tell the injury, then what the knee did. Every pattern must
    /// match, as with `all`: a new way to tell the cause is an alternative inside the one pattern.
    #[serde(default)]
    pub cause: Vec<Spanned<String>>,
    /// Whether the words that tell any sign over (`[sign_over]`) may tell this one over: an
    /// infection cleared or a clot ruled out is over; a knee that swelled up after a fall is a sign of
    /// damage even once the swelling has gone down.
    #[serde(default)]
    pub may_be_over: bool,
    /// Whether the sign calls for emergency services now (chest pain, breathlessness after surgery), not
    /// the surgeon or urgent care: the reply then says so (`emergency_guidance` in rules.toml).
    #[serde(default)]
    pub emergency: bool,
}

/// A position someone may say they cannot take (`[[posture]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostureDef {
    pub id: String,
    /// Patterns that say the asker cannot take the position ("I can't kneel").
    pub cannot: Vec<Spanned<String>>,
    /// Words that put an exercise in the position ("kneeling", "on all fours").
    pub words: Vec<String>,
    /// Whether a limit that names the exercise it is for ("nothing past 90 degrees when squatting") rules
    /// out that exercise however it is done: true of a bend, which every version of a squat makes, not of
    /// lying face down, which a standing curl avoids.
    #[serde(default)]
    pub limits_named_exercise: bool,
    /// Only the exercise's own words and the word either side count, not words further off: true of a kind
    /// of movement ("no impact": "jump squats" and "a run" are one, "a walk instead of my run" is not), false
    /// of a position ("curls lying face down").
    #[serde(default)]
    pub in_exercise_words: bool,
}

pub use super::rule_files::*;
