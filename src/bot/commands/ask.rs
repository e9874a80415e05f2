//! `/ask` and the message menu "Ask kneebot": the same checks, answer and buttons, from a typed question
//! or from someone's message.

use super::super::ask::{self, Asker};
use super::super::{reply, CommandError, Context};
use crate::render::discord;
use poise::serenity_prelude as serenity;
use std::time::Duration;

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

/// Answer this message as a question, replying to it (the author is not pinged).
#[poise::command(context_menu_command = "Ask kneebot", guild_only)]
pub async fn ask_about_message(
    ctx: Context<'_>,
    #[description = "The message to answer"] message: serenity::Message,
) -> Result<(), CommandError> {
    let state = ctx.data().clone();
    let question = message.content.trim().to_string();
    // The limits and cooldown are the caller's; the question, and so the row in the log (and what
    // `/forget-me` deletes, and who may pick a follow-up), is the author's.
    let caller = asker(ctx);
    if let Err(refusal) = ask::check(&state, caller, &question).await {
        ctx.send(reply::ephemeral_text(&refusal.text())).await?;
        return Ok(());
    }
    ctx.defer_ephemeral().await?;
    let author = Asker {
        user_id: message.author.id.get(),
        asked_on: crate::clock::date_of_unix(message.timestamp.unix_timestamp()),
        ..caller
    };
    let asked = ask::answer_and_log(state, author, question).await?;
    let rendered = discord::answer(&asked.answer);
    let sent = message
        .channel_id
        .send_message(
            ctx.http(),
            serenity::CreateMessage::new()
                .embed(reply::embed(&rendered))
                .components(reply::components(&rendered, asked.log_id))
                .reference_message(&message)
                .allowed_mentions(reply::no_mentions()),
        )
        .await;
    let private_reply = match sent {
        Ok(_) => reply::ephemeral_text("Answered, as a reply to that message."),
        Err(error) => {
            tracing::warn!(%error, "could not reply in the channel; answering privately");
            reply::public(&rendered, asked.log_id).ephemeral(true)
        }
    };
    ctx.send(private_reply).await?;
    Ok(())
}
