//! The vocabulary compiled for matching: a phrase table keyed by word stems (each phrase with one meaning),
//! the regular expressions for recovery signals, red flags and not-past surgeries, and the word lists the
//! typo tolerance needs (what to correct towards, and which real words never to "correct").

use super::files::{RedFlagContext, VocabularyFile};
use super::problems::{Loaded, Problems};
use crate::answer::Phase;
use crate::text::normalize::{letter_mask, normalize, tokenize, Stemmer};
use regex::Regex;
use std::collections::{HashMap, HashSet};
// Speed: the word tables are looked up for every word of every question. Fx hashing is several times
// cheaper than SipHash; its weakness (crafted keys that collide) needs inserts, and these tables are only
// filled from the knowledge files, never from questions.
use rustc_hash::{FxHashMap, FxHashSet};
use toml::Spanned;

/// What a vocabulary phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Meaning {
    Condition(usize),
    /// The condition and a past surgery for it ("ACLR", "knee replacement").
    ConditionSurgery(usize),
    /// An exercise of a topic.
    Exercise(usize),
    /// A muscle of a topic: a topic only beside a training word.
    Muscle(usize),
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
        match self {
            Meaning::Condition(c) => format!("an alias of condition `{}`", name(conditions, c)),
            Meaning::ConditionSurgery(c) => {
                format!("a surgery alias of condition `{}`", name(conditions, c))
            }
            Meaning::Exercise(t) => format!("an exercise phrase of topic `{}`", name(topics, t)),
            Meaning::Muscle(t) => format!("a muscle of topic `{}`", name(topics, t)),
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
    pub meaning: Meaning,
    /// As written in the vocabulary, for messages ("bicep curl").
    pub text: String,
}

#[derive(Debug)]
pub struct Signal {
    pub phase: Phase,
    pub says: String,
    pub patterns: Vec<Regex>,
}

/// What a question asks for (compiled from `[intent]`).
#[derive(Debug, Clone)]
pub struct IntentPatterns {
    pub playlist: Regex,
    pub sets_reps: Regex,
    pub dose: Regex,
    pub diagnosis: Regex,
    pub timing: Regex,
    pub how_long: Regex,
    pub info_start: Regex,
    pub info_any: Regex,
    pub about_material: Regex,
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
    pub question_starts: Vec<Regex>,
    pub cues: Vec<Regex>,
    pub open_do: Vec<Regex>,
    pub open_request: Vec<Regex>,
    pub open_avoid: Vec<Regex>,
    pub diagnosis: Vec<Regex>,
    pub prognosis: Vec<Regex>,
    pub asks_whether: Vec<Regex>,
    pub refers_back: Vec<Regex>,
    pub symptom: Vec<Regex>,
    pub claims_for: Vec<Regex>,
    pub claims_against: Vec<Regex>,
    pub limit_before: Vec<Regex>,
    pub limit_after: Vec<Regex>,
}

#[derive(Debug)]
pub struct RedFlag {
    pub id: String,
    pub says: String,
    pub context: RedFlagContext,
    pub unless: Vec<Regex>,
    pub all: Vec<Regex>,
}

#[derive(Debug)]
pub struct Vocabulary {
    /// Phrases by their first stem, longest first.
    pub phrases: FxHashMap<String, Vec<PhraseEntry>>,
    /// Stem sequences of training words ("work on" -> ["work", "on"]).
    pub training_words: Vec<Vec<String>>,
    pub stretch_words: Vec<Vec<String>>,
    pub signals: Vec<Signal>,
    /// Word sequences that negate a recovered-sign when they come just before it.
    pub negations: Vec<Vec<String>>,
    pub red_flags: Vec<RedFlag>,
    pub red_flag_negations: Vec<Vec<String>>,
    pub not_past: Vec<Regex>,
    pub asking: Asking,
    pub intent: IntentPatterns,
    /// Words that carry no meaning for search or coverage.
    pub stop_words: FxHashSet<String>,
    /// Words too general to show that the material covers a question ("knee", "pain").
    pub generic_words: FxHashSet<String>,
    /// Filler words a vocabulary phrase may skip over ("had my knee replaced").
    pub filler: FxHashSet<String>,
    pub injury_patterns: Vec<Regex>,
    pub trauma_patterns: Vec<Regex>,
    /// Topics that are back-story beside another exercise (walking and running).
    pub background_topics: Vec<usize>,
    pub surgery_patterns: Vec<Regex>,
    /// Search expansions: pattern -> extra stems.
    pub expansions: Vec<(Regex, Vec<String>)>,
    /// Chat spellings and what they stand for ("wat" -> "what").
    pub slang: FxHashMap<String, String>,
    /// Words (5+ letters) a typo may be corrected to, sorted (the first of equally near words wins).
    pub lexicon: Vec<String>,
    /// Speed: the lexicon by word length, as (position in `lexicon`, letter set from
    /// `normalize::letter_mask`), so a typo is compared only with words within two letters of its length
    /// and most of those are ruled out without looking at their letters again.
    pub lexicon_by_length: Vec<Vec<(usize, u32)>>,
    /// Real words never corrected: common English, the material's own words, the lexicon.
    pub known_words: FxHashSet<String>,
}

