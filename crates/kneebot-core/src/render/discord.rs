//! `Answer` → a Discord-shaped reply as plain data: title, description, colour, fields, footer and buttons,
//! with Discord's size limits applied here (trimmed with "…", never an error). No serenity types: `bot/` maps
//! this onto builders, so the shape and the limits can be unit-tested without a network.

use crate::answer::{Answer, Verdict};

pub use super::discord_fit::{embed_chars, escape_markdown, fit, limits, truncate};
pub use super::discord_reply::{Button, ButtonAction, ButtonStyle, DiscordReply, Field};

/// The colour that tells verdicts apart at a glance.
pub fn colour(verdict: Verdict) -> u32 {
    match verdict {
        Verdict::Recommended => 0x2E_CC71,
        Verdict::OkForNow => 0x1A_BC9C,
        Verdict::Caution => 0xF1_C40F,
        Verdict::Avoid => 0xE6_7E22,
        Verdict::Depends => 0x34_98DB,
        Verdict::Urgent => 0xE7_4C3C,
        Verdict::NotCovered => 0x95_A5A6,
        Verdict::Info => 0x58_65F2,
    }
}

/// The question is echoed up to this many characters. A long question escaped (up to twice its length)
/// would otherwise crowd the guidance out of the 4,096-character description: `fit` cuts the description's
/// end, which is the answer itself.
const ECHO_CHARS: usize = 300;
/// An overview line's guidance and quote are each cut to this many characters, so every topic fits.
const OVERVIEW_LINE_CHARS: usize = 160;

/// Sources cited in one reply at most.
const MAX_SOURCES: usize = 5;

/// Neutral grey for notes that are not answers (help, lists, errors).
pub const NOTE_COLOUR: u32 = 0x99_AAB5;

const DEFAULT_DISCLAIMER: &str = "General guidance from the channel's material, not a diagnosis.";
const NOT_COVERED_TEXT: &str =
    "I only answer from this channel's own material about knee exercises, and it \
doesn't speak to this. Try naming the exercise and your knee problem, or see `/help`.";
const URGENT_TEXT: &str =
    "What you describe needs a doctor or physical therapist to look at it in person. \
Please don't wait for exercise advice: get medical help now.";

