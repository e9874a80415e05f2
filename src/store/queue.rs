//! The moderators' queue: questions the bot could not answer (`not_covered`) and answers a member marked
//! 👎, with their comments, until a moderator marks them handled. Urgent answers and rulings nobody
//! complained about are not in it: they were answered.

use rusqlite::{params, Connection};

use super::questions::{conditions_of, row_to_question, LoggedQuestion};
use super::{count, id_to_sql, Store, StoreError};
use crate::answer::Verdict;

#[derive(Debug, Clone, PartialEq)]
pub struct QueueEntry {
    pub question: LoggedQuestion,
    /// 👎 votes on the answer.
    pub unhelpful: u64,
    /// What members wrote in "what was wrong?", oldest first.
    pub comments: Vec<String>,
}

/// Rows in the queue: not handled, text not yet deleted by retention, and not answered or complained about.
/// (The verdict is one of a closed set of words, written into the SQL from the type.)
fn in_queue() -> String {
    format!(
        "q.handled_at IS NULL AND q.question <> ''
         AND (q.verdict = '{}'
              OR EXISTS (SELECT 1 FROM feedback f WHERE f.question_id = q.id
                         AND (f.helpful = 0 OR f.comment IS NOT NULL)))",
        Verdict::NotCovered.as_str()
    )
}

impl Store {
    /// The queue, newest first, one page; `None` reads every guild and direct messages.
    pub fn unanswered(
        &self,
        guild_id: Option<u64>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        self.read(|conn| {
            let in_queue = in_queue();
            let mut stmt = conn.prepare(&format!(
                "SELECT q.id, q.guild_id, q.channel_id, q.user_hash, q.question, q.verdict, q.topic,
                        q.top_score, q.asked_at
                 FROM questions q
                 WHERE (?1 IS NULL OR q.guild_id = ?1) AND {in_queue}
                 ORDER BY q.asked_at DESC, q.id DESC LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = stmt.query_map(
                params![
                    guild_id.map(id_to_sql),
                    i64::try_from(limit).unwrap_or(i64::MAX),
                    i64::try_from(offset).unwrap_or(i64::MAX),
                ],
                row_to_question,
            )?;
            let questions = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            questions.into_iter().map(|q| entry(conn, q)).collect()
        })
    }

    /// How many entries the queue holds now.
    pub fn unanswered_count(&self, guild_id: Option<u64>) -> Result<u64, StoreError> {
        let in_queue = in_queue();
        self.read(|conn| {
            conn.query_row(
                &format!(
                    "SELECT COUNT(*) FROM questions q WHERE (?1 IS NULL OR q.guild_id = ?1) AND {in_queue}"
                ),
                [guild_id.map(id_to_sql)],
                |r| r.get::<_, i64>(0),
            )
            .map(count)
        })
    }

    /// Takes a question out of this guild's queue; `false` if it is not there (wrong guild, already
    /// handled, or no such question). A later 👎 or comment puts it back.
    pub fn mark_handled(
        &self,
        guild_id: u64,
        question_id: i64,
        at_unix: i64,
    ) -> Result<bool, StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE questions SET handled_at = ?3
                 WHERE id = ?2 AND guild_id = ?1 AND handled_at IS NULL",
                params![id_to_sql(guild_id), question_id, at_unix],
            )
            .map(|n| n > 0)
        })
    }
}

fn entry(conn: &Connection, mut question: LoggedQuestion) -> rusqlite::Result<QueueEntry> {
    question.conditions = conditions_of(conn, question.id)?;
    let unhelpful: i64 = conn.query_row(
        "SELECT COUNT(*) FROM feedback WHERE question_id = ?1 AND helpful = 0",
        [question.id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT comment FROM feedback WHERE question_id = ?1 AND comment IS NOT NULL
         ORDER BY updated_at, rowid",
    )?;
    let comments = stmt
        .query_map([question.id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(QueueEntry {
        question,
        unhelpful: count(unhelpful),
        comments,
    })
}
