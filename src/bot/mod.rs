//! The Discord door: poise slash commands, buttons, modals and mentions around the same
//! `Engine::answer` the CLI uses. Every Discord type in the crate lives under this module.
//!
//! - [`commands`]: every slash and message command, one file per area ([`commands::all`]).
//! - [`ask`]: the checks and the answering shared by `/ask`, the message menu, mentions and forum posts.
//! - [`components`]: button clicks, the "what was wrong?" modal, and mentions; [`custom_id`] says what a
//!   button's id means. [`forum`]: new forum posts answered on their own.
//! - [`moderators`]: who may moderate, and the log channel. [`retention`]: deleting old question text.
//! - [`errors`]: what can fail, and the one error handler. [`events`]: events counted and limited.
//! - [`reply`]: maps `render::discord` replies onto serenity builders; allowed mentions are always none.
//!
//! Gateway intents: `GUILDS`, `GUILD_MESSAGES`, `DIRECT_MESSAGES` and `MESSAGE_CONTENT`. `MESSAGE_CONTENT` is
//! privileged: turn it on in the Developer Portal (Bot → Privileged Gateway Intents), or messages that mention
//! the bot arrive without their text and mentions cannot be answered (slash commands work either way).
//!
//! Moderator commands are `/kb reload|stats|unanswered|export` and `/settings …`. They are visible to every
//! member (so a moderator role works without server admins editing command permissions) and refused to
//! anyone who is not a moderator. The playlist override lives under `/settings` rather than as `/playlist
//! set`, because Discord does not let one command take both options (`/playlist condition:`) and subcommands.
//!
//! Stopping: Ctrl-C or SIGTERM closes the gateway, lets every event already being handled finish, flushes the
//! database and returns `Ok`, so `kneebot serve` exits 0 under a service manager.
//!
//! `KNEEBOT_DISCORD_PROXY` (tests only): an `http://` URL on loopback (`127.0.0.1`, `localhost`, `[::1]`) that
//! `serve` sends every Discord request to instead of discord.com, with the rate limiter off; the gateway URL
//! then comes from that server too. It exists so tests can run `kneebot serve` as a process against a fake
//! Discord. Any other host is refused, so it cannot be used to send the token elsewhere.

mod ask;
mod chart;
mod commands;
mod components;
mod custom_id;
mod errors;
mod events;
mod forum;
mod moderators;
mod reply;
mod retention;
mod workers;

use crate::config::Config;
use crate::engine::Engine;
use crate::store::{Store, StoreError};
pub use errors::{BotError, CommandError};
use events::{InFlight, Tracked, HANDLING_AT_ONCE};
use poise::serenity_prelude as serenity;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

/// The environment variable that points `serve` at a fake Discord on loopback (see the module docs).
pub const PROXY_ENV: &str = "KNEEBOT_DISCORD_PROXY";

/// How long shutdown waits for events already being handled; a stuck handler must not keep the process up.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler shares. One value behind an `Arc` for the life of the client.
pub struct State {
    /// std `RwLock`: held only long enough to clone or replace the `Arc`, never across an `.await`.
    engine: RwLock<Arc<Engine>>,
    /// std `Mutex` inside; every call runs on a worker (see [`State::blocking`]).
    store: Arc<Store>,
    config: Config,
    /// Last accepted question per (guild or 0, user), for the cooldown. std `Mutex`: never held across `.await`.
    last_asked: Mutex<HashMap<(u64, u64), Instant>>,
    /// The one thread that answers questions (see [`workers`]): an answer takes ~50 µs (~250 µs on a 10k
    /// corpus), and every further thread that answers keeps its own ~3.5 MB of regex caches. On tokio's
    /// blocking pool a burst of 1,000 `/ask` started up to 512 threads.
    answerer: workers::Workers,
    /// The one thread for every other store call: the store takes one call at a time anyway.
    store_calls: workers::Workers,
    /// Writes question-log rows in group commits (see [`workers::QuestionLog`]).
    log: workers::QuestionLog,
}

impl State {
    pub fn new(engine: Engine, store: Arc<Store>, config: Config) -> State {
        State {
            engine: RwLock::new(Arc::new(engine)),
            log: workers::QuestionLog::start(store.clone()),
            store,
            config,
            last_asked: Mutex::new(HashMap::new()),
            answerer: workers::Workers::start("answer"),
            store_calls: workers::Workers::start("store"),
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

    /// Runs `f` on the answering thread, in turn with every other answer.
    async fn answering<T, F>(&self, f: F) -> Result<T, CommandError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        job_result(self.answerer.run(f).await)
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
        Ok(job_result(self.store_calls.run(move || f(&store)).await)??)
    }
}

fn job_result<T>(result: Result<T, workers::JobError>) -> Result<T, CommandError> {
    result.map_err(|error| match error {
        workers::JobError::Stopped => {
            CommandError::User("The bot is shutting down; please ask again.".into())
        }
        workers::JobError::Panicked => CommandError::Panicked,
    })
}

/// The poise user data.
pub type Data = Arc<State>;
type Context<'a> = poise::Context<'a, Data, CommandError>;

/// A running bot. Dropping it leaves the client running; call [`BotHandle::shutdown`] to stop it.
pub struct BotHandle {
    shard_manager: Arc<serenity::ShardManager>,
    task: JoinHandle<Result<(), serenity::Error>>,
    state: Data,
    in_flight: Arc<InFlight>,
    retention: JoinHandle<()>,
}

impl BotHandle {
    /// The shared state, e.g. to look at the store in a test.
    pub fn state(&self) -> &Data {
        &self.state
    }

