//! 👍/👎 votes and "what was wrong?" comments: one row per member per question.

use rusqlite::params;

use super::{error::unknown_question, Store, StoreError};

/// The feedback columns a member sets one at a time (a closed set, so no text reaches the SQL).
#[derive(Clone, Copy)]
enum FeedbackColumn {
    Helpful,
    Comment,
}

impl Store {
    /// One vote per user per question: a second click replaces the first (and keeps any comment).
    pub fn record_feedback(
        &self,
        question_id: i64,
        user_id: u64,
        helpful: bool,
    ) -> Result<(), StoreError> {
        self.upsert_feedback(
            question_id,
            user_id,
            FeedbackColumn::Helpful,
            &helpful,
            !helpful,
        )
    }

    /// Replaces the user's earlier comment on this question; leaves their vote as it was.
    pub fn record_feedback_comment(
        &self,
        question_id: i64,
        user_id: u64,
        comment: &str,
    ) -> Result<(), StoreError> {
        self.upsert_feedback(
            question_id,
            user_id,
            FeedbackColumn::Comment,
            &comment,
            true,
        )
    }

    /// Sets one column of the user's feedback row on a question, creating the row if needed and leaving
    /// its other columns as they were. `reopens`: a complaint puts a handled question back in the queue.
    fn upsert_feedback(
        &self,
        question_id: i64,
        user_id: u64,
        column: FeedbackColumn,
        value: &dyn rusqlite::ToSql,
        reopens: bool,
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
            )?;
            if reopens {
                tx.execute(
                    "UPDATE questions SET handled_at = NULL WHERE id = ?1",
                    [question_id],
                )?;
            }
            Ok(())
        })
        .map_err(|e| unknown_question(e, question_id))?;
        Ok(())
    }
}
