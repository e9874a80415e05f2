//! How the checker speaks to a moderator: every problem with its file and line, errors (the knowledge does
//! not load) apart from warnings (it loads, but something is probably not what was meant), and the known
//! ids or the nearest text when something does not match.

use crate::error::{line_of, KnowledgeError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Collects problems so a moderator sees all of them at once.
#[derive(Default)]
pub(crate) struct Problems {
    pub errors: Vec<KnowledgeError>,
    pub warnings: Vec<KnowledgeError>,
}

impl Problems {
    pub fn add(
        &mut self,
        file: &Path,
        text: &str,
        offset: Option<usize>,
        message: impl Into<String>,
    ) {
        self.errors.push(KnowledgeError::new(
            file,
            offset.map(|o| line_of(text, o)),
            message,
        ));
    }

    pub fn warn(
        &mut self,
        file: &Path,
        text: &str,
        offset: Option<usize>,
        message: impl Into<String>,
    ) {
        self.warnings.push(KnowledgeError::new(
            file,
            offset.map(|o| line_of(text, o)),
            message,
        ));
    }
}

/// A file read into memory, kept for line numbers.
pub(crate) struct Loaded {
    pub path: PathBuf,
    pub text: String,
}

pub(crate) fn read(path: &Path) -> Result<Loaded, KnowledgeError> {
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

pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &Loaded,
) -> Result<T, KnowledgeError> {
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

/// "known: a, b, c", in the order the ids are defined, so a moderator sees what a typo was meant to be.
pub(crate) fn known_ids<I: Ord>(index: &HashMap<String, I>) -> String {
    let mut ids: Vec<(&I, &String)> = index.iter().map(|(id, i)| (i, id)).collect();
    ids.sort();
    let ids: Vec<&str> = ids.into_iter().map(|(_, id)| id.as_str()).collect();
    format!("known: {}", ids.join(", "))
}

/// The span of `haystack` (folded text, words separated by single spaces) closest to `quote`, word for word,
/// and the first word where they differ: what a moderator needs to fix a quote that is almost right.
pub(crate) fn nearest_span(quote: &str, haystacks: &[&str]) -> Option<(String, String)> {
    let want: Vec<&str> = quote.split(' ').filter(|w| !w.is_empty()).collect();
    if want.is_empty() {
        return None;
    }
    let mut best: Option<(usize, Vec<&str>)> = None;
    for text in haystacks {
        let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        for start in 0..words.len() {
            let window = &words[start..(start + want.len()).min(words.len())];
            let same = window.iter().zip(&want).filter(|(a, b)| a == b).count();
            if best.as_ref().is_none_or(|(s, _)| same > *s) {
                best = Some((same, window.to_vec()));
            }
        }
    }
    let (same, window) = best?;
    // Less than half the words in place is not "nearly": say nothing rather than mislead.
    if same * 2 < want.len() {
        return None;
    }
    let differs = want
        .iter()
        .zip(window.iter().chain(std::iter::repeat(&"")))
        .find(|(a, b)| a != b)
        .map(|(a, b)| {
            if b.is_empty() {
                format!("the source ends before `{a}`")
            } else {
                format!("the quote has `{a}` where the source has `{b}`")
            }
        })
        .unwrap_or_default();
    Some((window.join(" "), differs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_span_shows_what_differs() {
        let source = [
            "the glutes are the primary muscle in that action",
            "walk on it",
        ];
        let (span, differs) =
            nearest_span("the glutes are the main muscle in that action", &source).unwrap();
        assert_eq!(span, "the glutes are the primary muscle in that action");
        assert!(
            differs.contains("`main`") && differs.contains("`primary`"),
            "{differs}"
        );
        assert_eq!(nearest_span("nothing like this at all here", &source), None);
    }
}
