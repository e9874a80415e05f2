//! The store against real SQLite files in temporary folders.

use super::*;
use crate::answer::Verdict;
use crate::test_support::TempDir;
use rusqlite::{params, Connection};
use std::collections::BTreeMap;
use std::sync::Arc;

const DAY: i64 = 86_400;

fn ask<'a>(
    guild: Option<u64>,
    user: u64,
    question: &'a str,
    verdict: &'a str,
    conditions: &'a [String],
) -> NewQuestion<'a> {
    NewQuestion {
        guild_id: guild,
        channel_id: guild.map(|g| g + 1),
        user_id: user,
        question,
        verdict: verdict.parse().unwrap(),
        topic: None,
        conditions,
        top_score: 5.0,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn schema_is_created_and_rows_survive_reopening() {
    let dir = TempDir::new("reopen");
    let path = dir.path().join("nested").join("kneebot.db");
    let conditions = strings(&["acl", "meniscus"]);
    let (id, hash) = {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.path(), path);
        let id = store
            .log_question(&ask(Some(1), 42, "can I squat?", "caution", &conditions))
            .unwrap();
        store.record_feedback(id, 7, true).unwrap();
        store.set_cooldown(1, Some(30)).unwrap();
        (id, store.user_hash(42))
    };
    let raw = Connection::open(&path).unwrap();
    let version: i32 = raw
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mode: String = raw
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(raw);

    let store = Store::open(&path).unwrap();
    let q = store.question(id).unwrap().unwrap();
    assert_eq!(q.question, "can I squat?");
    assert_eq!(
        q.user_hash, hash,
        "the salt is kept, so hashes are stable across restarts"
    );
    assert_eq!(store.user_hash(42), hash);
    assert_eq!(store.stats(None, 0).unwrap().helpful, 1);
    assert_eq!(store.guild_settings(1).unwrap().cooldown_seconds, Some(30));

    let other = Store::open(&dir.path().join("other.db")).unwrap();
    assert_ne!(other.user_hash(42), hash, "each database has its own salt");
    assert_ne!(store.user_hash(43), hash);
}

#[test]
fn logged_questions_read_back_whole() {
    let dir = TempDir::new("log");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let conditions = strings(&["patellofemoral", "acl", "patellofemoral"]);
    let big = u64::MAX - 5; // beyond i64: must round-trip all the same
    let q = NewQuestion {
        guild_id: Some(big),
        channel_id: None,
        user_id: 99,
        question: "Is cycling OK 6 weeks after ACL reconstruction? ünïcode ✓",
        verdict: Verdict::OkForNow,
        topic: Some("cycling"),
        conditions: &conditions,
        top_score: 2.5,
    };
    let before = crate::clock::now_unix();
    let id = store.log_question(&q).unwrap();
    let got = store.question(id).unwrap().unwrap();
    assert_eq!(got.id, id);
    assert_eq!(got.guild_id, Some(big));
    assert_eq!(got.channel_id, None);
    assert_eq!(got.user_hash, store.user_hash(99));
    assert_eq!(got.question, q.question);
    assert_eq!(got.verdict, Verdict::OkForNow);
    assert_eq!(got.topic.as_deref(), Some("cycling"));
    assert_eq!(
        got.conditions,
        strings(&["patellofemoral", "acl"]),
        "order kept, repeats dropped"
    );
    assert_eq!(got.top_score, 2.5);
    assert!(got.asked_at >= before && got.asked_at <= crate::clock::now_unix() + 1);

    let none = store
        .log_question(&ask(None, 1, "dm question", "info", &[]))
        .unwrap();
    let got = store.question(none).unwrap().unwrap();
    assert_eq!(
        (got.guild_id, got.topic, got.conditions),
        (None, None, vec![])
    );
    assert_eq!(store.question(none + 100).unwrap(), None);
}

