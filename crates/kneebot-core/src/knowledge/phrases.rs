//! The vocabulary's phrase table: every phrase of `vocabulary.toml` as word stems, each with exactly one
//! meaning (a condition, an exercise of a topic, a muscle, an uncovered thing, a surgery word…).

use super::files::VocabularyFile;
use super::problems::{Loaded, Problems};
use super::rules::Index;
use crate::ids::{ConditionId, TopicId};
use crate::text::normalize::{normalize, tokenize, Stemmer};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use toml::Spanned;

/// A one-word injury in the vocabulary ("tear", "sprain"), also when it sits inside a condition's name.
pub fn is_injury_word(phrases: &FxHashMap<String, Vec<PhraseEntry>>, stem: &str) -> bool {
    phrases.get(stem).is_some_and(|entries| {
        entries
            .iter()
            .any(|e| e.meaning == Meaning::Injury && e.stems.len() == 1)
    })
}

/// What a vocabulary phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    Condition(ConditionId),
    /// The condition and a past surgery for it ("ACLR", "knee replacement").
    ConditionSurgery(ConditionId),
    /// An exercise of a topic.
    Exercise(TopicId),
    /// A muscle of a topic: a topic only beside a training word.
    Muscle(TopicId),
    Uncovered,
    /// A problem that is not the knee's ("hamstring tendinopathy").
    OtherProblem,
    Surgery,
    Trauma,
    Injury,
}

