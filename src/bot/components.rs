//! Everything that is not a command: button clicks, the "what was wrong?" modal, messages that mention the
//! bot, and new forum posts (handed to [`super::forum`]). What a button's custom id means is in
//! [`super::custom_id`].

use super::ask::{self, Asker};
use super::commands::{privacy, queue};
use super::custom_id::Click;
use super::{forum, reply, CommandError, Data};
use crate::render::discord::{self, limits};
use poise::serenity_prelude as serenity;

const COMMENT_INPUT: &str = "comment";
/// The longest "what was wrong?" comment kept.
const COMMENT_MAX_CHARS: usize = 1000;

/// poise's event handler: components, modals and mentions. Commands are dispatched by poise itself.
pub async fn on_event(
    framework: poise::FrameworkContext<'_, Data, CommandError>,
    event: &serenity::FullEvent,
) -> Result<(), CommandError> {
    let ctx = framework.serenity_context;
    let state = framework.user_data;
    match event {
        serenity::FullEvent::Ready { data_about_bot } => {
            tracing::info!(user = %data_about_bot.user.name, "connected to Discord");
        }
        serenity::FullEvent::Resume { .. } => tracing::info!("gateway session resumed"),
        serenity::FullEvent::InteractionCreate { interaction } => match interaction {
            serenity::Interaction::Component(click) => {
                if let Err(error) = on_click(ctx, state, click).await {
                    tracing::error!(%error, custom_id = %click.data.custom_id, "button failed");
                    let _ = click
                        .create_response(&ctx.http, reply::ephemeral_response(SORRY))
                        .await;
                }
            }
            serenity::Interaction::Modal(modal) => {
                if let Err(error) = on_modal(ctx, state, modal).await {
                    tracing::error!(%error, custom_id = %modal.data.custom_id, "modal failed");
                    let _ = modal
                        .create_response(&ctx.http, reply::ephemeral_response(SORRY))
                        .await;
                }
            }
            _ => {}
        },
        serenity::FullEvent::Message { new_message } => on_message(ctx, state, new_message).await?,
        _ => {}
    }
    Ok(())
}

const SORRY: &str = "Something went wrong on my side. Please try again in a moment.";

async fn on_click(
    ctx: &serenity::Context,
    state: &Data,
    click: &serenity::ComponentInteraction,
) -> Result<(), CommandError> {
    let Some(parsed) = Click::parse(&click.data.custom_id) else {
        tracing::debug!(custom_id = %click.data.custom_id, "ignoring a button that is not ours");
        return Ok(());
    };
    let user_id = click.user.id.get();
    let response = match parsed {
        Click::Phase { id, phase } => {
            let (question, asker_hash) = match state.blocking(move |s| s.question(id)).await? {
                Some(q) => (q, state.store.user_hash(user_id)),
                None => {
                    let text =
                        "I can't find that question any more. Please ask it again with `/ask`.";
                    click
                        .create_response(&ctx.http, reply::ephemeral_response(text))
                        .await?;
                    return Ok(());
                }
            };
            if question.user_hash != asker_hash {
                reply::ephemeral_response(
                    "Only the person who asked can pick their situation here. Ask your own question with `/ask` \
                     and I'll tailor the answer to you.",
                )
            } else {
                // The message holding the buttons is the first answer: its date is the question's.
                let asked_on = crate::clock::date_of_unix(click.message.timestamp.unix_timestamp());
                let answer = ask::rule(
                    state.clone(),
                    question.guild_id,
                    question.question,
                    asked_on,
                    phase,
                )
                .await?;
                let rendered = discord::answer(&answer);
                serenity::CreateInteractionResponse::UpdateMessage(
                    serenity::CreateInteractionResponseMessage::new()
                        .embed(reply::embed(&rendered))
                        .components(reply::components(&rendered, Some(id)))
                        .allowed_mentions(reply::no_mentions()),
                )
            }
        }
        Click::Feedback { id, helpful } => {
            state
                .blocking(move |s| s.record_feedback(id, user_id, helpful))
                .await?;
            if helpful {
                reply::ephemeral_response("Thanks for the feedback!")
            } else {
                serenity::CreateInteractionResponse::Modal(
                    serenity::CreateModal::new(Click::Comment { id }.id(), "What was wrong?")
                        .components(vec![serenity::CreateActionRow::InputText(
                            serenity::CreateInputText::new(
                                serenity::InputTextStyle::Paragraph,
                                "What was wrong with the answer? (optional)",
                                COMMENT_INPUT,
                            )
                            .required(false)
                            .max_length(COMMENT_MAX_CHARS as u16),
                        )]),
                )
            }
        }
        Click::Comment { .. } => return Ok(()),
        Click::Handled { id } => return queue::on_handled(ctx, state, click, id).await,
        Click::Forget { user } => return privacy::on_forget(ctx, state, click, user).await,
        Click::Dismiss { id } => return forum::on_dismiss(ctx, state, click, id).await,
    };
    click.create_response(&ctx.http, response).await?;
    Ok(())
}

