//! Placeholder for the `store` branch's configuration, with the agreed signatures so the bot compiles before
//! that branch lands. Replaced wholesale by the real file at merge time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Everything the program reads from its config file and the environment.
#[derive(Debug, Clone)]
pub struct Config {
    pub knowledge_dir: PathBuf,
    pub database: PathBuf,
    pub cooldown_seconds: u64,
    pub max_question_chars: usize,
    pub dev_guild_id: Option<u64>,
    pub log_level: String,
    pub playlists: BTreeMap<String, String>,
}

/// Why the config could not be read.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("DISCORD_TOKEN is not set")]
    MissingToken,
    #[error("{0}")]
    Other(String),
}

impl Config {
    pub fn load(_path: &Path) -> Result<Config, ConfigError> {
        Config::load_layered(None)
    }

    pub fn load_layered(_path: Option<&Path>) -> Result<Config, ConfigError> {
        Ok(Config {
            knowledge_dir: PathBuf::from("knowledge"),
            database: PathBuf::from("kneebot.sqlite3"),
            cooldown_seconds: 10,
            max_question_chars: 500,
            dev_guild_id: None,
            log_level: "info".into(),
            playlists: BTreeMap::new(),
        })
    }

    pub fn discord_token() -> Result<String, ConfigError> {
        std::env::var("DISCORD_TOKEN").map_err(|_| ConfigError::MissingToken)
    }
}
