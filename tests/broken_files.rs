//! Each kind of mistake a moderator can make in `knowledge/` or in the config file gives exactly one message,
//! naming the file and line (where a line exists) and saying what to do. The loaders are called as the bot
//! and `kneebot check` call them; `tests/serve.rs` checks that `kneebot serve` stops on these before it
//! connects.

mod common;
use common::{copy_dir, TempDir};

use kneebot::config::{Config, ConfigError};
use kneebot::knowledge::Knowledge;
use std::path::Path;

const SOURCE: &str = "sources/hamstring-strengthening-knee-pain.md";

/// How a case breaks its file.
enum Break {
    /// Replace the first occurrence of `.0` with `.1`; the error must be on the line holding `.2`.
    Replace(&'static str, &'static str, &'static str),
    /// Delete the file; the error has no line.
    Delete,
}

struct Case {
    what: &'static str,
    file: &'static str,
    change: Break,
    words: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        what: "an unknown condition in a source",
        file: "sources/hamstring-strengthening-knee-pain.md",
        change: Break::Replace("\"knee_osteoarthritis\", \"meniscus_tear\"", "\"knee_osteoarthritis\", \"meniscus_tears\"", "meniscus_tears"),
        words: &["`meniscus_tears` is not defined", "known: knee_osteoarthritis, meniscus_tear,"],
    },
    Case {
        what: "bad TOML",
        file: "rules.toml",
        change: Break::Replace("early_max_days = 31", "early_max_days = 31 32", "early_max_days = 31 32"),
        words: &["TOML slip", "check its quotes, brackets"],
    },
    Case {
        what: "an unknown key",
        file: "vocabulary.toml",
        change: Break::Replace(
            "surgery_aliases = [\"meniscectomy\"",
            "surgery_alias = [\"meniscectomy\"",
            "surgery_alias = [",
        ),
        words: &["unknown field `surgery_alias`", "surgery_aliases", "a typo?"],
    },
    Case {
        what: "a missing file",
        file: "playlists.toml",
        change: Break::Delete,
        words: &["cannot read it", "restore this file"],
    },
    Case {
        what: "a value of the wrong type",
        file: "rules.toml",
        change: Break::Replace("early_max_days = 31", "early_max_days = \"31\"", "early_max_days = \"31\""),
        words: &["invalid type", "expected a number"],
    },
    Case {
        what: "a list written as a string",
        file: "vocabulary.toml",
        change: Break::Replace(
            "aliases = [\"acl\", \"anterior cruciate\", \"anterior cruciate ligament\", \"cruciate ligament\", \"acl tear\", \"torn acl\", \"cruciate\"]",
            "aliases = \"acl\"",
            "aliases = \"acl\"",
        ),
        words: &["invalid type", "expected a list in [brackets]"],
    },
    Case {
        what: "a rule citing text not in its passage",
        file: "rules.toml",
        change: Break::Replace("quote = \"", "quote = \"words the video never said ", "words the video never said"),
        words: &["the quote is not in source", "quote the material word for word"],
    },
    Case {
        what: "an empty quote",
        file: "rules.toml",
        change: Break::Replace("quote = \"", "quote = \"\"\n# was: \"", "quote = \"\""),
        words: &["the quote is empty", "quote the words of the material"],
    },
    Case {
        what: "a regular expression that does not compile",
        file: "vocabulary.toml",
        change: Break::Replace("patterns = [", "patterns = [\"(unclosed\", ", "(unclosed"),
        words: &["not a valid regular expression", "fix it", "unclosed group"],
    },
    Case {
        what: "a regular expression that does not compile in a list read as one set",
        file: "vocabulary.toml",
        change: Break::Replace("open_do = [", "open_do = [\n  '(what to do',", "(what to do"),
        words: &["not a valid regular expression", "fix it", "unclosed group"],
    },
    Case {
        what: "a topic defined twice",
        file: "rules.toml",
        change: Break::Replace(
            "[[rule]]",
            "[[topic]]\nid = \"squats\" # again\nname = \"squats\"\n\n[[rule]]",
            "# again",
        ),
        words: &["topic `squats` is defined twice"],
    },
    Case {
        what: "an alias claiming two conditions",
        file: "vocabulary.toml",
        change: Break::Replace(
            "aliases = [\"meniscus\", ",
            "aliases = [\"torn acl\", \"meniscus\", ",
            "aliases = [\"acl\", \"anterior cruciate\"",
        ),
        words: &[
            "`torn acl` is an alias of condition `acl_tear` here",
            "an alias of condition `meniscus_tear` at line",
            "remove it from one of them",
        ],
    },
    Case {
        what: "an overview ruling that asks the follow-up",
        file: "rules.toml",
        change: Break::Replace(
            "[rule.in_overview]\nverdict = \"recommended\"",
            "[rule.in_overview]\nverdict = \"depends\" # in an overview",
            "# in an overview",
        ),
        words: &["a rule cannot give `depends` in an overview"],
    },
    Case {
        what: "a past-rehab time shorter than the recovered time",
        file: "rules.toml",
        change: Break::Replace("past_rehab_min_days = 730", "past_rehab_min_days = 90", "past_rehab_min_days = 90"),
        words: &["past_rehab_min_days must be at least recovered_min_days"],
    },
    Case {
        what: "a kind of exercise that is not one of its topic's phrases",
        file: "vocabulary.toml",
        change: Break::Replace("kinds = [[\"walk\", ", "kinds = [[\"wlak\", ", "kinds = [["),
        words: &["`wlak` in `kinds` is not one of this topic's `phrases`", "fix the spelling"],
    },
    Case {
        what: "a source without front matter",
        file: SOURCE,
        change: Break::Replace("+++\n", "", ""),
        words: &["front matter between `+++` lines"],
    },
];

