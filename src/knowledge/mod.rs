//! Loads and checks `knowledge/`: the source material (`sources/*.md`), the vocabulary, the rules and the
//! playlists. Everything is checked once, here, so the rest of the core can trust it: every quote a rule
//! cites is in its source, every id used is defined, no phrase claims two meanings, every topic has a rule
//! for every phase. Problems come back all at once, each with its file and line.

pub mod files;
pub mod vocabulary;

use crate::answer::{Phase, Verdict};
use crate::error::{line_of, KnowledgeError, KnowledgeErrors};
use crate::understand::normalize::{normalize, Stemmer};
use files::{PlaylistsFile, ReasonDef, RulesFile, SourceFrontMatter, VocabularyFile};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
pub use vocabulary::Vocabulary;

/// One transcript or article.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub conditions: Vec<String>,
}

/// A paragraph of a source: the unit that is searched and cited.
#[derive(Debug, Clone)]
pub struct Passage {
    /// `source#n`, n from 1.
    pub id: String,
    pub source: usize,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Condition {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub name: String,
    /// What the material recommends instead (index into topics).
    pub alternative: Option<usize>,
}

/// A reason with the words of the material it rests on.
#[derive(Debug, Clone)]
pub struct Reason {
    pub says: String,
    pub passage: usize,
    pub quote: String,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub topic: usize,
    pub phases: Vec<Phase>,
    pub verdict: Verdict,
    pub guidance: String,
    pub reasons: Vec<Reason>,
}

/// What the material says about when a topic is right.
#[derive(Debug, Clone)]
pub struct Timing {
    pub topic: usize,
    pub guidance: String,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub early_max_days: f64,
    pub recovered_min_days: f64,
    pub fresh_injury_max_days: f64,
    pub default_topic: usize,
    pub disclaimer: String,
    pub urgent_guidance: String,
    pub not_covered_guidance: String,
    pub no_timing_guidance: String,
    pub no_dose_guidance: String,
    /// Opens the answer to an open question, before the ruling for each topic.
    pub overview_guidance: String,
    /// For an exercise the asker says a clinician ruled out, or that they cannot do.
    pub limited_guidance: String,
    pub no_diagnosis_guidance: String,
}

#[derive(Debug, Clone)]
pub struct FollowUpTemplate {
    pub question: String,
    pub choices: Vec<ChoiceTemplate>,
}

/// One choice of the follow-up question.
#[derive(Debug, Clone)]
pub struct ChoiceTemplate {
    pub phase: Phase,
    /// The whole choice, as the terminal shows it.
    pub label: String,
    /// The choice on a button, short enough to read at a glance.
    pub button: String,
}

/// A follow-up button's text is at most this many characters, so a member reads the choices at a glance.
pub const BUTTON_MAX_CHARS: usize = 40;

#[derive(Debug, Clone)]
pub struct Playlist {
    pub condition: String,
    pub title: String,
    pub url: String,
    /// True while the URL is a placeholder, not the channel's real one.
    pub example: bool,
}

/// Everything in `knowledge/`, checked.
pub struct Knowledge {
    pub dir: PathBuf,
    pub sources: Vec<Source>,
    pub passages: Vec<Passage>,
    pub conditions: Vec<Condition>,
    pub topics: Vec<Topic>,
    pub rules: Vec<Rule>,
    pub timing: Vec<Timing>,
    pub policy: Policy,
    pub follow_up: FollowUpTemplate,
    pub playlists: Vec<Playlist>,
    pub vocabulary: Vocabulary,
}

impl std::fmt::Debug for Knowledge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Knowledge")
            .field("dir", &self.dir)
            .field("sources", &self.sources.len())
            .field("passages", &self.passages.len())
            .field("rules", &self.rules.len())
            .finish()
    }
}

/// Collects problems so a moderator sees all of them at once.
#[derive(Default)]
struct Problems(Vec<KnowledgeError>);

impl Problems {
    fn add(&mut self, file: &Path, text: &str, offset: Option<usize>, message: impl Into<String>) {
        self.0.push(KnowledgeError::new(
            file,
            offset.map(|o| line_of(text, o)),
            message,
        ));
    }
}

/// A file read into memory, kept for line numbers.
struct Loaded {
    path: PathBuf,
    text: String,
}

fn read(path: &Path) -> Result<Loaded, KnowledgeError> {
    std::fs::read_to_string(path)
        .map(|text| Loaded {
            path: path.to_path_buf(),
            text,
        })
        .map_err(|e| {
            KnowledgeError::new(
                path,
                None,
                format!(
                    "cannot read it ({e}); the knowledge folder needs vocabulary.toml, rules.toml, \
                     playlists.toml, english_words.txt and sources/: restore this file (git checkout) or \
                     point --knowledge / KNEEBOT_KNOWLEDGE_DIR at a complete folder"
                ),
            )
        })
}

