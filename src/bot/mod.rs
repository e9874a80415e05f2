//! The Discord door: poise slash commands, buttons, modals and mentions around the same
//! `Engine::answer` the CLI uses. Every Discord type in the crate lives under this module.
//!
//! - [`commands`]: every slash command, in one list ([`commands::all`]).
//! - [`ask`]: the checks and the answering shared by `/ask` and mentions (length, cooldown, channels, logging).
//! - [`components`]: button clicks (follow-up phases, 👍/👎), the "what was wrong?" modal, and mentions.
//! - [`reply`]: maps `render::discord` replies onto serenity builders; allowed mentions are always none.
//!
//! Gateway intents: `GUILDS`, `GUILD_MESSAGES`, `DIRECT_MESSAGES` and `MESSAGE_CONTENT`. `MESSAGE_CONTENT` is
//! privileged: turn it on in the Developer Portal (Bot → Privileged Gateway Intents), or messages that mention
//! the bot arrive without their text and mentions cannot be answered (slash commands work either way).
//!
//! Moderator commands are `/kb reload|stats|unanswered` and `/settings channels|cooldown|playlist`. The
//! playlist override lives under `/settings` rather than as `/playlist set`, because Discord does not let one
//! command take both options (`/playlist condition:`) and subcommands, and `/settings` is hidden from members.

mod ask;
mod commands;
mod components;
mod reply;

use crate::config::Config;
use crate::engine::Engine;
use crate::error::KnowledgeErrors;
use crate::store::{Store, StoreError};
use poise::serenity_prelude as serenity;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;
use thiserror::Error;
use tokio::task::JoinHandle;

/// What every handler shares. One value behind an `Arc` for the life of the client.
pub struct State {
    /// std `RwLock`: held only long enough to clone or replace the `Arc`, never across an `.await`.
    engine: RwLock<Arc<Engine>>,
    /// std `Mutex` inside; every call goes through `spawn_blocking` (see [`State::blocking`]).
    store: Arc<Store>,
    config: Config,
    /// Last accepted question per (guild or 0, user), for the cooldown. std `Mutex`: never held across `.await`.
    last_asked: Mutex<HashMap<(u64, u64), Instant>>,
}

impl State {
    pub fn new(engine: Engine, store: Store, config: Config) -> State {
        State {
            engine: RwLock::new(Arc::new(engine)),
            store: Arc::new(store),
            config,
            last_asked: Mutex::new(HashMap::new()),
        }
    }

    /// The engine in service now; a reload swaps it without disturbing answers in flight.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn swap_engine(&self, engine: Engine) {
        *self
            .engine
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(engine);
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Runs a store call off the async threads, since SQLite blocks.
    async fn blocking<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let store = self.store.clone();
        Ok(tokio::task::spawn_blocking(move || f(&store)).await??)
    }
}

/// The poise user data.
pub type Data = Arc<State>;
type Context<'a> = poise::Context<'a, Data, CommandError>;