impl Meaning {
    /// Names the condition or topic, so "an alias of `acl_tear`" and "an alias of `meniscus_tear`" read
    /// as the conflict they are.
    fn describe(self, conditions: &[&str], topics: &[&str]) -> String {
        let name = |list: &[&str], i: usize| list.get(i).copied().unwrap_or("?").to_string();
        let (conditions, topics) = (
            |c: ConditionId| name(conditions, c.0),
            |t: TopicId| name(topics, t.0),
        );
        match self {
            Meaning::Condition(c) => format!("an alias of condition `{}`", conditions(c)),
            Meaning::ConditionSurgery(c) => {
                format!("a surgery alias of condition `{}`", conditions(c))
            }
            Meaning::Exercise(t) => format!("an exercise phrase of topic `{}`", topics(t)),
            Meaning::Muscle(t) => format!("a muscle of topic `{}`", topics(t)),
            Meaning::Uncovered => "an uncovered thing".into(),
            Meaning::OtherProblem => "a problem other than the knee's".into(),
            Meaning::Surgery => "a surgery word".into(),
            Meaning::Trauma => "a trauma word".into(),
            Meaning::Injury => "an injury word".into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PhraseEntry {
    pub stems: Vec<String>,
    /// When set, the phrase matches only these words as written (normalised), not every word that shares
    /// their stems: "lunges" shares its stem with "lung".
    pub words: Option<Vec<String>>,
    pub meaning: Meaning,
    /// As written in the vocabulary, for messages ("bicep curl").
    pub text: String,
}

#[derive(Default)]
pub(super) struct PhraseTable {
    pub(super) entries: FxHashMap<String, Vec<PhraseEntry>>,
    /// Joined stems -> (meaning, byte offset) for conflict messages.
    seen: HashMap<String, (Meaning, usize)>,
    /// Condition and topic ids by index, for conflict messages.
    conditions: Vec<String>,
    topics: Vec<String>,
}

impl PhraseTable {
    fn add(
        &mut self,
        phrase: &Spanned<String>,
        meaning: Meaning,
        stemmer: &Stemmer,
        file: &Loaded,
        problems: &mut Problems,
    ) {
        self.add_shown(phrase, phrase.get_ref(), meaning, stemmer, file, problems);
    }

    /// Adds `phrase`, named `shown` in replies and messages.
    fn add_shown(
        &mut self,
        phrase: &Spanned<String>,
        shown: &str,
        meaning: Meaning,
        stemmer: &Stemmer,
        file: &Loaded,
        problems: &mut Problems,
    ) {
        let stems = stemmer.phrase(phrase.get_ref());
        if stems.is_empty() {
            problems.add(
                &file.path,
                &file.text,
                Some(phrase.span().start),
                "an empty phrase",
            );
            return;
        }
        let key = stems.join(" ");
        if let Some((other, at)) = self.seen.get(&key) {
            if *other != meaning {
                let conditions: Vec<&str> = self.conditions.iter().map(String::as_str).collect();
                let topics: Vec<&str> = self.topics.iter().map(String::as_str).collect();
                problems.add(
                    &file.path,
                    &file.text,
                    Some(phrase.span().start),
                    format!(
                        "`{}` is {} here but {} at line {}: one phrase can mean one thing, so remove \
                         it from one of them",
                        phrase.get_ref(),
                        meaning.describe(&conditions, &topics),
                        other.describe(&conditions, &topics),
                        crate::error::line_of(&file.text, *at)
                    ),
                );
            }
            return;
        }
        self.seen.insert(key, (meaning, phrase.span().start));
        self.entries
            .entry(stems[0].clone())
            .or_default()
            .push(PhraseEntry {
                stems,
                words: None,
                meaning,
                text: shown.to_string(),
            });
    }

    /// Adds `phrase` matched on its words as written, not their stems (see [`PhraseEntry::words`]).
    fn add_words(&mut self, phrase: &Spanned<String>, meaning: Meaning, stemmer: &Stemmer) {
        let tokens = tokenize(&normalize(phrase.get_ref()), stemmer);
        let Some(first) = tokens.first() else {
            return;
        };
        let words: Vec<String> = tokens.iter().map(|t| t.text.to_string()).collect();
        let key = format!("={}", words.join(" "));
        if self.seen.contains_key(&key) {
            return;
        }
        self.seen.insert(key, (meaning, phrase.span().start));
        self.entries
            .entry(first.stem.to_string())
            .or_default()
            .push(PhraseEntry {
                stems: tokens.iter().map(|t| t.stem.to_string()).collect(),
                words: Some(words),
                meaning,
                text: phrase.get_ref().clone(),
            });
    }
}

impl PhraseTable {
    /// Every phrase of `vocabulary.toml` with its one meaning; a phrase claimed twice is reported.
    pub(super) fn build(
        file: &Loaded,
        vocab: &VocabularyFile,
        condition_index: &Index<ConditionId>,
        topic_index: &Index<TopicId>,
        stemmer: &Stemmer,
        problems: &mut Problems,
    ) -> PhraseTable {
        let mut table = PhraseTable::default();
        fn by_index<I: Copy + Into<usize>>(index: &Index<I>) -> Vec<String> {
            let mut names = vec![""; index.len()];
            for (id, &i) in index {
                if let Some(slot) = names.get_mut(i.into()) {
                    *slot = id.as_str();
                }
            }
            names.into_iter().map(str::to_string).collect()
        }
        table.conditions = by_index(condition_index);
        table.topics = by_index(topic_index);
        for c in &vocab.condition {
            let Some(&ci) = condition_index.get(c.id.get_ref()) else {
                continue;
            };
            for a in &c.aliases {
                table.add(a, Meaning::Condition(ci), stemmer, file, problems);
            }
            for a in &c.surgery_aliases {
                table.add(a, Meaning::ConditionSurgery(ci), stemmer, file, problems);
            }
        }
        for t in &vocab.topic {
            let Some(&ti) = topic_index.get(t.id.get_ref()) else {
                continue;
            };
            for p in &t.phrases {
                table.add(p, Meaning::Exercise(ti), stemmer, file, problems);
            }
            for m in &t.muscles {
                table.add(m, Meaning::Muscle(ti), stemmer, file, problems);
            }
        }
        for u in &vocab.words.uncovered {
            table.add(u, Meaning::Uncovered, stemmer, file, problems);
        }
        for u in &vocab.words.uncovered_words {
            table.add_words(u, Meaning::Uncovered, stemmer);
        }
        for (name, told) in &vocab.words.uncovered_told {
            for u in told {
                table.add_shown(u, name, Meaning::Uncovered, stemmer, file, problems);
            }
        }
        // A name of the channel's business that no uncovered thing carries is never matched.
        for name in &vocab.words.channel_business {
            let named = (vocab
                .words
                .uncovered
                .iter()
                .chain(&vocab.words.uncovered_words))
            .any(|u| u.get_ref().eq_ignore_ascii_case(name))
                || vocab.words.uncovered_told.contains_key(name);
            if !named {
                problems.warn(
                    &file.path,
                    &file.text,
                    None,
                    format!(
                        "`{name}` is in `channel_business` but no uncovered thing is named so: add it to \
                         `uncovered` (or `[words.uncovered_told]`) so questions about it are read"
                    ),
                );
            }
        }
        for o in &vocab.words.other_problems {
            table.add(o, Meaning::OtherProblem, stemmer, file, problems);
        }
        for (list, meaning) in [
            (&vocab.events.surgery, Meaning::Surgery),
            (&vocab.events.trauma, Meaning::Trauma),
            (&vocab.events.injury, Meaning::Injury),
        ] {
            for w in list {
                table.add(w, meaning, stemmer, file, problems);
            }
        }
        table.add_short_plurals(stemmer);
        table
    }

    /// Each short one-word phrase ("tke", "tka") read in the plural too: Snowball keeps the "s" of "tkes"
    /// after a vowel, so "TKEs" would otherwise name nothing. A plural that is a phrase of its own keeps
    /// that phrase's meaning.
    fn add_short_plurals(&mut self, stemmer: &Stemmer) {
        let mut plurals: Vec<PhraseEntry> = Vec::new();
        for entry in self.entries.values().flatten() {
            let [word] = entry.stems.as_slice() else {
                continue;
            };
            let plural = stemmer.stem(&format!("{word}s"));
            if word.len() <= 4 && plural != *word && !self.seen.contains_key(&plural) {
                plurals.push(PhraseEntry {
                    stems: vec![plural],
                    words: None,
                    meaning: entry.meaning,
                    text: entry.text.clone(),
                });
            }
        }
        // Entries are keyed by a hash map: sorted, so a plural two phrases share goes the same way each run.
        plurals.sort_by(|a, b| (&a.stems, &a.text).cmp(&(&b.stems, &b.text)));
        for entry in plurals {
            if self.seen.contains_key(&entry.stems[0]) {
                continue;
            }
            self.seen.insert(entry.stems[0].clone(), (entry.meaning, 0));
            self.entries
                .entry(entry.stems[0].clone())
                .or_default()
                .push(entry);
        }
    }
}

/// Each phrase of a `[[topic]] kinds` group (as written, lower case) with its kind's number; a phrase in
/// no group is of its topic's other kind. A grouped phrase that is not one of its topic's `phrases` is
/// reported.
pub(super) fn exercise_kinds(
    file: &Loaded,
    vocab: &VocabularyFile,
    problems: &mut Problems,
) -> FxHashMap<String, usize> {
    let mut kinds = FxHashMap::default();
    let groups = vocab
        .topic
        .iter()
        .flat_map(|t| t.kinds.iter().map(move |g| (t, g)));
    for (kind, (topic, group)) in groups.enumerate() {
        for phrase in group {
            if !topic
                .phrases
                .iter()
                .any(|p| p.get_ref() == phrase.get_ref())
            {
                problems.add(
                    &file.path,
                    &file.text,
                    Some(phrase.span().start),
                    format!(
                        "`{}` in `kinds` is not one of this topic's `phrases`; add it there or fix the spelling",
                        phrase.get_ref()
                    ),
                );
            }
            kinds.insert(phrase.get_ref().to_lowercase(), kind + 1);
        }
    }
    kinds
}
