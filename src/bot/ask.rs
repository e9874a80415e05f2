//! What `/ask` and a mention share: the checks before answering (empty, too long, channel, cooldown) and the
//! answering itself (engine + playlist overrides + question log), run off the async threads.

use super::workers::LogRow;
use super::{CommandError, State};
use crate::answer::{Answer, Phase};
use crate::engine::AskOptions;
use crate::understand::calendar::Date;
use poise::serenity_prelude as serenity;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Who asked, and where.
#[derive(Debug, Clone, Copy)]
pub struct Asker {
    pub guild_id: Option<u64>,
    pub channel_id: u64,
    /// The channel a thread (or forum post) belongs to, when the question was asked in one: a thread of an
    /// allowed channel is allowed too.
    pub parent_channel_id: Option<u64>,
    pub user_id: u64,
    /// The day Discord says the question was sent (UTC); dates in the question count from it.
    pub asked_on: Date,
}

/// Why a question is not answered, as a short note for the asker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLong {
        limit: usize,
        len: usize,
    },
    /// The guild limits the bot to these channels.
    WrongChannel(Vec<u64>),
    Cooldown {
        wait_seconds: u64,
    },
}

impl Refusal {
    pub fn text(&self) -> String {
        match self {
            Refusal::Empty => "Ask me about a knee exercise, for example: `/ask question: should I do leg curls \
                after my ACL repair?` — or mention me with your question. `/help` says what I can answer."
                .into(),
            Refusal::TooLong { limit, len } => format!(
                "Questions can be up to {limit} characters; yours has {len}. Please shorten it to the exercise \
                 and your knee problem."
            ),
            Refusal::WrongChannel(channels) => format!(
                "In this server I answer questions in {}.",
                super::reply::channel_mentions(channels)
            ),
            Refusal::Cooldown { wait_seconds } => format!(
                "You just asked a question. Please wait {wait_seconds} more second{} before the next one.",
                if *wait_seconds == 1 { "" } else { "s" }
            ),
        }
    }
}

/// The parent of a thread or forum post, from the channel Discord describes; `None` for other channels
/// (a text channel's parent is its category, which the allow-list never holds).
pub fn thread_parent(
    kind: serenity::ChannelType,
    parent: Option<serenity::ChannelId>,
) -> Option<u64> {
    use serenity::ChannelType::{NewsThread, PrivateThread, PublicThread};
    matches!(kind, PublicThread | PrivateThread | NewsThread)
        .then_some(parent)
        .flatten()
        .map(|p| p.get())
}

/// Whether a message asks something: a question mark, or a first word that starts a question. Used only
/// for replies to the bot, where "thanks!" and "ok" are conversation.
pub fn holds_a_question(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "how", "what", "which", "why", "when", "where", "who", "should", "can", "could", "would",
        "is", "are", "do", "does", "did", "will", "may", "any", "and", "but", "what's", "whats",
    ];
    text.contains('?')
        || text
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
            })
            .is_some_and(|w| STARTS.contains(&w.as_str()))
}

/// Checks a question before any work, and starts the asker's cooldown when it passes.
/// Store trouble is logged and treated as "no guild settings": the bot keeps answering.
pub async fn check(state: &Arc<State>, asker: Asker, question: &str) -> Result<(), Refusal> {
    let question = question.trim();
    // "@everyone" or emoji alone: nothing to answer, so the same pointer as an empty question.
    if !kneebot_core::text::normalize::has_words(question) {
        return Err(Refusal::Empty);
    }
    let len = question.chars().count();
    let limit = state.config.max_question_chars;
    if len > limit {
        return Err(Refusal::TooLong { limit, len });
    }
    let settings = match asker.guild_id {
        Some(guild) => match state.blocking(move |s| s.guild_settings(guild)).await {
            Ok(settings) => Some(settings),
            Err(error) => {
                tracing::warn!(%error, "could not read guild settings; using defaults");
                None
            }
        },
        None => None,
    };
    if let Some(settings) = &settings {
        let allowed = |id: &u64| settings.channels.contains(id);
        if !settings.channels.is_empty()
            && !allowed(&asker.channel_id)
            && !asker.parent_channel_id.as_ref().is_some_and(allowed)
        {
            return Err(Refusal::WrongChannel(settings.channels.clone()));
        }
    }
    let cooldown = settings
        .and_then(|s| s.cooldown_seconds)
        .unwrap_or(state.config.cooldown_seconds);
    let key = (asker.guild_id.unwrap_or(0), asker.user_id);
    let now = Instant::now();
    let mut last_asked = state
        .last_asked
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(last) = last_asked.get(&key) {
        let elapsed = now.duration_since(*last);
        let cooldown = Duration::from_secs(cooldown);
        if elapsed < cooldown {
            let wait_seconds = (cooldown - elapsed).as_secs_f64().ceil().max(1.0) as u64;
            return Err(Refusal::Cooldown { wait_seconds });
        }
    }
    last_asked.insert(key, now);
    Ok(())
}

/// An answer and the question-log row it was stored as (`None` when the store failed).
pub struct Asked {
    pub answer: Answer,
    pub log_id: Option<i64>,
}

/// Answers and logs one question. Answering runs on the answering thread; the row is written by the question log,
/// and the id comes back once the row is committed.
pub async fn answer_and_log(
    state: Arc<State>,
    asker: Asker,
    question: String,
) -> Result<Asked, CommandError> {
    let worker_state = state.clone();
    let (answer, row) = state
        .answering(move || {
            let options = AskOptions::on(asker.asked_on);
            let answer = answer_blocking(&worker_state, asker.guild_id, &question, options);
            let row = LogRow {
                guild_id: asker.guild_id,
                channel_id: Some(asker.channel_id),
                user_id: asker.user_id,
                verdict: answer.verdict,
                topic: answer.topic.clone(),
                conditions: answer.conditions.clone(),
                top_score: answer.passages.iter().map(|p| p.score).fold(0.0, f32::max),
                question,
            };
            (answer, row)
        })
        .await?;
    let log_id = state.log.write(row).await;
    Ok(Asked { answer, log_id })
}

/// Answers a question again with a phase chosen (a follow-up button), without logging a new row. `asked_on`
/// is the day of the first answer, so the ruling reads the question's dates as the first answer did.
pub async fn rule(
    state: Arc<State>,
    guild_id: Option<u64>,
    question: String,
    asked_on: Date,
    phase: Phase,
) -> Result<Answer, CommandError> {
    let worker_state = state.clone();
    let options = AskOptions::on(asked_on).with_phase(Some(phase));
    state
        .answering(move || answer_blocking(&worker_state, guild_id, &question, options))
        .await
}

fn answer_blocking(
    state: &State,
    guild_id: Option<u64>,
    question: &str,
    options: AskOptions,
) -> Answer {
    let mut answer = state.engine().answer(question, &options);
    answer.apply_playlist_overrides(&playlist_urls(state, guild_id));
    answer
}

/// Playlist URLs that replace the knowledge's: the config's, then the guild's own (the guild wins).
pub fn playlist_urls(state: &State, guild_id: Option<u64>) -> BTreeMap<String, String> {
    let mut urls = state.config.playlists.clone();
    if let Some(guild) = guild_id {
        match state.store.playlist_overrides(guild) {
            Ok(overrides) => urls.extend(overrides),
            Err(error) => tracing::warn!(%error, "could not read playlist overrides"),
        }
    }
    urls
}