/// Why a command or click failed. [`on_error`] turns each into a short plain reply.
#[derive(Debug, Error)]
pub enum CommandError {
    /// Said to the user as it is.
    #[error("{0}")]
    User(String),
    /// Boxed: serenity's error is large and this travels through every handler's `Result`.
    #[error("Discord request failed: {0}")]
    Discord(Box<serenity::Error>),
    #[error("question log failed: {0}")]
    Store(#[from] StoreError),
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

impl From<serenity::Error> for CommandError {
    fn from(error: serenity::Error) -> Self {
        CommandError::Discord(Box::new(error))
    }
}

/// Why the bot could not start or stopped.
#[derive(Debug, Error)]
pub enum BotError {
    #[error("cannot load the knowledge:\n{0}")]
    Knowledge(#[from] KnowledgeErrors),
    #[error("cannot open the database: {0}")]
    Store(#[from] StoreError),
    #[error("Discord client failed: {0}")]
    Discord(#[from] serenity::Error),
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// A running bot. Dropping it leaves the client running; call [`BotHandle::shutdown`] to stop it.
pub struct BotHandle {
    shard_manager: Arc<serenity::ShardManager>,
    task: JoinHandle<Result<(), serenity::Error>>,
    state: Data,
}

impl BotHandle {
    /// The shared state, e.g. to look at the store in a test.
    pub fn state(&self) -> &Data {
        &self.state
    }

    /// Closes every shard and waits for the client to finish, so the store is closed when this returns
    /// (unless the caller still holds [`BotHandle::state`]).
    pub async fn shutdown(self) -> Result<(), BotError> {
        self.shard_manager.shutdown_all().await;
        let BotHandle { task, state, .. } = self;
        drop(state);
        task.await??;
        Ok(())
    }

    /// Runs until the client stops on its own or Ctrl-C, then shuts down.
    pub async fn run_until_ctrl_c(mut self) -> Result<(), BotError> {
        tokio::select! {
            finished = &mut self.task => { finished??; Ok(()) }
            _ = tokio::signal::ctrl_c() => {
                tracing::info!("Ctrl-C: shutting down");
                self.shutdown().await
            }
        }
    }
}

/// Runs the bot against Discord until Ctrl-C. The token is used only to build the HTTP client and is never logged.
pub async fn serve(config: Config, token: String) -> Result<(), BotError> {
    let http = serenity::HttpBuilder::new(token).build();
    start(config, http).await?.run_until_ctrl_c().await
}

/// Loads the knowledge, opens the store and starts an autosharded client on `http` (tests point it at a fake
/// Discord). Returns once the client task is running.
pub async fn start(config: Config, http: serenity::Http) -> Result<BotHandle, BotError> {
    let knowledge_dir = config.knowledge_dir.clone();
    let engine = tokio::task::spawn_blocking(move || Engine::load(&knowledge_dir)).await??;
    let unknown = commands::unknown_playlist_conditions(&engine, &config.playlists);
    if !unknown.is_empty() {
        tracing::warn!(conditions = ?unknown, "config playlists name conditions the knowledge does not have");
    }
    let database = config.database.clone();
    let store = tokio::task::spawn_blocking(move || Store::open(&database)).await??;
    let state: Data = Arc::new(State::new(engine, store, config));

    let setup_state = state.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            on_error: |error| Box::pin(on_error(error)),
            event_handler: |framework, event| Box::pin(components::on_event(framework, event)),
            allowed_mentions: Some(reply::no_mentions()),
            initialize_owners: false,
            prefix_options: poise::PrefixFrameworkOptions {
                // Mentions are questions, handled in `components::on_event`, not prefix commands.
                mention_as_prefix: false,
                ..Default::default()
            },
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match setup_state.config.dev_guild_id {
                    Some(guild) => {
                        poise::builtins::register_in_guild(ctx, commands, serenity::GuildId::new(guild))
                            .await?
                    }
                    None => poise::builtins::register_globally(ctx, commands).await?,
                }
                tracing::info!(user = %ready.user.name, guild = ?setup_state.config.dev_guild_id, "commands registered");
                Ok(setup_state)
            })
        })
        .build();

    let client = serenity::ClientBuilder::new_with_http(http, intents())
        .framework(framework)
        .await?;
    let shard_manager = client.shard_manager.clone();
    let task = tokio::spawn(async move {
        let mut client = client;
        client.start_autosharded().await
    });
    Ok(BotHandle {
        shard_manager,
        task,
        state,
    })
}

/// The intents the bot needs; see the module docs about `MESSAGE_CONTENT`.
pub fn intents() -> serenity::GatewayIntents {
    serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES
        | serenity::GatewayIntents::MESSAGE_CONTENT
}

/// The one error handler: a short plain ephemeral reply for the user, details only in the log.
async fn on_error(error: poise::FrameworkError<'_, Data, CommandError>) {
    use poise::FrameworkError as E;
    let text = match &error {
        E::Command { error, ctx, .. } => {
            if !matches!(error, CommandError::User(_)) {
                tracing::error!(command = %ctx.command().qualified_name, %error, "command failed");
            }
            match error {
                CommandError::User(text) => text.clone(),
                _ => "Something went wrong on my side. Please try again in a moment.".into(),
            }
        }
        E::CommandCheckFailed { error: None, .. } | E::MissingUserPermissions { .. } => {
            "This command is for moderators (people with the Manage Server permission).".into()
        }
        E::CommandCheckFailed {
            error: Some(error), ..
        } => {
            tracing::error!(%error, "check failed");
            "Something went wrong on my side. Please try again in a moment.".into()
        }
        E::GuildOnly { .. } => "This command only works in a server.".into(),
        E::ArgumentParse { input, .. } => match input {
            Some(input) => format!(
                "I couldn't read `{}`. See `/help`.",
                crate::render::discord::truncate(
                    &crate::render::discord::escape_markdown(input),
                    200
                )
            ),
            None => "I couldn't read that command. See `/help`.".into(),
        },
        E::CommandPanic { payload, .. } => {
            tracing::error!(?payload, "command panicked");
            "Something went wrong on my side. Please try again in a moment.".into()
        }
        E::Setup { error, .. } => {
            tracing::error!(%error, "setup failed");
            return;
        }
        E::EventHandler { error, event, .. } => {
            tracing::error!(%error, event = event.snake_case_name(), "event handler failed");
            return;
        }
        other => {
            tracing::warn!(error = %other, "framework error");
            return;
        }
    };
    if let Some(ctx) = error.ctx() {
        if let Err(e) = ctx.send(reply::ephemeral_text(&text)).await {
            tracing::warn!(error = %e, "could not send the error reply");
        }
    }
}