async fn on_modal(
    ctx: &serenity::Context,
    state: &Data,
    modal: &serenity::ModalInteraction,
) -> Result<(), CommandError> {
    let Some(Click::Comment { id }) = Click::parse(&modal.data.custom_id) else {
        return Ok(());
    };
    let comment: String = modal
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .filter_map(|c| match c {
            serenity::ActionRowComponent::InputText(input) if input.custom_id == COMMENT_INPUT => {
                input.value.clone()
            }
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Discord enforces the modal's max_length, but the store should not trust a client to.
    let comment = discord::truncate(comment.trim(), COMMENT_MAX_CHARS);
    let user_id = modal.user.id.get();
    if !comment.is_empty() {
        state
            .blocking(move |s| s.record_feedback_comment(id, user_id, &comment))
            .await?;
    }
    modal
        .create_response(
            &ctx.http,
            reply::ephemeral_response("Thanks, that helps us improve the answers."),
        )
        .await?;
    Ok(())
}

/// A new post in a forum answered on its own, or else possibly a mention.
async fn on_message(
    ctx: &serenity::Context,
    state: &Data,
    message: &serenity::Message,
) -> Result<(), CommandError> {
    if forum::on_new_post(ctx, state, message).await? {
        return Ok(());
    }
    on_mention(ctx, state, message).await
}

/// A message that mentions the bot (or any direct message) is a question: answered as a reply to it.
/// In a guild that limits the bot to some channels, mentions elsewhere are left alone (moderators chose quiet).
async fn on_mention(
    ctx: &serenity::Context,
    state: &Data,
    message: &serenity::Message,
) -> Result<(), CommandError> {
    if message.author.bot {
        return Ok(());
    }
    let me = ctx.cache.current_user().id;
    // In a direct message every message is for the bot; in a server only those that mention it.
    if message.guild_id.is_some() && !message.mentions.iter().any(|u| u.id == me) {
        return Ok(());
    }
    let question = strip_mention(&message.content, me.get());
    // A reply to the bot that pings it without asking anything ("thanks!") is conversation: no answer, no
    // row in the question log.
    let replies_to_me = message
        .referenced_message
        .as_ref()
        .is_some_and(|m| m.author.id == me);
    if replies_to_me && !ask::holds_a_question(&question) {
        return Ok(());
    }
    let asker = Asker {
        guild_id: message.guild_id.map(|g| g.get()),
        channel_id: message.channel_id.get(),
        // A message carries no parent: the cache knows threads from the events that created them.
        parent_channel_id: message.guild_id.and_then(|guild| {
            let guild = ctx.cache.guild(guild)?;
            let thread = guild.threads.iter().find(|t| t.id == message.channel_id)?;
            ask::thread_parent(thread.kind, thread.parent_id)
        }),
        user_id: message.author.id.get(),
        asked_on: crate::clock::date_of_unix(message.timestamp.unix_timestamp()),
    };
    let builder = match ask::check(state, asker, &question).await {
        Err(ask::Refusal::WrongChannel(_)) => return Ok(()),
        // A public "please wait" per mention would let one member make the bot spam a channel: a reaction
        // at most (it needs the Add Reactions permission; without it, nothing).
        Err(ask::Refusal::Cooldown { .. }) => {
            let wait = serenity::ReactionType::Unicode("⏳".to_string());
            if let Err(error) = message.react(&ctx.http, wait).await {
                tracing::debug!(%error, "could not react to a mention during its cooldown");
            }
            return Ok(());
        }
        Err(refusal) => serenity::CreateMessage::new()
            .content(discord::truncate(&refusal.text(), limits::CONTENT)),
        Ok(()) => {
            let _typing = message.channel_id.start_typing(&ctx.http);
            let asked = ask::answer_and_log(state.clone(), asker, question).await?;
            let rendered = discord::answer(&asked.answer);
            serenity::CreateMessage::new()
                .embed(reply::embed(&rendered))
                .components(reply::components(&rendered, asked.log_id))
        }
    };
    message
        .channel_id
        .send_message(
            &ctx.http,
            builder
                .reference_message(message)
                .allowed_mentions(reply::no_mentions()),
        )
        .await?;
    Ok(())
}

/// The message text without the bot's own mention(s).
fn strip_mention(content: &str, me: u64) -> String {
    let without = content
        .replace(&format!("<@{me}>"), " ")
        .replace(&format!("<@!{me}>"), " ");
    kneebot_core::text::single_spaced(&without)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mention_is_stripped() {
        assert_eq!(strip_mention("<@1000> can I  squat?", 1000), "can I squat?");
        assert_eq!(strip_mention("hey <@!1000>", 1000), "hey");
        assert_eq!(strip_mention("<@1000>", 1000), "");
    }
}
