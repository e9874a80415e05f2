//! The SQLite file: the question log, helpful/unhelpful feedback, per-guild settings and playlist
//! overrides. Owns the schema and its migrations, and the salted user hash that keeps raw Discord user
//! ids out of the file.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use thiserror::Error;

/// Bumped by each migration; kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i32 = 1;

/// Below this retrieval score an answer counts as low confidence in [`Store::unanswered`].
pub const LOW_CONFIDENCE: f32 = 1.0;

/// Long enough to ride out another process's short write, short enough that a reply is not held up for long.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const SALT_KEY: &str = "user_hash_salt";

const SCHEMA_V1: &str = "
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
    fn from_sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt { path },
            Some(ErrorCode::CannotOpen) => StoreError::Open { path, source },
            _ => StoreError::Sqlite { path, source },
        }
    }
}

pub struct NewQuestion<'a> {
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    /// Hashed before it reaches the file.
    pub user_id: u64,
    pub question: &'a str,
    pub verdict: &'a str,
    pub topic: Option<&'a str>,
    pub conditions: &'a [String],
    /// Retrieval confidence; below [`LOW_CONFIDENCE`] the question shows up in [`Store::unanswered`].
    pub top_score: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoggedQuestion {
    pub id: i64,
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    pub user_hash: String,
    pub question: String,
    pub verdict: String,
    pub topic: Option<String>,
    pub conditions: Vec<String>,
    pub top_score: f32,
    /// Unix seconds.
    pub asked_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub total: u64,
    pub per_verdict: BTreeMap<String, u64>,
    pub per_condition: BTreeMap<String, u64>,
    /// Votes on the questions counted in `total`, whenever the vote was cast.
    pub helpful: u64,
    pub unhelpful: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuildSettings {
    /// Empty means answer in every channel.
    pub channels: Vec<u64>,
    /// `None` means the config's `cooldown_seconds`.
    pub cooldown_seconds: Option<u64>,
}

/// One database file. Calls are short and blocking; async callers use `spawn_blocking`.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// HMAC key from the per-database salt, so the same user hashes alike across restarts but the hashes
    /// are useless against any other database.
    hash_key: hmac::Key,
}

