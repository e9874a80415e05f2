//! New forum posts answered on their own, in forums a moderator opted in (`/settings autoanswer`): the
//! post's first message is answered once, in the post, with the usual embed and buttons plus "Dismiss" for
//! the poster. When the material has nothing (`not_covered`), the bot stays silent there: an unasked "I
//! don't know" under someone's post helps nobody.

use super::ask::{self, Asker};
use super::custom_id::Click;
use super::{moderators, reply, CommandError, Data};
use crate::answer::Verdict;
use crate::render::discord::{self, limits};
use poise::serenity_prelude as serenity;

/// Answers `message` if it opens a post in an opted-in forum; `true` when it was such a post (answered or
/// deliberately left alone), so it is not also read as a mention.
pub(super) async fn on_new_post(
    ctx: &serenity::Context,
    state: &Data,
    message: &serenity::Message,
) -> Result<bool, CommandError> {
    // A forum post is a thread whose id is its first message's id; any other message differs.
    let (Some(guild), false) = (message.guild_id, message.author.bot) else {
        return Ok(false);
    };
    if message.id.get() != message.channel_id.get() {
        return Ok(false);
    }
    let guild = guild.get();
    let forums = state
        .blocking(move |s| s.guild_settings(guild))
        .await?
        .autoanswer_forums;
    if forums.is_empty() {
        return Ok(false);
    }
    let parent = match message.channel_id.to_channel(ctx).await {
        Ok(serenity::Channel::Guild(thread)) => ask::thread_parent(thread.kind, thread.parent_id),
        Ok(_) => None,
        Err(error) => {
            tracing::debug!(%error, "could not look up a new thread's forum");
            None
        }
    };
    if !parent.is_some_and(|p| forums.contains(&p)) {
        return Ok(false);
    }
    let question = message.content.trim().to_string();
    let limit = state.config().max_question_chars;
    if question.is_empty() || question.chars().count() > limit {
        return Ok(true);
    }
    let poster = Asker {
        guild_id: Some(guild),
        channel_id: message.channel_id.get(),
        parent_channel_id: parent,
        user_id: message.author.id.get(),
        asked_on: crate::clock::date_of_unix(message.timestamp.unix_timestamp()),
    };
    let asked = ask::answer_and_log(state.clone(), poster, question).await?;
    if asked.answer.verdict == Verdict::NotCovered {
        return Ok(true);
    }
    let rendered = discord::answer(&asked.answer);
    let mut rows = reply::components(&rendered, asked.log_id);
    if let (Some(id), true) = (asked.log_id, rows.len() < limits::ROWS) {
        rows.push(serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(Click::Dismiss { id }.id())
                .label("Dismiss")
                .style(serenity::ButtonStyle::Secondary),
        ]));
    }
    message
        .channel_id
        .send_message(
            &ctx.http,
            serenity::CreateMessage::new()
                .embed(reply::embed(&rendered))
                .components(rows)
                .reference_message(message)
                .allowed_mentions(reply::no_mentions()),
        )
        .await?;
    Ok(true)
}

/// "Dismiss" on an automatic answer: the poster (or a moderator) removes it.
pub(super) async fn on_dismiss(
    ctx: &serenity::Context,
    state: &Data,
    click: &serenity::ComponentInteraction,
    id: i64,
) -> Result<(), CommandError> {
    let clicker = click.user.id.get();
    let poster = state.blocking(move |s| s.question(id)).await?;
    let is_poster = poster.is_some_and(|q| q.user_hash == state.store().user_hash(clicker));
    let is_moderator = match (click.guild_id, click.member.as_ref()) {
        (Some(guild), Some(member)) => moderators::is_moderator(state, guild.get(), member).await?,
        _ => false,
    };
    if !is_poster && !is_moderator {
        let text = "Only the person who posted (or a moderator) can dismiss this answer.";
        click
            .create_response(&ctx.http, reply::ephemeral_response(text))
            .await?;
        return Ok(());
    }
    click
        .create_response(&ctx.http, serenity::CreateInteractionResponse::Acknowledge)
        .await?;
    click.message.delete(&ctx.http).await?;
    Ok(())
}