/// The reply for one answer. Urgent and not-covered answers carry no exercise advice and no playlists;
/// urgent answers carry no feedback buttons either, so they never read as "rate this advice".
pub fn answer(answer: &Answer) -> DiscordReply {
    let verdict = answer.verdict;
    let mut description = format!(
        "> {}\n\n",
        quote_line(&escape_markdown(&truncate(
            answer.question.trim(),
            ECHO_CHARS
        )))
    );
    let mut fields = Vec::new();
    let mut buttons = Vec::new();
    // The answer's own headline ("Your clinician's instruction comes first"), else its verdict's.
    let headline = if answer.headline.trim().is_empty() {
        verdict.headline()
    } else {
        answer.headline.trim()
    };
    let title = match verdict {
        Verdict::Urgent => format!("🚨 {}", Verdict::Urgent.headline()),
        Verdict::NotCovered => format!("❔ {headline}"),
        _ if !answer.overview.is_empty() => "What the material says for you".to_string(),
        _ => match &answer.topic_name {
            Some(topic) if !topic.is_empty() => format!("{headline} · {topic}"),
            _ => headline.to_string(),
        },
    };

    match verdict {
        Verdict::Urgent => {
            description.push_str(non_empty(&answer.guidance, URGENT_TEXT));
            if !answer.reasons.is_empty() {
                fields.push(field("Why", &bullets(&answer.reasons)));
            }
        }
        Verdict::NotCovered => {
            description.push_str(non_empty(&answer.guidance, NOT_COVERED_TEXT));
            // The conditions named still get their playlists: the channel has videos for them.
            if let Some(links) = playlist_links(answer) {
                fields.push(field("Playlists", &links));
            }
            buttons.extend(feedback_buttons());
        }
        _ => {
            description.push_str(answer.guidance.trim());
            // An open question's overview: one short line per topic, the quote it rests on in italics.
            for (heading, lines) in crate::render::overview_groups(answer) {
                let value: Vec<String> = lines
                    .iter()
                    .map(|l| {
                        let mut line = format!(
                            "**{}**: {}",
                            escape_markdown(&l.topic_name),
                            escape_markdown(&truncate(l.guidance.trim(), OVERVIEW_LINE_CHARS))
                        );
                        if !l.passage.trim().is_empty() {
                            line.push_str(&format!(
                                "\n  *“{}”*",
                                escape_markdown(&truncate(l.passage.trim(), OVERVIEW_LINE_CHARS))
                            ));
                        }
                        line
                    })
                    .collect();
                fields.push(field(heading, &value.join("\n")));
            }
            // A follow-up says each choice once, the choice first, with what it leads to; the buttons carry
            // the same short words. The reasons are in the guidance and the quotes, so no "Why" repeats them.
            if let Some(follow_up) = &answer.follow_up {
                description.push_str(&format!("\n\n**{}**", follow_up.question.trim()));
                for choice in &follow_up.choices {
                    let button = non_empty(&choice.button, &choice.label);
                    description.push_str(&format!(
                        "\n• **{}** → {}",
                        button.trim(),
                        choice.outcome.trim()
                    ));
                    buttons.push(Button {
                        action: ButtonAction::Phase(choice.phase),
                        label: button.to_string(),
                        emoji: None,
                        style: ButtonStyle::Primary,
                    });
                }
            } else {
                buttons.extend(feedback_buttons());
                if !answer.reasons.is_empty() {
                    fields.push(field("Why", &bullets(&answer.reasons)));
                }
            }
            // One field per source, its quotes in the order the answer cites them.
            let mut sources: Vec<(&str, Vec<String>)> = Vec::new();
            for passage in &answer.passages {
                let quote = if passage.quote.trim().is_empty() {
                    &passage.text
                } else {
                    &passage.quote
                };
                let mut quote = format!("“{}”", quote.trim());
                // The video, at the moment it is said when known; only a link that is safe to show.
                if let Some(url) = passage.url.as_deref().filter(|u| is_plain_link(u)) {
                    quote.push_str(&format!(" [▶ watch]({url})"));
                }
                let title = passage.source_title.trim();
                match sources.iter_mut().find(|(t, _)| *t == title) {
                    Some((_, quotes)) => quotes.push(quote),
                    None => sources.push((title, vec![quote])),
                }
            }
            // A handful of sources is plenty to check an answer, and leaves room for the playlists.
            for (title, quotes) in sources.into_iter().take(MAX_SOURCES) {
                fields.push(field(&format!("From “{title}”"), &quotes.join("\n")));
            }
            if let Some(links) = playlist_links(answer) {
                fields.push(field("Playlists", &links));
            }
        }
    }

    fit(DiscordReply {
        title,
        description,
        colour: colour(verdict),
        fields,
        footer: Some(non_empty(&answer.disclaimer, DEFAULT_DISCLAIMER).to_string()),
        buttons,
    })
}

/// The answer's playlists as Markdown links, one a line; `None` when it has none.
fn playlist_links(answer: &Answer) -> Option<String> {
    (!answer.playlists.is_empty()).then(|| {
        answer
            .playlists
            .iter()
            .map(|p| match &p.url {
                Some(url) => format!("[{}]({url})", link_text(&p.title)),
                // No real link yet: name it so the member can find it on the channel. Moderators learn
                // of the missing link from `kneebot check` and `/settings`, not from members' replies.
                None => format!("{} (on the channel)", link_text(&p.title)),
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// A plain note (help, lists, moderator replies) in the same shape, fitted to the limits.
pub fn note(title: &str, description: &str, fields: Vec<Field>) -> DiscordReply {
    fit(DiscordReply {
        title: title.to_string(),
        description: description.to_string(),
        colour: NOTE_COLOUR,
        fields,
        footer: None,
        buttons: vec![],
    })
}

/// A field; empty values become "—" because Discord rejects empty field values.
pub fn field(name: &str, value: &str) -> Field {
    Field {
        name: name.to_string(),
        value: value.to_string(),
        inline: false,
    }
}

fn feedback_buttons() -> [Button; 2] {
    [
        Button {
            action: ButtonAction::Feedback { helpful: true },
            label: "Helpful".into(),
            emoji: Some("👍".into()),
            style: ButtonStyle::Secondary,
        },
        Button {
            action: ButtonAction::Feedback { helpful: false },
            label: "Not helpful".into(),
            emoji: Some("👎".into()),
            style: ButtonStyle::Secondary,
        },
    ]
}

fn non_empty<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text.trim()
    }
}

fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|r| format!("• {}", r.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Keeps a multi-line question inside one block quote.
fn quote_line(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join("\n> ")
}

fn link_text(title: &str) -> String {
    title.replace(['[', ']'], "")
}

pub use crate::links::is_plain_link;

#[cfg(test)]
#[path = "discord_tests.rs"]
mod tests;