#[test]
fn a_batch_of_questions_is_logged_in_order_or_not_at_all() {
    let dir = TempDir::new("batch");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let acl = strings(&["acl"]);
    let texts: Vec<String> = (0..5).map(|i| format!("question {i}")).collect();
    let batch: Vec<NewQuestion> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| ask(Some(1), i as u64, text, "caution", &acl))
        .collect();
    let ids = store.log_questions(&batch).unwrap();
    assert_eq!(ids.len(), 5);
    for ((id, q), user) in ids.iter().zip(&batch).zip(0u64..) {
        let got = store.question(*id).unwrap().unwrap();
        assert_eq!(got.question, q.question);
        assert_eq!(got.user_hash, store.user_hash(user));
        assert_eq!(got.conditions, acl);
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    assert_eq!(store.log_questions(&[]).unwrap(), Vec::<i64>::new());

    // A row that does not fit (the file may not grow) takes the whole batch with it.
    store.flush().unwrap();
    let pages: i64 = store
        .lock()
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    store
        .lock()
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let big = "x".repeat(64 * 1024);
    let err = store
        .log_questions(&[
            ask(Some(1), 7, "small", "info", &[]),
            ask(Some(1), 8, &big, "info", &[]),
        ])
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert_eq!(store.stats(None, 0).unwrap().total, 5);
}

#[test]
fn raw_user_ids_never_reach_the_file() {
    let dir = TempDir::new("privacy");
    let user: u64 = 987_654_321_098_765_432;
    {
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let id = store
            .log_question(&ask(Some(5), user, "knee hurts", "depends", &[]))
            .unwrap();
        store.record_feedback(id, user, false).unwrap();
        store
            .record_feedback_comment(id, user, "too vague")
            .unwrap();
    }
    let needle = user.to_string();
    let needle_le = user.to_le_bytes();
    let needle_be = user.to_be_bytes();
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        files += 1;
        assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()));
        assert!(!bytes.windows(8).any(|w| w == needle_le || w == needle_be));
    }
    assert!(files >= 1);
}

#[test]
fn one_vote_per_user_per_question_counts_in_stats() {
    let dir = TempDir::new("feedback");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let a = store
        .log_question(&ask(Some(1), 1, "a", "recommended", &[]))
        .unwrap();
    let b = store
        .log_question(&ask(Some(1), 1, "b", "avoid", &[]))
        .unwrap();
    // (question, user, vote or comment)
    let clicks: &[(i64, u64, Result<bool, &str>)] = &[
        (a, 10, Ok(true)),
        (a, 10, Ok(false)), // changed their mind: replaces the first
        (a, 11, Ok(true)),
        (a, 12, Err("what about stairs?")), // a comment alone is not a vote
        (b, 10, Err("wrong")),
        (b, 10, Ok(false)), // vote after comment keeps the comment
        (b, 10, Err("wrong, see video")),
    ];
    for &(question, user, click) in clicks {
        match click {
            Ok(helpful) => store.record_feedback(question, user, helpful).unwrap(),
            Err(comment) => store
                .record_feedback_comment(question, user, comment)
                .unwrap(),
        }
    }
    let stats = store.stats(Some(1), 0).unwrap();
    assert_eq!((stats.helpful, stats.unhelpful), (1, 2));

    let conn = store.lock();
    let (helpful, comment): (Option<bool>, Option<String>) = conn
        .query_row(
            "SELECT helpful, comment FROM feedback WHERE question_id = ?1 AND user_hash = ?2",
            params![b, store.user_hash(10)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (helpful, comment.as_deref()),
        (Some(false), Some("wrong, see video"))
    );
    let rows: i64 = conn
        .query_row("SELECT COUNT(*) FROM feedback", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 4);
    drop(conn);

    for result in [
        store.record_feedback(999, 1, true),
        store.record_feedback_comment(999, 1, "x"),
    ] {
        assert!(
            matches!(result, Err(StoreError::UnknownQuestion { id: 999 })),
            "{result:?}"
        );
    }
}

/// (guild, days ago, verdict, conditions, votes)
type LogRow<'a> = (Option<u64>, i64, &'a str, &'a [String], &'a [bool]);

