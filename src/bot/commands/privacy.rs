//! `/forget-me`: a member deletes everything the bot keeps about them (their questions, with the votes on
//! them, and their own votes and comments), after a confirmation only they see. Works in direct messages
//! too: the rows are keyed by the member, not the server.

use super::super::custom_id::Click;
use super::super::{reply, CommandError, Context, Data};
use crate::render::discord::{self, limits};
use poise::serenity_prelude as serenity;

/// Delete every question, vote and comment of yours that I keep.
#[poise::command(slash_command, rename = "forget-me")]
pub async fn forget_me(ctx: Context<'_>) -> Result<(), CommandError> {
    let user = ctx.author().id.get();
    let rows = ctx.data().blocking(move |s| s.member_rows(user)).await?;
    if rows.questions == 0 && rows.feedback == 0 {
        ctx.send(reply::ephemeral_text(
            "I keep nothing of yours: no questions, votes or comments.",
        ))
        .await?;
        return Ok(());
    }
    let text = format!(
        "I keep {} question{} you asked and {} vote{}/comment{} you left. Delete all of it? This cannot be undone.",
        rows.questions,
        plural(rows.questions),
        rows.feedback,
        plural(rows.feedback),
        plural(rows.feedback),
    );
    let confirm = serenity::CreateButton::new(Click::Forget { user }.id())
        .label("Delete everything")
        .style(serenity::ButtonStyle::Danger);
    ctx.send(
        reply::ephemeral_text(&text)
            .components(vec![serenity::CreateActionRow::Buttons(vec![confirm])]),
    )
    .await?;
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The confirmation click: only the member it was shown to can delete their rows.
pub(in crate::bot) async fn on_forget(
    ctx: &serenity::Context,
    state: &Data,
    click: &serenity::ComponentInteraction,
    user: u64,
) -> Result<(), CommandError> {
    if click.user.id.get() != user {
        let text = "This button deletes someone else's data; run `/forget-me` for your own.";
        click
            .create_response(&ctx.http, reply::ephemeral_response(text))
            .await?;
        return Ok(());
    }
    let gone = state.blocking(move |s| s.forget_member(user)).await?;
    tracing::info!(
        questions = gone.questions,
        feedback = gone.feedback,
        "a member deleted their data"
    );
    let text = format!(
        "Done: deleted {} question{} and {} vote{}/comment{}. I keep nothing else about you.",
        gone.questions,
        plural(gone.questions),
        gone.feedback,
        plural(gone.feedback),
        plural(gone.feedback),
    );
    click
        .create_response(
            &ctx.http,
            serenity::CreateInteractionResponse::UpdateMessage(
                serenity::CreateInteractionResponseMessage::new()
                    .content(discord::truncate(&text, limits::CONTENT))
                    .components(vec![])
                    .allowed_mentions(reply::no_mentions()),
            ),
        )
        .await?;
    Ok(())
}
