//! What the intent stage is given: the facts the earlier stages of reading found (conditions, the event,
//! recovery signals, limits, what the asking sentences name), gathered in one place so the intent decision
//! reads them by name.

use super::asking::Asked;

/// What the intent decision needs from the earlier stages.
pub(super) struct Facts<'a> {
    /// The normalised, spelling-corrected text.
    pub text: &'a str,
    /// The conditions named.
    pub conditions: &'a [crate::ids::ConditionId],
    pub event: Option<super::Event>,
    /// The post dates its surgery or trauma ("3 weeks ago", "8 weeks post-op"): it has happened.
    pub dated: bool,
    /// The strongest recovery signal.
    pub signal: Option<crate::answer::Phase>,
    /// Topics the asker says are ruled out for them.
    pub limited: &'a [crate::ids::TopicId],
    /// An exercise in the asking sentence is what is asked about.
    pub topic_asked: bool,
    /// ...named there, not only pointed at.
    pub topic_named_asked: bool,
    /// Every exercise named is only where a symptom shows, a recovery sign or ruled out, or none is named.
    pub exercises_only_in_symptoms: bool,
    /// The asking clauses name something the material does not cover and no kind of training.
    pub asks_only_uncovered: bool,
    /// The post names an uncovered activity as what the asker wants back ("get back to football").
    pub uncovered_goal: bool,
    /// The asking clauses name something the material does not cover ("when can I go back to netball?").
    pub names_uncovered_asked: bool,
    /// The exercise asked about is put aside ("instead of leg curls", "what else can I do?").
    pub topic_is_alternative: bool,
    /// A topic was found anywhere in the post.
    pub has_topic: bool,
    /// How many topics the post names exercises of.
    pub topics_told: usize,
    /// The topic the question is about is among those ruled out for the asker.
    pub topic_limited: bool,
    /// The material gives windows of time for the topic asked about (when it helps, when to stop).
    pub topic_has_windows: bool,
    /// The rules give the topic asked about one ruling in every phase (glute work, squats).
    pub topic_one_ruling: bool,
    /// The sentences and clauses that ask.
    pub asked: &'a Asked,
    /// The post puts words of the material in quotation marks.
    pub quotes_passage: bool,
}
