//! Maps the plain replies of `render::discord` onto serenity builders. Every builder made here pings nobody.

use super::custom_id::Click;
use crate::render::discord::{self, limits, ButtonStyle, DiscordReply};
use poise::serenity_prelude as serenity;

/// No `@everyone`, no roles, no users, no reply ping: a question echoed back must never notify anyone.
pub fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .replied_user(false)
}

pub fn embed(reply: &DiscordReply) -> serenity::CreateEmbed {
    let mut embed = serenity::CreateEmbed::new()
        .title(&reply.title)
        .description(&reply.description)
        .colour(reply.colour);
    for field in &reply.fields {
        embed = embed.field(&field.name, &field.value, field.inline);
    }
    if let Some(footer) = &reply.footer {
        embed = embed.footer(serenity::CreateEmbedFooter::new(footer));
    }
    embed
}

/// Button rows; without a question-log id there is nothing a click could refer to, so there are no buttons.
pub fn components(reply: &DiscordReply, log_id: Option<i64>) -> Vec<serenity::CreateActionRow> {
    let Some(log_id) = log_id else {
        return vec![];
    };
    reply
        .buttons
        .chunks(limits::BUTTONS_PER_ROW)
        .take(limits::ROWS)
        .map(|row| {
            serenity::CreateActionRow::Buttons(
                row.iter()
                    .map(|b| {
                        let mut button =
                            serenity::CreateButton::new(Click::of_button(b.action, log_id).id())
                                .label(&b.label)
                                .style(match b.style {
                                    ButtonStyle::Primary => serenity::ButtonStyle::Primary,
                                    ButtonStyle::Secondary => serenity::ButtonStyle::Secondary,
                                    ButtonStyle::Success => serenity::ButtonStyle::Success,
                                    ButtonStyle::Danger => serenity::ButtonStyle::Danger,
                                });
                        if let Some(emoji) = &b.emoji {
                            button = button.emoji(serenity::ReactionType::Unicode(emoji.clone()));
                        }
                        button
                    })
                    .collect(),
            )
        })
        .collect()
}

/// A public reply with the embed and its buttons.
pub fn public(reply: &DiscordReply, log_id: Option<i64>) -> poise::CreateReply {
    poise::CreateReply::default()
        .embed(embed(reply))
        .components(components(reply, log_id))
        .allowed_mentions(no_mentions())
}

/// An embed only the caller sees.
pub fn ephemeral_embed(reply: &DiscordReply) -> poise::CreateReply {
    poise::CreateReply::default()
        .embed(embed(reply))
        .ephemeral(true)
        .allowed_mentions(no_mentions())
}

/// A short plain note only the caller sees.
pub fn ephemeral_text(text: &str) -> poise::CreateReply {
    poise::CreateReply::default()
        .content(discord::truncate(text, limits::CONTENT))
        .ephemeral(true)
        .allowed_mentions(no_mentions())
}

/// Channels as Discord mentions (`<#id>`), comma-separated: they show as links and ping nobody.
pub fn channel_mentions(ids: &[u64]) -> String {
    ids.iter()
        .map(|c| format!("<#{c}>"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A short plain note as an interaction response only the clicker sees.
pub fn ephemeral_response(text: &str) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content(discord::truncate(text, limits::CONTENT))
            .ephemeral(true)
            .allowed_mentions(no_mentions()),
    )
}
