//! What loads but is probably not what a moderator meant: a source no rule cites (its videos can only be
//! quoted for information), and a source that uses words the vocabulary lists as uncovered (questions with
//! those words are answered "the material doesn't talk about…" even though this source does).

use super::problems::Problems;
use super::sources::SourceFile;
use super::vocabulary::{Meaning, Vocabulary};
use super::Passage;
use crate::text::normalize::{normalize, tokenize, Stemmer};
use std::collections::BTreeSet;

pub(crate) fn sources(
    files: &[SourceFile],
    passages: &[Passage],
    // By source: whether a rule or timing note cites it (see `Knowledge::source_ruled`).
    source_ruled: &[bool],
    vocabulary: &Vocabulary,
    stemmer: &Stemmer,
    problems: &mut Problems,
) {
    for (source, ((path, text), front)) in files.iter().enumerate() {
        if !source_ruled[source] {
            problems.warn(
                path,
                text,
                Some(4),
                format!(
                    "no rule cites source `{}` yet: questions about it get its passages as information, never \
                     a ruling. Add rules quoting it in rules.toml (`kneebot coverage` shows what is covered)",
                    front.id
                ),
            );
        }
        // A phrase in one passage is a passing mention; in two or more, the source is about it.
        let mut passages_with: std::collections::BTreeMap<String, usize> = Default::default();
        for p in passages.iter().filter(|p| p.source.position() == source) {
            let once: BTreeSet<String> = uncovered_phrases(vocabulary, stemmer, &p.text)
                .into_iter()
                .collect();
            for phrase in once {
                *passages_with.entry(phrase).or_default() += 1;
            }
        }
        let found: BTreeSet<String> = passages_with
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .map(|(phrase, _)| phrase)
            .collect();
        if !found.is_empty() {
            let list: Vec<String> = found.iter().map(|w| format!("`{w}`")).collect();
            problems.warn(
                path,
                text,
                None,
                format!(
                    "this source talks about {}, which vocabulary.toml lists as uncovered: questions naming it \
                     are answered \"the material doesn't talk about…\". Remove it from `uncovered` in \
                     vocabulary.toml (and add topic words and rules) so this source can answer",
                    list.join(", ")
                ),
            );
        }
    }
}

/// The uncovered vocabulary phrases `text` contains, as the vocabulary writes them.
fn uncovered_phrases(vocabulary: &Vocabulary, stemmer: &Stemmer, text: &str) -> Vec<String> {
    let stems: Vec<String> = tokenize(&normalize(text), stemmer)
        .into_iter()
        .map(|t| t.stem.to_string())
        .collect();
    let mut found = Vec::new();
    for i in 0..stems.len() {
        let Some(entries) = vocabulary.phrases.get(&stems[i]) else {
            continue;
        };
        for entry in entries {
            if entry.meaning == Meaning::Uncovered && stems[i..].starts_with(&entry.stems) {
                found.push(entry.text.clone());
            }
        }
    }
    found
}
