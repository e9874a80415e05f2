//! The SQLite file: the question log, helpful/unhelpful feedback, per-guild settings and playlist
//! overrides. Owns the schema and its migrations, and the salted user hash that keeps raw Discord user
//! ids out of the file.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

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

#[derive(Debug, Clone, Copy)]
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
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(err)?;
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
            conn.pragma_update(None, "synchronous", "FULL")
                .map_err(err)?;
            migrate(&mut conn).map_err(err)?;
        } else if version < SCHEMA_VERSION {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        let salt: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [SALT_KEY], |r| {
                r.get(0)
            })
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
        tag.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Returns the new question's id, for feedback buttons.
    pub fn log_question(&self, q: &NewQuestion) -> Result<i64, StoreError> {
        self.log_question_at(q, crate::clock::now_unix())
    }

    fn log_question_at(&self, q: &NewQuestion, asked_at: i64) -> Result<i64, StoreError> {
        let user_hash = self.user_hash(q.user_id);
        self.write(|tx| insert_question(tx, q, &user_hash, asked_at))
    }

    /// Logs several questions in one transaction (one commit, so one fsync, for all of them) and returns
    /// their ids in the same order. All or nothing: on an error no row of the batch is kept. Each row is
    /// as durable as one from [`Store::log_question`] once this returns.
    pub fn log_questions(&self, questions: &[NewQuestion]) -> Result<Vec<i64>, StoreError> {
        let asked_at = crate::clock::now_unix();
        let hashes: Vec<String> = questions
            .iter()
            .map(|q| self.user_hash(q.user_id))
            .collect();
        self.write(|tx| {
            questions
                .iter()
                .zip(&hashes)
                .map(|(q, user_hash)| insert_question(tx, q, user_hash, asked_at))
                .collect()
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
    pub fn record_feedback(
        &self,
        question_id: i64,
        user_id: u64,
        helpful: bool,
    ) -> Result<(), StoreError> {
        self.upsert_feedback(question_id, user_id, FeedbackColumn::Helpful, &helpful)
    }

    /// Replaces the user's earlier comment on this question; leaves their vote as it was.
    pub fn record_feedback_comment(
        &self,
        question_id: i64,
        user_id: u64,
        comment: &str,
    ) -> Result<(), StoreError> {
        self.upsert_feedback(question_id, user_id, FeedbackColumn::Comment, &comment)
    }

    /// Sets one column of the user's feedback row on a question, creating the row if needed and leaving
    /// its other columns as they were.
    fn upsert_feedback(
        &self,
        question_id: i64,
        user_id: u64,
        column: FeedbackColumn,
        value: &dyn rusqlite::ToSql,
    ) -> Result<(), StoreError> {
        let user_hash = self.user_hash(user_id);
        let column = match column {
            FeedbackColumn::Helpful => "helpful",
            FeedbackColumn::Comment => "comment",
        };
        let sql = format!(
            "INSERT INTO feedback (question_id, user_hash, {column}, updated_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (question_id, user_hash)
             DO UPDATE SET {column} = excluded.{column}, updated_at = excluded.updated_at"
        );
        self.write(|tx| {
            tx.execute(
                &sql,
                params![question_id, user_hash, value, crate::clock::now_unix()],
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
    pub fn unanswered(
        &self,
        guild_id: Option<u64>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<LoggedQuestion>, StoreError> {
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
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO guild_channels (guild_id, channel_id) VALUES (?1, ?2)",
            )?;
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
    pub fn playlist_overrides(
        &self,
        guild_id: u64,
    ) -> Result<BTreeMap<String, String>, StoreError> {
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

    pub fn set_playlist(
        &self,
        guild_id: u64,
        condition: &str,
        url: &str,
    ) -> Result<(), StoreError> {
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

    /// Copies the write-ahead log into the database file and empties it, so the file alone holds every row
    /// (for a backup, or before the bot exits). Committed rows are already safe without this.
    pub fn flush(&self) -> Result<(), StoreError> {
        let conn = self.lock();
        if conn.is_readonly("main").unwrap_or(true) {
            return Ok(());
        }
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(|e| StoreError::from_sqlite(&self.path, e))
    }

    /// Each write is its own transaction, so a crash loses no committed row. IMMEDIATE takes the write
    /// lock up front, where the busy timeout applies, instead of failing at the first write.
    fn write<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
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
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// One question row and its conditions, inside the caller's transaction; returns the row id.
fn insert_question(
    tx: &rusqlite::Transaction,
    q: &NewQuestion,
    user_hash: &str,
    asked_at: i64,
) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO questions
             (guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        q.guild_id.map(id_to_sql),
        q.channel_id.map(id_to_sql),
        user_hash,
        q.question,
        q.verdict,
        q.topic,
        f64::from(q.top_score),
        asked_at,
    ])?;
    let id = tx.last_insert_rowid();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO question_conditions (question_id, position, condition)
         VALUES (?1, ?2, ?3)",
    )?;
    for (position, condition) in q.conditions.iter().enumerate() {
        insert.execute(params![id, position as i64, condition])?;
    }
    Ok(id)
}

const SELECT_QUESTION: &str =
    "SELECT id, guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at
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
    let has_salt: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM meta WHERE key = ?1)",
        [SALT_KEY],
        |r| r.get(0),
    )?;
    if !has_salt {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![SALT_KEY, new_salt()],
        )?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()
}

fn new_salt() -> Vec<u8> {
    let mut salt = vec![0u8; 32];
    if SystemRandom::new().fill(&mut salt).is_err() {
        // The OS generator failing is near impossible; std's randomly seeded hasher still beats a fixed salt.
        use std::hash::{BuildHasher, Hasher};
        // Each RandomState has its own random keys, so the chunks differ without any other input.
        for (i, chunk) in salt.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;
    use std::sync::Arc;

    const DAY: i64 = 86_400;

    fn ask<'a>(
        guild: Option<u64>,
        user: u64,
        question: &'a str,
        verdict: &'a str,
        conditions: &'a [String],
    ) -> NewQuestion<'a> {
        NewQuestion {
            guild_id: guild,
            channel_id: guild.map(|g| g + 1),
            user_id: user,
            question,
            verdict,
            topic: None,
            conditions,
            top_score: 5.0,
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn schema_is_created_and_rows_survive_reopening() {
        let dir = TempDir::new("reopen");
        let path = dir.path().join("nested").join("kneebot.db");
        let conditions = strings(&["acl", "meniscus"]);
        let (id, hash) = {
            let store = Store::open(&path).unwrap();
            assert_eq!(store.path(), path);
            let id = store
                .log_question(&ask(Some(1), 42, "can I squat?", "caution", &conditions))
                .unwrap();
            store.record_feedback(id, 7, true).unwrap();
            store.set_cooldown(1, Some(30)).unwrap();
            (id, store.user_hash(42))
        };
        let raw = Connection::open(&path).unwrap();
        let version: i32 = raw
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let mode: String = raw
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(raw);

        let store = Store::open(&path).unwrap();
        let q = store.question(id).unwrap().unwrap();
        assert_eq!(q.question, "can I squat?");
        assert_eq!(
            q.user_hash, hash,
            "the salt is kept, so hashes are stable across restarts"
        );
        assert_eq!(store.user_hash(42), hash);
        assert_eq!(store.stats(None, 0).unwrap().helpful, 1);
        assert_eq!(store.guild_settings(1).unwrap().cooldown_seconds, Some(30));

        let other = Store::open(&dir.path().join("other.db")).unwrap();
        assert_ne!(other.user_hash(42), hash, "each database has its own salt");
        assert_ne!(store.user_hash(43), hash);
    }

    #[test]
    fn logged_questions_read_back_whole() {
        let dir = TempDir::new("log");
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let conditions = strings(&["patellofemoral", "acl", "patellofemoral"]);
        let big = u64::MAX - 5; // beyond i64: must round-trip all the same
        let q = NewQuestion {
            guild_id: Some(big),
            channel_id: None,
            user_id: 99,
            question: "Is cycling OK 6 weeks after ACL reconstruction? ünïcode ✓",
            verdict: "ok_for_now",
            topic: Some("cycling"),
            conditions: &conditions,
            top_score: 2.5,
        };
        let before = crate::clock::now_unix();
        let id = store.log_question(&q).unwrap();
        let got = store.question(id).unwrap().unwrap();
        assert_eq!(got.id, id);
        assert_eq!(got.guild_id, Some(big));
        assert_eq!(got.channel_id, None);
        assert_eq!(got.user_hash, store.user_hash(99));
        assert_eq!(got.question, q.question);
        assert_eq!(got.verdict, "ok_for_now");
        assert_eq!(got.topic.as_deref(), Some("cycling"));
        assert_eq!(
            got.conditions,
            strings(&["patellofemoral", "acl"]),
            "order kept, repeats dropped"
        );
        assert_eq!(got.top_score, 2.5);
        assert!(got.asked_at >= before && got.asked_at <= crate::clock::now_unix() + 1);

        let none = store
            .log_question(&ask(None, 1, "dm question", "info", &[]))
            .unwrap();
        let got = store.question(none).unwrap().unwrap();
        assert_eq!(
            (got.guild_id, got.topic, got.conditions),
            (None, None, vec![])
        );
        assert_eq!(store.question(none + 100).unwrap(), None);
    }

    #[test]
    fn a_batch_of_questions_is_logged_in_order_or_not_at_all() {
        let dir = TempDir::new("batch");
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let acl = strings(&["acl"]);
        let texts: Vec<String> = (0..5).map(|i| format!("question {i}")).collect();
        let batch: Vec<NewQuestion> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| ask(Some(1), i as u64, text, "caution", &acl))
            .collect();
        let ids = store.log_questions(&batch).unwrap();
        assert_eq!(ids.len(), 5);
        for ((id, q), user) in ids.iter().zip(&batch).zip(0u64..) {
            let got = store.question(*id).unwrap().unwrap();
            assert_eq!(got.question, q.question);
            assert_eq!(got.user_hash, store.user_hash(user));
            assert_eq!(got.conditions, acl);
        }
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        assert_eq!(store.log_questions(&[]).unwrap(), Vec::<i64>::new());

        // A row that does not fit (the file may not grow) takes the whole batch with it.
        store.flush().unwrap();
        let pages: i64 = store
            .lock()
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .unwrap();
        store
            .lock()
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let big = "x".repeat(64 * 1024);
        let err = store
            .log_questions(&[
                ask(Some(1), 7, "small", "info", &[]),
                ask(Some(1), 8, &big, "info", &[]),
            ])
            .unwrap_err();
        assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
        assert_eq!(store.stats(None, 0).unwrap().total, 5);
    }

    #[test]
    fn raw_user_ids_never_reach_the_file() {
        let dir = TempDir::new("privacy");
        let user: u64 = 987_654_321_098_765_432;
        {
            let store = Store::open(&dir.path().join("k.db")).unwrap();
            let id = store
                .log_question(&ask(Some(5), user, "knee hurts", "depends", &[]))
                .unwrap();
            store.record_feedback(id, user, false).unwrap();
            store
                .record_feedback_comment(id, user, "too vague")
                .unwrap();
        }
        let needle = user.to_string();
        let needle_le = user.to_le_bytes();
        let needle_be = user.to_be_bytes();
        let mut files = 0;
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            files += 1;
            assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()));
            assert!(!bytes.windows(8).any(|w| w == needle_le || w == needle_be));
        }
        assert!(files >= 1);
    }

    #[test]
    fn one_vote_per_user_per_question_counts_in_stats() {
        let dir = TempDir::new("feedback");
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let a = store
            .log_question(&ask(Some(1), 1, "a", "recommended", &[]))
            .unwrap();
        let b = store
            .log_question(&ask(Some(1), 1, "b", "avoid", &[]))
            .unwrap();
        // (question, user, vote or comment)
        let clicks: &[(i64, u64, Result<bool, &str>)] = &[
            (a, 10, Ok(true)),
            (a, 10, Ok(false)), // changed their mind: replaces the first
            (a, 11, Ok(true)),
            (a, 12, Err("what about stairs?")), // a comment alone is not a vote
            (b, 10, Err("wrong")),
            (b, 10, Ok(false)), // vote after comment keeps the comment
            (b, 10, Err("wrong, see video")),
        ];
        for &(question, user, click) in clicks {
            match click {
                Ok(helpful) => store.record_feedback(question, user, helpful).unwrap(),
                Err(comment) => store
                    .record_feedback_comment(question, user, comment)
                    .unwrap(),
            }
        }
        let stats = store.stats(Some(1), 0).unwrap();
        assert_eq!((stats.helpful, stats.unhelpful), (1, 2));

        let conn = store.lock();
        let (helpful, comment): (Option<bool>, Option<String>) = conn
            .query_row(
                "SELECT helpful, comment FROM feedback WHERE question_id = ?1 AND user_hash = ?2",
                params![b, store.user_hash(10)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (helpful, comment.as_deref()),
            (Some(false), Some("wrong, see video"))
        );
        let rows: i64 = conn
            .query_row("SELECT COUNT(*) FROM feedback", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 4);
        drop(conn);

        for result in [
            store.record_feedback(999, 1, true),
            store.record_feedback_comment(999, 1, "x"),
        ] {
            assert!(
                matches!(result, Err(StoreError::UnknownQuestion { id: 999 })),
                "{result:?}"
            );
        }
    }

    /// (guild, days ago, verdict, conditions, votes)
    type LogRow<'a> = (Option<u64>, i64, &'a str, &'a [String], &'a [bool]);

    #[test]
    fn stats_by_guild_and_period() {
        let dir = TempDir::new("stats");
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let now = crate::clock::now_unix();
        let acl = strings(&["acl"]);
        let acl_men = strings(&["acl", "meniscus"]);
        let log: &[LogRow] = &[
            (Some(1), 0, "recommended", &acl, &[true, true]),
            (Some(1), 2, "avoid", &acl_men, &[false]),
            (Some(1), 40, "recommended", &[], &[true]),
            (Some(2), 1, "not_covered", &acl, &[]),
            (None, 3, "info", &[], &[false]),
        ];
        for (n, &(guild, days_ago, verdict, conditions, votes)) in log.iter().enumerate() {
            let q = ask(guild, n as u64, "q", verdict, conditions);
            let id = store.log_question_at(&q, now - days_ago * DAY).unwrap();
            for (user, &vote) in votes.iter().enumerate() {
                store.record_feedback(id, 100 + user as u64, vote).unwrap();
            }
        }
        let map = |pairs: &[(&str, u64)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect::<BTreeMap<_, _>>()
        };
        // (guild, since, expected)
        let cases = [
            (
                None,
                0,
                Stats {
                    total: 5,
                    per_verdict: map(&[
                        ("recommended", 2),
                        ("avoid", 1),
                        ("not_covered", 1),
                        ("info", 1),
                    ]),
                    per_condition: map(&[("acl", 3), ("meniscus", 1)]),
                    helpful: 3,
                    unhelpful: 2,
                },
            ),
            (
                Some(1),
                now - 7 * DAY,
                Stats {
                    total: 2,
                    per_verdict: map(&[("recommended", 1), ("avoid", 1)]),
                    per_condition: map(&[("acl", 2), ("meniscus", 1)]),
                    helpful: 2,
                    unhelpful: 1,
                },
            ),
            (
                Some(1),
                0,
                Stats {
                    total: 3,
                    per_verdict: map(&[("recommended", 2), ("avoid", 1)]),
                    per_condition: map(&[("acl", 2), ("meniscus", 1)]),
                    helpful: 3,
                    unhelpful: 1,
                },
            ),
            (
                Some(2),
                now - 7 * DAY,
                Stats {
                    total: 1,
                    per_verdict: map(&[("not_covered", 1)]),
                    per_condition: map(&[("acl", 1)]),
                    helpful: 0,
                    unhelpful: 0,
                },
            ),
            (
                None,
                now - DAY / 2,
                Stats {
                    total: 1,
                    per_verdict: map(&[("recommended", 1)]),
                    per_condition: map(&[("acl", 1)]),
                    helpful: 2,
                    unhelpful: 0,
                },
            ),
            (Some(3), 0, Stats::default()),
            (None, now + DAY, Stats::default()),
        ];
        for (guild, since, expected) in cases {
            assert_eq!(
                store.stats(guild, since).unwrap(),
                expected,
                "guild {guild:?} since {since}"
            );
        }
    }

    #[test]
    fn unanswered_newest_first_in_pages() {
        let dir = TempDir::new("unanswered");
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let now = crate::clock::now_unix();
        // (guild, seconds ago, verdict, top score, unanswered?)
        let log: &[(Option<u64>, i64, &str, f32, bool)] = &[
            (Some(1), 50, "not_covered", 3.0, true),
            (Some(1), 40, "caution", 0.5, true),
            (Some(1), 30, "caution", 1.0, false),
            (Some(2), 20, "not_covered", 0.0, true),
            (Some(1), 10, "recommended", 0.99, true),
            (Some(1), 10, "not_covered", 9.0, true), // same second as the one before: newer id first
            (None, 5, "avoid", 4.0, false),
        ];
        let mut ids = Vec::new();
        for (n, &(guild, ago, verdict, score, _)) in log.iter().enumerate() {
            let question = format!("question {n}");
            let q = NewQuestion {
                top_score: score,
                ..ask(guild, 1, &question, verdict, &[])
            };
            ids.push(store.log_question_at(&q, now - ago).unwrap());
        }
        let expect = |guild: Option<u64>| -> Vec<i64> {
            let mut want: Vec<(i64, i64)> = log
                .iter()
                .zip(&ids)
                .filter(|((g, _, _, _, unanswered), _)| {
                    *unanswered && (guild.is_none() || *g == guild)
                })
                .map(|((_, ago, ..), id)| (now - ago, *id))
                .collect();
            want.sort_by(|a, b| b.cmp(a));
            want.into_iter().map(|(_, id)| id).collect()
        };
        let got_ids = |guild, limit, offset| -> Vec<i64> {
            store
                .unanswered(guild, limit, offset)
                .unwrap()
                .iter()
                .map(|q| q.id)
                .collect()
        };
        assert_eq!(expect(None), vec![ids[5], ids[4], ids[3], ids[1], ids[0]]);
        for guild in [None, Some(1), Some(2), Some(9)] {
            let all = expect(guild);
            assert_eq!(got_ids(guild, 100, 0), all, "guild {guild:?}");
            for page_size in [1, 2, 3] {
                let mut paged = Vec::new();
                for page in 0.. {
                    let got = got_ids(guild, page_size, page * page_size);
                    assert!(got.len() <= page_size);
                    if got.is_empty() {
                        break;
                    }
                    paged.extend(got);
                }
                assert_eq!(paged, all, "guild {guild:?}, pages of {page_size}");
            }
        }
        assert!(got_ids(None, 0, 0).is_empty());
        assert!(got_ids(None, usize::MAX, usize::MAX).is_empty());
    }

    #[test]
    fn guild_settings_and_playlists_round_trip() {
        let dir = TempDir::new("settings");
        let path = dir.path().join("k.db");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.guild_settings(1).unwrap(), GuildSettings::default());
        assert!(store.playlist_overrides(1).unwrap().is_empty());

        store.set_channels(1, &[30, 10, 20, 10]).unwrap();
        store.set_cooldown(1, Some(0)).unwrap();
        store.set_channels(2, &[u64::MAX]).unwrap();
        assert_eq!(
            store.guild_settings(1).unwrap(),
            GuildSettings {
                channels: vec![10, 20, 30],
                cooldown_seconds: Some(0)
            }
        );
        store.set_channels(1, &[40]).unwrap();
        store.set_cooldown(1, Some(120)).unwrap();
        assert_eq!(
            store.guild_settings(1).unwrap(),
            GuildSettings {
                channels: vec![40],
                cooldown_seconds: Some(120)
            }
        );
        store.set_channels(1, &[]).unwrap();
        store.set_cooldown(1, None).unwrap();
        assert_eq!(store.guild_settings(1).unwrap(), GuildSettings::default());
        assert_eq!(store.guild_settings(2).unwrap().channels, vec![u64::MAX]);

        store
            .set_playlist(1, "acl", "https://example.com/a")
            .unwrap();
        store
            .set_playlist(1, "meniscus", "https://example.com/m")
            .unwrap();
        store
            .set_playlist(1, "acl", "https://example.com/a2")
            .unwrap();
        store
            .set_playlist(2, "acl", "https://example.com/other")
            .unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let want: BTreeMap<String, String> = [
            ("acl", "https://example.com/a2"),
            ("meniscus", "https://example.com/m"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(store.playlist_overrides(1).unwrap(), want);
        assert!(store.remove_playlist(1, "meniscus").unwrap());
        assert!(!store.remove_playlist(1, "meniscus").unwrap());
        assert_eq!(store.playlist_overrides(1).unwrap().len(), 1);
        assert_eq!(
            store.playlist_overrides(2).unwrap()["acl"],
            "https://example.com/other"
        );
        assert_eq!(store.guild_settings(2).unwrap().channels, vec![u64::MAX]);
    }

    fn assert_read_only(result: Result<impl std::fmt::Debug, StoreError>, path: &Path) {
        match result {
            Err(e @ StoreError::ReadOnly { .. }) => {
                let shown = e.to_string();
                assert!(
                    shown.contains(&path.display().to_string()) && shown.contains("read-only"),
                    "{shown}"
                );
            }
            other => panic!("expected ReadOnly, got {other:?}"),
        }
    }

    #[test]
    fn a_read_only_database_says_so_and_still_reads() {
        let dir = TempDir::new("readonly");
        let path = dir.path().join("k.db");
        let id = {
            let store = Store::open(&path).unwrap();
            store
                .log_question(&ask(Some(1), 1, "q", "info", &[]))
                .unwrap()
        };

        // Opened read-only on purpose.
        let store = Store::open_read_only(&path).unwrap();
        assert_eq!(store.question(id).unwrap().unwrap().question, "q");
        assert_eq!(
            store.user_hash(1),
            store.question(id).unwrap().unwrap().user_hash
        );
        assert_read_only(
            store.log_question(&ask(Some(1), 1, "q2", "info", &[])),
            &path,
        );
        assert_read_only(store.record_feedback(id, 1, true), &path);
        assert_read_only(store.set_channels(1, &[2]), &path);
        assert_read_only(store.set_playlist(1, "acl", "u"), &path);
        drop(store);

        // Writes refused by SQLite on an ordinary connection.
        let store = Store::open(&path).unwrap();
        store
            .lock()
            .pragma_update(None, "query_only", true)
            .unwrap();
        assert_read_only(store.set_cooldown(1, Some(3)), &path);
        assert_eq!(store.stats(None, 0).unwrap().total, 1);
        drop(store);

        // File modes are not tested here: CI runs as root, which ignores them. `query_only` above is the
        // same SQLITE_READONLY a read-only file or mount gives.

        let missing = dir.path().join("missing.db");
        let err = Store::open_read_only(&missing).err().unwrap();
        assert!(
            matches!(err, StoreError::Open { .. }) && err.to_string().contains("missing.db"),
            "{err}"
        );
    }

    /// A full disk, as SQLite reports it: `max_page_count` makes SQLite answer SQLITE_FULL exactly as it does
    /// when the file system has no room (a real full file system needs a mount, which tests cannot count on).
    #[test]
    fn a_full_disk_says_so_and_keeps_what_was_written() {
        let dir = TempDir::new("full");
        let path = dir.path().join("k.db");
        let store = Store::open(&path).unwrap();
        let kept = store
            .log_question(&ask(Some(1), 1, "kept", "info", &[]))
            .unwrap();
        store.flush().unwrap();
        let pages: i64 = store
            .lock()
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .unwrap();
        store
            .lock()
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let big = "x".repeat(64 * 1024);
        let err = store
            .log_question(&ask(Some(1), 1, &big, "info", &[]))
            .unwrap_err();
        assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
        let shown = err.to_string();
        assert!(
            shown.contains(&path.display().to_string()) && shown.contains("free some space"),
            "{shown}"
        );
        // Reading goes on, and the earlier row is intact.
        assert_eq!(store.question(kept).unwrap().unwrap().question, "kept");
        assert_eq!(store.stats(None, 0).unwrap().total, 1);
    }

    #[test]
    fn flush_empties_the_write_ahead_log() {
        let dir = TempDir::new("flush");
        let path = dir.path().join("k.db");
        let store = Store::open(&path).unwrap();
        for i in 0..20 {
            store
                .log_question(&ask(Some(1), i, "q", "info", &[]))
                .unwrap();
        }
        let wal = dir.path().join("k.db-wal");
        assert!(std::fs::metadata(&wal).unwrap().len() > 0);
        store.flush().unwrap();
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
        // A read-only handle has nothing to flush and says so by succeeding.
        Store::open_read_only(&path).unwrap().flush().unwrap();
        drop(store);
        assert_eq!(
            Store::open(&path).unwrap().stats(None, 0).unwrap().total,
            20
        );
    }

    #[test]
    fn a_locked_database_says_so() {
        let dir = TempDir::new("locked");
        let path = dir.path().join("k.db");
        let store = Store::open(&path).unwrap();
        store
            .lock()
            .busy_timeout(Duration::from_millis(50))
            .unwrap();
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let err = store.set_cooldown(1, Some(1)).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "{err}"
        );
        other.execute_batch("ROLLBACK").unwrap();
        store.set_cooldown(1, Some(1)).unwrap();
    }

    #[test]
    fn damaged_or_newer_files_are_refused_clearly() {
        let dir = TempDir::new("damaged");
        let garbage = dir.path().join("notes.db");
        std::fs::write(&garbage, b"these are my notes, not a database ".repeat(200)).unwrap();
        let err = Store::open(&garbage).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
        assert!(
            err.to_string().contains("notes.db") && err.to_string().contains("move it aside"),
            "{err}"
        );

        let newer = dir.path().join("newer.db");
        drop(Store::open(&newer).unwrap());
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&newer).err().unwrap();
        assert!(
            matches!(err, StoreError::TooNew { found: 99, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn concurrent_feedback_all_lands() {
        let dir = TempDir::new("concurrent");
        let path = dir.path().join("k.db");
        // Two handles on one file: threads share each handle's lock, the handles share SQLite's.
        let stores = [
            Arc::new(Store::open(&path).unwrap()),
            Arc::new(Store::open(&path).unwrap()),
        ];
        let id = stores[0]
            .log_question(&ask(Some(1), 1, "q", "caution", &[]))
            .unwrap();
        let threads: Vec<_> = (0..200u64)
            .map(|user| {
                let store = Arc::clone(&stores[(user % 2) as usize]);
                std::thread::spawn(move || store.record_feedback(id, user, user % 4 != 0))
            })
            .collect();
        for t in threads {
            t.join().unwrap().unwrap();
        }
        let stats = stores[1].stats(None, 0).unwrap();
        assert_eq!((stats.helpful, stats.unhelpful), (150, 50));
    }
}

/// The feedback columns a member sets one at a time (a closed set, so no text reaches the SQL).
#[derive(Clone, Copy)]
enum FeedbackColumn {
    Helpful,
    Comment,
}
