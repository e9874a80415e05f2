//! Every slash command, in one list ([`all`]). Commands check, call the core or the store, and hand a
//! `render::discord` reply to [`super::reply`]; they build no text that the renderer could build.

use super::ask::{self, Asker};
use super::{reply, CommandError, Context, Data};
use crate::engine::Engine;
use crate::render::discord::{self, field, limits};
use poise::serenity_prelude as serenity;
use std::time::Duration;

/// The commands, registered together.
pub fn all() -> Vec<poise::Command<Data, CommandError>> {
    vec![
        ask(),
        conditions(),
        playlist(),
        help(),
        kb(),
        super::settings::settings(),
    ]
}

/// Past this, `/ask` defers (shows "thinking…") instead of risking Discord's 3-second response window.
const DEFER_AFTER: Duration = Duration::from_millis(1500);

fn asker(ctx: Context<'_>) -> Asker {
    Asker {
        guild_id: ctx.guild_id().map(|g| g.get()),
        channel_id: ctx.channel_id().get(),
        parent_channel_id: match ctx {
            poise::Context::Application(a) => a
                .interaction
                .channel
                .as_ref()
                .and_then(|c| ask::thread_parent(c.kind, c.parent_id)),
            poise::Context::Prefix(_) => None,
        },
        user_id: ctx.author().id.get(),
        asked_on: crate::clock::date_of_unix(ctx.created_at().unix_timestamp()),
    }
}

/// Ask about a knee exercise; answered from the channel's own material.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question, e.g. should I do leg curls after my ACL repair?"]
    question: Option<String>,
    #[description = "Only you see the answer (default: everyone in the channel does)"]
    private: Option<bool>,
) -> Result<(), CommandError> {
    let private = private.unwrap_or(false);
    let question = question.unwrap_or_default().trim().to_string();
    let state = ctx.data().clone();
    let asker = asker(ctx);
    if let Err(refusal) = ask::check(&state, asker, &question).await {
        ctx.send(reply::ephemeral_text(&refusal.text())).await?;
        return Ok(());
    }
    let mut job = tokio::spawn(ask::answer_and_log(state, asker, question));
    let asked = match tokio::time::timeout(DEFER_AFTER, &mut job).await {
        Ok(done) => done??,
        Err(_) => {
            if private {
                ctx.defer_ephemeral().await?;
            } else {
                ctx.defer().await?;
            }
            job.await??
        }
    };
    let rendered = discord::answer(&asked.answer);
    // A private answer keeps its buttons: a click on an ephemeral message still reaches the bot.
    ctx.send(reply::public(&rendered, asked.log_id).ephemeral(private))
        .await?;
    Ok(())
}

