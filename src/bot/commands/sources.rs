//! `/kb source add|list`: moderators add a video's transcript without shell access. The same path as
//! `kneebot add-source` (written, then the whole folder checked); on any problem nothing changes and the
//! reply says what to fix; on success the new knowledge answers at once (as `/kb reload` would).

use super::super::moderators::{self, moderator};
use super::super::{reply, CommandError, Context};
use crate::add_source::{self, AddSourceError, Request};
use crate::engine::Engine;
use crate::render::discord;
use poise::serenity_prelude as serenity;

/// A transcript is text: a long video's is well under this.
pub const MAX_TRANSCRIPT_BYTES: u32 = 2_000_000;

/// The channel's videos in the knowledge.
#[poise::command(
    slash_command,
    guild_only,
    rename = "source",
    subcommands("source_add", "source_list"),
    subcommand_required,
    check = "moderator"
)]
pub async fn kb_source(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Add a video's transcript (.txt, .srt or .vtt); it answers at once if it passes the checks.
#[poise::command(slash_command, guild_only, rename = "add", check = "moderator")]
pub async fn source_add(
    ctx: Context<'_>,
    #[description = "The transcript as YouTube gives it: .txt, .srt or .vtt"]
    transcript: serenity::Attachment,
    #[description = "The video's title"] title: String,
    #[description = "The video's link (https://…)"] url: String,
    #[description = "Condition ids, comma-separated (see /conditions)"] conditions: Option<String>,
    #[description = "Replace a video with the same title"] replace: Option<bool>,
) -> Result<(), CommandError> {
    if transcript.size > MAX_TRANSCRIPT_BYTES {
        return Err(CommandError::User(format!(
            "That file is {} KB; a transcript is at most {} KB. Is it the right file?",
            transcript.size / 1000,
            MAX_TRANSCRIPT_BYTES / 1000
        )));
    }
    ctx.defer_ephemeral().await?;
    let bytes = transcript.download().await.map_err(|e| {
        tracing::warn!(error = %e, "could not download a transcript");
        CommandError::User("I couldn't download that file from Discord; please try again.".into())
    })?;
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(CommandError::User(
            "That file is not text: attach the transcript as .txt, .srt or .vtt.".into(),
        ));
    };
    let state = ctx.data().clone();
    let dir = state.config().knowledge_dir.clone();
    let conditions: Vec<String> = conditions
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let file_name = transcript.filename.clone();
    let added = tokio::task::spawn_blocking(move || {
        let request = Request {
            file_name: &file_name,
            transcript: &text,
            title: &title,
            url: &url,
            conditions: &conditions,
            replace: replace.unwrap_or(false),
        };
        let added = add_source::add_source(&dir, &request)?;
        let engine = Engine::from_knowledge(added.knowledge).map_err(AddSourceError::Check)?;
        Ok::<_, AddSourceError>((added.id, added.passages, added.timed, engine))
    })
    .await?;
    let text = match added {
        Ok((id, passages, timed, engine)) => {
            let warnings = crate::add_source::warning_lines(&engine.knowledge().warnings)
                .into_iter()
                .filter(|w| w.contains(&id))
                .collect::<Vec<_>>();
            state.swap_engine(engine);
            moderators::record_command(ctx, &format!("added the video source `{id}`")).await;
            let mut text = format!(
                "Added `{id}`: {passages} passages ({timed} with their moment in the video). Questions about \
                 it are answered from it now; rules quoting it turn them into rulings."
            );
            if !warnings.is_empty() {
                text.push_str(&format!(
                    "\n```\n{}\n```",
                    warnings.join("\n").replace("```", "'''")
                ));
            }
            text
        }
        Err(error) => format!(
            "Nothing was changed. {}",
            error.to_string().replace("```", "'''")
        ),
    };
    ctx.send(reply::ephemeral_text(&text)).await?;
    Ok(())
}

/// The videos the knowledge holds, with how much of each the rules cite.
#[poise::command(slash_command, guild_only, rename = "list", check = "moderator")]
pub async fn source_list(ctx: Context<'_>) -> Result<(), CommandError> {
    let engine = ctx.data().engine();
    let report = crate::knowledge::coverage::coverage(engine.knowledge());
    let lines: Vec<String> = report
        .sources
        .iter()
        .map(|s| {
            let link = engine
                .knowledge()
                .sources
                .iter()
                .find(|k| k.id == s.id)
                .and_then(|k| k.url.clone())
                .filter(|u| discord::is_plain_link(u))
                .map(|u| format!(" <{u}>"))
                .unwrap_or_default();
            format!(
                "• **{}** (`{}`): {}/{} passages cited by rules{link}",
                discord::escape_markdown(&s.title),
                s.id,
                s.cited,
                s.passages
            )
        })
        .collect();
    let note = discord::note("Videos in the knowledge", &lines.join("\n"), vec![]);
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}
