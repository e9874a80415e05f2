//! The answer path: the engine on the shipped knowledge, and one question through `Engine::answer` and every
//! render with every property this issue asks for: bounded time and memory, a text and a JSON render that
//! say what was decided, a Discord reply within Discord's limits, and the question echoed escaped.

use crate::common;
use crate::runner::{measure, MAX_ANSWER_BYTES, MAX_ANSWER_TIME};
use kneebot::render::discord::{self, limits, DiscordReply};
use kneebot::render::{json, text};
use kneebot::{AskOptions, Engine, Phase};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn knowledge_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::load(&knowledge_dir()).unwrap_or_else(|e| panic!("{e}")))
}

pub const PHASES: [Option<Phase>; 4] = [
    None,
    Some(Phase::Early),
    Some(Phase::Rebuilding),
    Some(Phase::Recovered),
];

/// Markdown a user's text must never bring to life when echoed back (see `discord::escape_markdown`).
const MARKDOWN: &[char] = &[
    '\\', '*', '_', '~', '`', '|', '>', '<', '[', ']', '(', ')', '#', '-', ':',
];

/// One question through `Engine::answer` and every render, with every property this issue asks for.
pub fn check_question(question: &str, phase: Option<Phase>) {
    // Loaded before the clock starts: the bound is on answering, and the first question of a run (or one
    // waiting on another test's load) would otherwise pay for loading the knowledge.
    let engine = engine();
    let ((answer, text, json, reply), elapsed, peak) = measure(|| {
        let answer = engine.answer(question, &AskOptions::on(common::TODAY).with_phase(phase));
        let text = text::render(&answer);
        let json = json::render(&answer);
        let reply = discord::answer(&answer);
        (answer, text, json, reply)
    });
    let short = || format!("{:?}", question.chars().take(200).collect::<String>());
    assert!(
        elapsed <= MAX_ANSWER_TIME,
        "took {elapsed:?} for {}",
        short()
    );
    assert!(
        peak <= MAX_ANSWER_BYTES,
        "held {peak} bytes for {}",
        short()
    );

    assert!(!text.trim().is_empty(), "empty text render for {}", short());
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("bad JSON ({e}) for {}", short()));
    assert_eq!(value["verdict"], answer.verdict.as_str(), "{}", short());
    assert_eq!(value["question"].as_str(), Some(question), "{}", short());

    assert_fits(&reply, question);
    assert_echo_escaped(&reply, question);
}

/// Every part of the embed within Discord's limits (an over-long reply is rejected by Discord: no answer).
pub fn assert_fits(r: &DiscordReply, question: &str) {
    let q = || format!("{:?}", question.chars().take(200).collect::<String>());
    let chars = |s: &str| s.chars().count();
    assert!(
        !r.title.is_empty() && chars(&r.title) <= limits::TITLE,
        "title {}",
        q()
    );
    assert!(
        chars(&r.description) <= limits::DESCRIPTION,
        "description {}",
        q()
    );
    assert!(r.fields.len() <= limits::FIELDS, "fields {}", q());
    for f in &r.fields {
        assert!(
            !f.name.trim().is_empty() && chars(&f.name) <= limits::FIELD_NAME,
            "field name {}",
            q()
        );
        assert!(
            !f.value.trim().is_empty() && chars(&f.value) <= limits::FIELD_VALUE,
            "field value {}",
            q()
        );
    }
    assert!(
        r.footer
            .as_deref()
            .is_none_or(|f| chars(f) <= limits::FOOTER),
        "footer {}",
        q()
    );
    assert!(
        discord::embed_chars(r) <= limits::EMBED_TOTAL,
        "total {}",
        q()
    );
    assert!(
        r.buttons.len() <= limits::BUTTONS_PER_ROW * limits::ROWS,
        "buttons {}",
        q()
    );
    for b in &r.buttons {
        assert!(
            !b.label.trim().is_empty() && chars(&b.label) <= limits::BUTTON_LABEL,
            "label {}",
            q()
        );
    }
}

/// The question comes back only in the description's block quote, with every markdown character escaped
/// and every `@` broken by a zero-width space; no other part of the reply carries a live `@everyone`,
/// `@here` or mention.
fn assert_echo_escaped(r: &DiscordReply, question: &str) {
    let q = || format!("{:?}", question.chars().take(200).collect::<String>());
    let echo_end = r.description.find("\n\n").unwrap_or(r.description.len());
    let echo = &r.description[..echo_end];
    let echo = echo
        .strip_prefix("> ")
        .unwrap_or_else(|| panic!("no block quote: {:?} for {}", r.description, q()));
    let echo = echo.replace("\n> ", "\n");
    // A cut can fall inside the "\n> " that starts a quoted line; the leftover `>` is the quote's own.
    let echo = echo
        .strip_suffix("\n>…")
        .map(|e| format!("{e}…"))
        .unwrap_or(echo);
    let mut chars = echo.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(next) if MARKDOWN.contains(&next) => {}
                // A cut just after the backslash: it escapes the ellipsis, which is harmless.
                Some('…') | None => {}
                Some(other) => panic!("stray backslash before {other:?} in {echo:?} for {}", q()),
            }
        } else if MARKDOWN.contains(&c) {
            panic!("unescaped {c:?} in the echo {echo:?} for {}", q());
        } else if c == '@' {
            assert!(
                matches!(chars.peek(), Some('\u{200B}') | Some('…') | None),
                "live @ in the echo {echo:?} for {}",
                q()
            );
        }
    }
    let rest = std::iter::once(&r.title)
        .chain(std::iter::once(&r.description[echo_end..].to_string()))
        .chain(r.fields.iter().map(|f| &f.name))
        .chain(r.fields.iter().map(|f| &f.value))
        .chain(r.footer.iter())
        .chain(r.buttons.iter().map(|b| &b.label))
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for live in ["@everyone", "@here", "<@", "<#"] {
        assert!(
            !rest.contains(live),
            "{live} outside the echo: {rest:?} for {}",
            q()
        );
    }
}
