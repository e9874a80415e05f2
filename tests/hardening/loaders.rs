//! The loaders: `Config::load` and `Engine::load` on arbitrary bytes and on valid files with a few edits,
//! each finishing in bounded time and either loading or saying which file and line is wrong.

use crate::checks::{assert_fits, knowledge_dir};
use crate::common::{self, copy_dir, TempDir};
use crate::runner::{cases, measure, property, MAX_LOAD_TIME};
use kneebot::config::{Config, ConfigError};
use kneebot::render::discord;
use kneebot::{AskOptions, Engine};
use proptest::prelude::*;
use std::path::Path;

/// Pieces that break TOML, regular expressions, front matter and numbers.
const FILE_PIECES: &[&str] = &[
    "=",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "\\",
    "\\u",
    "\\uD800",
    "#",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u{FEFF}",
    "\u{0}",
    ",",
    ".",
    "nan",
    "inf",
    "-inf",
    "-1",
    "0",
    "1e309",
    "18446744073709551616",
    "-9223372036854775809",
    "true",
    "1979-05-27",
    "x.y.z = 1",
    "[playlists]",
    "[[rule]]",
    "[[condition]]",
    "[[topic]]",
    "[policy]",
    "+++",
    "+++\n",
    "\n\n",
    "(",
    ")",
    "(?P<",
    "*",
    "+",
    "?",
    "{99999}",
    "a{1000}{1000}",
    "\\b",
    "\\p{Nope}",
    "[z-a]",
    "(?i)",
    "|",
    "^",
    "$",
    "@everyone",
    "token = \"SECRET-TOKEN-123\"",
    "knowledge_dir = \"\"",
    "cooldown_seconds = -5",
    "max_question_chars = 0",
    "log_level = \"kneebot=shouty\"",
    "dev_guild_id = \"x\"",
    "acl_tear = \"https://x.example/a)\"",
];

/// Edits to a valid file: delete a span, insert a piece, duplicate or drop a line, or insert random text.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    DuplicateLine { line: usize },
    DropLine { line: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = prop_oneof![
        4 => proptest::sample::select(FILE_PIECES).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), text).prop_map(|(at, text)| Edit::Insert { at, text }),
        any::<usize>().prop_map(|line| Edit::DuplicateLine { line }),
        any::<usize>().prop_map(|line| Edit::DropLine { line }),
    ]
}

fn apply(original: &str, edits: &[Edit]) -> String {
    let mut text = original.to_string();
    let boundary = |text: &str, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for e in edits {
        match e {
            Edit::Delete { at, len } => {
                let start = boundary(&text, *at);
                let end = boundary(&text, start + len).max(start);
                text.replace_range(start..end, "");
            }
            Edit::Insert { at, text: piece } => {
                let at = boundary(&text, *at);
                text.insert_str(at, piece);
            }
            Edit::DuplicateLine { line } | Edit::DropLine { line } => {
                let mut lines: Vec<&str> = text.split('\n').collect();
                let i = line % lines.len();
                if matches!(e, Edit::DuplicateLine { .. }) {
                    lines.insert(i, lines[i]);
                } else {
                    lines.remove(i);
                }
                text = lines.join("\n");
            }
        }
    }
    text
}

/// New content for a file: its original with a few edits (mostly still parses, so the checks run), or
/// arbitrary bytes (mostly does not).
#[derive(Debug, Clone)]
enum Content {
    Edited(Vec<Edit>),
    Bytes(Vec<u8>),
}

fn content() -> impl Strategy<Value = Content> {
    prop_oneof![
        4 => prop::collection::vec(edit(), 1..6).prop_map(Content::Edited),
        1 => prop::collection::vec(any::<u8>(), 0..600).prop_map(Content::Bytes),
    ]
}

fn render_content(original: &str, content: &Content) -> Vec<u8> {
    match content {
        Content::Edited(edits) => apply(original, edits).into_bytes(),
        Content::Bytes(bytes) => bytes.clone(),
    }
}

