//! Loads and checks `knowledge/`: the source material (`sources/*.md`), the vocabulary, the rules and the
//! playlists. Everything is checked once, here, so the rest of the core can trust it: every quote a rule
//! cites is in its source, every id used is defined, no phrase claims two meanings, every topic with rules
//! has a general rule for every phase. Problems come back all at once, each with its file and line; what
//! loads but looks unintended comes back as warnings.
//!
//! - [`phrases`], [`lexicon`]: the vocabulary's phrase table and typo-tolerance words.
//! - [`files`]: the files' shapes. [`sources`]: `sources/*.md` into passages. [`rules`]: `rules.toml`.
//! - [`playlists`]: `playlists.toml`. [`vocabulary`]: `vocabulary.toml` compiled. [`warnings`]: the rest.
//! - [`problems`]: how problems are worded (file, line, known ids, the nearest text). [`quotes`]: each
//!   reason's quote found in its source. [`lookup`]: the rule for a topic, phase and conditions, and other
//!   questions asked of the loaded knowledge.
//! - [`transcript`]: a video's transcript (text, `.srt`, `.vtt`) into a source file, for `add-source`.

mod asking_files;
pub mod coverage;
pub mod files;
mod lexicon;
mod lookup;
mod patterns;
pub mod persons;
mod phrases;
mod playlists;
pub mod postures;
mod problems;
mod quotes;
mod rule_files;
mod rule_policy;
mod rules;
pub mod sides;
mod sign_over_file;
mod signs;
pub mod sources;
pub mod transcript;
pub mod vocabulary;
mod vocabulary_build;
mod warnings;
mod word_lists;
mod words_file;

use crate::error::{KnowledgeError, KnowledgeErrors};
use crate::ids::{ConditionId, PassageId, SourceId, TopicId};
use crate::model::{Phase, Verdict};
use crate::text::normalize::Stemmer;
use files::{PlaylistsFile, RulesFile, VocabularyFile};
pub use phrases::is_injury_word;
use problems::{parse_toml, read, Problems};
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
    pub source: SourceId,
    pub text: String,
    /// Seconds into the video where the passage is said, when the transcript had timestamps.
    pub start_seconds: Option<u32>,
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
    pub alternative: Option<TopicId>,
    /// The words replies use when they suggest this topic (`called` in rules.toml).
    pub called: Vec<String>,
}

/// A reason with the words of the material it rests on.
#[derive(Debug, Clone)]
pub struct Reason {
    pub says: String,
    pub passage: PassageId,
    pub quote: String,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub topic: TopicId,
    pub phases: Vec<Phase>,
    /// Empty: the general rule. Otherwise the rule for askers who name one of these conditions.
    pub conditions: Vec<ConditionId>,
    pub verdict: Verdict,
    pub guidance: String,
    pub reasons: Vec<Reason>,
    /// The verdict and guidance an overview shows instead (an open question names no one exercise of the
    /// topic); the reasons are the rule's.
    pub in_overview: Option<(Verdict, String)>,
}

/// What the material says about when a topic is right.
#[derive(Debug, Clone)]
pub struct Timing {
    pub topic: TopicId,
    pub guidance: String,
    pub reasons: Vec<Reason>,
}

/// The policy of `rules.toml`: the default topic, checked and typed, and the rest as the file states it
/// (recovery windows in days, and the fixed words of answers that no rule gives).
#[derive(Debug, Clone)]
pub struct Policy {
    pub default_topic: TopicId,
    pub settings: files::PolicyDef,
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
    /// What loads but is probably not what was meant (`kneebot check` lists them; `--strict` fails on them).
    pub warnings: Vec<KnowledgeError>,
    /// By source: whether a rule or timing note cites it. A source none cites answers only with its words.
    pub source_ruled: Vec<bool>,
}

crate::index_by_id!(Source, SourceId);
crate::index_by_id!(Passage, PassageId);
crate::index_by_id!(Condition, ConditionId);
crate::index_by_id!(Topic, TopicId);

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

