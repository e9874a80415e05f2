//! Placeholder for the `store` branch's SQLite store, with the agreed signatures so the bot compiles before
//! that branch lands. Keeps rows in memory. Replaced wholesale by the real file at merge time.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("no such question: {0}")]
    NoSuchQuestion(i64),
}

pub struct NewQuestion<'a> {
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    pub user_id: u64,
    pub question: &'a str,
    pub verdict: &'a str,
    pub topic: Option<&'a str>,
    pub conditions: &'a [String],
    pub top_score: f32,
}

#[derive(Debug, Clone)]
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
    pub asked_at: i64,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub total: u64,
    pub per_verdict: BTreeMap<String, u64>,
    pub per_condition: BTreeMap<String, u64>,
    pub helpful: u64,
    pub unhelpful: u64,
}

#[derive(Debug, Clone, Default)]
pub struct GuildSettings {
    pub channels: Vec<u64>,
    pub cooldown_seconds: Option<u64>,
}

#[derive(Default)]
struct Inner {
    questions: Vec<LoggedQuestion>,
    feedback: BTreeMap<(i64, u64), bool>,
    settings: BTreeMap<u64, GuildSettings>,
    playlists: BTreeMap<u64, BTreeMap<String, String>>,
}

pub struct Store {
    inner: Mutex<Inner>,
}

impl Store {
    pub fn open(_path: &Path) -> Result<Store, StoreError> {
        Ok(Store {
            inner: Mutex::new(Inner::default()),
        })
    }

    pub fn user_hash(&self, user_id: u64) -> String {
        format!("h{:x}", user_id.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    pub fn log_question(&self, q: &NewQuestion) -> Result<i64, StoreError> {
        let mut inner = self.inner.lock().unwrap();
        let id = inner.questions.len() as i64 + 1;
        let row = LoggedQuestion {
            id,
            guild_id: q.guild_id,
            channel_id: q.channel_id,
            user_hash: self.user_hash(q.user_id),
            question: q.question.to_string(),
            verdict: q.verdict.to_string(),
            topic: q.topic.map(str::to_string),
            conditions: q.conditions.to_vec(),
            top_score: q.top_score,
            asked_at: 0,
        };
        inner.questions.push(row);
        Ok(id)
    }

    pub fn question(&self, id: i64) -> Result<Option<LoggedQuestion>, StoreError> {
        let inner = self.inner.lock().unwrap();
        Ok(inner.questions.iter().find(|q| q.id == id).cloned())
    }

    pub fn record_feedback(
        &self,
        question_id: i64,
        user_id: u64,
        helpful: bool,
    ) -> Result<(), StoreError> {
        self.inner
            .lock()
            .unwrap()
            .feedback
            .insert((question_id, user_id), helpful);
        Ok(())
    }

    pub fn record_feedback_comment(
        &self,
        _question_id: i64,
        _user_id: u64,
        _comment: &str,
    ) -> Result<(), StoreError> {
        Ok(())
    }

    pub fn stats(&self, guild_id: Option<u64>, _since_unix: i64) -> Result<Stats, StoreError> {
        let inner = self.inner.lock().unwrap();
        let mut stats = Stats::default();
        for q in inner
            .questions
            .iter()
            .filter(|q| guild_id.is_none() || q.guild_id == guild_id)
        {
            stats.total += 1;
            *stats.per_verdict.entry(q.verdict.clone()).or_default() += 1;
            for c in &q.conditions {
                *stats.per_condition.entry(c.clone()).or_default() += 1;
            }
        }
        for helpful in inner.feedback.values() {
            if *helpful {
                stats.helpful += 1;
            } else {
                stats.unhelpful += 1;
            }
        }
        Ok(stats)
    }

    pub fn unanswered(
        &self,
        guild_id: Option<u64>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<LoggedQuestion>, StoreError> {
        let inner = self.inner.lock().unwrap();
        Ok(inner
            .questions
            .iter()
            .filter(|q| {
                q.verdict == "not_covered" && (guild_id.is_none() || q.guild_id == guild_id)
            })
            .skip(offset)
            .take(limit)
            .cloned()
            .collect())
    }

    pub fn guild_settings(&self, guild_id: u64) -> Result<GuildSettings, StoreError> {
        Ok(self
            .inner
            .lock()
            .unwrap()
            .settings
            .get(&guild_id)
            .cloned()
            .unwrap_or_default())
    }

    pub fn set_channels(&self, guild_id: u64, channels: &[u64]) -> Result<(), StoreError> {
        self.inner
            .lock()
            .unwrap()
            .settings
            .entry(guild_id)
            .or_default()
            .channels = channels.to_vec();
        Ok(())
    }

    pub fn set_cooldown(&self, guild_id: u64, seconds: Option<u64>) -> Result<(), StoreError> {
        self.inner
            .lock()
            .unwrap()
            .settings
            .entry(guild_id)
            .or_default()
            .cooldown_seconds = seconds;
        Ok(())
    }

    pub fn playlist_overrides(
        &self,
        guild_id: u64,
    ) -> Result<BTreeMap<String, String>, StoreError> {
        Ok(self
            .inner
            .lock()
            .unwrap()
            .playlists
            .get(&guild_id)
            .cloned()
            .unwrap_or_default())
    }

    pub fn set_playlist(
        &self,
        guild_id: u64,
        condition: &str,
        url: &str,
    ) -> Result<(), StoreError> {
        self.inner
            .lock()
            .unwrap()
            .playlists
            .entry(guild_id)
            .or_default()
            .insert(condition.to_string(), url.to_string());
        Ok(())
    }
}
