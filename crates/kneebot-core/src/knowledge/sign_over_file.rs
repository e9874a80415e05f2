//! The shape of vocabulary.toml's `[sign_over]` table, exactly as a moderator writes it: the words that tell a
//! warning sign over ("it cleared up", "there was no clot"), checked and found fine, or seen to by
//! clinicians, with the words that make them unsure, partial or about something else. Unknown fields are
//! errors, as in every knowledge file.

use serde::Deserialize;

/// Words that tell a warning sign over.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOverDef {
    /// Words that, after a warning sign, say it is over whatever the sign ("no clot"), and those that say
    /// so of a subject just before them ("it cleared up"), with the words that may be that subject, those
    /// that make them unsure or partial, and other troubles that may be what is over instead.
    #[serde(default)]
    pub warning_over: Vec<String>,
    #[serde(default)]
    pub warning_over_of: Vec<String>,
    #[serde(default)]
    pub warning_over_subjects: Vec<String>,
    /// States that tell a sign over of a person as their subject too ("he's fine now", "I'm all good now"),
    /// and the words that may be that person.
    #[serde(default)]
    pub warning_over_person_states: Vec<String>,
    #[serde(default)]
    pub warning_over_persons: Vec<String>,
    /// Words that tell a sign as seen to by clinicians ("turned out", "ended up in hospital", "went to a e"):
    /// told of someone else's sign in a post the writer asks for themselves, the sign is in other hands.
    #[serde(default)]
    pub warning_seen_to: Vec<String>,
    /// Words that may stand between someone and their sign ("my sister got a fever", "my mum's calf").
    #[serde(default)]
    pub warning_owner_between: Vec<String>,
    /// Words that tell a sign checked by a clinician ("checked", "looked at", "did bloods"), and those that
    /// tell what they found fine ("said it's fine", "no infection"): both told after a sign told as past,
    /// the sign is history.
    #[serde(default)]
    pub warning_checked: Vec<String>,
    #[serde(default)]
    pub warning_found_fine: Vec<String>,
    /// Words just after a finding of fine or the words of over that make them something else ("it was
    /// clear that I need a scan").
    #[serde(default)]
    pub warning_over_not_before: Vec<String>,
    /// Words that tell a warning sign as present ("my calf is hot", "still swollen").
    #[serde(default)]
    pub warning_told_present: Vec<String>,
    #[serde(default)]
    pub warning_over_unsure: Vec<String>,
    #[serde(default)]
    pub warning_over_unsure_dated: Vec<String>,
    #[serde(default)]
    pub warning_over_partial: Vec<String>,
    /// Medicines that only hide a sign: a sign they "sorted" is not over ("paracetamol sorted the fever").
    #[serde(default)]
    pub warning_masked_by: Vec<String>,
    /// Words later in the sentence that end the state told ("fine ever since my op, until today").
    #[serde(default)]
    pub warning_over_ended: Vec<String>,
    #[serde(default)]
    pub warning_over_other: Vec<String>,
    #[serde(default)]
    pub warning_over_kin: Vec<Vec<String>>,
    #[serde(default)]
    pub warning_over_between: Vec<String>,
    #[serde(default)]
    pub warning_over_subject_phrase: Vec<String>,
    #[serde(default)]
    pub warning_over_clause_next: Vec<String>,
    #[serde(default)]
    pub warning_over_elsewhere: Vec<String>,
    /// Words just before a word of the sign, after the words of over, that tell what it turned out to be
    /// ("it was clear, just post-op swelling").
    #[serde(default)]
    pub warning_over_explained: Vec<String>,
    /// Words just after a denial that widen it ("not just swelling"): no denial.
    #[serde(default)]
    pub warning_denial_widened: Vec<String>,
}