    /// Closes every shard, lets events already being handled finish (up to 30 s), flushes the database and
    /// waits for the client to finish, so the store is closed when this returns (unless the caller still
    /// holds [`BotHandle::state`]).
    pub async fn shutdown(self) -> Result<(), BotError> {
        self.shard_manager.shutdown_all().await;
        let BotHandle {
            task,
            state,
            in_flight,
            retention,
            ..
        } = self;
        retention.abort();
        let finished = task.await;
        // serenity starts each event's handler as its own task; give one spawned just before the shards
        // closed a moment to begin, so it is counted below.
        tokio::time::sleep(Duration::from_millis(50)).await;
        if tokio::time::timeout(DRAIN_TIMEOUT, in_flight.wait_idle())
            .await
            .is_err()
        {
            tracing::warn!(
                still_running = in_flight.count.load(Ordering::SeqCst),
                "gave up waiting for events in flight"
            );
        }
        let store = state.store.clone();
        drop(state);
        match tokio::task::spawn_blocking(move || store.flush()).await? {
            Ok(()) => tracing::info!("database flushed"),
            Err(error) => tracing::warn!(%error, "could not flush the database"),
        }
        finished??;
        Ok(())
    }

    /// Runs until the client stops on its own or `stop` completes (e.g. [`stop_signal`]), then shuts down.
    pub async fn run_until<S: Future<Output = &'static str>>(
        mut self,
        stop: S,
    ) -> Result<(), BotError> {
        tokio::select! {
            finished = &mut self.task => { finished??; Ok(()) }
            signal = stop => {
                tracing::info!(signal, "shutting down");
                self.shutdown().await
            }
        }
    }

    /// Runs until the client stops on its own, Ctrl-C or SIGTERM, then shuts down.
    pub async fn run_until_stopped(self) -> Result<(), BotError> {
        let stop = stop_signal()?;
        self.run_until(stop).await
    }
}

/// Completes on Ctrl-C (SIGINT) or SIGTERM with the signal's name. Listening starts when this is called, so
/// call it before slow start-up work: a SIGTERM during start-up then stops the bot cleanly too.
pub fn stop_signal() -> Result<impl Future<Output = &'static str>, BotError> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).map_err(BotError::Signal)?;
        let mut terminate = signal(SignalKind::terminate()).map_err(BotError::Signal)?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => "SIGINT",
                _ = terminate.recv() => "SIGTERM",
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            "Ctrl-C"
        })
    }
}

/// The HTTP client for `token`: Discord itself, or the loopback fake named by [`PROXY_ENV`] in tests.
fn discord_http(token: String, proxy: Option<String>) -> Result<serenity::Http, BotError> {
    let Some(proxy) = proxy.filter(|p| !p.is_empty()) else {
        return Ok(serenity::HttpBuilder::new(token).build());
    };
    let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"];
    if !loopback.iter().any(|prefix| proxy.starts_with(prefix)) {
        return Err(BotError::Proxy(proxy));
    }
    tracing::warn!(%proxy, "{PROXY_ENV} is set: talking to a test server, not Discord");
    // serenity only rewrites discord.com URLs to the proxy with its rate limiter off.
    Ok(serenity::HttpBuilder::new(token)
        .proxy(proxy)
        .ratelimiter_disabled(true)
        .build())
}

/// Runs the bot against Discord until Ctrl-C or SIGTERM. The token is used only to build the HTTP client and is
/// never logged. Broken knowledge, a config that does not fit it, or a database that cannot open stop it
/// before it connects.
pub async fn serve(config: Config, token: String) -> Result<(), BotError> {
    let stop = stop_signal()?;
    let http = discord_http(token, std::env::var(PROXY_ENV).ok())?;
    start(config, http).await?.run_until(stop).await
}

/// Loads the knowledge, opens the store and starts an autosharded client on `http` (tests point it at a fake
/// Discord). Returns once the client task is running.
pub async fn start(config: Config, http: serenity::Http) -> Result<BotHandle, BotError> {
    let knowledge_dir = config.knowledge_dir.clone();
    let engine = tokio::task::spawn_blocking(move || Engine::load(&knowledge_dir)).await??;
    for warning in &engine.knowledge().warnings {
        tracing::warn!("knowledge: {warning}");
    }
    let unknown = commands::unknown_playlist_conditions(&engine, &config.playlists);
    if !unknown.is_empty() {
        return Err(BotError::UnknownPlaylists {
            conditions: unknown.into_iter().map(str::to_string).collect(),
            known: engine
                .knowledge()
                .conditions
                .iter()
                .map(|c| c.id.clone())
                .collect(),
        });
    }
    let database = config.database.clone();
    let secret = config.hash_secret();
    let store =
        Arc::new(tokio::task::spawn_blocking(move || Store::open_with(&database, &secret)).await??);
    let retention = retention::start(store.clone(), config.retention_days);
    let state: Data = Arc::new(State::new(engine, store, config));

    let setup_state = state.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            on_error: |error| Box::pin(errors::on_error(error)),
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

    let in_flight = Arc::new(InFlight::default());
    let framework = Tracked {
        inner: framework,
        in_flight: in_flight.clone(),
        handling: tokio::sync::Semaphore::new(HANDLING_AT_ONCE),
    };
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
        in_flight,
        retention,
    })
}

/// The intents the bot needs; see the module docs about `MESSAGE_CONTENT`.
pub fn intents() -> serenity::GatewayIntents {
    serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES
        | serenity::GatewayIntents::MESSAGE_CONTENT
}
