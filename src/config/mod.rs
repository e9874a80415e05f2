//! The bot's settings: one TOML file, then environment overrides. Owns where the knowledge folder and
//! database live, per-user limits, logging, and playlist overrides. The Discord token is not a setting:
//! it comes only from the environment, so it never lands in a file that gets shared or committed.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;
use toml::de::{DeTable, DeValue};

use crate::error::line_of;
use crate::store::HashSecret;

/// The file `load_layered(None)` looks for in the working directory.
pub const DEFAULT_CONFIG_FILE: &str = "config.toml";

/// Keys that look like a secret; they get a message about the environment rather than "unknown key".
const SECRET_KEYS: &[&str] = &["token", "discord_token", "bot_token"];

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Relative paths resolve beside the config file, so the bot finds its files whatever folder it starts in.
    pub knowledge_dir: PathBuf,
    /// Relative paths resolve beside the config file.
    pub database: PathBuf,
    /// Per user; 0 turns it off.
    pub cooldown_seconds: u64,
    /// Longer questions are refused with a message naming the limit: long pastes are rarely one question.
    pub max_question_chars: usize,
    /// Guild commands register instantly; global ones can take up to an hour, which is painful while developing.
    pub dev_guild_id: Option<u64>,
    /// A tracing `EnvFilter` string such as `info` or `kneebot=debug,serenity=warn`.
    pub log_level: String,
    /// Question text and comments older than this are deleted (the counts stay for `/kb stats`).
    pub retention_days: u32,
    /// Condition id -> playlist URL. The caller checks the ids against the knowledge folder.
    pub playlists: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            knowledge_dir: PathBuf::from("knowledge"),
            database: PathBuf::from("kneebot.db"),
            cooldown_seconds: 5,
            max_question_chars: 4000,
            dev_guild_id: None,
            log_level: "info".to_string(),
            retention_days: 90,
            playlists: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error(
        "config file {} does not exist; create it (config.example.toml shows every key) or leave out the path to use the defaults",
        path.display()
    )]
    NotFound { path: PathBuf },

    #[error("cannot read config file {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },

    #[error("{}", located(path, *line, key.as_deref(), message))]
    Invalid {
        path: PathBuf,
        /// 1-based, when the problem has a place in the file.
        line: Option<usize>,
        /// The key at fault, dotted for nested tables (`playlists.acl`).
        key: Option<String>,
        message: String,
    },

    #[error(
        "{}:{line}: `{key}` does not belong in the config file: the bot token comes only from the environment \
         (DISCORD_TOKEN, or DISCORD_TOKEN_FILE naming a file that holds it), so it is never committed or shared. \
         Remove this line.",
        path.display()
    )]
    TokenInFile {
        path: PathBuf,
        line: usize,
        key: String,
    },

    #[error("environment variable {var} is not valid text")]
    BadEnv { var: &'static str },

    #[error(
        "no Discord bot token. To get one: open the Discord developer portal (https://discord.com/developers/applications), pick your application \
         (or create one), go to the Bot tab and press Reset Token, then copy it. To use it: \
         `export DISCORD_TOKEN=...` in the shell that starts the bot (or put it in a file and \
         `export DISCORD_TOKEN_FILE=/path/to/file`). `kneebot ask \"...\"` and `kneebot chat` work with no token."
    )]
    MissingToken,

    #[error("cannot read the bot token from {} (named by DISCORD_TOKEN_FILE): {problem}", path.display())]
    TokenFile { path: PathBuf, problem: String },
}

fn located(path: &Path, line: Option<usize>, key: Option<&str>, message: &str) -> String {
    let place = match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    };
    match key {
        Some(key) => format!("{place}: `{key}`: {message}"),
        None => format!("{place}: {message}"),
    }
}

