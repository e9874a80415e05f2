//! The config file and the environment: defaults, every kind of mistake with its line, secrets refused.

use super::*;
use crate::test_support::TempDir;
use std::collections::HashMap;

fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
    let map: HashMap<String, OsString> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), OsString::from(v)))
        .collect();
    move |var| map.get(var).cloned()
}

fn resolved_defaults(dir: &Path) -> Config {
    Config {
        knowledge_dir: dir.join("knowledge"),
        database: dir.join("kneebot.db"),
        ..Config::default()
    }
}

#[test]
fn an_empty_file_is_the_defaults_and_they_are_valid() {
    // What the defaults are is documented (and checked) in config.example.toml; here: an empty file means
    // exactly them, and they pass the same checks a file's values do.
    let empty = Config::parse("", Path::new("x.toml")).unwrap();
    assert_eq!(empty, Config::default());
    let dir = TempDir::new("defaults");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, toml::to_string(&Config::default()).unwrap()).unwrap();
    let written = Config::load(&path).unwrap();
    assert_eq!(written.cooldown_seconds, empty.cooldown_seconds);
    assert_eq!(written.retention_days, empty.retention_days);
    assert_eq!(written.max_question_chars, empty.max_question_chars);
}

#[test]
fn example_file_parses_to_the_defaults() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let config = Config::load(&path).unwrap();
    assert_eq!(
        config,
        resolved_defaults(Path::new(env!("CARGO_MANIFEST_DIR")))
    );
}

#[test]
fn example_file_uncommented_shows_the_defaults() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let text = std::fs::read_to_string(path).unwrap();
    // A commented setting is `# key = value` or `# [table]`; prose never starts that way.
    let setting = regex::Regex::new(r"^# (\[[a-z_]+\]|[a-z_]+ = .*)$").unwrap();
    let mut uncommented = 0;
    let text: String = text
        .lines()
        .map(|line| match setting.captures(line) {
            Some(c) => {
                uncommented += 1;
                format!("{}\n", &c[1])
            }
            None => format!("{line}\n"),
        })
        .collect();
    assert_eq!(
        uncommented, 9,
        "seven keys, the [playlists] header and one playlist"
    );

    let dir = TempDir::new("example");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    let config = Config::load(&path).unwrap();
    assert_eq!(config.playlists.len(), 1);
    assert!(config.dev_guild_id.is_some());
    let expected = Config {
        playlists: config.playlists.clone(),
        dev_guild_id: config.dev_guild_id,
        ..resolved_defaults(dir.path())
    };
    assert_eq!(config, expected);
}

#[test]
fn relative_paths_resolve_beside_the_file_and_absolute_ones_stay() {
    let dir = TempDir::new("relative");
    let path = dir.path().join("kneebot.toml");
    std::fs::write(
        &path,
        "knowledge_dir = \"material\"\ndatabase = \"/var/lib/kneebot/kb.db\"\n",
    )
    .unwrap();
    let config = Config::load(&path).unwrap();
    assert_eq!(config.knowledge_dir, dir.path().join("material"));
    assert_eq!(config.database, PathBuf::from("/var/lib/kneebot/kb.db"));
}

