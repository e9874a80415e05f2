//! Discord's size limits and how a reply is made to fit them: every part trimmed with "…", never an error;
//! and user text escaped so echoing it back cannot format, link or fake a mention.

use super::discord_reply::DiscordReply;

/// Discord's documented limits, counted in characters.
pub mod limits {
    /// Message `content`.
    pub const CONTENT: usize = 2000;
    pub const TITLE: usize = 256;
    pub const DESCRIPTION: usize = 4096;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FIELDS: usize = 25;
    pub const FOOTER: usize = 2048;
    /// Title + description + field names and values + footer, together.
    pub const EMBED_TOTAL: usize = 6000;
    pub const BUTTON_LABEL: usize = 80;
    pub const BUTTONS_PER_ROW: usize = 5;
    pub const ROWS: usize = 5;
    pub const CUSTOM_ID: usize = 100;
}

/// Applies every limit: each part is trimmed with "…", fields beyond 25 are dropped, and when the whole embed
/// is over 6,000 characters the description is shortened and then trailing fields dropped until it fits.
pub fn fit(mut reply: DiscordReply) -> DiscordReply {
    reply.title = truncate(reply.title.trim(), limits::TITLE);
    if reply.title.is_empty() {
        reply.title = "kneebot".into();
    }
    reply.description = truncate(&reply.description, limits::DESCRIPTION);
    reply.fields.truncate(limits::FIELDS);
    for f in &mut reply.fields {
        f.name = truncate(f.name.trim(), limits::FIELD_NAME);
        if f.name.is_empty() {
            f.name = "—".into();
        }
        f.value = truncate(f.value.trim(), limits::FIELD_VALUE);
        if f.value.is_empty() {
            f.value = "—".into();
        }
    }
    reply.footer = reply.footer.map(|f| truncate(&f, limits::FOOTER));
    loop {
        let excess = embed_chars(&reply).saturating_sub(limits::EMBED_TOTAL);
        if excess == 0 {
            break;
        }
        let description = reply.description.chars().count();
        if description > excess + 200 && description > 1000 {
            reply.description = truncate(&reply.description, description - excess);
        } else if !reply.fields.is_empty() {
            reply.fields.pop();
        } else {
            reply.description = truncate(&reply.description, description.saturating_sub(excess));
        }
    }
    reply
        .buttons
        .truncate(limits::BUTTONS_PER_ROW * limits::ROWS);
    for b in &mut reply.buttons {
        b.label = truncate(b.label.trim(), limits::BUTTON_LABEL);
    }
    reply
}

/// Characters Discord counts towards the 6,000 total of one embed.
pub fn embed_chars(reply: &DiscordReply) -> usize {
    reply.title.chars().count()
        + reply.description.chars().count()
        + reply
            .fields
            .iter()
            .map(|f| f.name.chars().count() + f.value.chars().count())
            .sum::<usize>()
        + reply.footer.as_deref().map_or(0, |f| f.chars().count())
}

/// Cuts `text` to at most `max` characters, ending with "…" when anything was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// Escapes Discord markdown in text a user wrote, so echoing it back cannot format, link or fake a mention.
/// `@` gets a zero-width space after it as well; allowed mentions already stop pings, this stops the look.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '<' | '[' | ']' | '(' | ')' | '#' | '-'
            | ':' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200B}"),
            _ => out.push(c),
        }
    }
    out
}
