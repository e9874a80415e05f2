//! Typed errors of the core. Each says which file and line is wrong and what to do, because the people who
//! read them are moderators editing `knowledge/`, not programmers.

use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

/// A problem in a knowledge file: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct KnowledgeError {
    pub file: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    pub message: String,
}

impl KnowledgeError {
    pub fn new(file: impl Into<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        KnowledgeError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for KnowledgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Everything wrong with a knowledge folder, so a moderator fixes all of it in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct KnowledgeErrors(pub Vec<KnowledgeError>);

impl fmt::Display for KnowledgeErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}
