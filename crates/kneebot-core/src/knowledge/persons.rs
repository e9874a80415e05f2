//! The words that name a person (`vocabulary.toml` `[persons]`), compiled into one lookup: read by the
//! understanding to tell whose story each sentence of a post tells.

use rustc_hash::FxHashMap;
use serde::Deserialize;

/// Who a word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Person {
    /// The one who writes ("i", "me", "my").
    Me,
    /// A man or boy ("he", "my dad").
    He,
    /// A woman or girl ("she", "my sister").
    She,
    /// Someone else whose sex the word does not tell ("my friend", "a client").
    Someone,
}

/// `[persons]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonsDef {
    #[serde(default)]
    pub me: Vec<String>,
    #[serde(default)]
    pub he: Vec<String>,
    #[serde(default)]
    pub she: Vec<String>,
    #[serde(default)]
    pub someone: Vec<String>,
    /// Words before a person word that make it someone else's ("my" in "my dad" names the dad).
    #[serde(default)]
    pub owning: Vec<String>,
    /// Person words that may stand for anyone already named ("he" may be the surgeon or the presenter).
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Words just before the person a question is for ("should he…", "is that fine for him?", "does
    /// that apply to me?"); a person a question only talks about ("is he right?") is not asked for.
    #[serde(default)]
    pub asked_after: Vec<String>,
    /// Forms of he and she that may stand for the one an action is done to or what is theirs ("him",
    /// "his", "her"): in a question the writer asks for themselves ("should I copy his exercises?") they
    /// name no second person asked about.
    #[serde(default)]
    pub object_forms: Vec<String>,
    /// Words just before such a form that make its person the one who would do the exercise, or the one
    /// asked about ("should I let him squat?", "should I worry about her?").
    #[serde(default)]
    pub doer_after: Vec<String>,
    /// Words just after such a form that make it that person's body or operation ("his calf", "her op"):
    /// then they are asked about.
    #[serde(default)]
    pub object_not_before: Vec<String>,
    /// Words just before a person that make them company, not a second person asked about or told of
    /// ("should I do the curls alongside him?").
    #[serde(default)]
    pub company: Vec<String>,
    /// Words just after a person that make them company ("to keep her company").
    #[serde(default)]
    pub company_after: Vec<String>,
    /// Words just after someone else that tell only what they say ("my brother says leg extensions are the
    /// best thing"): a sentence that does only that tells the asker's question, not the other's story.
    #[serde(default)]
    pub reporting: Vec<String>,
    /// Whoever gives a patient instructions, and the instructions written down ("the hospital leaflet
    /// says no…"): `{clinician}` in an `[asking]` pattern stands for any of them.
    #[serde(default)]
    pub clinicians: Vec<String>,
    /// Words that point back at someone else's knee problem or operation ("mine was done 2 weeks ago").
    #[serde(default)]
    pub refers_back: Vec<String>,
    /// Words that open a clause of their own ("and mine was in May", "but I had mine later").
    #[serde(default)]
    pub clause_openers: Vec<String>,
    /// Words that open a clause of the writer's own ("…, I had my meniscectomy 3 weeks ago", "my own tear").
    #[serde(default)]
    pub own_clause_starts: Vec<String>,
    /// Words naming the video or its presenter: a "he" after them may be the presenter, not the asker's
    /// clinician.
    #[serde(default)]
    pub presenter: Vec<String>,
    /// Animals people keep: a question asked for one ("my dog tore his CCL… do the rules apply to him?")
    /// is outside the material, which is about people's knees.
    #[serde(default)]
    pub animals: Vec<String>,
}

/// The person words, by word.
#[derive(Debug, Default)]
pub struct Persons {
    pub words: FxHashMap<String, Person>,
    pub owning: Vec<String>,
    pub pronouns: Vec<String>,
    pub asked_after: Vec<String>,
    pub object_forms: Vec<String>,
    pub doer_after: Vec<String>,
    pub object_not_before: Vec<String>,
    pub company: Vec<String>,
    pub company_after: Vec<String>,
    pub reporting: Vec<String>,
    pub refers_back: Vec<String>,
    pub clause_openers: Vec<String>,
    /// Each split into words.
    pub own_clause_starts: Vec<Vec<String>>,
    pub presenter: Vec<String>,
    pub animals: Vec<String>,
    /// The one-word clinicians ("physio", "surgeon"), to tell whom a later "she" stands for.
    pub clinicians: Vec<String>,
}

