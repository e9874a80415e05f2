//! What can go wrong in the bot, and the one handler that turns a failed command into a short plain reply
//! (details only in the log).

use super::{reply, Data, PROXY_ENV};
use crate::error::KnowledgeErrors;
use crate::store::StoreError;
use poise::serenity_prelude as serenity;
use thiserror::Error;

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
    #[error("background task panicked")]
    Panicked,
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
    /// Boxed: serenity's error is large and would make every `Result<_, BotError>` large.
    #[error("Discord client failed: {0}")]
    Discord(Box<serenity::Error>),
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    /// The config's `[playlists]` names conditions the knowledge does not have; starting would serve half
    /// the settings. `kneebot serve` puts the config file and line in front of this message.
    #[error(
        "[playlists] names {} that the knowledge does not define; use a condition id from `kneebot check` or \
         /conditions ({}), or remove the line",
        quoted(.conditions), .known.join(", ")
    )]
    UnknownPlaylists {
        conditions: Vec<String>,
        known: Vec<String>,
    },
    #[error(
        "{PROXY_ENV} is only for tests against a fake Discord on this machine: it must be an http:// URL on \
         127.0.0.1, localhost or [::1] (it is {0:?}); unset it to talk to Discord"
    )]
    Proxy(String),
    #[error("cannot listen for stop signals: {0}")]
    Signal(std::io::Error),
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl From<serenity::Error> for BotError {
    fn from(error: serenity::Error) -> Self {
        BotError::Discord(Box::new(error))
    }
}

/// The one error handler: a short plain ephemeral reply for the user, details only in the log.
pub(super) async fn on_error(error: poise::FrameworkError<'_, Data, CommandError>) {
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
            "This command is for moderators (Manage Server, or the server's moderator role).".into()
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