/// `config.example.toml` with every setting uncommented: a valid file that sets every key.
fn full_config() -> String {
    let example =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml"))
            .unwrap();
    example
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") || rest.starts_with('[') => rest,
            _ => l,
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The config's error properties: a message that names the file, a line inside the file, no token echoed.
fn check_config_result(path: &Path, bytes: &[u8], result: Result<Config, ConfigError>) {
    let text = String::from_utf8_lossy(bytes);
    match result {
        Ok(config) => {
            assert!(config.max_question_chars >= 1);
            assert!(!config.database.as_os_str().is_empty());
        }
        Err(error) => {
            let shown = error.to_string();
            assert!(
                shown.contains(&path.display().to_string()),
                "no file in {shown:?}"
            );
            if let ConfigError::Invalid {
                line: Some(line), ..
            } = &error
            {
                assert!(
                    *line >= 1 && *line <= text.lines().count().max(1) + 1,
                    "line {line} of {} in {shown:?}",
                    text.lines().count()
                );
            }
            assert!(
                !shown.contains("SECRET-TOKEN-123")
                    && !format!("{error:?}").contains("SECRET-TOKEN-123"),
                "token echoed: {shown}"
            );
        }
    }
}

/// `Config::load` on arbitrary bytes and on the full example with edits.
#[test]
fn any_config_file_loads_or_says_where_it_is_wrong() {
    let dir = TempDir::new("config");
    let path = dir.0.join("kneebot.toml");
    let original = full_config();
    property(
        "any_config",
        cases(1000),
        content(),
        |content| format!("{content:?}"),
        |content| {
            let bytes = render_content(&original, &content);
            std::fs::write(&path, &bytes).unwrap();
            let (result, elapsed, _) = measure(|| Config::load(&path));
            assert!(elapsed <= MAX_LOAD_TIME, "took {elapsed:?}");
            check_config_result(&path, &bytes, result);
        },
    );
}

const KNOWLEDGE_FILES: &[&str] = &[
    "vocabulary.toml",
    "rules.toml",
    "playlists.toml",
    "sources/hamstring-strengthening-knee-pain.md",
    "english_words.txt",
];

/// One copy of `knowledge/` per thread; each case replaces one file and puts it back.
fn knowledge_case(file: usize, content: &Content) {
    thread_local! {
        static COPY: TempDir = {
            let dir = TempDir::new("knowledge");
            copy_dir(&knowledge_dir(), &dir.0.join("knowledge"));
            dir
        };
    }
    let name = KNOWLEDGE_FILES[file % KNOWLEDGE_FILES.len()];
    let original = std::fs::read_to_string(knowledge_dir().join(name)).unwrap();
    let bytes = render_content(&original, content);
    COPY.with(|copy| {
        let dir = copy.0.join("knowledge");
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let (result, elapsed, _) = measure(|| Engine::load(&dir));
        std::fs::write(&path, &original).unwrap();
        assert!(
            elapsed <= MAX_LOAD_TIME,
            "took {elapsed:?} with {name} changed"
        );
        match result {
            Ok(engine) => {
                // Whatever loaded must answer.
                let answer = engine.answer(
                    "leg curls after my ACL repair?",
                    &AskOptions::on(common::TODAY),
                );
                assert_fits(&discord::answer(&answer), "leg curls after my ACL repair?");
            }
            Err(errors) => {
                assert!(!errors.0.is_empty(), "an error with no problems in it");
                for e in &errors.0 {
                    assert!(
                        e.file.starts_with(&dir),
                        "{} is outside the folder",
                        e.file.display()
                    );
                    assert!(
                        !e.message.trim().is_empty(),
                        "empty message for {}",
                        e.file.display()
                    );
                    if let (Some(line), Ok(text)) = (e.line, std::fs::read_to_string(&e.file)) {
                        let text = if e.file == path {
                            String::from_utf8_lossy(&bytes).into_owned()
                        } else {
                            text
                        };
                        assert!(
                            line >= 1 && line <= text.lines().count().max(1) + 1,
                            "{e}: past the end ({} lines)",
                            text.lines().count()
                        );
                    }
                }
                assert!(!errors.to_string().is_empty());
            }
        }
    });
}

/// `Engine::load` with one knowledge file replaced by an edited copy or arbitrary bytes.
#[test]
fn any_knowledge_file_loads_or_says_where_it_is_wrong() {
    property(
        "any_knowledge",
        cases(40),
        (0..KNOWLEDGE_FILES.len(), content()),
        |(file, content)| format!("{} {content:?}", KNOWLEDGE_FILES[*file]),
        |(file, content)| knowledge_case(file, &content),
    );
}
