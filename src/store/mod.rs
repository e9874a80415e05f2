//! The SQLite file: the question log, feedback, the moderators' queue, per-guild settings and members'
//! privacy (retention, deleting one member's rows). This file owns opening the file and running one call
//! at a time; each kind of row has its own file:
//!
//! - [`schema`]: tables and migrations. [`error`]: [`StoreError`]. [`secret`]: the key for hashed ids.
//! - [`questions`]: logging and reading questions. [`feedback`]: 👍/👎 and comments. [`stats`]: counts.
//! - [`queue`]: what the bot could not answer, for moderators. [`guilds`]: per-server settings.
//! - [`privacy`]: retention and `/forget-me`.
//!
//! Raw Discord user ids never reach the file: a member is an HMAC of their id under a secret kept outside
//! the database ([`HashSecret`]).

mod error;
mod feedback;
mod guilds;
mod privacy;
mod questions;
mod queue;
mod schema;
mod secret;
mod stats;

pub use error::StoreError;
pub use guilds::GuildSettings;
pub use privacy::Forgotten;
pub use questions::{LoggedQuestion, NewQuestion};
pub use queue::QueueEntry;
pub use schema::SCHEMA_VERSION;
pub use secret::HashSecret;
pub use stats::{DayCount, Stats};

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use ring::hmac;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

/// Long enough to ride out another process's short write, short enough that a reply is not held up for long.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// One database file. Calls are short and blocking; async callers use `spawn_blocking`.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// HMAC key from the secret, so the same member hashes alike across restarts but the hashes are
    /// useless to anyone holding only the database.
    hash_key: hmac::Key,
}

impl Store {
    /// Opens the file with its secret beside it ([`HashSecret::beside_database`]).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, &HashSecret::beside_database(path))
    }

    /// Opens the file, creating it and its folder if needed, and brings the schema up to date.
    pub fn open_with(path: &Path, secret: &HashSecret) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| error::open_error(path, e))?;
        Store::prepare(conn, path, secret, true)
    }

    /// Opens an existing, up-to-date database without ever writing to it: for reports over a live
    /// bot's file. Every write returns [`StoreError::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| error::open_error(path, e))?;
        Store::prepare(conn, path, &HashSecret::beside_database(path), false)
    }

    fn prepare(
        mut conn: Connection,
        path: &Path,
        secret: &HashSecret,
        writable: bool,
    ) -> Result<Store, StoreError> {
        let err = |e| StoreError::from_sqlite(path, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(err)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(err)?;
        // Deleted rows are health data: overwrite them rather than leave them in free pages.
        conn.pragma_update(None, "secure_delete", true)
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
        let hash_key = if writable {
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
            schema::migrate(&mut conn, |legacy| secret.key(legacy.as_deref(), true)).map_err(
                |e| match e {
                    schema::MigrateError::Sqlite(e) => err(e),
                    schema::MigrateError::Store(e) => e,
                },
            )?
        } else if version < SCHEMA_VERSION {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        } else {
            secret.key(None, false)?
        };
        Ok(Store {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
            hash_key,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stable for one secret, so feedback and cooldown records line up, but not reversible without it.
    pub fn user_hash(&self, user_id: u64) -> String {
        let tag = hmac::sign(&self.hash_key, user_id.to_string().as_bytes());
        // 128 bits is plenty to tell users apart and keeps log lines short.
        tag.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Copies the write-ahead log into the database file and empties it, so the file alone holds every row
    /// (for a backup, or before the bot exits). Committed rows are already safe without this.
    pub fn flush(&self) -> Result<(), StoreError> {
        let conn = self.lock();
        if conn.is_readonly("main").unwrap_or(true) {
            return Ok(());
        }
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(|e| self.error(e))
    }

    /// Each write is its own transaction, so a crash loses no committed row. IMMEDIATE takes the write
    /// lock up front, where the busy timeout applies, instead of failing at the first write.
    fn write<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.error(e))?;
        let value = f(&tx).map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))?;
        Ok(value)
    }

    /// A read on the connection, its SQLite error sorted into a [`StoreError`].
    fn read<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T, StoreError> {
        let conn = self.lock();
        f(&conn).map_err(|e| self.error(e))
    }

    fn error(&self, e: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic elsewhere while holding the lock leaves no open transaction (it rolls back on drop),
        // so the connection is still good to use.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
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
mod tests;