impl Vocabulary {
    /// Whether `word` is one of the stop words (no meaning for search or coverage).
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word)
    }

    /// Whether `word` is too general to show the material covers a question.
    pub fn is_generic(&self, word: &str) -> bool {
        self.generic_words.contains(word)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn compile<'a>(
        file: &Loaded,
        vocab: &VocabularyFile,
        condition_index: &HashMap<String, usize>,
        topic_index: &HashMap<String, usize>,
        english_words: &str,
        material: impl Iterator<Item = &'a str>,
        stemmer: &Stemmer,
        problems: &mut Problems,
    ) -> Vocabulary {
        let mut table = PhraseTable::default();
        let by_index = |index: &HashMap<String, usize>| {
            let mut names = vec![""; index.len()];
            for (id, &i) in index {
                if let Some(slot) = names.get_mut(i) {
                    *slot = id.as_str();
                }
            }
            names.into_iter().map(str::to_string).collect::<Vec<_>>()
        };
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

        let compile = |pattern: &Spanned<String>, problems: &mut Problems| -> Option<Regex> {
            match crate::text::pattern::compile(pattern.get_ref()) {
                Ok(r) => Some(r),
                Err(e) => {
                    problems.add(
                        &file.path,
                        &file.text,
                        Some(pattern.span().start),
                        format!(
                            "this pattern is not a valid regular expression; fix it (in TOML, write a \
                             backslash as `\\\\` or use a 'literal string'): {}",
                            // The regex crate's message spans lines with a caret diagram; one line reads better.
                            e.to_string().lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
                        ),
                    );
                    None
                }
            }
        };
        let signals = vocab
            .signal
            .iter()
            .map(|s| {
                if matches!(s.phase.get_ref(), Phase::None | Phase::Unknown) {
                    problems.add(
                        &file.path,
                        &file.text,
                        Some(s.phase.span().start),
                        "a signal's phase must be early, rebuilding or recovered",
                    );
                }
                Signal {
                    phase: *s.phase.get_ref(),
                    says: s.says.clone(),
                    patterns: s
                        .patterns
                        .iter()
                        .filter_map(|p| compile(p, problems))
                        .collect(),
                }
            })
            .collect();
        let red_flags = vocab
            .red_flag
            .iter()
            .map(|f| RedFlag {
                id: f.id.clone(),
                says: f.says.clone(),
                context: f.context,
                unless: f
                    .unless
                    .iter()
                    .filter_map(|p| compile(p, problems))
                    .collect(),
                all: f.all.iter().filter_map(|p| compile(p, problems)).collect(),
            })
            .collect();
        let not_past = vocab
            .events
            .not_past
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let mut compile_all = |patterns: &[Spanned<String>]| -> Vec<Regex> {
            patterns
                .iter()
                .filter_map(|p| compile(p, problems))
                .collect()
        };
        let asking = Asking {
            question_starts: compile_all(&vocab.asking.question_starts),
            cues: compile_all(&vocab.asking.cues),
            open_do: compile_all(&vocab.asking.open_do),
            open_request: compile_all(&vocab.asking.open_request),
            open_avoid: compile_all(&vocab.asking.open_avoid),
            diagnosis: compile_all(&vocab.asking.diagnosis),
            prognosis: compile_all(&vocab.asking.prognosis),
            asks_whether: compile_all(&vocab.asking.asks_whether),
            refers_back: compile_all(&vocab.asking.refers_back),
            symptom: compile_all(&vocab.asking.symptom),
            claims_for: compile_all(&vocab.asking.claims_for),
            claims_against: compile_all(&vocab.asking.claims_against),
            limit_before: compile_all(&vocab.asking.limit_before),
            limit_after: compile_all(&vocab.asking.limit_after),
        };
        let intent = {
            let i = &vocab.intent;
            // A pattern that does not compile is reported above; the load fails, so the stand-in never runs.
            let mut one = |p: &Spanned<String>| {
                compile(p, problems).unwrap_or_else(|| Regex::new("$^").expect("valid"))
            };
            IntentPatterns {
                playlist: one(&i.playlist),
                sets_reps: one(&i.sets_reps),
                dose: one(&i.dose),
                diagnosis: one(&i.diagnosis),
                timing: one(&i.timing),
                how_long: one(&i.how_long),
                info_start: one(&i.info_start),
                info_any: one(&i.info_any),
                about_material: one(&i.about_material),
                personal: one(&i.personal),
                leading_connectives: one(&i.leading_connectives),
                how_to: one(&i.how_to),
                why: one(&i.why),
                why_value: one(&i.why_value),
                advice: one(&i.advice),
                exercise_ask: one(&i.exercise_ask),
                knee: one(&i.knee),
                asks_instead: one(&i.asks_instead),
                other_side: one(&i.other_side),
            }
        };
        let word_set = |words: &[String]| -> FxHashSet<String> {
            words.iter().map(|w| w.trim().to_lowercase()).collect()
        };
        let stop_words = word_set(&vocab.words.stop);
        let generic_words = word_set(&vocab.words.generic);
        let filler = word_set(&vocab.words.filler);

        let injury_patterns = vocab
            .events
            .injury_patterns
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let trauma_patterns = vocab
            .events
            .trauma_patterns
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let background_topics = vocab
            .topic
            .iter()
            .filter(|t| t.background)
            .filter_map(|t| topic_index.get(t.id.get_ref()).copied())
            .collect();
        let surgery_patterns = vocab
            .events
            .surgery_patterns
            .iter()
            .filter_map(|p| compile(p, problems))
            .collect();
        let expansions = vocab
            .expand
            .iter()
            .filter_map(|e| {
                let r = compile(&e.when, problems)?;
                Some((r, e.add.iter().flat_map(|w| stemmer.phrase(w)).collect()))
            })
            .collect();
        let stems = |list: &[String]| -> Vec<Vec<String>> {
            list.iter()
                .map(|w| stemmer.phrase(w))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let words = |list: &[String]| -> Vec<Vec<String>> {
            list.iter()
                .map(|w| normalize(w).split(' ').map(str::to_string).collect())
                .collect()
        };

        // Typo tolerance: what to correct towards...
        let mut lexicon: HashSet<String> = HashSet::new();
        // Plurals too, so "culrs" finds "curls" though the vocabulary says "curl".
        let mut add_words = |text: &str| {
            for w in text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 4)
            {
                let w = w.to_ascii_lowercase();
                if !w.ends_with('s') {
                    lexicon.insert(format!("{w}s"));
                }
                if w.len() >= 5 {
                    lexicon.insert(w);
                }
            }
        };
        for w in crate::text::TIME_WORDS {
            add_words(w);
        }
        for e in table.entries.values().flatten() {
            add_words(&e.text);
        }
        for w in vocab.words.training.iter().chain(&vocab.words.stretch) {
            add_words(w);
        }
        let regex_sources = vocab
            .signal
            .iter()
            .flat_map(|s| s.patterns.iter())
            .chain(vocab.red_flag.iter().flat_map(|f| f.all.iter()))
            .chain(vocab.events.not_past.iter())
            .chain(vocab.events.injury_patterns.iter());
        for p in regex_sources {
            // Drop escapes like \b and \w so they do not glue onto words.
            let cleaned: String = strip_escapes(p.get_ref());
            add_words(&cleaned);
        }
        let mut lexicon: Vec<String> = lexicon.into_iter().collect();
        lexicon.sort();
        // ...and which words are real and stay as typed.
        let mut known_words: FxHashSet<String> = english_words
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        for text in material {
            for t in tokenize(&normalize(text), stemmer) {
                known_words.insert(t.text);
            }
        }
        known_words.extend(lexicon.iter().cloned());

        let mut phrases = table.entries;
        for list in phrases.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.stems.len()));
        }
        Vocabulary {
            phrases,
            training_words: stems(&vocab.words.training),
            stretch_words: stems(&vocab.words.stretch),
            signals,
            negations: words(&vocab.words.sign_negations),
            red_flags,
            red_flag_negations: words(&vocab.words.warning_negations),
            not_past,
            asking,
            intent,
            stop_words,
            generic_words,
            filler,
            injury_patterns,
            trauma_patterns,
            background_topics,
            surgery_patterns,
            expansions,
            slang: vocab
                .words
                .slang
                .iter()
                .map(|(k, v)| (k.to_lowercase(), normalize(v)))
                .collect(),
            lexicon_by_length: by_length(&lexicon),
            lexicon,
            known_words,
        }
    }
}

fn strip_escapes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[derive(Default)]
struct PhraseTable {
    entries: FxHashMap<String, Vec<PhraseEntry>>,
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
                meaning,
                text: phrase.get_ref().clone(),
            });
    }
}

/// See [`Vocabulary::lexicon_by_length`].
fn by_length(lexicon: &[String]) -> Vec<Vec<(usize, u32)>> {
    let mut buckets: Vec<Vec<(usize, u32)>> = Vec::new();
    for (i, word) in lexicon.iter().enumerate() {
        if buckets.len() <= word.len() {
            buckets.resize(word.len() + 1, Vec::new());
        }
        buckets[word.len()].push((i, letter_mask(word.as_bytes())));
    }
    buckets
}