#[test]
fn stats_by_guild_and_period() {
    let dir = TempDir::new("stats");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let now = crate::clock::now_unix();
    let acl = strings(&["acl"]);
    let acl_men = strings(&["acl", "meniscus"]);
    let log: &[LogRow] = &[
        (Some(1), 0, "recommended", &acl, &[true, true]),
        (Some(1), 2, "avoid", &acl_men, &[false]),
        (Some(1), 40, "recommended", &[], &[true]),
        (Some(2), 1, "not_covered", &acl, &[]),
        (None, 3, "info", &[], &[false]),
    ];
    for (n, &(guild, days_ago, verdict, conditions, votes)) in log.iter().enumerate() {
        let q = ask(guild, n as u64, "q", verdict, conditions);
        let id = store.log_question_at(&q, now - days_ago * DAY).unwrap();
        for (user, &vote) in votes.iter().enumerate() {
            store.record_feedback(id, 100 + user as u64, vote).unwrap();
        }
    }
    let map = |pairs: &[(&str, u64)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), *v))
            .collect::<BTreeMap<_, _>>()
    };
    // (guild, since, expected)
    let cases = [
        (
            None,
            0,
            Stats {
                total: 5,
                per_verdict: map(&[
                    ("recommended", 2),
                    ("avoid", 1),
                    ("not_covered", 1),
                    ("info", 1),
                ]),
                per_condition: map(&[("acl", 3), ("meniscus", 1)]),
                helpful: 3,
                unhelpful: 2,
                ..Stats::default()
            },
        ),
        (
            Some(1),
            now - 7 * DAY,
            Stats {
                total: 2,
                per_verdict: map(&[("recommended", 1), ("avoid", 1)]),
                per_condition: map(&[("acl", 2), ("meniscus", 1)]),
                helpful: 2,
                unhelpful: 1,
                ..Stats::default()
            },
        ),
        (
            Some(1),
            0,
            Stats {
                total: 3,
                per_verdict: map(&[("recommended", 2), ("avoid", 1)]),
                per_condition: map(&[("acl", 2), ("meniscus", 1)]),
                helpful: 3,
                unhelpful: 1,
                ..Stats::default()
            },
        ),
        (
            Some(2),
            now - 7 * DAY,
            Stats {
                total: 1,
                per_verdict: map(&[("not_covered", 1)]),
                per_condition: map(&[("acl", 1)]),
                helpful: 0,
                unhelpful: 0,
                ..Stats::default()
            },
        ),
        (
            None,
            now - DAY / 2,
            Stats {
                total: 1,
                per_verdict: map(&[("recommended", 1)]),
                per_condition: map(&[("acl", 1)]),
                helpful: 2,
                unhelpful: 0,
                ..Stats::default()
            },
        ),
        (Some(3), 0, Stats::default()),
        (None, now + DAY, Stats::default()),
    ];
    for (guild, since, expected) in cases {
        let got = store.stats(guild, since).unwrap();
        let days: u64 = got
            .per_day
            .iter()
            .flat_map(|d| d.per_verdict.values())
            .sum();
        assert_eq!(days, got.total, "the days add up to the total");
        let votes: (u64, u64) = got
            .per_day
            .iter()
            .fold((0, 0), |(h, u), d| (h + d.helpful, u + d.unhelpful));
        assert_eq!(votes, (got.helpful, got.unhelpful));
        assert!(got.per_day.windows(2).all(|w| w[0].day < w[1].day));
        assert_eq!(
            Stats {
                per_day: vec![],
                ..got
            },
            expected,
            "guild {guild:?} since {since}"
        );
    }
    let all = store.stats(None, 0).unwrap();
    let today = now.div_euclid(DAY);
    assert_eq!(all.per_day.len(), 5, "{:?}", all.per_day);
    assert_eq!(all.per_day.last().unwrap().day, today);
    assert_eq!(
        all.per_day.first().unwrap().day,
        (now - 40 * DAY).div_euclid(DAY)
    );
}