fn parse_toml<T: serde::de::DeserializeOwned>(file: &Loaded) -> Result<T, KnowledgeError> {
    toml::from_str(&file.text).map_err(|e| {
        let line = e.span().map(|s| line_of(&file.text, s.start));
        // A syntax pass tells a TOML slip (quotes, brackets) from a value of the wrong kind.
        let syntax = toml::de::DeTable::parse(&file.text).is_err();
        KnowledgeError::new(&file.path, line, plain_toml_message(e.message(), syntax))
    })
}

/// serde's words are for programmers; these files are edited by moderators. Adds what to do.
fn plain_toml_message(message: &str, syntax: bool) -> String {
    let message = message.trim();
    if syntax {
        return format!(
            "{message}: a TOML slip on this line; check its quotes, brackets and `key = value` form"
        );
    }
    let message = message
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("expected a sequence", "expected a list in [brackets]")
        .replace("expected a boolean", "expected true or false");
    if message.starts_with("unknown field") {
        return format!("{message}: a typo? use one of the expected keys");
    }
    if message.starts_with("missing field") {
        return format!("{message}: add it to this entry");
    }
    message
}

impl Knowledge {
    /// Loads `dir` and checks it. On any problem, returns every problem found.
    pub fn load(dir: &Path) -> Result<Knowledge, KnowledgeErrors> {
        let mut problems = Problems::default();
        let stemmer = Stemmer::default();

        let vocab_file = read(&dir.join("vocabulary.toml"));
        let rules_file = read(&dir.join("rules.toml"));
        let playlists_file = read(&dir.join("playlists.toml"));
        let words_file = read(&dir.join("english_words.txt"));
        let (sources, passages) = load_sources(&dir.join("sources"), &mut problems);
        // A source that did not load is already reported; every quote citing it would only repeat that.
        let sources_loaded = problems.0.is_empty();

        let mut early = Vec::new();
        let vocab_file = vocab_file.and_then(|f| parse_toml::<VocabularyFile>(&f).map(|v| (f, v)));
        let rules_file = rules_file.and_then(|f| parse_toml::<RulesFile>(&f).map(|r| (f, r)));
        let playlists_file =
            playlists_file.and_then(|f| parse_toml::<PlaylistsFile>(&f).map(|p| (f, p)));
        for r in [
            vocab_file.as_ref().err(),
            rules_file.as_ref().err(),
            playlists_file.as_ref().err(),
            words_file.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        {
            early.push(r.clone());
        }
        let (Ok((vfile, vocab)), Ok((rfile, rules)), Ok((pfile, playlists)), Ok(words)) =
            (vocab_file, rules_file, playlists_file, words_file)
        else {
            problems.0.extend(early);
            return Err(KnowledgeErrors(problems.0));
        };

        // Conditions and topics: the ids everything else refers to.
        let mut conditions = Vec::new();
        let mut condition_index = HashMap::new();
        for c in &vocab.condition {
            if condition_index
                .insert(c.id.get_ref().clone(), conditions.len())
                .is_some()
            {
                problems.add(
                    &vfile.path,
                    &vfile.text,
                    Some(c.id.span().start),
                    format!("condition `{}` is defined twice", c.id.get_ref()),
                );
            }
            conditions.push(Condition {
                id: c.id.get_ref().clone(),
                name: c.name.clone(),
            });
        }
        let mut topics = Vec::new();
        let mut topic_index = HashMap::new();
        for t in &rules.topic {
            if topic_index
                .insert(t.id.get_ref().clone(), topics.len())
                .is_some()
            {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(t.id.span().start),
                    format!("topic `{}` is defined twice", t.id.get_ref()),
                );
            }
            topics.push(Topic {
                id: t.id.get_ref().clone(),
                name: t.name.clone(),
                alternative: None,
            });
        }
        for (i, t) in rules.topic.iter().enumerate() {
            if let Some(alt) = &t.alternative {
                match topic_index.get(alt.get_ref()) {
                    Some(&a) => topics[i].alternative = Some(a),
                    None => problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(alt.span().start),
                        format!(
                            "alternative `{}` is not a topic defined in rules.toml",
                            alt.get_ref()
                        ),
                    ),
                }
            }
        }

