//! Every slash and message command, one file per area, registered together by [`all`]. Commands check,
//! call the core or the store, and hand a `render::discord` reply to [`super::reply`]; they build no text
//! that the renderer could build.
//!
//! - [`ask`]: `/ask` and the message menu "Ask kneebot". [`info`]: `/conditions`, `/playlist`, `/help`.
//! - [`kb`]: `/kb reload|stats`. [`queue`]: `/kb unanswered|export` and the "handled" button.
//! - [`sources`]: `/kb source add|list`. [`settings`]: `/settings …`. [`privacy`]: `/forget-me` and its confirmation.

pub(super) mod ask;
mod info;
mod kb;
pub(super) mod privacy;
pub(super) mod queue;
mod settings;
mod sources;

use super::{CommandError, Context, Data};
use crate::engine::Engine;
use crate::render::discord;
use poise::serenity_prelude as serenity;

/// The commands, registered together.
pub fn all() -> Vec<poise::Command<Data, CommandError>> {
    vec![
        ask::ask(),
        ask::ask_about_message(),
        info::conditions(),
        info::playlist(),
        info::help(),
        kb::kb(),
        settings::settings(),
        privacy::forget_me(),
    ]
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
pub(super) fn condition_list(engine: &Engine) -> Vec<(String, String)> {
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

/// The knowledge's own playlist URL for a condition; none while it is still the shipped example.
pub(super) fn knowledge_playlist(engine: &Engine, condition: &str) -> Option<String> {
    engine
        .knowledge()
        .playlist(condition)
        .filter(|p| !p.example)
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