#[test]
fn the_queue_holds_what_was_not_answered_or_was_marked_unhelpful() {
    let dir = TempDir::new("unanswered");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let now = crate::clock::now_unix();
    // (guild, seconds ago, verdict, 👎 votes, in the queue?)
    let log: &[(Option<u64>, i64, &str, u64, bool)] = &[
        (Some(1), 50, "not_covered", 0, true),
        (Some(1), 40, "urgent", 0, false),
        (Some(1), 30, "depends", 0, false),
        (Some(2), 20, "not_covered", 0, true),
        (Some(1), 10, "recommended", 2, true),
        (Some(1), 10, "not_covered", 0, true), // same second as the one before: newer id first
        (None, 5, "avoid", 0, false),
    ];
    let mut ids = Vec::new();
    for (n, &(guild, ago, verdict, down, _)) in log.iter().enumerate() {
        let question = format!("question {n}");
        let id = store
            .log_question_at(&ask(guild, 1, &question, verdict, &[]), now - ago)
            .unwrap();
        for voter in 0..down {
            store.record_feedback(id, 100 + voter, false).unwrap();
        }
        ids.push(id);
    }
    // A 👍 does not put an answer in the queue; a comment does.
    store.record_feedback(ids[2], 7, true).unwrap();
    store
        .record_feedback_comment(ids[6], 8, "too vague")
        .unwrap();
    let expect = |guild: Option<u64>| -> Vec<i64> {
        let mut want: Vec<(i64, i64)> = log
            .iter()
            .zip(&ids)
            .enumerate()
            .filter(|(n, ((g, _, _, _, queued), _))| {
                (*queued || *n == 6) && (guild.is_none() || *g == guild)
            })
            .map(|(_, ((_, ago, ..), id))| (now - ago, *id))
            .collect();
        want.sort_by(|a, b| b.cmp(a));
        want.into_iter().map(|(_, id)| id).collect()
    };
    let got_ids = |guild, limit, offset| -> Vec<i64> {
        store
            .unanswered(guild, limit, offset)
            .unwrap()
            .iter()
            .map(|e| e.question.id)
            .collect()
    };
    assert_eq!(expect(None), vec![ids[6], ids[5], ids[4], ids[3], ids[0]]);
    for guild in [None, Some(1), Some(2), Some(9)] {
        let all = expect(guild);
        assert_eq!(got_ids(guild, 100, 0), all, "guild {guild:?}");
        assert_eq!(store.unanswered_count(guild).unwrap(), all.len() as u64);
        for page_size in [1, 2, 3] {
            let mut paged = Vec::new();
            for page in 0.. {
                let got = got_ids(guild, page_size, page * page_size);
                assert!(got.len() <= page_size);
                if got.is_empty() {
                    break;
                }
                paged.extend(got);
            }
            assert_eq!(paged, all, "guild {guild:?}, pages of {page_size}");
        }
    }
    assert!(got_ids(None, 0, 0).is_empty());
    assert!(got_ids(None, usize::MAX, usize::MAX).is_empty());
    let entries = store.unanswered(None, 100, 0).unwrap();
    let voted = entries.iter().find(|e| e.question.id == ids[4]).unwrap();
    assert_eq!((voted.unhelpful, voted.comments.len()), (2, 0));
    let commented = entries.iter().find(|e| e.question.id == ids[6]).unwrap();
    assert_eq!(commented.comments, ["too vague"]);
}

#[test]
fn handled_questions_leave_the_queue_until_someone_complains_again() {
    let dir = TempDir::new("handled");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let id = store
        .log_question(&ask(Some(1), 1, "can I do step ups?", "not_covered", &[]))
        .unwrap();
    assert!(
        !store.mark_handled(2, id, 100).unwrap(),
        "another guild's question"
    );
    assert!(
        !store.mark_handled(1, id + 1, 100).unwrap(),
        "no such question"
    );
    assert!(store.mark_handled(1, id, 100).unwrap());
    assert!(!store.mark_handled(1, id, 101).unwrap(), "already handled");
    assert!(store.unanswered(Some(1), 10, 0).unwrap().is_empty());
    store.record_feedback(id, 9, true).unwrap();
    assert!(
        store.unanswered(Some(1), 10, 0).unwrap().is_empty(),
        "a 👍 leaves it handled"
    );
    store.record_feedback(id, 9, false).unwrap();
    assert_eq!(
        store.unanswered_count(Some(1)).unwrap(),
        1,
        "a 👎 brings it back"
    );
}

