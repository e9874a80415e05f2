//! Members' health data kept no longer than needed: retention deletes old question text, comments and
//! the hashes that tie rows to a member (the counts stay for stats); `/forget-me` deletes every row of one
//! member. Deleted text is overwritten (`secure_delete`) and the write-ahead log emptied, so it is not left
//! behind in the files.

use rusqlite::params;

use super::{count, Store, StoreError};

/// What `/forget-me` deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub questions: u64,
    pub feedback: u64,
}

impl Store {
    /// How many rows the member has: what `/forget-me` would delete.
    pub fn member_rows(&self, user_id: u64) -> Result<Forgotten, StoreError> {
        let hash = self.user_hash(user_id);
        self.read(|conn| {
            let n = |sql: &str| {
                conn.query_row(sql, [&hash], |r| r.get::<_, i64>(0))
                    .map(count)
            };
            Ok(Forgotten {
                questions: n("SELECT COUNT(*) FROM questions WHERE user_hash = ?1")?,
                feedback: n("SELECT COUNT(*) FROM feedback WHERE user_hash = ?1")?,
            })
        })
    }

    /// Deletes the member's questions (with every vote on them) and every vote or comment they left.
    pub fn forget_member(&self, user_id: u64) -> Result<Forgotten, StoreError> {
        let hash = self.user_hash(user_id);
        let forgotten = self.write(|tx| {
            let feedback = tx.execute("DELETE FROM feedback WHERE user_hash = ?1", [&hash])?;
            let questions = tx.execute("DELETE FROM questions WHERE user_hash = ?1", [&hash])?;
            Ok(Forgotten {
                questions: questions as u64,
                feedback: feedback as u64,
            })
        })?;
        self.flush()?;
        Ok(forgotten)
    }

    /// Deletes the text, comments and member hashes of questions asked before `before_unix`; the rows
    /// stay, so stats still count them. Returns how many questions lost their text.
    pub fn apply_retention(&self, before_unix: i64) -> Result<u64, StoreError> {
        let purged = self.write(|tx| {
            tx.execute(
                // The rowid keeps each feedback row's key unique once the member hash is gone.
                "UPDATE feedback SET comment = NULL, user_hash = 'deleted-' || rowid
                 WHERE user_hash NOT LIKE 'deleted-%'
                   AND question_id IN (SELECT id FROM questions WHERE asked_at < ?1)",
                params![before_unix],
            )?;
            tx.execute(
                "UPDATE questions SET question = '', user_hash = ''
                 WHERE asked_at < ?1 AND (question <> '' OR user_hash <> '')",
                params![before_unix],
            )
        })?;
        if purged > 0 {
            self.flush()?;
        }
        Ok(purged as u64)
    }
}
