//! The question log: one row per answered question, with the conditions it named.

use rusqlite::{params, Connection, OptionalExtension};

use super::{id_from_sql, id_to_sql, Store, StoreError};
use crate::answer::Verdict;

#[derive(Debug, Clone, Copy)]
pub struct NewQuestion<'a> {
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    /// Hashed before it reaches the file.
    pub user_id: u64,
    pub question: &'a str,
    pub verdict: Verdict,
    pub topic: Option<&'a str>,
    pub conditions: &'a [String],
    /// Retrieval confidence, kept for whoever studies the log.
    pub top_score: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoggedQuestion {
    pub id: i64,
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    pub user_hash: String,
    /// Empty once retention has deleted the text.
    pub question: String,
    pub verdict: Verdict,
    pub topic: Option<String>,
    pub conditions: Vec<String>,
    pub top_score: f32,
    /// Unix seconds.
    pub asked_at: i64,
}

impl Store {
    /// Returns the new question's id, for feedback buttons.
    pub fn log_question(&self, q: &NewQuestion) -> Result<i64, StoreError> {
        self.log_question_at(q, crate::clock::now_unix())
    }

    pub(crate) fn log_question_at(
        &self,
        q: &NewQuestion,
        asked_at: i64,
    ) -> Result<i64, StoreError> {
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
        self.read(|conn| {
            let found = conn
                .query_row(
                    &format!("{SELECT_QUESTION} WHERE id = ?1"),
                    [id],
                    row_to_question,
                )
                .optional()?;
            match found {
                Some(mut q) => {
                    q.conditions = conditions_of(conn, q.id)?;
                    Ok(Some(q))
                }
                None => Ok(None),
            }
        })
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
        q.verdict.as_str(),
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

pub(super) const SELECT_QUESTION: &str =
    "SELECT id, guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at
     FROM questions";

pub(super) fn row_to_question(r: &rusqlite::Row) -> rusqlite::Result<LoggedQuestion> {
    Ok(LoggedQuestion {
        id: r.get(0)?,
        guild_id: r.get::<_, Option<i64>>(1)?.map(id_from_sql),
        channel_id: r.get::<_, Option<i64>>(2)?.map(id_from_sql),
        user_hash: r.get(3)?,
        question: r.get(4)?,
        verdict: r.get::<_, String>(5)?.parse().map_err(|e: String| {
            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, e.into())
        })?,
        topic: r.get(6)?,
        conditions: Vec::new(),
        top_score: r.get::<_, f64>(7)? as f32,
        asked_at: r.get(8)?,
    })
}

pub(super) fn conditions_of(conn: &Connection, id: i64) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT condition FROM question_conditions WHERE question_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}