#[test]
fn bad_files_name_the_line_and_the_key() {
    // (file text, line, key, words the message must contain)
    let cases: &[(&str, usize, Option<&str>, &str)] = &[
        (
            "cooldown_seconds = 3\n\ncolour = \"red\"\n",
            3,
            Some("colour"),
            "is not a setting",
        ),
        (
            "log_level = \"info\"\ncooldown_seconds = \"five\"\n",
            2,
            Some("cooldown_seconds"),
            "expected a whole number",
        ),
        (
            "cooldown_seconds = -1\n",
            1,
            Some("cooldown_seconds"),
            "invalid value",
        ),
        (
            "dev_guild_id = 1.5\n",
            1,
            Some("dev_guild_id"),
            "invalid type",
        ),
        (
            "\n[playlists]\nacl = 3\n",
            3,
            Some("playlists.acl"),
            "invalid type",
        ),
        (
            "[discord]\nprefix = \"!\"\n",
            1,
            Some("discord"),
            "is not a setting",
        ),
        (
            "max_question_chars = 0\n",
            1,
            Some("max_question_chars"),
            "at least 1",
        ),
        (
            "database = \"\"\n",
            1,
            Some("database"),
            "must not be empty",
        ),
        (
            "# comment\nlog_level = \"kneebot=shouty\"\n",
            2,
            Some("log_level"),
            "not a log filter",
        ),
        ("cooldown_seconds = 5\ndatabase = \n", 2, None, ""),
        (
            "[playlists]\nacl_tear = \"https://x.example/a)[click](https://evil\"\n",
            2,
            Some("playlists.acl_tear"),
            "one https:// link",
        ),
        (
            "[playlists]\n\nmeniscus = \"ftp://x.example/a\"\n",
            3,
            Some("playlists.meniscus"),
            "one https:// link",
        ),
    ];
    for &(text, line, key, words) in cases {
        let err = Config::parse(text, Path::new("conf/kneebot.toml")).unwrap_err();
        let shown = err.to_string();
        match &err {
            ConfigError::Invalid {
                line: l,
                key: k,
                message,
                ..
            } => {
                assert_eq!(*l, Some(line), "{text:?}: {shown}");
                assert_eq!(k.as_deref(), key, "{text:?}: {shown}");
                assert!(message.contains(words), "{text:?}: {shown}");
            }
            other => panic!("{text:?}: expected Invalid, got {other:?}"),
        }
        assert!(
            shown.starts_with(&format!("conf/kneebot.toml:{line}: ")),
            "{shown}"
        );
        if let Some(key) = key {
            assert!(shown.contains(&format!("`{key}`")), "{shown}");
        }
    }
}

#[test]
fn key_line_finds_nested_keys() {
    let dir = TempDir::new("key-line");
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        "cooldown_seconds = 1\n\n[playlists]\nacl_tear = \"https://a.example\"\n",
    )
    .unwrap();
    assert_eq!(key_line(&path, "cooldown_seconds"), Some(1));
    assert_eq!(key_line(&path, "playlists.acl_tear"), Some(4));
    assert_eq!(key_line(&path, "playlists.nope"), None);
    assert_eq!(key_line(&dir.path().join("gone.toml"), "x"), None);
}

#[test]
fn a_token_in_the_file_is_refused_without_echoing_it() {
    for key in ["token", "discord_token", "bot_token"] {
        let text = format!("cooldown_seconds = 5\n{key} = \"MTIz.secret.value\"\n");
        let err = Config::parse(&text, Path::new("config.toml")).unwrap_err();
        assert!(
            matches!(err, ConfigError::TokenInFile { line: 2, .. }),
            "{err:?}"
        );
        let shown = err.to_string();
        assert!(shown.starts_with("config.toml:2: "), "{shown}");
        assert!(
            shown.contains("environment") && shown.contains("DISCORD_TOKEN"),
            "{shown}"
        );
        assert!(
            !shown.contains("secret") && !format!("{err:?}").contains("secret"),
            "{shown}"
        );
    }
}

#[test]
fn a_missing_named_file_is_an_error_naming_it_and_a_missing_default_is_not() {
    let dir = TempDir::new("missing");
    let named = dir.path().join("nope.toml");
    let err =
        load_layered_with(Some(&named), &dir.path().join("config.toml"), env_of(&[])).unwrap_err();
    assert!(matches!(err, ConfigError::NotFound { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&named.display().to_string()),
        "{err}"
    );

    let config = load_layered_with(None, &dir.path().join("config.toml"), env_of(&[])).unwrap();
    assert_eq!(config, Config::default());

    std::fs::write(dir.path().join("config.toml"), "cooldown_seconds = 9\n").unwrap();
    let config = load_layered_with(None, &dir.path().join("config.toml"), env_of(&[])).unwrap();
    assert_eq!(config.cooldown_seconds, 9);
    assert_eq!(config.database, dir.path().join("kneebot.db"));
}

/// (environment, database, knowledge_dir, log_level)
type EnvCase<'a> = (&'a [(&'a str, &'a str)], PathBuf, PathBuf, &'a str);

#[test]
fn environment_overrides_the_file() {
    let dir = TempDir::new("env");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "database = \"from-file.db\"\nlog_level = \"warn\"\n").unwrap();
    let from_file = dir.path().join("from-file.db");
    let knowledge = dir.path().join("knowledge");
    let cases: &[EnvCase] = &[
        (&[], from_file.clone(), knowledge.clone(), "warn"),
        (
            &[("KNEEBOT_DATABASE", "/data/k.db")],
            "/data/k.db".into(),
            knowledge.clone(),
            "warn",
        ),
        (
            &[("KNEEBOT_KNOWLEDGE_DIR", "kb")],
            from_file.clone(),
            "kb".into(),
            "warn",
        ),
        (
            &[("KNEEBOT_LOG", "debug")],
            from_file.clone(),
            knowledge.clone(),
            "debug",
        ),
        (
            &[("KNEEBOT_LOG", ""), ("KNEEBOT_DATABASE", "")],
            from_file.clone(),
            knowledge.clone(),
            "warn",
        ),
    ];
    for (env, database, knowledge_dir, log_level) in cases {
        let config = load_layered_with(Some(&file), Path::new("unused.toml"), env_of(env)).unwrap();
        assert_eq!(&config.database, database, "{env:?}");
        assert_eq!(&config.knowledge_dir, knowledge_dir, "{env:?}");
        assert_eq!(config.log_level, *log_level, "{env:?}");
    }
}