/// The 1-based line of the first line of `text` holding `marker` (`""` is line 1).
fn line_holding(text: &str, marker: &str) -> usize {
    if marker.is_empty() {
        return 1;
    }
    text.lines()
        .position(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no line holds {marker:?}"))
        + 1
}

#[test]
fn each_kind_of_knowledge_mistake_gives_one_message_with_file_line_and_what_to_do() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    Knowledge::load(&shipped).unwrap_or_else(|e| panic!("the shipped knowledge is broken: {e}"));
    for case in CASES {
        let dir = TempDir::new("broken");
        let knowledge = dir.0.join("knowledge");
        copy_dir(&shipped, &knowledge);
        let path = knowledge.join(case.file);
        let expected_line = match case.change {
            Break::Replace(find, replace, marker) => {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(
                    text.contains(find),
                    "{}: {find:?} not in {}",
                    case.what,
                    case.file
                );
                let broken = text.replacen(find, replace, 1);
                std::fs::write(&path, &broken).unwrap();
                Some(line_holding(&broken, marker))
            }
            Break::Delete => {
                std::fs::remove_file(&path).unwrap();
                None
            }
        };
        let errors = match Knowledge::load(&knowledge) {
            Ok(_) => panic!("{}: loaded anyway", case.what),
            Err(errors) => errors,
        };
        assert_eq!(
            errors.0.len(),
            1,
            "{}: one mistake, one message, got:\n{errors}",
            case.what
        );
        let error = &errors.0[0];
        assert_eq!(error.file, path, "{}: {error}", case.what);
        assert_eq!(error.line, expected_line, "{}: {error}", case.what);
        let shown = error.to_string();
        let place = match expected_line {
            Some(line) => format!("{}:{line}: ", path.display()),
            None => format!("{}: ", path.display()),
        };
        assert!(shown.starts_with(&place), "{}: {shown}", case.what);
        assert!(
            !shown.contains('\n'),
            "{}: one line, please: {shown}",
            case.what
        );
        for word in case.words {
            assert!(
                shown.contains(word),
                "{}: no {word:?} in {shown}",
                case.what
            );
        }
    }
}

/// (what, file text or `None` for a missing file, line, words the message must contain)
type ConfigCase<'a> = (&'a str, Option<&'a str>, Option<usize>, &'a [&'a str]);

#[test]
fn each_kind_of_config_mistake_gives_one_message_with_file_line_and_what_to_do() {
    let cases: &[ConfigCase] = &[
        (
            "bad TOML",
            Some("cooldown_seconds = 5\nlog_level = \"info\n"),
            Some(2),
            &[],
        ),
        (
            "an unknown key",
            Some("# settings\ncolour = \"red\"\n"),
            Some(2),
            &["`colour`", "is not a setting", "config.example.toml"],
        ),
        (
            "a missing file",
            None,
            None,
            &["does not exist", "config.example.toml"],
        ),
        (
            "a value of the wrong type",
            Some("cooldown_seconds = \"five\"\n"),
            Some(1),
            &["`cooldown_seconds`", "expected a whole number"],
        ),
        (
            "a token in the file",
            Some("\ndiscord_token = \"MTIz.abc.def\"\n"),
            Some(2),
            &["DISCORD_TOKEN", "Remove this line"],
        ),
        (
            "an unsafe playlist link",
            Some("[playlists]\nacl_tear = \"https://x.example/a)[b](c\"\n"),
            Some(2),
            &["`playlists.acl_tear`", "one https:// link"],
        ),
        (
            "a zero question limit",
            Some("max_question_chars = 0\n"),
            Some(1),
            &["`max_question_chars`", "at least 1"],
        ),
        (
            "a log filter that does not parse",
            Some("log_level = \"kneebot=loud\"\n"),
            Some(1),
            &["`log_level`", "try \"info\""],
        ),
    ];
    for (what, text, line, words) in cases {
        let dir = TempDir::new("broken");
        let path = dir.0.join("kneebot.toml");
        if let Some(text) = text {
            std::fs::write(&path, text).unwrap();
        }
        let error = match Config::load(&path) {
            Ok(_) => panic!("{what}: loaded anyway"),
            Err(error) => error,
        };
        let shown = error.to_string();
        let place = match line {
            Some(line) => format!("{}:{line}: ", path.display()),
            None => path.display().to_string(),
        };
        assert!(shown.contains(&place), "{what}: no {place:?} in {shown}");
        for word in *words {
            assert!(shown.contains(word), "{what}: no {word:?} in {shown}");
        }
        assert!(
            !shown.contains("MTIz") && !format!("{error:?}").contains("MTIz"),
            "{what}: token echoed"
        );
        if let Some(l) = line {
            assert!(
                matches!(error, ConfigError::Invalid { line: Some(x), .. } | ConfigError::TokenInFile { line: x, .. } if x == *l),
                "{what}: {error:?}"
            );
        }
    }
}
