//! `/settings`: what moderators set for their server (channels, cooldown, playlist links, moderator role,
//! log channel, forums answered on their own) and `/settings show` to see it all. Every change is stored
//! per server, takes effect on the next question, and is posted in the log channel.

use super::super::moderators::{self, moderator};
use super::super::{reply, CommandError, Context};
use super::{autocomplete_condition, condition_name, guild, parse_channel_ids};
use crate::render::discord::{self, field};
use poise::serenity_prelude as serenity;

/// Server settings for moderators.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "settings_show",
        "settings_channels",
        "settings_cooldown",
        "settings_playlist",
        "settings_unplaylist",
        "settings_modrole",
        "settings_logchannel",
        "settings_autoanswer"
    ),
    subcommand_required,
    check = "moderator"
)]
pub async fn settings(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Limit questions to some channels (mention them); leave empty to allow every channel.
#[poise::command(slash_command, guild_only, rename = "channels", check = "moderator")]
pub async fn settings_channels(
    ctx: Context<'_>,
    #[description = "Channels, e.g. #knee-questions #rehab; empty allows all"] channels: Option<
        String,
    >,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let ids = parse_channel_ids(channels.as_deref().unwrap_or(""));
    let saved = ids.clone();
    ctx.data()
        .blocking(move |s| s.set_channels(guild, &saved))
        .await?;
    let text = if ids.is_empty() {
        "I now answer questions in every channel.".to_string()
    } else {
        format!(
            "I now answer questions only in {}.",
            reply::channel_mentions(&ids)
        )
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    moderators::record_command(ctx, &format!("changed the channels: {text}")).await;
    Ok(())
}

/// Seconds a member waits between questions; leave empty to use the bot's default.
#[poise::command(slash_command, guild_only, rename = "cooldown", check = "moderator")]
pub async fn settings_cooldown(
    ctx: Context<'_>,
    #[description = "Seconds (0 turns it off)"]
    #[max = 86400]
    seconds: Option<u64>,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    ctx.data()
        .blocking(move |s| s.set_cooldown(guild, seconds))
        .await?;
    let text = match seconds {
        Some(0) => "Members can now ask without waiting.".to_string(),
        Some(s) => format!("Members now wait {s} seconds between questions."),
        None => format!(
            "Back to the default: {} seconds between questions.",
            ctx.data().config().cooldown_seconds
        ),
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    moderators::record_command(ctx, &format!("changed the cooldown: {text}")).await;
    Ok(())
}

/// Use this server's own playlist link for a condition.
#[poise::command(slash_command, guild_only, rename = "playlist", check = "moderator")]
pub async fn settings_playlist(
    ctx: Context<'_>,
    #[description = "The condition"]
    #[autocomplete = "autocomplete_condition"]
    condition: String,
    #[description = "The playlist link (https://…)"] url: String,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let condition = condition.trim().to_string();
    let url = url.trim().to_string();
    let name = condition_name(&ctx.data().engine(), &condition)?;
    // The link is shown inside `<…>` and `[…](…)`: a `>` or `)` in it would let the rest become markdown.
    if !discord::is_plain_link(&url) {
        return Err(CommandError::User(
            "Please give a single https:// link of at most 500 characters, without spaces, quotes, brackets \
             or parentheses."
                .into(),
        ));
    }
    let saved = (condition.clone(), url.clone());
    ctx.data()
        .blocking(move |s| s.set_playlist(guild, &saved.0, &saved.1))
        .await?;
    let text = format!("The playlist for {name} is now <{url}>.");
    ctx.send(reply::ephemeral_text(&text)).await?;
    moderators::record_command(ctx, &format!("set a playlist: {text}")).await;
    Ok(())
}

/// Everything set for this server, and the defaults where nothing is.
#[poise::command(slash_command, guild_only, rename = "show", check = "moderator")]
pub async fn settings_show(ctx: Context<'_>) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let (settings, playlists) = ctx
        .data()
        .blocking(move |s| Ok((s.guild_settings(guild)?, s.playlist_overrides(guild)?)))
        .await?;
    let channels = if settings.channels.is_empty() {
        "every channel".to_string()
    } else {
        format!(
            "{} (and their threads)",
            reply::channel_mentions(&settings.channels)
        )
    };
    let cooldown = match settings.cooldown_seconds {
        Some(s) => format!("{s} seconds"),
        None => format!(
            "{} seconds (the bot's default)",
            ctx.data().config().cooldown_seconds
        ),
    };
    let playlists = if playlists.is_empty() {
        "none: the configured links are used".to_string()
    } else {
        playlists
            .iter()
            .map(|(condition, url)| format!("{}: <{url}>", discord::escape_markdown(condition)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let moderators = match settings.moderator_role_id {
        Some(role) => format!("Manage Server, and the role <@&{role}>"),
        None => "Manage Server only".to_string(),
    };
    let log = match settings.log_channel_id {
        Some(channel) => format!("<#{channel}>"),
        None => "none".to_string(),
    };
    let forums = if settings.autoanswer_forums.is_empty() {
        "none".to_string()
    } else {
        reply::channel_mentions(&settings.autoanswer_forums)
    };
    let reply = discord::note(
        "This server's settings",
        "",
        vec![
            field("Answers in", &channels),
            field("Cooldown", &cooldown),
            field("Playlist links set here", &playlists),
            field("Moderators", &moderators),
            field("Moderator changes posted in", &log),
            field("New forum posts answered in", &forums),
        ],
    );
    ctx.send(reply::ephemeral_embed(&reply)).await?;
    Ok(())
}

/// Stop using this server's own playlist link for a condition (back to the configured one).
#[poise::command(slash_command, guild_only, rename = "unplaylist", check = "moderator")]
pub async fn settings_unplaylist(
    ctx: Context<'_>,
    #[description = "The condition"]
    #[autocomplete = "autocomplete_condition"]
    condition: String,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let condition = condition.trim().to_string();
    let name = condition_name(&ctx.data().engine(), &condition)?;
    let removed = ctx
        .data()
        .blocking(move |s| s.remove_playlist(guild, &condition))
        .await?;
    let text = if removed {
        format!("The playlist for {name} is back to the configured link.")
    } else {
        format!("This server had no playlist link of its own for {name}.")
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    if removed {
        moderators::record_command(ctx, &format!("removed a playlist: {text}")).await;
    }
    Ok(())
}

/// Let members with a role use the moderator commands (besides Manage Server); empty removes it.
#[poise::command(slash_command, guild_only, rename = "modrole", check = "moderator")]
pub async fn settings_modrole(
    ctx: Context<'_>,
    #[description = "The role; empty: Manage Server only"] role: Option<serenity::Role>,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let role_id = role.as_ref().map(|r| r.id.get());
    ctx.data()
        .blocking(move |s| s.set_moderator_role(guild, role_id))
        .await?;
    let text = match role_id {
        Some(role) => format!("Members with <@&{role}> can now use the moderator commands."),
        None => "Only members with Manage Server can use the moderator commands now.".to_string(),
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    moderators::record_command(ctx, &format!("changed the moderator role: {text}")).await;
    Ok(())
}

/// Post every moderator change in a channel, with who made it; leave empty to stop.
#[poise::command(slash_command, guild_only, rename = "logchannel", check = "moderator")]
pub async fn settings_logchannel(
    ctx: Context<'_>,
    #[description = "The channel; empty: no log"]
    #[channel_types("Text")]
    channel: Option<serenity::GuildChannel>,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let channel_id = channel.as_ref().map(|c| c.id.get());
    // Recorded in the old channel too, so the team sees where the log went.
    moderators::record_command(
        ctx,
        &match channel_id {
            Some(c) => format!("moved the moderators' log to <#{c}>"),
            None => "turned the moderators' log off".to_string(),
        },
    )
    .await;
    ctx.data()
        .blocking(move |s| s.set_log_channel(guild, channel_id))
        .await?;
    let text = match channel_id {
        Some(c) => format!("Moderator changes are now posted in <#{c}>."),
        None => "Moderator changes are no longer posted anywhere.".to_string(),
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    if channel_id.is_some() {
        moderators::record_command(ctx, "started the moderators' log here").await;
    }
    Ok(())
}

/// Answer each new post in a forum channel on its own (once, in the post; silent when I have nothing).
#[poise::command(slash_command, guild_only, rename = "autoanswer", check = "moderator")]
pub async fn settings_autoanswer(
    ctx: Context<'_>,
    #[description = "The forum channel"]
    #[channel_types("Forum")]
    forum: serenity::GuildChannel,
    #[description = "On or off"] on: bool,
) -> Result<(), CommandError> {
    let guild = guild(ctx)?;
    let forum_id = forum.id.get();
    let changed = ctx
        .data()
        .blocking(move |s| s.set_autoanswer(guild, forum_id, on))
        .await?;
    let text = match (on, changed) {
        (true, true) => format!("I now answer each new post in <#{forum_id}>."),
        (true, false) => format!("I already answer new posts in <#{forum_id}>."),
        (false, true) => format!("I no longer answer new posts in <#{forum_id}> on my own."),
        (false, false) => format!("I was not answering new posts in <#{forum_id}>."),
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    if changed {
        let did = format!(
            "turned answering new posts in <#{forum_id}> {}",
            if on { "on" } else { "off" }
        );
        moderators::record_command(ctx, &did).await;
    }
    Ok(())
}