#[test]
fn the_hash_secret_never_lives_in_the_database() {
    let db = Path::new("/srv/kneebot/kneebot.db");
    let pick = |vars: &[(&str, &str)]| hash_secret_with(env_of(vars), db);
    assert_eq!(
        pick(&[]),
        HashSecret::File(PathBuf::from("/srv/kneebot/kneebot.db.secret"))
    );
    assert_eq!(
        pick(&[("DISCORD_TOKEN_FILE", "/etc/kneebot/token")]),
        HashSecret::File(PathBuf::from("/etc/kneebot/kneebot-hash-secret"))
    );
    assert_eq!(
        pick(&[
            ("DISCORD_TOKEN_FILE", "/etc/kneebot/token"),
            ("KNEEBOT_HASH_SECRET_FILE", "/run/secrets/salt")
        ]),
        HashSecret::File(PathBuf::from("/run/secrets/salt"))
    );
    assert_eq!(
        pick(&[
            ("KNEEBOT_HASH_SECRET", "pepper"),
            ("KNEEBOT_HASH_SECRET_FILE", "/run/secrets/salt")
        ]),
        HashSecret::Value("pepper".into())
    );
}

#[test]
fn token_comes_from_the_environment_or_a_file() {
    let dir = TempDir::new("token");
    let file = dir.path().join("token");
    std::fs::write(&file, "  file-token\n").unwrap();
    let empty = dir.path().join("empty");
    std::fs::write(&empty, "\n").unwrap();
    let file = file.to_str().unwrap();
    let empty = empty.to_str().unwrap();

    assert_eq!(
        token_with(env_of(&[("DISCORD_TOKEN", " abc \n")])).unwrap(),
        "abc"
    );
    assert_eq!(
        token_with(env_of(&[("DISCORD_TOKEN_FILE", file)])).unwrap(),
        "file-token"
    );
    assert_eq!(
        token_with(env_of(&[
            ("DISCORD_TOKEN", "abc"),
            ("DISCORD_TOKEN_FILE", file)
        ]))
        .unwrap(),
        "abc"
    );
    assert_eq!(
        token_with(env_of(&[
            ("DISCORD_TOKEN", ""),
            ("DISCORD_TOKEN_FILE", file)
        ]))
        .unwrap(),
        "file-token"
    );
    for env in [&[][..], &[("DISCORD_TOKEN", "  ")][..]] {
        assert!(matches!(
            token_with(env_of(env)),
            Err(ConfigError::MissingToken)
        ));
    }
    let err = token_with(env_of(&[("DISCORD_TOKEN_FILE", empty)])).unwrap_err();
    assert!(
        matches!(err, ConfigError::TokenFile { .. }) && err.to_string().contains("empty"),
        "{err}"
    );
    let gone = dir.path().join("gone");
    let err = token_with(env_of(&[("DISCORD_TOKEN_FILE", gone.to_str().unwrap())])).unwrap_err();
    assert!(
        err.to_string().contains(&gone.display().to_string()),
        "{err}"
    );
}

#[test]
fn missing_token_message_says_how_to_get_and_set_one() {
    let shown = ConfigError::MissingToken.to_string();
    for words in [
        "Discord developer portal",
        "Bot tab",
        "Reset Token",
        "export DISCORD_TOKEN=",
        "kneebot ask",
        "kneebot chat",
        "no token",
    ] {
        assert!(shown.contains(words), "missing {words:?} in: {shown}");
    }
}