impl Config {
    /// Reads and checks one TOML file. Errors name the file, the line and the key.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| {
            if source.kind() == io::ErrorKind::NotFound {
                ConfigError::NotFound {
                    path: path.to_path_buf(),
                }
            } else {
                ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                }
            }
        })?;
        let mut config = Config::parse(&text, path)?;
        let base = path.parent().unwrap_or(Path::new(""));
        config.knowledge_dir = base.join(&config.knowledge_dir);
        config.database = base.join(&config.database);
        Ok(config)
    }

    /// `Some(path)`: that file must exist. `None`: `./config.toml` if present, else defaults.
    /// Then applies environment overrides: KNEEBOT_DATABASE, KNEEBOT_KNOWLEDGE_DIR, KNEEBOT_LOG.
    pub fn load_layered(path: Option<&Path>) -> Result<Config, ConfigError> {
        load_layered_with(path, Path::new(DEFAULT_CONFIG_FILE), |var| {
            std::env::var_os(var)
        })
    }

    /// The bot token from DISCORD_TOKEN (or a file named by DISCORD_TOKEN_FILE). Missing or empty gives
    /// [`ConfigError::MissingToken`], whose message says how to get and set one.
    pub fn discord_token() -> Result<String, ConfigError> {
        token_with(|var| std::env::var_os(var))
    }

    /// Where the secret that keys members' hashed ids comes from: KNEEBOT_HASH_SECRET, else the file named
    /// by KNEEBOT_HASH_SECRET_FILE, else `kneebot-hash-secret` beside the token file (DISCORD_TOKEN_FILE),
    /// else `<database>.secret`. Never the database itself.
    pub fn hash_secret(&self) -> HashSecret {
        hash_secret_with(|var| std::env::var_os(var), &self.database)
    }

    /// Parses TOML text; `path` is only for messages. Relative paths are left as written.
    fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid =
            |offset: Option<usize>, key: Option<String>, message: String| ConfigError::Invalid {
                path: path.to_path_buf(),
                line: offset.map(|o| line_of(text, o)),
                key,
                message,
            };
        // A syntax pass first: it keeps spans for every key, which serde's errors lack.
        let table = DeTable::parse(text).map_err(|e| {
            let offset = e.span().map(|s| s.start);
            invalid(offset, None, e.message().trim().to_string())
        })?;
        for (key, _) in table.get_ref() {
            if SECRET_KEYS.contains(&key.get_ref().as_ref()) {
                return Err(ConfigError::TokenInFile {
                    path: path.to_path_buf(),
                    line: line_of(text, key.span().start),
                    key: key.get_ref().to_string(),
                });
            }
        }
        let config: Config = toml::from_str(text).map_err(|e| {
            let offset = e.span().map(|s| s.start);
            let key = offset.and_then(|o| key_at(table.get_ref(), o, ""));
            invalid(offset, key, plain_message(e.message()))
        })?;

        let line_of_key = |key: &str| {
            table
                .get_ref()
                .iter()
                .find(|(k, _)| k.get_ref() == key)
                .map(|(k, _)| k.span().start)
        };
        if config.retention_days == 0 {
            return Err(invalid(
                line_of_key("retention_days"),
                Some("retention_days".into()),
                "must be at least 1 (days a question's text is kept)".into(),
            ));
        }
        if config.max_question_chars == 0 {
            return Err(invalid(
                line_of_key("max_question_chars"),
                Some("max_question_chars".into()),
                "must be at least 1 (it is the longest question the bot accepts)".into(),
            ));
        }
        for (key, value) in [
            ("knowledge_dir", &config.knowledge_dir),
            ("database", &config.database),
        ] {
            if value.as_os_str().is_empty() {
                return Err(invalid(
                    line_of_key(key),
                    Some(key.into()),
                    "must not be empty; leave the key out to use the default".into(),
                ));
            }
        }
        for (condition, url) in &config.playlists {
            if !crate::links::is_plain_link(url) {
                let offset = table
                    .get_ref()
                    .get("playlists")
                    .and_then(|t| match t.get_ref() {
                        DeValue::Table(inner) => inner
                            .iter()
                            .find(|(k, _)| k.get_ref() == condition)
                            .map(|(k, _)| k.span().start),
                        _ => None,
                    });
                return Err(invalid(
                    offset,
                    Some(format!("playlists.{condition}")),
                    "must be one https:// link with no spaces, quotes, brackets or parentheses \
                     (a playlist's share link)"
                        .into(),
                ));
            }
        }
        if let Err(e) = tracing_subscriber::EnvFilter::try_new(&config.log_level) {
            return Err(invalid(
                line_of_key("log_level"),
                Some("log_level".into()),
                format!("is not a log filter ({e}); try \"info\" or \"kneebot=debug,info\""),
            ));
        }
        Ok(config)
    }

    fn apply_env(&mut self, env: &impl Fn(&str) -> Option<OsString>) -> Result<(), ConfigError> {
        // Empty values count as unset, so `KNEEBOT_LOG= kneebot` does not wipe a setting by accident.
        let set = |var: &str| env(var).filter(|v| !v.is_empty());
        if let Some(v) = set("KNEEBOT_DATABASE") {
            self.database = PathBuf::from(v);
        }
        if let Some(v) = set("KNEEBOT_KNOWLEDGE_DIR") {
            self.knowledge_dir = PathBuf::from(v);
        }
        if let Some(v) = set("KNEEBOT_LOG") {
            self.log_level = v
                .into_string()
                .map_err(|_| ConfigError::BadEnv { var: "KNEEBOT_LOG" })?;
        }
        Ok(())
    }
}

