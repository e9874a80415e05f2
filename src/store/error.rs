//! What can go wrong with the database file, sorted into cases a person can act on.

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;
use thiserror::Error;

/// What went wrong with the database file, said so that whoever runs the bot knows what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot create the folder {} for the database: {source}", path.display())]
    CreateDir { path: PathBuf, source: io::Error },

    #[error(
        "cannot open the database {}: {source}. Check that the folder exists and that the bot may write there, \
         or point `database` in the config (or KNEEBOT_DATABASE) elsewhere",
        path.display()
    )]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },

    #[error(
        "the database {} is read-only: the bot keeps answering but logs and settings are not saved. \
         Give the bot's user write access to the file and its folder (the -wal and -shm files live there too)",
        path.display()
    )]
    ReadOnly { path: PathBuf },

    #[error(
        "the database {} is locked by another program (a second kneebot, or a database browser with unsaved \
         changes); close it and try again",
        path.display()
    )]
    Locked { path: PathBuf },

    #[error("the disk holding the database {} is full; free some space and try again", path.display())]
    DiskFull { path: PathBuf },

    #[error(
        "the database {} is damaged or is not a kneebot database; move it aside (the bot starts a fresh one) \
         or restore a backup",
        path.display()
    )]
    Corrupt { path: PathBuf },

    #[error(
        "the database {} was written by a newer kneebot (schema version {found}, this one knows up to \
         {supported}); run the newer kneebot or use a different database file",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i32,
        supported: i32,
    },

    #[error(
        "cannot use the secret file {} that keys members' hashed ids: {problem}. It is made on the first \
         start next to the token file (or the database); set KNEEBOT_HASH_SECRET_FILE to put it elsewhere",
        path.display()
    )]
    Secret { path: PathBuf, problem: String },

    #[error("no question with id {id} in the log")]
    UnknownQuestion { id: i64 },

    #[error("database {}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// Sorts an SQLite error into the cases a person can act on; the rest keep SQLite's own words.
    pub(super) fn from_sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path }
            }
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                StoreError::Corrupt { path }
            }
            Some(ErrorCode::CannotOpen) => StoreError::Open { path, source },
            _ => StoreError::Sqlite { path, source },
        }
    }
}

pub(super) fn open_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match StoreError::from_sqlite(path, source) {
        StoreError::Sqlite { path, source } => StoreError::Open { path, source },
        other => other,
    }
}

/// A foreign-key failure on a feedback row means the question it points at is not in the log.
pub(super) fn unknown_question(e: StoreError, id: i64) -> StoreError {
    match &e {
        StoreError::Sqlite { source, .. }
            if source.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) =>
        {
            StoreError::UnknownQuestion { id }
        }
        _ => e,
    }
}
