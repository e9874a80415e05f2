//! Counts for `/kb stats`: questions by verdict, condition and topic, votes, and the same per day for the
//! chart. Counts survive retention: it deletes text, not rows.

use std::collections::BTreeMap;

use rusqlite::{params, Connection};

use super::{count, id_to_sql, Store, StoreError};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub total: u64,
    pub per_verdict: BTreeMap<String, u64>,
    pub per_condition: BTreeMap<String, u64>,
    pub per_topic: BTreeMap<String, u64>,
    /// Votes on the questions counted in `total`, whenever the vote was cast.
    pub helpful: u64,
    pub unhelpful: u64,
    /// One entry per UTC day that had a question, oldest first.
    pub per_day: Vec<DayCount>,
}

/// One UTC day of [`Stats::per_day`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayCount {
    /// Days since 1970-01-01.
    pub day: i64,
    pub per_verdict: BTreeMap<String, u64>,
    pub helpful: u64,
    pub unhelpful: u64,
}

// `?1 IS NULL OR guild_id = ?1` keeps one statement for both the all-guilds and one-guild cases.
const WINDOW: &str = "(?1 IS NULL OR q.guild_id = ?1) AND q.asked_at >= ?2";

impl Store {
    /// Questions asked at or after `since_unix`; `None` counts every guild and direct messages.
    pub fn stats(&self, guild_id: Option<u64>, since_unix: i64) -> Result<Stats, StoreError> {
        let guild = guild_id.map(id_to_sql);
        self.read(|conn| {
            let counts = |sql: &str| counts(conn, sql, guild, since_unix);
            let mut stats = Stats {
                per_verdict: counts(&format!(
                    "SELECT q.verdict, COUNT(*) FROM questions q WHERE {WINDOW} GROUP BY q.verdict"
                ))?,
                per_condition: counts(&format!(
                    "SELECT c.condition, COUNT(*) FROM question_conditions c
                     JOIN questions q ON q.id = c.question_id WHERE {WINDOW} GROUP BY c.condition"
                ))?,
                per_topic: counts(&format!(
                    "SELECT q.topic, COUNT(*) FROM questions q
                     WHERE {WINDOW} AND q.topic IS NOT NULL GROUP BY q.topic"
                ))?,
                ..Stats::default()
            };
            stats.total = stats.per_verdict.values().sum();
            let (helpful, unhelpful): (i64, i64) = conn.query_row(
                &format!(
                    "SELECT COALESCE(SUM(f.helpful = 1), 0), COALESCE(SUM(f.helpful = 0), 0)
                     FROM feedback f JOIN questions q ON q.id = f.question_id WHERE {WINDOW}"
                ),
                params![guild, since_unix],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            stats.helpful = count(helpful);
            stats.unhelpful = count(unhelpful);
            stats.per_day = per_day(conn, guild, since_unix)?;
            Ok(stats)
        })
    }
}

fn counts(
    conn: &Connection,
    sql: &str,
    guild: Option<i64>,
    since_unix: i64,
) -> rusqlite::Result<BTreeMap<String, u64>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params![guild, since_unix], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    rows.map(|r| r.map(|(k, n)| (k, count(n)))).collect()
}

fn per_day(
    conn: &Connection,
    guild: Option<i64>,
    since_unix: i64,
) -> rusqlite::Result<Vec<DayCount>> {
    let mut days: BTreeMap<i64, DayCount> = BTreeMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT q.asked_at / 86400, q.verdict, COUNT(*) FROM questions q
         WHERE {WINDOW} GROUP BY 1, 2"
    ))?;
    let rows = stmt.query_map(params![guild, since_unix], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (day, verdict, n) = row?;
        let entry = days.entry(day).or_insert_with(|| DayCount {
            day,
            ..DayCount::default()
        });
        entry.per_verdict.insert(verdict, count(n));
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT q.asked_at / 86400, COALESCE(SUM(f.helpful = 1), 0), COALESCE(SUM(f.helpful = 0), 0)
         FROM feedback f JOIN questions q ON q.id = f.question_id WHERE {WINDOW} GROUP BY 1"
    ))?;
    let rows = stmt.query_map(params![guild, since_unix], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (day, helpful, unhelpful) = row?;
        if let Some(entry) = days.get_mut(&day) {
            entry.helpful = count(helpful);
            entry.unhelpful = count(unhelpful);
        }
    }
    Ok(days.into_values().collect())
}