impl Store {
    /// Opens the file, creating it and its folder if needed, and brings the schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        Store::prepare(conn, path, true)
    }

    /// Opens an existing, up-to-date database without ever writing to it: for reports over a live
    /// bot's file. Every write returns [`StoreError::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        Store::prepare(conn, path, false)
    }

    fn prepare(mut conn: Connection, path: &Path, writable: bool) -> Result<Store, StoreError> {
        let err = |e| StoreError::from_sqlite(path, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(err)?;
        // A file that is not a database only shows it on the first real read.
        let version: i32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let writable = writable && !conn.is_readonly("main").map_err(err)?;
        if writable {
            // WAL lets readers and the writer not block each other; FULL makes a committed row survive
            // a power cut, not only a crash. Writes here are few and small, so the fsync is cheap.
            let mode: String = conn
                .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))
                .map_err(err)?;
            if !mode.eq_ignore_ascii_case("wal") {
                tracing::warn!(path = %path.display(), mode, "database is not in WAL mode");
            }
            conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
            migrate(&mut conn).map_err(err)?;
        } else if version < SCHEMA_VERSION {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        let salt: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [SALT_KEY], |r| r.get(0))
            .optional()
            .map_err(err)?;
        let salt = salt.filter(|s| !s.is_empty()).ok_or(StoreError::Corrupt {
            path: path.to_path_buf(),
        })?;
        Ok(Store {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
            hash_key: hmac::Key::new(hmac::HMAC_SHA256, &salt),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stable for one database, so feedback and cooldown records line up, but not reversible without the file.
    pub fn user_hash(&self, user_id: u64) -> String {
        let tag = hmac::sign(&self.hash_key, user_id.to_string().as_bytes());
        // 128 bits is plenty to tell users apart and keeps log lines short.
        tag.as_ref()[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Returns the new question's id, for feedback buttons.
    pub fn log_question(&self, q: &NewQuestion) -> Result<i64, StoreError> {
        self.log_question_at(q, now_unix())
    }

    fn log_question_at(&self, q: &NewQuestion, asked_at: i64) -> Result<i64, StoreError> {
        let user_hash = self.user_hash(q.user_id);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO questions
                     (guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    q.guild_id.map(id_to_sql),
                    q.channel_id.map(id_to_sql),
                    user_hash,
                    q.question,
                    q.verdict,
                    q.topic,
                    f64::from(q.top_score),
                    asked_at,
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO question_conditions (question_id, position, condition)
                 VALUES (?1, ?2, ?3)",
            )?;
            for (position, condition) in q.conditions.iter().enumerate() {
                insert.execute(params![id, position as i64, condition])?;
            }
            Ok(id)
        })
    }

    pub fn question(&self, id: i64) -> Result<Option<LoggedQuestion>, StoreError> {
        let conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let found = conn
            .query_row(
                &format!("{SELECT_QUESTION} WHERE id = ?1"),
                [id],
                row_to_question,
            )
            .optional()
            .map_err(err)?;
        match found {
            Some(mut q) => {
                q.conditions = conditions_of(&conn, q.id).map_err(err)?;
                Ok(Some(q))
            }
            None => Ok(None),
        }
    }

    /// One vote per user per question: a second click replaces the first (and keeps any comment).
    pub fn record_feedback(&self, question_id: i64, user_id: u64, helpful: bool) -> Result<(), StoreError> {
        let user_hash = self.user_hash(user_id);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO feedback (question_id, user_hash, helpful, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (question_id, user_hash)
                 DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at",
                params![question_id, user_hash, helpful, now_unix()],
            )
        })
        .map_err(|e| unknown_question(e, question_id))?;
        Ok(())
    }

    /// Replaces the user's earlier comment on this question; leaves their vote as it was.
    pub fn record_feedback_comment(&self, question_id: i64, user_id: u64, comment: &str) -> Result<(), StoreError> {
        let user_hash = self.user_hash(user_id);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO feedback (question_id, user_hash, comment, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (question_id, user_hash)
                 DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at",
                params![question_id, user_hash, comment, now_unix()],
            )
        })
        .map_err(|e| unknown_question(e, question_id))?;
        Ok(())
    }

    /// Questions asked at or after `since_unix`; `None` counts every guild and direct messages.
    pub fn stats(&self, guild_id: Option<u64>, since_unix: i64) -> Result<Stats, StoreError> {
        let conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let guild = guild_id.map(id_to_sql);
        // `?1 IS NULL OR guild_id = ?1` keeps one statement for both the all-guilds and one-guild cases.
        const WINDOW: &str = "(?1 IS NULL OR q.guild_id = ?1) AND q.asked_at >= ?2";
        let mut stats = Stats::default();
        let counts = |sql: &str| -> rusqlite::Result<BTreeMap<String, u64>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map(params![guild, since_unix], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?;
            rows.map(|r| r.map(|(k, n)| (k, count(n)))).collect()
        };
        stats.per_verdict = counts(&format!(
            "SELECT q.verdict, COUNT(*) FROM questions q WHERE {WINDOW} GROUP BY q.verdict"
        ))
        .map_err(err)?;
        stats.per_condition = counts(&format!(
            "SELECT c.condition, COUNT(*) FROM question_conditions c
             JOIN questions q ON q.id = c.question_id WHERE {WINDOW} GROUP BY c.condition"
        ))
        .map_err(err)?;
        stats.total = stats.per_verdict.values().sum();
        let (helpful, unhelpful): (i64, i64) = conn
            .query_row(
                &format!(
                    "SELECT COALESCE(SUM(f.helpful = 1), 0), COALESCE(SUM(f.helpful = 0), 0)
                     FROM feedback f JOIN questions q ON q.id = f.question_id WHERE {WINDOW}"
                ),
                params![guild, since_unix],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(err)?;
        stats.helpful = count(helpful);
        stats.unhelpful = count(unhelpful);
        Ok(stats)
    }

    /// Verdict `not_covered` or a low retrieval score, newest first: what the material is missing.
    pub fn unanswered(&self, guild_id: Option<u64>, limit: usize, offset: usize) -> Result<Vec<LoggedQuestion>, StoreError> {
        let conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let mut stmt = conn
            .prepare(&format!(
                "{SELECT_QUESTION}
                 WHERE (?1 IS NULL OR guild_id = ?1) AND (verdict = 'not_covered' OR top_score < ?2)
                 ORDER BY asked_at DESC, id DESC LIMIT ?3 OFFSET ?4"
            ))
            .map_err(err)?;
        let rows = stmt
            .query_map(
                params![
                    guild_id.map(id_to_sql),
                    f64::from(LOW_CONFIDENCE),
                    i64::try_from(limit).unwrap_or(i64::MAX),
                    i64::try_from(offset).unwrap_or(i64::MAX),
                ],
                row_to_question,
            )
            .map_err(err)?;
        let mut found = rows.collect::<rusqlite::Result<Vec<_>>>().map_err(err)?;
        for q in &mut found {
            q.conditions = conditions_of(&conn, q.id).map_err(err)?;
        }
        Ok(found)
    }

    /// Defaults (answer everywhere, config cooldown) for a guild that never changed anything.
    pub fn guild_settings(&self, guild_id: u64) -> Result<GuildSettings, StoreError> {
        let conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let guild = id_to_sql(guild_id);
        let mut stmt = conn
            .prepare("SELECT channel_id FROM guild_channels WHERE guild_id = ?1")
            .map_err(err)?;
        let mut channels = stmt
            .query_map([guild], |r| r.get::<_, i64>(0).map(id_from_sql))
            .map_err(err)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(err)?;
        channels.sort_unstable();
        let cooldown: Option<i64> = conn
            .query_row(
                "SELECT cooldown_seconds FROM guild_settings WHERE guild_id = ?1",
                [guild],
                |r| r.get(0),
            )
            .optional()
            .map_err(err)?
            .flatten();
        Ok(GuildSettings {
            channels,
            cooldown_seconds: cooldown.map(|s| u64::try_from(s).unwrap_or(0)),
        })
    }

    /// Replaces the guild's channel list; an empty list means answer everywhere.
    pub fn set_channels(&self, guild_id: u64, channels: &[u64]) -> Result<(), StoreError> {
        let guild = id_to_sql(guild_id);
        self.write(|tx| {
            tx.execute("DELETE FROM guild_channels WHERE guild_id = ?1", [guild])?;
            let mut insert =
                tx.prepare("INSERT OR IGNORE INTO guild_channels (guild_id, channel_id) VALUES (?1, ?2)")?;
            for &channel in channels {
                insert.execute([guild, id_to_sql(channel)])?;
            }
            Ok(())
        })
    }

    /// `None` goes back to the config's cooldown.
    pub fn set_cooldown(&self, guild_id: u64, seconds: Option<u64>) -> Result<(), StoreError> {
        let seconds = seconds.map(|s| i64::try_from(s).unwrap_or(i64::MAX));
        self.write(|tx| {
            tx.execute(
                "INSERT INTO guild_settings (guild_id, cooldown_seconds) VALUES (?1, ?2)
                 ON CONFLICT (guild_id) DO UPDATE SET cooldown_seconds = excluded.cooldown_seconds",
                params![id_to_sql(guild_id), seconds],
            )?;
            Ok(())
        })
    }

    /// Condition id -> URL, as set by this guild's moderators (they win over the config's playlists).
    pub fn playlist_overrides(&self, guild_id: u64) -> Result<BTreeMap<String, String>, StoreError> {
        let conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let mut stmt = conn
            .prepare("SELECT condition, url FROM playlist_overrides WHERE guild_id = ?1")
            .map_err(err)?;
        let rows = stmt
            .query_map([id_to_sql(guild_id)], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    pub fn set_playlist(&self, guild_id: u64, condition: &str, url: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO playlist_overrides (guild_id, condition, url) VALUES (?1, ?2, ?3)
                 ON CONFLICT (guild_id, condition) DO UPDATE SET url = excluded.url",
                params![id_to_sql(guild_id), condition, url],
            )?;
            Ok(())
        })
    }

    /// Goes back to the default playlist; `false` if there was no override.
    pub fn remove_playlist(&self, guild_id: u64, condition: &str) -> Result<bool, StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM playlist_overrides WHERE guild_id = ?1 AND condition = ?2",
                params![id_to_sql(guild_id), condition],
            )
            .map(|n| n > 0)
        })
    }

    /// Each write is its own transaction, so a crash loses no committed row. IMMEDIATE takes the write
    /// lock up front, where the busy timeout applies, instead of failing at the first write.
    fn write<T>(&self, f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>) -> Result<T, StoreError> {
        let mut conn = self.lock();
        let err = |e| StoreError::from_sqlite(&self.path, e);
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let value = f(&tx).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(value)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic elsewhere while holding the lock leaves no open transaction (it rolls back on drop),
        // so the connection is still good to use.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

const SELECT_QUESTION: &str = "SELECT id, guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at
     FROM questions";

fn row_to_question(r: &rusqlite::Row) -> rusqlite::Result<LoggedQuestion> {
    Ok(LoggedQuestion {
        id: r.get(0)?,
        guild_id: r.get::<_, Option<i64>>(1)?.map(id_from_sql),
        channel_id: r.get::<_, Option<i64>>(2)?.map(id_from_sql),
        user_hash: r.get(3)?,
        question: r.get(4)?,
        verdict: r.get(5)?,
        topic: r.get(6)?,
        conditions: Vec::new(),
        top_score: r.get::<_, f64>(7)? as f32,
        asked_at: r.get(8)?,
    })
}

fn conditions_of(conn: &Connection, id: i64) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT condition FROM question_conditions WHERE question_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    // IMMEDIATE, so two bots starting on one new file do not both create the tables.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < 1 {
        tx.execute_batch(SCHEMA_V1)?;
    }
    let has_salt: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM meta WHERE key = ?1)", [SALT_KEY], |r| {
        r.get(0)
    })?;
    if !has_salt {
        tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![SALT_KEY, new_salt()])?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()
}

fn new_salt() -> Vec<u8> {
    let mut salt = vec![0u8; 32];
    if SystemRandom::new().fill(&mut salt).is_err() {
        // The OS generator failing is near impossible; std's randomly seeded hasher still beats a fixed salt.
        use std::hash::{BuildHasher, Hasher};
        for chunk in salt.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos());
            chunk.copy_from_slice(&h.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    salt
}

fn open_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match StoreError::from_sqlite(path, source) {
        StoreError::Sqlite { path, source } => StoreError::Open { path, source },
        other => other,
    }
}

fn unknown_question(e: StoreError, id: i64) -> StoreError {
    match &e {
        StoreError::Sqlite { source, .. }
            if source.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) =>
        {
            StoreError::UnknownQuestion { id }
        }
        _ => e,
    }
}

/// Discord ids are u64 and SQLite integers i64; the bit pattern round-trips exactly.
fn id_to_sql(id: u64) -> i64 {
    id as i64
}

fn id_from_sql(id: i64) -> u64 {
    id as u64
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
