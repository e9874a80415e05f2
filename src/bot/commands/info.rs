//! What members look up: `/conditions`, `/playlist` and `/help` (which says what the bot keeps).

use super::super::{ask, reply, CommandError, Context};
use super::{autocomplete_condition, condition_list, condition_name, knowledge_playlist};
use crate::render::discord::{self, field};

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
    let retention = ctx.data().config().retention_days;
    let note = discord::note(
        "What I can do",
        "I answer questions about knee exercises from this channel's own videos and notes, and say where \
         each answer comes from.",
        vec![
            field(
                "Ask",
                &format!(
                    "`/ask question: should I do leg curls after my ACL repair?`, or mention me with your \
                     question, or right-click a message → Apps → Ask kneebot. Up to {max} characters. When the answer depends on where you are in your \
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
                "What I keep",
                &format!(
                    "Your question's text, the answer's verdict and your 👍/👎 and comment, under a scrambled \
                     id (never your Discord id), for {retention} days; after that only counts. \
                     `/forget-me` deletes all of it now."
                ),
            ),
            field(
                "Moderators",
                "`/kb reload|stats|unanswered|export` and `/settings …` (Manage Server, or the role set \
                 with `/settings modrole`).",
            ),
        ],
    );
    ctx.send(reply::ephemeral_embed(&note)).await?;
    Ok(())
}