        // Sources name conditions too.
        for (source, front) in &sources {
            for c in &front.conditions {
                if !condition_index.contains_key(c.get_ref()) {
                    problems.add(
                        &source.0,
                        &source.1,
                        Some(c.span().start + 4),
                        format!(
                            "condition `{}` is not defined in vocabulary.toml ({})",
                            c.get_ref(),
                            known_ids(&condition_index)
                        ),
                    );
                }
            }
        }
        let source_list: Vec<Source> = sources
            .iter()
            .map(|(_, f)| Source {
                id: f.id.clone(),
                title: f.title.clone(),
                url: f.url.clone(),
                conditions: f.conditions.iter().map(|c| c.get_ref().clone()).collect(),
            })
            .collect();
        let source_index: HashMap<&str, usize> = source_list
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let normalized_passages: Vec<String> = passages.iter().map(|p| fold(&p.text)).collect();

        let resolve = |reasons: &[ReasonDef], problems: &mut Problems| -> Vec<Reason> {
            let mut out = Vec::new();
            for r in reasons {
                let Some(&source) = source_index.get(r.source.get_ref().as_str()) else {
                    if !sources_loaded {
                        continue;
                    }
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(r.source.span().start),
                        format!(
                            "source `{}` is not a file in sources/ (known: {})",
                            r.source.get_ref(),
                            source_list
                                .iter()
                                .map(|s| s.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                    continue;
                };
                let quote = fold(r.quote.get_ref());
                // An empty quote is "in" every passage and proves nothing.
                if quote.is_empty() {
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(r.quote.span().start),
                        "the quote is empty: quote the words of the material this reason rests on",
                    );
                    continue;
                }
                let found = passages
                    .iter()
                    .enumerate()
                    .find(|(i, p)| p.source == source && normalized_passages[*i].contains(&quote));
                match found {
                    Some((i, _)) => out.push(Reason {
                        says: r.says.clone(),
                        passage: i,
                        quote: r.quote.get_ref().clone(),
                    }),
                    None => problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(r.quote.span().start),
                        format!(
                            "the quote is not in source `{}`: quote the material word for word",
                            r.source.get_ref()
                        ),
                    ),
                }
            }
            out
        };

