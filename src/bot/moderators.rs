//! Who may moderate, and the trace moderators leave. A moderator is a member with Manage Server (or
//! Administrator) or one holding the role set with `/settings modrole`; checked on every use from the
//! member Discord sends with the interaction. Every change a moderator makes is posted in the server's log
//! channel (`/settings logchannel`), naming who did it, and pinging nobody.

use super::{reply, CommandError, Context, State};
use crate::render::discord::{self, limits};
use poise::serenity_prelude as serenity;

/// The check on every moderator command.
pub(super) async fn moderator(ctx: Context<'_>) -> Result<bool, CommandError> {
    let (poise::Context::Application(app), Some(guild)) = (ctx, ctx.guild_id()) else {
        return Ok(false);
    };
    match app.interaction.member.as_deref() {
        Some(member) => is_moderator(ctx.data(), guild.get(), member).await,
        None => Ok(false),
    }
}

/// Manage Server, Administrator, or the server's moderator role.
pub(super) async fn is_moderator(
    state: &std::sync::Arc<State>,
    guild: u64,
    member: &serenity::Member,
) -> Result<bool, CommandError> {
    if member
        .permissions
        .is_some_and(|p| p.manage_guild() || p.administrator())
    {
        return Ok(true);
    }
    if member.roles.is_empty() {
        return Ok(false);
    }
    let role = state
        .blocking(move |s| s.guild_settings(guild))
        .await?
        .moderator_role_id;
    Ok(role.is_some_and(|role| member.roles.iter().any(|r| r.get() == role)))
}

/// Posts "`who` `did`" in the server's log channel, if it has one. A failure is logged, never shown to the
/// moderator: their change already happened.
pub(super) async fn record(
    http: &serenity::Http,
    state: &std::sync::Arc<State>,
    guild: u64,
    who: &serenity::User,
    did: &str,
) {
    tracing::info!(guild, moderator = %who.id, "{did}");
    let channel = match state.blocking(move |s| s.guild_settings(guild)).await {
        Ok(settings) => settings.log_channel_id,
        Err(error) => {
            tracing::warn!(%error, "could not read the log channel");
            return;
        }
    };
    let Some(channel) = channel else { return };
    let text = format!("🛠️ <@{}> {did}", who.id);
    let message = serenity::CreateMessage::new()
        .content(discord::truncate(&text, limits::CONTENT))
        .allowed_mentions(reply::no_mentions());
    if let Err(error) = serenity::ChannelId::new(channel)
        .send_message(http, message)
        .await
    {
        tracing::warn!(%error, channel, "could not post in the moderators' log channel");
    }
}

/// [`record`] for a command's author.
pub(super) async fn record_command(ctx: Context<'_>, did: &str) {
    if let Some(guild) = ctx.guild_id() {
        record(ctx.http(), ctx.data(), guild.get(), ctx.author(), did).await;
    }
}
