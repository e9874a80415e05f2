//! The tables, and the migrations that bring an older file up to date inside one transaction.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

/// Bumped by each migration; kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i32 = 2;

/// Where version 1 kept the hashing salt. Version 2 moves it out of the file (see [`super::secret`]).
const LEGACY_SALT_KEY: &str = "user_hash_salt";

pub(super) const SCHEMA_V1: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE questions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id   INTEGER,
    channel_id INTEGER,
    user_hash  TEXT NOT NULL,
    question   TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    topic      TEXT,
    top_score  REAL NOT NULL,
    asked_at   INTEGER NOT NULL
);
CREATE INDEX questions_by_guild_time ON questions (guild_id, asked_at);
CREATE INDEX questions_by_time ON questions (asked_at);
CREATE TABLE question_conditions (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    condition   TEXT NOT NULL,
    PRIMARY KEY (question_id, condition)
);
CREATE TABLE feedback (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    user_hash   TEXT NOT NULL,
    helpful     INTEGER,
    comment     TEXT,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (question_id, user_hash)
);
CREATE TABLE guild_settings (
    guild_id         INTEGER PRIMARY KEY,
    cooldown_seconds INTEGER
);
CREATE TABLE guild_channels (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);
CREATE TABLE playlist_overrides (
    guild_id  INTEGER NOT NULL,
    condition TEXT NOT NULL,
    url       TEXT NOT NULL,
    PRIMARY KEY (guild_id, condition)
);
";

/// The moderators' queue (`handled_at`), moderator roles and log channels, forums answered on their own,
/// and indexes for deleting one member's rows. The salt row leaves the file in the same transaction.
const SCHEMA_V2: &str = "
ALTER TABLE questions ADD COLUMN handled_at INTEGER;
ALTER TABLE guild_settings ADD COLUMN moderator_role_id INTEGER;
ALTER TABLE guild_settings ADD COLUMN log_channel_id INTEGER;
CREATE TABLE autoanswer_forums (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);
CREATE INDEX questions_by_user ON questions (user_hash);
CREATE INDEX feedback_by_user ON feedback (user_hash);
";

/// Brings the file to [`SCHEMA_VERSION`]. `with_legacy_salt` gets the salt a version-1 file kept (if any)
/// before it is deleted, so the caller can move it to the secret file; if it fails, nothing changes.
pub(super) fn migrate<T>(
    conn: &mut Connection,
    with_legacy_salt: impl FnOnce(Option<Vec<u8>>) -> Result<T, super::StoreError>,
) -> Result<T, MigrateError> {
    // IMMEDIATE, so two bots starting on one new file do not both create the tables.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < 1 {
        tx.execute_batch(SCHEMA_V1)?;
    }
    let legacy: Option<Vec<u8>> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [LEGACY_SALT_KEY],
            |r| r.get(0),
        )
        .optional()?
        .filter(|salt: &Vec<u8>| !salt.is_empty());
    let value = with_legacy_salt(legacy).map_err(MigrateError::Store)?;
    if version < 2 {
        tx.execute_batch(SCHEMA_V2)?;
    }
    tx.execute("DELETE FROM meta WHERE key = ?1", [LEGACY_SALT_KEY])?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(value)
}

pub(super) enum MigrateError {
    Sqlite(rusqlite::Error),
    Store(super::StoreError),
}

impl From<rusqlite::Error> for MigrateError {
    fn from(e: rusqlite::Error) -> Self {
        MigrateError::Sqlite(e)
    }
}