        // Rules: every topic x phase exactly once.
        let mut rule_list = Vec::new();
        let mut seen: HashMap<(usize, Phase), usize> = HashMap::new();
        for rule in &rules.rule {
            let Some(&topic) = topic_index.get(rule.topic.get_ref()) else {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(rule.topic.span().start),
                    format!(
                        "topic `{}` is not defined (add a [[topic]] for it; {})",
                        rule.topic.get_ref(),
                        known_ids(&topic_index)
                    ),
                );
                continue;
            };
            let verdict = *rule.verdict.get_ref();
            if matches!(verdict, Verdict::Urgent | Verdict::Info) {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(rule.verdict.span().start),
                    format!("a rule cannot give `{verdict}`: that verdict is decided before rules apply"),
                );
            }
            for phase in rule.phases.get_ref() {
                if let Some(prev) = seen.insert((topic, *phase), rule.phases.span().start) {
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(rule.phases.span().start),
                        format!(
                            "topic `{}` already has a rule for phase `{phase}` (line {})",
                            rule.topic.get_ref(),
                            line_of(&rfile.text, prev)
                        ),
                    );
                }
                if verdict == Verdict::Depends && *phase != Phase::Unknown {
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        Some(rule.phases.span().start),
                        "only phase `unknown` can give `depends`: every other phase is known",
                    );
                }
            }
            if rule.reason.is_empty() {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(rule.topic.span().start),
                    "a rule needs at least one [[rule.reason]] citing the material",
                );
            }
            let reasons = resolve(&rule.reason, &mut problems);
            rule_list.push(Rule {
                topic,
                phases: rule.phases.get_ref().clone(),
                verdict,
                guidance: rule.guidance.clone(),
                reasons,
            });
        }
        for (ti, t) in topics.iter().enumerate() {
            for phase in Phase::ALL {
                if !seen.contains_key(&(ti, phase)) {
                    problems.add(
                        &rfile.path,
                        &rfile.text,
                        None,
                        format!("topic `{}` has no rule for phase `{phase}`", t.id),
                    );
                }
            }
        }
        let mut timing = Vec::new();
        for t in &rules.timing {
            match topic_index.get(t.topic.get_ref()) {
                Some(&topic) => {
                    let reasons = resolve(&t.reason, &mut problems);
                    timing.push(Timing {
                        topic,
                        guidance: t.guidance.clone(),
                        reasons,
                    })
                }
                None => problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(t.topic.span().start),
                    format!(
                        "topic `{}` is not defined ({})",
                        t.topic.get_ref(),
                        known_ids(&topic_index)
                    ),
                ),
            }
        }
        let mut choices = Vec::new();
        for c in &rules.follow_up.choice {
            let phase = *c.phase.get_ref();
            if matches!(phase, Phase::Unknown) {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(c.phase.span().start),
                    "a follow-up choice must be a known phase, not `unknown`",
                );
            }
            let button = c.button.get_ref().trim();
            if button.is_empty() || button.chars().count() > BUTTON_MAX_CHARS {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(c.button.span().start),
                    format!(
                        "a follow-up button must be 1 to {BUTTON_MAX_CHARS} characters (this one has {})",
                        button.chars().count()
                    ),
                );
            }
            choices.push(ChoiceTemplate {
                phase,
                label: c.label.clone(),
                button: button.to_string(),
            });
        }
        let default_topic = match topic_index.get(rules.policy.default_topic.get_ref()) {
            Some(&t) => t,
            None => {
                problems.add(
                    &rfile.path,
                    &rfile.text,
                    Some(rules.policy.default_topic.span().start),
                    format!(
                        "default_topic `{}` is not a topic",
                        rules.policy.default_topic.get_ref()
                    ),
                );
                0
            }
        };
        let p = &rules.policy;
        if !(p.early_max_days >= 0.0 && p.early_max_days < p.recovered_min_days) {
            problems.add(
                &rfile.path,
                &rfile.text,
                None,
                "policy: early_max_days must be at least 0 and less than recovered_min_days",
            );
        }

        // Vocabulary topics must match the rules' topics, both ways.
        for t in &vocab.topic {
            if !topic_index.contains_key(t.id.get_ref()) {
                problems.add(
                    &vfile.path,
                    &vfile.text,
                    Some(t.id.span().start),
                    format!("topic `{}` has no [[topic]] in rules.toml", t.id.get_ref()),
                );
            }
        }
        for t in &topics {
            if !vocab.topic.iter().any(|v| v.id.get_ref() == &t.id) {
                problems.add(
                    &vfile.path,
                    &vfile.text,
                    None,
                    format!("topic `{}` (rules.toml) has no [[topic]] words here", t.id),
                );
            }
        }

        // Playlists: a known condition each, every condition covered.
        let mut playlist_list = Vec::new();
        let mut with_playlist = HashSet::new();
        for p in &playlists.playlist {
            if !condition_index.contains_key(p.condition.get_ref()) {
                problems.add(
                    &pfile.path,
                    &pfile.text,
                    Some(p.condition.span().start),
                    format!(
                        "condition `{}` is not defined in vocabulary.toml ({})",
                        p.condition.get_ref(),
                        known_ids(&condition_index)
                    ),
                );
            }
            let url = p.url.get_ref();
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                problems.add(
                    &pfile.path,
                    &pfile.text,
                    Some(p.url.span().start),
                    "playlist url must start with https://",
                );
            }
            with_playlist.insert(p.condition.get_ref().clone());
            playlist_list.push(Playlist {
                condition: p.condition.get_ref().clone(),
                title: p.title.clone(),
                url: url.clone(),
                example: p.example,
            });
        }
        for c in &conditions {
            if !with_playlist.contains(&c.id) {
                problems.add(
                    &pfile.path,
                    &pfile.text,
                    None,
                    format!("condition `{}` has no playlist", c.id),
                );
            }
        }

        let passage_words = passages.iter().map(|p| p.text.as_str());
        let vocabulary = Vocabulary::compile(
            &vfile,
            &vocab,
            &condition_index,
            &topic_index,
            &words.text,
            passage_words,
            &stemmer,
            &mut problems,
        );

        if !problems.0.is_empty() {
            return Err(KnowledgeErrors(problems.0));
        }
        Ok(Knowledge {
            dir: dir.to_path_buf(),
            sources: source_list,
            passages,
            conditions,
            topics,
            rules: rule_list,
            timing,
            policy: Policy {
                early_max_days: p.early_max_days,
                recovered_min_days: p.recovered_min_days,
                fresh_injury_max_days: p.fresh_injury_max_days,
                default_topic,
                disclaimer: p.disclaimer.clone(),
                urgent_guidance: p.urgent_guidance.clone(),
                not_covered_guidance: p.not_covered_guidance.clone(),
                no_timing_guidance: p.no_timing_guidance.clone(),
                no_dose_guidance: p.no_dose_guidance.clone(),
                overview_guidance: p.overview_guidance.clone(),
                limited_guidance: p.limited_guidance.clone(),
                no_diagnosis_guidance: p.no_diagnosis_guidance.clone(),
            },
            follow_up: FollowUpTemplate {
                question: rules.follow_up.question.clone(),
                choices,
            },
            playlists: playlist_list,
            vocabulary,
        })
    }

    /// The rule for a topic in a phase (the checker guarantees there is exactly one).
    pub fn rule(&self, topic: usize, phase: Phase) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.topic == topic && r.phases.contains(&phase))
    }

    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    pub fn playlist(&self, condition: &str) -> Option<&Playlist> {
        self.playlists.iter().find(|p| p.condition == condition)
    }

    /// Replaces playlist URLs (from config) after checking every key is a known condition.
    pub fn override_playlists(&mut self, urls: &BTreeMap<String, String>) -> Result<(), String> {
        for (condition, url) in urls {
            let Some(p) = self
                .playlists
                .iter_mut()
                .find(|p| &p.condition == condition)
            else {
                return Err(format!(
                    "playlists: `{condition}` is not a condition (known: {})",
                    self.conditions
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            };
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(format!(
                    "playlists: the URL for `{condition}` must start with https://"
                ));
            }
            p.url = url.clone();
            p.example = false;
        }
        Ok(())
    }
}