impl Persons {
    pub(super) fn compile(def: &PersonsDef) -> Persons {
        let mut words = FxHashMap::default();
        for (list, person) in [
            (&def.me, Person::Me),
            (&def.he, Person::He),
            (&def.she, Person::She),
            (&def.someone, Person::Someone),
        ] {
            for w in list {
                words.insert(w.to_lowercase(), person);
            }
        }
        Persons {
            words,
            owning: def.owning.iter().map(|w| w.to_lowercase()).collect(),
            pronouns: def.pronouns.iter().map(|w| w.to_lowercase()).collect(),
            asked_after: def.asked_after.iter().map(|w| w.to_lowercase()).collect(),
            object_forms: def.object_forms.iter().map(|w| w.to_lowercase()).collect(),
            doer_after: def.doer_after.iter().map(|w| w.to_lowercase()).collect(),
            object_not_before: (def.object_not_before.iter())
                .map(|w| w.to_lowercase())
                .collect(),
            company: def.company.iter().map(|w| w.to_lowercase()).collect(),
            company_after: def.company_after.iter().map(|w| w.to_lowercase()).collect(),
            reporting: def.reporting.iter().map(|w| w.to_lowercase()).collect(),
            refers_back: def.refers_back.iter().map(|w| w.to_lowercase()).collect(),
            clause_openers: def
                .clause_openers
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            own_clause_starts: def
                .own_clause_starts
                .iter()
                .map(|w| {
                    w.to_lowercase()
                        .split_whitespace()
                        .map(String::from)
                        .collect()
                })
                .collect(),
            presenter: def.presenter.iter().map(|w| w.to_lowercase()).collect(),
            animals: def.animals.iter().map(|w| w.to_lowercase()).collect(),
            clinicians: (def.clinicians.iter())
                .filter(|w| !w.contains(' '))
                .map(|w| w.to_lowercase())
                .collect(),
        }
    }

    /// Whether `word` names someone other than the writer and the clinician ("my sister", "a friend") or
    /// the video's presenter: a bare pronoun names no one on its own.
    pub fn names_someone_else(&self, word: &str) -> bool {
        (self.of(word).is_some_and(|p| p != Person::Me) && !self.is_pronoun(word))
            || self.presenter.iter().any(|w| w == word)
    }

    /// Whether `word` names a clinician ("physio", "surgeon").
    pub fn is_clinician(&self, word: &str) -> bool {
        self.clinicians.iter().any(|w| w == word)
    }

    /// Whether `word` may stand for anyone already named.
    pub fn is_pronoun(&self, word: &str) -> bool {
        self.pronouns.iter().any(|p| p == word)
    }

    /// Who `word` names, if anyone.
    pub fn of(&self, word: &str) -> Option<Person> {
        self.words.get(word).copied().or_else(|| {
            // "my brothers op", "my sisters knee": the possessive typed without its apostrophe (or a plural).
            let bare = word.strip_suffix('s').filter(|b| b.len() > 2)?;
            self.words
                .get(bare)
                .copied()
                .filter(|_| !self.is_pronoun(bare))
        })
    }
}

/// The clinicians and their written instructions as one regular expression group, for `{clinician}`.
pub(super) fn clinician_named(def: &PersonsDef) -> String {
    if def.clinicians.is_empty() {
        return "(?:$^)".to_string();
    }
    let words: Vec<String> = def
        .clinicians
        .iter()
        .map(|w| regex::escape(&w.to_lowercase()))
        .collect();
    format!("(?:{})", words.join("|"))
}

/// Someone named by who they are to the writer ("my dad", "her little boy"), as one regular expression
/// group: `{someone}` in an `[asking]` pattern stands for it, so a pattern about the asker ("what should i
/// avoid") also reads a question asked for someone else ("what should my dad avoid").
pub(super) fn someone_named(def: &PersonsDef) -> String {
    let nouns: Vec<String> = def
        .he
        .iter()
        .chain(&def.she)
        .chain(&def.someone)
        .filter(|w| !def.pronouns.contains(w))
        .map(|w| regex::escape(&w.to_lowercase()))
        .collect();
    let owning: Vec<String> = def
        .owning
        .iter()
        .map(|w| regex::escape(&w.to_lowercase()))
        .collect();
    if nouns.is_empty() || owning.is_empty() {
        // Matches nothing: a vocabulary without `[persons]` reads no one else.
        return "(?:$^)".to_string();
    }
    format!(
        "(?:(?:{}) (?:\\w+ )?(?:{}))",
        owning.join("|"),
        nouns.join("|")
    )
}