/// The 1-based line of a dotted key (`playlists.acl_tear`) in a config file, for messages about a key
/// that parsed but does not fit something else (the knowledge). `None` if the file or key is not there.
pub fn key_line(path: &Path, dotted: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let table = DeTable::parse(&text).ok()?;
    let mut current = table.get_ref();
    let mut parts = dotted.split('.').peekable();
    while let Some(part) = parts.next() {
        let (key, value) = current.iter().find(|(k, _)| k.get_ref() == part)?;
        if parts.peek().is_none() {
            return Some(line_of(&text, key.span().start));
        }
        match value.get_ref() {
            DeValue::Table(inner) => current = inner,
            _ => return None,
        }
    }
    None
}

/// serde speaks Rust; the people editing this file do not.
fn plain_message(message: &str) -> String {
    let message = message.trim();
    if message.starts_with("unknown field") {
        return "is not a setting; the settings are knowledge_dir, database, cooldown_seconds, \
                max_question_chars, dev_guild_id, log_level, retention_days and [playlists] (see config.example.toml)"
            .to_string();
    }
    message
        .replace("expected u64", "expected a whole number, 0 or more")
        .replace("expected usize", "expected a whole number, 0 or more")
}

/// The dotted key whose key or value span covers `offset`, innermost first.
fn key_at(table: &DeTable<'_>, offset: usize, prefix: &str) -> Option<String> {
    let covers = |s: std::ops::Range<usize>| s.start <= offset && offset < s.end.max(s.start + 1);
    for (key, value) in table {
        let name = format!("{prefix}{}", key.get_ref());
        // A `[table]` header's span does not cover the lines below it, so look inside tables first.
        if let DeValue::Table(inner) = value.get_ref() {
            if let Some(found) = key_at(inner, offset, &format!("{name}.")) {
                return Some(found);
            }
        }
        if covers(key.span()) || covers(value.span()) {
            return Some(name);
        }
    }
    None
}

fn load_layered_with(
    path: Option<&Path>,
    default_file: &Path,
    env: impl Fn(&str) -> Option<OsString>,
) -> Result<Config, ConfigError> {
    let mut config = match path {
        Some(path) => Config::load(path)?,
        None => match Config::load(default_file) {
            Err(ConfigError::NotFound { .. }) => Config::default(),
            other => other?,
        },
    };
    config.apply_env(&env)?;
    Ok(config)
}

fn hash_secret_with(env: impl Fn(&str) -> Option<OsString>, database: &Path) -> HashSecret {
    let set = |var: &str| env(var).filter(|v| !v.is_empty());
    if let Some(value) = set("KNEEBOT_HASH_SECRET") {
        return HashSecret::Value(value.to_string_lossy().into_owned());
    }
    if let Some(file) = set("KNEEBOT_HASH_SECRET_FILE") {
        return HashSecret::File(PathBuf::from(file));
    }
    if let Some(token_file) = set("DISCORD_TOKEN_FILE") {
        return HashSecret::File(PathBuf::from(token_file).with_file_name("kneebot-hash-secret"));
    }
    HashSecret::beside_database(database)
}

fn token_with(env: impl Fn(&str) -> Option<OsString>) -> Result<String, ConfigError> {
    if let Some(token) = env("DISCORD_TOKEN") {
        let token = token.to_string_lossy().trim().to_string();
        if !token.is_empty() {
            return Ok(token);
        }
    }
    let Some(file) = env("DISCORD_TOKEN_FILE").filter(|f| !f.is_empty()) else {
        return Err(ConfigError::MissingToken);
    };
    let path = PathBuf::from(file);
    let token_file_error = |problem: String| ConfigError::TokenFile {
        path: path.clone(),
        problem,
    };
    // The error never quotes the file's content: it may be the token with a typo.
    let text = std::fs::read_to_string(&path).map_err(|e| token_file_error(e.to_string()))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(token_file_error("the file is empty".into()));
    }
    Ok(token.to_string())
}

#[cfg(test)]
mod tests;