/// Folds text for quote matching: case, curly quotes and spacing do not matter.
/// "known: a, b, c", in the order the ids are defined, so a moderator sees what a typo was meant to be.
fn known_ids(index: &HashMap<String, usize>) -> String {
    let mut ids: Vec<(&usize, &String)> = index.iter().map(|(id, i)| (i, id)).collect();
    ids.sort();
    let ids: Vec<&str> = ids.into_iter().map(|(_, id)| id.as_str()).collect();
    format!("known: {}", ids.join(", "))
}

fn fold(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

type SourceFile = ((PathBuf, String), SourceFrontMatter);

/// Reads every `*.md` in `sources/`, sorted by name so passage ids are stable.
fn load_sources(dir: &Path, problems: &mut Problems) -> (Vec<SourceFile>, Vec<Passage>) {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect(),
        Err(e) => {
            problems.0.push(KnowledgeError::new(
                dir,
                None,
                format!("cannot read the sources folder ({e})"),
            ));
            return (vec![], vec![]);
        }
    };
    paths.sort();
    if paths.is_empty() {
        problems.0.push(KnowledgeError::new(
            dir,
            None,
            "no source files (*.md) here: add the material first",
        ));
    }
    let mut sources: Vec<SourceFile> = Vec::new();
    let mut passages = Vec::new();
    let mut ids = HashSet::new();
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.0.push(KnowledgeError::new(
                    &path,
                    None,
                    format!("cannot read it ({e})"),
                ));
                continue;
            }
        };
        let Some(rest) = text.strip_prefix("+++\n") else {
            problems.add(
                &path,
                &text,
                Some(0),
                "a source starts with front matter between `+++` lines (id, title, conditions)",
            );
            continue;
        };
        let Some(end) = rest.find("\n+++\n").or_else(|| rest.find("\n+++")) else {
            problems.add(
                &path,
                &text,
                Some(0),
                "the front matter has no closing `+++` line",
            );
            continue;
        };
        let front_text = &rest[..end];
        let front: SourceFrontMatter = match toml::from_str(front_text) {
            Ok(f) => f,
            Err(e) => {
                let offset = e.span().map(|s| s.start + 4).unwrap_or(0);
                problems.add(&path, &text, Some(offset), e.message().trim().to_string());
                continue;
            }
        };
        if !ids.insert(front.id.clone()) {
            problems.add(
                &path,
                &text,
                Some(4),
                format!("source id `{}` is used twice", front.id),
            );
        }
        let body = rest[end..]
            .trim_start_matches('\n')
            .trim_start_matches("+++");
        let source = sources.len();
        let mut n = 0;
        for para in body.split("\n\n") {
            let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
            if para.is_empty() {
                continue;
            }
            n += 1;
            passages.push(Passage {
                id: format!("{}#{n}", front.id),
                source,
                text: para,
            });
        }
        if n == 0 {
            problems.add(
                &path,
                &text,
                None,
                "the source has no text after its front matter",
            );
        }
        sources.push(((path, text), front));
    }
    (sources, passages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
    }

    #[test]
    fn shipped_knowledge_loads() {
        let k = Knowledge::load(&shipped()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(k.sources.len(), 1);
        assert!(k.passages.len() > 20);
        assert_eq!(k.conditions.len(), 8);
        assert_eq!(k.topics.len(), 5);
    }

    #[test]
    fn fold_ignores_case_quotes_and_spacing() {
        assert_eq!(fold("You’re  Probably\nOut"), fold("you're probably out"));
    }
}