impl Knowledge {
    /// Loads `dir` and checks it. On any problem, returns every problem found.
    pub fn load(dir: &Path) -> Result<Knowledge, KnowledgeErrors> {
        let mut problems = Problems::default();
        let stemmer = Stemmer::default();

        let vocab_file = read(&dir.join("vocabulary.toml"));
        let rules_file = read(&dir.join("rules.toml"));
        let playlists_file = read(&dir.join("playlists.toml"));
        let words_file = read(&dir.join("english_words.txt"));
        let (source_files, passages) = sources::load_sources(&dir.join("sources"), &mut problems);
        // A source that did not load is already reported; every quote citing it would only repeat that.
        let sources_loaded = problems.errors.is_empty();

        let vocab_file = vocab_file.and_then(|f| parse_toml::<VocabularyFile>(&f).map(|v| (f, v)));
        let rules_file = rules_file.and_then(|f| parse_toml::<RulesFile>(&f).map(|r| (f, r)));
        let playlists_file =
            playlists_file.and_then(|f| parse_toml::<PlaylistsFile>(&f).map(|p| (f, p)));
        let early: Vec<KnowledgeError> = [
            vocab_file.as_ref().err(),
            rules_file.as_ref().err(),
            playlists_file.as_ref().err(),
            words_file.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        let (Ok((vfile, vocab)), Ok((rfile, rules_def)), Ok((pfile, playlists_def)), Ok(words)) =
            (vocab_file, rules_file, playlists_file, words_file)
        else {
            problems.errors.extend(early);
            return Err(KnowledgeErrors(problems.errors));
        };

        let (conditions, condition_index) = rules::conditions(&vfile, &vocab, &mut problems);
        let (topics, topic_index) = rules::topics(&rfile, &rules_def, &mut problems);
        let source_list = source_list(&source_files, &condition_index, &mut problems);
        let quotes = quotes::Quotes::new(&source_list, &passages, sources_loaded);
        let rule_list = rules::rules(
            &rfile,
            &rules_def,
            &topics,
            &topic_index,
            &condition_index,
            &quotes,
            &mut problems,
        );
        let timing = rules::timing(&rfile, &rules_def, &topic_index, &quotes, &mut problems);
        let follow_up = rule_policy::follow_up(&rfile, &rules_def, &mut problems);
        let policy = rule_policy::policy(&rfile, &rules_def, &topic_index, &mut problems);
        rules::topics_match(
            &vfile,
            &rfile,
            &rules_def,
            &vocab,
            &topic_index,
            &mut problems,
        );
        let playlist_list = playlists::playlists(
            (&pfile, &playlists_def),
            (&vfile, &vocab),
            &conditions,
            &condition_index,
            &mut problems,
        );
        let vocabulary = Vocabulary::compile(
            &vfile,
            &vocab,
            &condition_index,
            &topic_index,
            &words.text,
            passages.iter().map(|p| p.text.as_str()),
            &stemmer,
            &mut problems,
        );
        let mut source_ruled = vec![false; source_list.len()];
        for reason in rule_list
            .iter()
            .flat_map(|r| &r.reasons)
            .chain(timing.iter().flat_map(|t| &t.reasons))
        {
            source_ruled[passages[reason.passage].source.position()] = true;
        }
        warnings::sources(
            &source_files,
            &passages,
            &source_ruled,
            &vocabulary,
            &stemmer,
            &mut problems,
        );

        if !problems.errors.is_empty() {
            return Err(KnowledgeErrors(problems.errors));
        }
        Ok(Knowledge {
            dir: dir.to_path_buf(),
            sources: source_list,
            passages,
            conditions,
            topics,
            rules: rule_list,
            timing,
            policy,
            follow_up,
            playlists: playlist_list,
            vocabulary,
            warnings: problems.warnings,
            source_ruled,
        })
    }
}

/// The sources as the rest of the core sees them; the conditions they name checked.
fn source_list(
    files: &[sources::SourceFile],
    condition_index: &rules::Index<ConditionId>,
    problems: &mut Problems,
) -> Vec<Source> {
    for ((path, text), front) in files {
        for c in &front.conditions {
            if !condition_index.contains_key(c.get_ref()) {
                problems.add(
                    path,
                    text,
                    Some(c.span().start + 4),
                    format!(
                        "condition `{}` is not defined in vocabulary.toml ({})",
                        c.get_ref(),
                        problems::known_ids(condition_index)
                    ),
                );
            }
        }
    }
    files
        .iter()
        .map(|(_, f)| Source {
            id: f.id.clone(),
            title: f.title.clone(),
            url: f.url.clone(),
            conditions: f.conditions.iter().map(|c| c.get_ref().clone()).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_knowledge_loads() {
        let k = crate::test_support::shipped_knowledge();
        assert!(!k.passages.is_empty());
        for rule in &k.rules {
            for reason in &rule.reasons {
                let passage = &k.passages[reason.passage];
                assert!(
                    sources::fold(&passage.text).contains(&sources::fold(&reason.quote)),
                    "{}",
                    reason.quote
                );
            }
        }
    }
}