/// Every file in `dir` (the database, its write-ahead log, the secret), as bytes.
fn every_file(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn holds(files: &[(PathBuf, Vec<u8>)], needle: &str) -> bool {
    files
        .iter()
        .any(|(_, b)| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
}

#[test]
fn forget_me_leaves_no_row_and_no_trace_of_the_member() {
    let dir = TempDir::new("forget");
    let path = dir.path().join("k.db");
    let store = Store::open(&path).unwrap();
    let (me, other) = (41, 42);
    let mine = store
        .log_question(&ask(
            Some(1),
            me,
            "my zebra-striped knee clicks",
            "depends",
            &strings(&["acl"]),
        ))
        .unwrap();
    let theirs = store
        .log_question(&ask(Some(1), other, "can I lunge?", "caution", &[]))
        .unwrap();
    store.record_feedback(mine, other, false).unwrap();
    store.record_feedback(theirs, me, false).unwrap();
    store
        .record_feedback_comment(theirs, me, "my platypus comment")
        .unwrap();
    assert_eq!(
        store.member_rows(me).unwrap(),
        Forgotten {
            questions: 1,
            feedback: 1
        }
    );
    let gone = store.forget_member(me).unwrap();
    assert_eq!(
        gone,
        Forgotten {
            questions: 1,
            feedback: 1
        }
    );
    assert_eq!(store.member_rows(me).unwrap(), Forgotten::default());
    assert!(store.question(mine).unwrap().is_none());
    assert!(
        store.question(theirs).unwrap().is_some(),
        "others' rows stay"
    );
    let hash = store.user_hash(me);
    let conn = Connection::open(&path).unwrap();
    for table in ["questions", "feedback"] {
        let n: i64 = conn
            .query_row(
                &format!("SELECT COUNT(*) FROM {table} WHERE user_hash = ?1"),
                [&hash],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    drop(conn);
    let files = every_file(dir.path());
    for gone in ["zebra-striped", "platypus", &hash] {
        assert!(!holds(&files, gone), "{gone} is still in a file");
    }
    assert!(holds(&files, "can I lunge?"));
}

#[test]
fn retention_deletes_old_text_and_keeps_the_counts() {
    let dir = TempDir::new("retention");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    let now = crate::clock::now_unix();
    let old = store
        .log_question_at(
            &ask(
                Some(1),
                5,
                "an old wombat question",
                "not_covered",
                &strings(&["acl"]),
            ),
            now - 100 * DAY,
        )
        .unwrap();
    let new = store
        .log_question_at(
            &ask(Some(1), 5, "a new question", "not_covered", &[]),
            now - DAY,
        )
        .unwrap();
    store.record_feedback(old, 6, false).unwrap();
    store
        .record_feedback_comment(old, 6, "an old quokka comment")
        .unwrap();
    let before = store.stats(None, 0).unwrap();
    assert_eq!(store.apply_retention(now - 90 * DAY).unwrap(), 1);
    assert_eq!(
        store.apply_retention(now - 90 * DAY).unwrap(),
        0,
        "nothing left to delete"
    );
    let q = store.question(old).unwrap().unwrap();
    assert_eq!((q.question.as_str(), q.user_hash.as_str()), ("", ""));
    assert_eq!(
        store.question(new).unwrap().unwrap().question,
        "a new question"
    );
    assert_eq!(store.stats(None, 0).unwrap(), before, "counts stay");
    let queue: Vec<i64> = store
        .unanswered(None, 10, 0)
        .unwrap()
        .iter()
        .map(|e| e.question.id)
        .collect();
    assert_eq!(queue, [new], "a question without its text leaves the queue");
    assert_eq!(
        store.member_rows(5).unwrap().questions,
        1,
        "only the new row is still the member's"
    );
    let files = every_file(dir.path());
    assert!(!holds(&files, "wombat") && !holds(&files, "quokka"));
}

#[test]
fn the_hash_secret_lives_outside_the_database() {
    let dir = TempDir::new("secret");
    let path = dir.path().join("k.db");
    let hash = Store::open(&path).unwrap().user_hash(42);
    let secret_file = dir.path().join("k.db.secret");
    let secret = std::fs::read_to_string(&secret_file).unwrap();
    assert_eq!(secret.trim().len(), 64, "32 random bytes in hex");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret_file)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "only the owner may read it");
    }
    let db = std::fs::read(&path).unwrap();
    assert!(!db
        .windows(secret.trim().len())
        .any(|w| w == secret.trim().as_bytes()));
    let meta: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM meta", [], |r| r.get(0))
        .unwrap();
    assert_eq!(meta, 0, "nothing secret in the database");
    assert_eq!(
        Store::open(&path).unwrap().user_hash(42),
        hash,
        "stable across restarts"
    );
    // Another secret, another hash; the same secret given directly, the same hash.
    let elsewhere = HashSecret::Value("another secret".into());
    assert_ne!(
        Store::open_with(&path, &elsewhere).unwrap().user_hash(42),
        hash
    );
    let same = HashSecret::Value(secret.trim().to_string());
    assert_eq!(Store::open_with(&path, &same).unwrap().user_hash(42), hash);
    std::fs::write(&secret_file, "\n").unwrap();
    let err = Store::open(&path).err().unwrap();
    assert!(matches!(err, StoreError::Secret { .. }), "{err:?}");
    assert!(err.to_string().contains("k.db.secret"), "{err}");
}

#[test]
fn a_version_one_database_moves_its_salt_out_and_keeps_its_hashes() {
    let dir = TempDir::new("legacy");
    let path = dir.path().join("old.db");
    let salt = [7u8; 32];
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(schema::SCHEMA_V1).unwrap();
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('user_hash_salt', ?1)",
            [&salt[..]],
        )
        .unwrap();
        // What version 1 wrote for user 42: HMAC-SHA256 of the id under the salt, first 16 bytes in hex.
        let key = hmac::Key::new(hmac::HMAC_SHA256, &salt);
        let old_hash: String = hmac::sign(&key, b"42").as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        conn.execute(
            "INSERT INTO questions (guild_id, channel_id, user_hash, question, verdict, topic, top_score, asked_at)
             VALUES (1, 2, ?1, 'can I squat?', 'depends', NULL, 1.0, 100)",
            [&old_hash],
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.member_rows(42).unwrap().questions,
        1,
        "the old rows are still the member's"
    );
    assert_eq!(store.forget_member(42).unwrap().questions, 1);
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let version: i32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let meta: i64 = conn
        .query_row("SELECT COUNT(*) FROM meta", [], |r| r.get(0))
        .unwrap();
    assert_eq!(meta, 0, "the salt left the database");
    let moved = std::fs::read_to_string(dir.path().join("old.db.secret")).unwrap();
    assert_eq!(moved.trim(), "07".repeat(32));
}

