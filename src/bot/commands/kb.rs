//! `/kb`: the knowledge and the question log, for moderators (reload, stats; the queue is in
//! [`super::queue`]).

use super::super::moderators::{self, moderator};
use super::super::{chart, reply, CommandError, Context};
use crate::engine::Engine;
use crate::render::discord::{self, field, limits};
use poise::serenity_prelude as serenity;

/// Knowledge and question-log tools for moderators.
#[poise::command(
    slash_command,
    guild_only,
    subcommands(
        "kb_reload",
        "kb_stats",
        "super::queue::kb_unanswered",
        "super::queue::kb_export",
        "super::sources::kb_source"
    ),
    subcommand_required,
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
            moderators::record_command(ctx, "reloaded the knowledge").await;
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
    ctx.defer_ephemeral().await?;
    // Counted back from when the moderator asked (Discord's timestamp), not from this host's clock.
    let now = ctx.created_at().unix_timestamp();
    let since = now - i64::from(days) * 86_400;
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
            field("Top conditions", &top(&stats.per_condition)),
            field("Top topics", &top(&stats.per_topic)),
            field(
                "Feedback",
                &format!(
                    "👍 helpful: {}\n👎 not helpful: {}",
                    stats.helpful, stats.unhelpful
                ),
            ),
        ],
    );
    let (first_day, last_day) = (since.div_euclid(86_400), now.div_euclid(86_400));
    let png =
        tokio::task::spawn_blocking(move || chart::stats_png(&stats, first_day, last_day)).await?;
    let reply = match png {
        Ok(png) => poise::CreateReply::default()
            .embed(reply::embed(&note).image(format!("attachment://{CHART_FILE}")))
            .attachment(serenity::CreateAttachment::bytes(png, CHART_FILE))
            .ephemeral(true)
            .allowed_mentions(reply::no_mentions()),
        Err(error) => {
            tracing::warn!(%error, "sending the stats without their chart");
            reply::ephemeral_embed(&note)
        }
    };
    ctx.send(reply).await?;
    Ok(())
}

const CHART_FILE: &str = "kneebot-stats.png";

/// The five most asked, most first (ties by name).
fn top(counts: &std::collections::BTreeMap<String, u64>) -> String {
    let mut ranked: Vec<(&String, &u64)> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    if ranked.is_empty() {
        return "—".to_string();
    }
    ranked
        .iter()
        .take(5)
        .map(|(k, v)| format!("{}: {v}", discord::escape_markdown(k)))
        .collect::<Vec<_>>()
        .join("\n")
}