/// List the knee conditions the material covers.
#[poise::command(slash_command)]
pub async fn conditions(ctx: Context<'_>) -> Result<(), CommandError> {
    let engine = ctx.data().engine();
    let list = condition_list(&engine);
    let text = if list.is_empty() {
        "The material names no conditions yet.".to_string()
    } else {
        list.iter()
            .map(|(id, name)| format!("• **{name}** (`{id}`)"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let note = discord::note(
        "Conditions the material covers",
        &format!(
            "{text}\n\nUse `/playlist` for a condition's videos, and name the condition in `/ask`."
        ),
        vec![],
    );
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}

/// Suggests conditions (id or name) as the user types; Discord shows at most 25.
pub(super) async fn autocomplete_condition(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let engine = ctx.data().engine();
    let partial = partial.trim().to_lowercase();
    let choices = condition_list(&engine)
        .into_iter()
        .filter(|(id, name)| {
            partial.is_empty()
                || id.to_lowercase().contains(&partial)
                || name.to_lowercase().contains(&partial)
        })
        .take(25)
        .map(|(id, name)| serenity::AutocompleteChoice::new(discord::truncate(&name, 100), id))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Get the channel's video playlist for a knee condition.
#[poise::command(slash_command)]
pub async fn playlist(
    ctx: Context<'_>,
    #[description = "The condition"]
    #[autocomplete = "autocomplete_condition"]
    condition: String,
) -> Result<(), CommandError> {
    let state = ctx.data().clone();
    let engine = state.engine();
    let condition = condition.trim().to_string();
    let name = condition_name(&engine, &condition)?;
    let guild_id = ctx.guild_id().map(|g| g.get());
    let urls = {
        let state = state.clone();
        tokio::task::spawn_blocking(move || ask::playlist_urls(&state, guild_id)).await?
    };
    let url = urls
        .get(&condition)
        .cloned()
        .or_else(|| knowledge_playlist(&engine, &condition));
    let note = match url {
        Some(url) => discord::note(
            &format!("Playlist: {name}"),
            &format!("[{name}]({url})\n{url}"),
            vec![],
        ),
        None => discord::note(
            &format!("Playlist: {name}"),
            "There is no playlist for this condition yet.",
            vec![],
        ),
    };
    ctx.send(
        poise::CreateReply::default()
            .embed(reply::embed(&note))
            .allowed_mentions(reply::no_mentions()),
    )
    .await?;
    Ok(())
}

/// What this bot can and cannot do.
#[poise::command(slash_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), CommandError> {
    let max = ctx.data().config().max_question_chars;
    let note = discord::note(
        "What I can do",
        "I answer questions about knee exercises from this channel's own videos and notes, and say where \
         each answer comes from.",
        vec![
            field(
                "Ask",
                &format!(
                    "`/ask question: should I do leg curls after my ACL repair?`, or mention me with your \
                     question. Up to {max} characters. When the answer depends on where you are in your \
                     recovery, pick your situation with the buttons."
                ),
            ),
            field("Look up", "`/conditions` lists the conditions I know; `/playlist` links a condition's videos."),
            field(
                "What I can't do",
                "I don't diagnose, I don't know your history, and I only speak to what the material covers. \
                 Sudden swelling, a locked knee, numbness or severe pain need a doctor, not a bot.",
            ),
            field(
                "Moderators",
                "`/kb reload`, `/kb stats`, `/kb unanswered`, `/settings channels`, `/settings cooldown`, \
                 `/settings playlist` (Manage Server permission).",
            ),
        ],
    );
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}

/// Moderators only: checked on every use from the member's permissions in the interaction, because
/// `default_member_permissions` only hides the command and server admins can change who sees it.
pub(super) async fn moderator(ctx: Context<'_>) -> Result<bool, CommandError> {
    Ok(match ctx {
        poise::Context::Application(app) => app
            .interaction
            .member
            .as_ref()
            .and_then(|m| m.permissions)
            .is_some_and(|p| p.manage_guild() || p.administrator()),
        poise::Context::Prefix(_) => false,
    })
}

/// Knowledge and question-log tools for moderators.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("kb_reload", "kb_stats", "kb_unanswered"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    check = "moderator"
)]
pub async fn kb(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Re-read the knowledge folder; on a mistake keep the current knowledge and show what to fix.
#[poise::command(slash_command, guild_only, rename = "reload", check = "moderator")]
pub async fn kb_reload(ctx: Context<'_>) -> Result<(), CommandError> {
    ctx.defer_ephemeral().await?;
    let state = ctx.data().clone();
    let dir = state.config().knowledge_dir.clone();
    let loaded = {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || Engine::load(&dir)).await?
    };
    let text = match loaded {
        Ok(engine) => {
            state.swap_engine(engine);
            tracing::info!(dir = %dir.display(), "knowledge reloaded");
            format!("Reloaded the knowledge from `{}`.", dir.display())
        }
        Err(errors) => {
            tracing::warn!(%errors, "reload failed; keeping the previous knowledge");
            let head = "The knowledge did not load, so I kept answering with the previous version. Fix these and \
                        run `/kb reload` again:\n```\n";
            let room = limits::CONTENT - head.chars().count() - 4;
            format!(
                "{head}{}\n```",
                discord::truncate(&errors.to_string().replace("```", "'''"), room)
            )
        }
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    Ok(())
}

/// How many questions were asked, by verdict and condition, and the feedback on them.
#[poise::command(slash_command, guild_only, rename = "stats", check = "moderator")]
pub async fn kb_stats(
    ctx: Context<'_>,
    #[description = "How many days back (default 30)"]
    #[min = 1]
    #[max = 3650]
    days: Option<u32>,
) -> Result<(), CommandError> {
    let days = days.unwrap_or(30).clamp(1, 3650);
    let guild = ctx.guild_id().map(|g| g.get());
    // Counted back from when the moderator asked (Discord's timestamp), not from this host's clock.
    let since = ctx.created_at().unix_timestamp() - i64::from(days) * 86_400;
    let stats = ctx.data().blocking(move |s| s.stats(guild, since)).await?;
    let counts = |map: &std::collections::BTreeMap<String, u64>| {
        if map.is_empty() {
            "—".to_string()
        } else {
            map.iter()
                .map(|(k, v)| format!("{}: {v}", discord::escape_markdown(k)))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let note = discord::note(
        &format!(
            "Questions in the last {days} day{}",
            if days == 1 { "" } else { "s" }
        ),
        &format!(
            "**{}** question{} asked.",
            stats.total,
            if stats.total == 1 { "" } else { "s" }
        ),
        vec![
            field("By verdict", &counts(&stats.per_verdict)),
            field("By condition", &counts(&stats.per_condition)),
            field(
                "Feedback",
                &format!(
                    "👍 helpful: {}\n👎 not helpful: {}",
                    stats.helpful, stats.unhelpful
                ),
            ),
        ],
    );
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}

const UNANSWERED_PAGE: usize = 10;

/// Questions the material did not cover, newest first, ten per page.
#[poise::command(slash_command, guild_only, rename = "unanswered", check = "moderator")]
pub async fn kb_unanswered(
    ctx: Context<'_>,
    #[description = "Page (default 1)"]
    #[min = 1]
    page: Option<u32>,
) -> Result<(), CommandError> {
    let page = page.unwrap_or(1).max(1) as usize;
    let guild = ctx.guild_id().map(|g| g.get());
    let rows = ctx
        .data()
        .blocking(move |s| s.unanswered(guild, UNANSWERED_PAGE, (page - 1) * UNANSWERED_PAGE))
        .await?;
    let text = if rows.is_empty() {
        "Nothing here.".to_string()
    } else {
        rows.iter()
            .map(|q| {
                format!(
                    "`#{}` {}",
                    q.id,
                    discord::truncate(
                        &discord::escape_markdown(&q.question.replace('\n', " ")),
                        300
                    )
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let note = discord::note(
        &format!("Not covered by the material (page {page})"),
        &text,
        vec![],
    );
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}

pub(super) fn guild(ctx: Context<'_>) -> Result<u64, CommandError> {
    ctx.guild_id()
        .map(|g| g.get())
        .ok_or_else(|| CommandError::User("This command only works in a server.".into()))
}

/// Channel ids from text such as `<#123> 456`.
pub(super) fn parse_channel_ids(text: &str) -> Vec<u64> {
    let mut ids: Vec<u64> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .filter(|id| *id > 0)
        .collect();
    ids.dedup();
    ids
}

// The knowledge's conditions and playlists: the only place that reaches into the engine's knowledge.

/// (id, name) of every condition, in the knowledge's order.
fn condition_list(engine: &Engine) -> Vec<(String, String)> {
    engine
        .knowledge()
        .conditions
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

/// The name of condition `id`, or the note a member reads when there is no such condition.
pub(super) fn condition_name(engine: &Engine, id: &str) -> Result<String, CommandError> {
    engine
        .knowledge()
        .condition(id)
        .map(|c| c.name.clone())
        .ok_or_else(|| {
            CommandError::User(format!(
                "I don't know the condition `{}`. `/conditions` lists the ones I know.",
                discord::truncate(&discord::escape_markdown(id), 100)
            ))
        })
}

/// The knowledge's own playlist URL for a condition.
fn knowledge_playlist(engine: &Engine, condition: &str) -> Option<String> {
    engine
        .knowledge()
        .playlist(condition)
        .map(|p| p.url.clone())
}

/// Config playlist keys that name no condition: `start` refuses them, so a typo cannot go unnoticed.
pub(super) fn unknown_playlist_conditions<'a>(
    engine: &Engine,
    playlists: &'a std::collections::BTreeMap<String, String>,
) -> Vec<&'a str> {
    playlists
        .keys()
        .filter(|id| engine.knowledge().condition(id).is_none())
        .map(String::as_str)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_ids_from_mentions_and_numbers() {
        assert_eq!(parse_channel_ids("<#123> <#456>, 789"), [123, 456, 789]);
        assert!(parse_channel_ids("").is_empty());
    }
}
