//! Adding a video to `knowledge/` (the `add-source` command and `/kb source add`): the transcript becomes
//! `sources/<id>.md`, then the whole folder is checked exactly as `kneebot check` does. On any problem the
//! folder is left as it was, and the problems say what to fix.

use crate::error::{KnowledgeError, KnowledgeErrors};
use crate::knowledge::transcript::{self, Format, NewSource};
use crate::knowledge::Knowledge;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// What a moderator gives.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The transcript's file name (its extension says the format: `.srt`, `.vtt`, else plain text).
    pub file_name: &'a str,
    pub transcript: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    pub conditions: &'a [String],
    /// Replace a source with the same id instead of refusing.
    pub replace: bool,
}

/// What was added, and what the checker says about the knowledge now.
#[derive(Debug)]
pub struct Added {
    pub path: PathBuf,
    pub id: String,
    pub passages: usize,
    /// How many passages have the moment they are said.
    pub timed: usize,
    pub knowledge: Knowledge,
}

#[derive(Debug, Error)]
pub enum AddSourceError {
    #[error("the title gives no id (it needs letters or digits): use a title like \"How To Do Step-Ups\"")]
    NoId,
    #[error("the url must be one https:// link (the video's share link), with no spaces, quotes or brackets")]
    BadUrl,
    #[error("the transcript has no text")]
    Empty,
    #[error(
        "{} already exists (a source with id `{id}`); give --replace to replace it, or another title",
        path.display()
    )]
    Exists { path: PathBuf, id: String },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the knowledge would not load with this source, so nothing was changed:\n{0}")]
    Check(KnowledgeErrors),
}

/// Writes the source and checks the folder; restores the folder on any problem.
pub fn add_source(knowledge_dir: &Path, request: &Request) -> Result<Added, AddSourceError> {
    let id = transcript::slug(request.title);
    if id.is_empty() {
        return Err(AddSourceError::NoId);
    }
    if !crate::links::is_plain_link(request.url) {
        return Err(AddSourceError::BadUrl);
    }
    let cues = transcript::cues(request.transcript, Format::of(request.file_name));
    let passages = transcript::passages(&cues);
    if passages.is_empty() {
        return Err(AddSourceError::Empty);
    }
    let path = knowledge_dir.join("sources").join(format!("{id}.md"));
    let before = std::fs::read(&path).ok();
    if before.is_some() && !request.replace {
        return Err(AddSourceError::Exists { path, id });
    }
    let text = transcript::source_file(
        &NewSource {
            id: &id,
            title: request.title,
            url: request.url,
            conditions: request.conditions,
        },
        &passages,
    );
    write(&path, text.as_bytes())?;
    match Knowledge::load(knowledge_dir) {
        Ok(knowledge) => Ok(Added {
            path,
            id,
            passages: passages.len(),
            timed: passages.iter().filter(|(start, _)| start.is_some()).count(),
            knowledge,
        }),
        Err(errors) => {
            let restored = match before {
                Some(old) => write(&path, &old),
                None => std::fs::remove_file(&path).map_err(|source| AddSourceError::Write {
                    path: path.clone(),
                    source,
                }),
            };
            restored?;
            Err(AddSourceError::Check(errors))
        }
    }
}

/// Written beside and renamed into place, so a reader never sees half a file.
fn write(path: &Path, bytes: &[u8]) -> Result<(), AddSourceError> {
    let error = |source| AddSourceError::Write {
        path: path.to_path_buf(),
        source,
    };
    let partial = path.with_extension("md.partial");
    std::fs::write(&partial, bytes).map_err(error)?;
    std::fs::rename(&partial, path).map_err(error)
}

/// The warnings worth a moderator's eye after adding: all of them, one a line.
pub fn warning_lines(warnings: &[KnowledgeError]) -> Vec<String> {
    warnings.iter().map(|w| format!("warning: {w}")).collect()
}
