//! The moderators' queue: `/kb unanswered` (what the bot could not answer and answers members marked 👎,
//! with their comments, each with a "handled" button), `/kb export` (the whole queue as a CSV file for
//! whoever writes the next rules) and the "handled" click.

use super::super::custom_id::Click;
use super::super::moderators::{self, moderator};
use super::super::{reply, CommandError, Context, Data};
use crate::render::discord::{self, limits};
use crate::store::QueueEntry;
use poise::serenity_prelude as serenity;

const PAGE: usize = 10;
/// Rows in one export; a queue longer than this is a sign the material needs work, not a bigger file.
const EXPORT_MAX: usize = 10_000;

/// What the bot could not answer, and answers members marked 👎, newest first, ten per page.
#[poise::command(slash_command, guild_only, rename = "unanswered", check = "moderator")]
pub async fn kb_unanswered(
    ctx: Context<'_>,
    #[description = "Page (default 1)"]
    #[min = 1]
    page: Option<u32>,
) -> Result<(), CommandError> {
    let page = page.unwrap_or(1).max(1) as usize;
    let guild = ctx.guild_id().map(|g| g.get());
    let (entries, total) = ctx
        .data()
        .blocking(move |s| {
            Ok((
                s.unanswered(guild, PAGE, (page - 1) * PAGE)?,
                s.unanswered_count(guild)?,
            ))
        })
        .await?;
    let description = if entries.is_empty() {
        "Nothing waiting: every question was answered and nobody marked an answer 👎.".to_string()
    } else {
        let room = limits::DESCRIPTION / entries.len() - 8;
        entries
            .iter()
            .map(|e| discord::truncate(&entry_line(e), room))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let pages = (total as usize).div_ceil(PAGE).max(1);
    let note = discord::note(
        &format!("Waiting for a moderator: {total} (page {page} of {pages})"),
        &description,
        vec![],
    );
    let buttons: Vec<serenity::CreateButton> = entries
        .iter()
        .map(|e| {
            serenity::CreateButton::new(Click::Handled { id: e.question.id }.id())
                .label(format!("#{} handled", e.question.id))
                .style(serenity::ButtonStyle::Success)
        })
        .collect();
    let rows = buttons
        .chunks(limits::BUTTONS_PER_ROW)
        .map(|row| serenity::CreateActionRow::Buttons(row.to_vec()))
        .collect();
    ctx.send(reply::ephemeral_embed(&note).components(rows))
        .await?;
    Ok(())
}

/// One queue entry: id, when, verdict, 👎 count, the question, and the comments.
fn entry_line(entry: &QueueEntry) -> String {
    let q = &entry.question;
    let mut line = format!("`#{}` <t:{}:R> · {}", q.id, q.asked_at, q.verdict);
    if entry.unhelpful > 0 {
        line.push_str(&format!(" · 👎 {}", entry.unhelpful));
    }
    line.push('\n');
    line.push_str(&discord::truncate(
        &discord::escape_markdown(&q.question.replace('\n', " ")),
        300,
    ));
    for comment in &entry.comments {
        line.push_str(&format!(
            "\n> 💬 {}",
            discord::truncate(&discord::escape_markdown(&comment.replace('\n', " ")), 200)
        ));
    }
    line
}

/// The whole queue as a CSV file (opens in any spreadsheet).
#[poise::command(slash_command, guild_only, rename = "export", check = "moderator")]
pub async fn kb_export(ctx: Context<'_>) -> Result<(), CommandError> {
    ctx.defer_ephemeral().await?;
    let guild = ctx.guild_id().map(|g| g.get());
    let entries = ctx
        .data()
        .blocking(move |s| s.unanswered(guild, EXPORT_MAX, 0))
        .await?;
    let file = serenity::CreateAttachment::bytes(csv(&entries).into_bytes(), "kneebot-queue.csv");
    let text = format!(
        "{} question{} waiting for a moderator.",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    );
    ctx.send(reply::ephemeral_text(&text).attachment(file))
        .await?;
    moderators::record_command(ctx, &format!("exported the queue ({} rows)", entries.len())).await;
    Ok(())
}

/// One row per entry; comments joined with " | ".
pub(crate) fn csv(entries: &[QueueEntry]) -> String {
    let mut out =
        String::from("id,asked_at,verdict,topic,conditions,unhelpful,question,comments\r\n");
    for e in entries {
        let q = &e.question;
        let asked_at = jiff::Timestamp::from_second(q.asked_at)
            .map(|t| t.to_string())
            .unwrap_or_default();
        let fields = [
            q.id.to_string(),
            asked_at,
            q.verdict.to_string(),
            q.topic.clone().unwrap_or_default(),
            q.conditions.join(" "),
            e.unhelpful.to_string(),
            q.question.clone(),
            e.comments.join(" | "),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quoted when it holds a comma, quote or line break. A member's text starting with `=`, `+`, `-` or `@`
/// would run as a formula in a spreadsheet: a leading `'` keeps it text.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A moderator's "handled" click: the question leaves the queue (a later 👎 brings it back).
pub(in crate::bot) async fn on_handled(
    ctx: &serenity::Context,
    state: &Data,
    click: &serenity::ComponentInteraction,
    id: i64,
) -> Result<(), CommandError> {
    let (Some(guild), Some(member)) = (click.guild_id, click.member.as_ref()) else {
        return Ok(());
    };
    let guild = guild.get();
    if !moderators::is_moderator(state, guild, member).await? {
        let text = "Only moderators can mark questions handled.";
        click
            .create_response(&ctx.http, reply::ephemeral_response(text))
            .await?;
        return Ok(());
    }
    let at = click.id.created_at().unix_timestamp();
    let marked = state
        .blocking(move |s| s.mark_handled(guild, id, at))
        .await?;
    let text = if marked {
        format!("#{id} is handled: it leaves the queue. A new 👎 on it brings it back.")
    } else {
        format!("#{id} is not in this server's queue (already handled?).")
    };
    click
        .create_response(&ctx.http, reply::ephemeral_response(&text))
        .await?;
    if marked {
        moderators::record(
            &ctx.http,
            state,
            guild,
            &click.user,
            &format!("marked #{id} handled"),
        )
        .await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::LoggedQuestion;

    #[test]
    fn csv_quotes_what_needs_it_and_defuses_formulas() {
        let entry = |question: &str, comments: &[&str]| QueueEntry {
            question: LoggedQuestion {
                id: 7,
                guild_id: Some(1),
                channel_id: None,
                user_hash: "h".into(),
                question: question.into(),
                verdict: crate::answer::Verdict::NotCovered,
                topic: None,
                conditions: vec!["acl_tear".into(), "meniscus_tear".into()],
                top_score: 0.0,
                asked_at: 86_400,
            },
            unhelpful: 2,
            comments: comments.iter().map(|c| c.to_string()).collect(),
        };
        let text = csv(&[
            entry("can I \"squat\", doc?", &["too vague", "wrong\nline"]),
            entry("=HYPERLINK(\"x\")", &[]),
        ]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "id,asked_at,verdict,topic,conditions,unhelpful,question,comments"
        );
        assert_eq!(
            lines[1],
            "7,1970-01-02T00:00:00Z,not_covered,,acl_tear meniscus_tear,2,\"can I \"\"squat\"\", doc?\",\"too vague | wrong\nline\""
        );
        assert!(
            lines[2].ends_with(",\"'=HYPERLINK(\"\"x\"\")\","),
            "{}",
            lines[2]
        );
    }
}
