//! `/settings`: what moderators set for their server (channels, cooldown, playlist links) and `/settings
//! show` to see it all. Every change is stored per server and takes effect on the next question.

use super::commands::{
    autocomplete_condition, condition_name, guild, moderator, parse_channel_ids,
};
use super::{reply, CommandError, Context};
use crate::render::discord::{self, field};

/// Server settings for moderators.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "settings_show",
        "settings_channels",
        "settings_cooldown",
        "settings_playlist",
        "settings_unplaylist"
    ),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
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
        let list: Vec<String> = ids.iter().map(|c| format!("<#{c}>")).collect();
        format!("I now answer questions only in {}.", list.join(", "))
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
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
    ctx.send(reply::ephemeral_text(&format!(
        "The playlist for {name} is now <{url}>."
    )))
    .await?;
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
        let list: Vec<String> = settings
            .channels
            .iter()
            .map(|c| format!("<#{c}>"))
            .collect();
        format!("{} (and their threads)", list.join(", "))
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
    let reply = discord::note(
        "This server's settings",
        "",
        vec![
            field("Answers in", &channels),
            field("Cooldown", &cooldown),
            field("Playlist links set here", &playlists),
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
    Ok(())
}