#[test]
fn guild_settings_and_playlists_round_trip() {
    let dir = TempDir::new("settings");
    let path = dir.path().join("k.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.guild_settings(1).unwrap(), GuildSettings::default());
    assert!(store.playlist_overrides(1).unwrap().is_empty());

    store.set_channels(1, &[30, 10, 20, 10]).unwrap();
    store.set_cooldown(1, Some(0)).unwrap();
    store.set_channels(2, &[u64::MAX]).unwrap();
    assert_eq!(
        store.guild_settings(1).unwrap(),
        GuildSettings {
            channels: vec![10, 20, 30],
            cooldown_seconds: Some(0),
            ..GuildSettings::default()
        }
    );
    store.set_channels(1, &[40]).unwrap();
    store.set_cooldown(1, Some(120)).unwrap();
    assert_eq!(
        store.guild_settings(1).unwrap(),
        GuildSettings {
            channels: vec![40],
            cooldown_seconds: Some(120),
            ..GuildSettings::default()
        }
    );
    store.set_channels(1, &[]).unwrap();
    store.set_cooldown(1, None).unwrap();
    assert_eq!(store.guild_settings(1).unwrap(), GuildSettings::default());
    assert_eq!(store.guild_settings(2).unwrap().channels, vec![u64::MAX]);

    store
        .set_playlist(1, "acl", "https://example.com/a")
        .unwrap();
    store
        .set_playlist(1, "meniscus", "https://example.com/m")
        .unwrap();
    store
        .set_playlist(1, "acl", "https://example.com/a2")
        .unwrap();
    store
        .set_playlist(2, "acl", "https://example.com/other")
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let want: BTreeMap<String, String> = [
        ("acl", "https://example.com/a2"),
        ("meniscus", "https://example.com/m"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(store.playlist_overrides(1).unwrap(), want);
    assert!(store.remove_playlist(1, "meniscus").unwrap());
    assert!(!store.remove_playlist(1, "meniscus").unwrap());
    assert_eq!(store.playlist_overrides(1).unwrap().len(), 1);
    assert_eq!(
        store.playlist_overrides(2).unwrap()["acl"],
        "https://example.com/other"
    );
    assert_eq!(store.guild_settings(2).unwrap().channels, vec![u64::MAX]);
}

fn assert_read_only(result: Result<impl std::fmt::Debug, StoreError>, path: &Path) {
    match result {
        Err(e @ StoreError::ReadOnly { .. }) => {
            let shown = e.to_string();
            assert!(
                shown.contains(&path.display().to_string()) && shown.contains("read-only"),
                "{shown}"
            );
        }
        other => panic!("expected ReadOnly, got {other:?}"),
    }
}

#[test]
fn a_read_only_database_says_so_and_still_reads() {
    let dir = TempDir::new("readonly");
    let path = dir.path().join("k.db");
    let id = {
        let store = Store::open(&path).unwrap();
        store
            .log_question(&ask(Some(1), 1, "q", "info", &[]))
            .unwrap()
    };

    // Opened read-only on purpose.
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.question(id).unwrap().unwrap().question, "q");
    assert_eq!(
        store.user_hash(1),
        store.question(id).unwrap().unwrap().user_hash
    );
    assert_read_only(
        store.log_question(&ask(Some(1), 1, "q2", "info", &[])),
        &path,
    );
    assert_read_only(store.record_feedback(id, 1, true), &path);
    assert_read_only(store.set_channels(1, &[2]), &path);
    assert_read_only(store.set_playlist(1, "acl", "u"), &path);
    drop(store);

    // Writes refused by SQLite on an ordinary connection.
    let store = Store::open(&path).unwrap();
    store
        .lock()
        .pragma_update(None, "query_only", true)
        .unwrap();
    assert_read_only(store.set_cooldown(1, Some(3)), &path);
    assert_eq!(store.stats(None, 0).unwrap().total, 1);
    drop(store);

    // File modes are not tested here: CI runs as root, which ignores them. `query_only` above is the
    // same SQLITE_READONLY a read-only file or mount gives.

    let missing = dir.path().join("missing.db");
    let err = Store::open_read_only(&missing).err().unwrap();
    assert!(
        matches!(err, StoreError::Open { .. }) && err.to_string().contains("missing.db"),
        "{err}"
    );
}

/// A full disk, as SQLite reports it: `max_page_count` makes SQLite answer SQLITE_FULL exactly as it does
/// when the file system has no room (a real full file system needs a mount, which tests cannot count on).
#[test]
fn a_full_disk_says_so_and_keeps_what_was_written() {
    let dir = TempDir::new("full");
    let path = dir.path().join("k.db");
    let store = Store::open(&path).unwrap();
    let kept = store
        .log_question(&ask(Some(1), 1, "kept", "info", &[]))
        .unwrap();
    store.flush().unwrap();
    let pages: i64 = store
        .lock()
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    store
        .lock()
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let big = "x".repeat(64 * 1024);
    let err = store
        .log_question(&ask(Some(1), 1, &big, "info", &[]))
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    let shown = err.to_string();
    assert!(
        shown.contains(&path.display().to_string()) && shown.contains("free some space"),
        "{shown}"
    );
    // Reading goes on, and the earlier row is intact.
    assert_eq!(store.question(kept).unwrap().unwrap().question, "kept");
    assert_eq!(store.stats(None, 0).unwrap().total, 1);
}

#[test]
fn flush_empties_the_write_ahead_log() {
    let dir = TempDir::new("flush");
    let path = dir.path().join("k.db");
    let store = Store::open(&path).unwrap();
    for i in 0..20 {
        store
            .log_question(&ask(Some(1), i, "q", "info", &[]))
            .unwrap();
    }
    let wal = dir.path().join("k.db-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    store.flush().unwrap();
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    // A read-only handle has nothing to flush and says so by succeeding.
    Store::open_read_only(&path).unwrap().flush().unwrap();
    drop(store);
    assert_eq!(
        Store::open(&path).unwrap().stats(None, 0).unwrap().total,
        20
    );
}

#[test]
fn a_locked_database_says_so() {
    let dir = TempDir::new("locked");
    let path = dir.path().join("k.db");
    let store = Store::open(&path).unwrap();
    store
        .lock()
        .busy_timeout(Duration::from_millis(50))
        .unwrap();
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = store.set_cooldown(1, Some(1)).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    other.execute_batch("ROLLBACK").unwrap();
    store.set_cooldown(1, Some(1)).unwrap();
}

#[test]
fn damaged_or_newer_files_are_refused_clearly() {
    let dir = TempDir::new("damaged");
    let garbage = dir.path().join("notes.db");
    std::fs::write(&garbage, b"these are my notes, not a database ".repeat(200)).unwrap();
    let err = Store::open(&garbage).err().unwrap();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(
        err.to_string().contains("notes.db") && err.to_string().contains("move it aside"),
        "{err}"
    );

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = Store::open(&newer).err().unwrap();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
}

#[test]
fn concurrent_feedback_all_lands() {
    let dir = TempDir::new("concurrent");
    let path = dir.path().join("k.db");
    // Two handles on one file: threads share each handle's lock, the handles share SQLite's.
    let stores = [
        Arc::new(Store::open(&path).unwrap()),
        Arc::new(Store::open(&path).unwrap()),
    ];
    let id = stores[0]
        .log_question(&ask(Some(1), 1, "q", "caution", &[]))
        .unwrap();
    let threads: Vec<_> = (0..200u64)
        .map(|user| {
            let store = Arc::clone(&stores[(user % 2) as usize]);
            std::thread::spawn(move || store.record_feedback(id, user, user % 4 != 0))
        })
        .collect();
    for t in threads {
        t.join().unwrap().unwrap();
    }
    let stats = stores[1].stats(None, 0).unwrap();
    assert_eq!((stats.helpful, stats.unhelpful), (150, 50));
}

#[test]
fn moderator_role_log_channel_and_forums_round_trip() {
    let dir = TempDir::new("moderation");
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    store.set_cooldown(1, Some(9)).unwrap();
    store.set_moderator_role(1, Some(77)).unwrap();
    store.set_log_channel(1, Some(88)).unwrap();
    assert!(store.set_autoanswer(1, 300, true).unwrap());
    assert!(!store.set_autoanswer(1, 300, true).unwrap(), "already on");
    assert!(store.set_autoanswer(1, 200, true).unwrap());
    assert!(store.set_autoanswer(2, 999, true).unwrap());
    let got = store.guild_settings(1).unwrap();
    assert_eq!(
        got,
        GuildSettings {
            cooldown_seconds: Some(9),
            moderator_role_id: Some(77),
            log_channel_id: Some(88),
            autoanswer_forums: vec![200, 300],
            ..GuildSettings::default()
        }
    );
    assert!(store.set_autoanswer(1, 300, false).unwrap());
    assert!(!store.set_autoanswer(1, 300, false).unwrap(), "already off");
    store.set_moderator_role(1, None).unwrap();
    store.set_log_channel(1, None).unwrap();
    let got = store.guild_settings(1).unwrap();
    assert_eq!(
        (
            got.moderator_role_id,
            got.log_channel_id,
            got.autoanswer_forums,
            got.cooldown_seconds
        ),
        (None, None, vec![200], Some(9)),
        "each setting changes alone"
    );
    assert_eq!(
        store.guild_settings(2).unwrap().autoanswer_forums,
        vec![999]
    );
}
