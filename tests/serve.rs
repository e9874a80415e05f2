//! `kneebot serve` as a real process against the fake Discord on loopback (pointed there with the test-only
//! `KNEEBOT_DISCORD_PROXY`): SIGTERM lets an interaction in flight finish, flushes the database and exits 0;
//! the bot token never appears in the log even at TRACE level (serenity logs its own internals there);
//! broken config or knowledge stops the process with file, line and what to do before it contacts Discord.

mod common;
use common::{copy_dir, TempDir};

mod fake_discord;

use fake_discord::{FakeDiscord, User, MANAGE_GUILD, MEMBER_PERMISSIONS, WAIT};
use serde_json::json;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A token shaped like a real one, so a log line that printed it would be easy to spot.
const TOKEN: &str = "MTAwMDAwMDAwMDAwMDAwMDAw.Gk3bXy.fake-token-for-kneebot-tests-9f8e7d6c5b4a";

const ALICE: User = User {
    id: 7000,
    name: "alice",
    permissions: MEMBER_PERMISSIONS,
};
const MOD: User = User {
    id: 7002,
    name: "mod",
    permissions: MEMBER_PERMISSIONS | MANAGE_GUILD,
};

/// A folder with a copy of `knowledge/` and a config file beside it (relative paths resolve there).
fn bot_folder(config: &str) -> TempDir {
    let dir = TempDir::new("serve");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
        &dir.0.join("knowledge"),
    );
    std::fs::write(dir.0.join("config.toml"), config).unwrap();
    dir
}

/// A running `kneebot serve` whose stderr is collected by a thread (a full pipe would stall the bot).
struct Serve {
    child: Child,
    log: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Serve {
    fn start(dir: &Path, fake: &FakeDiscord, extra_args: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kneebot"))
            .arg("serve")
            .args(extra_args)
            .current_dir(dir)
            .env_remove("KNEEBOT_DATABASE")
            .env_remove("KNEEBOT_KNOWLEDGE_DIR")
            .env_remove("DISCORD_TOKEN_FILE")
            .env("DISCORD_TOKEN", TOKEN)
            .env("KNEEBOT_LOG", "trace")
            .env(
                kneebot::bot::PROXY_ENV,
                format!("http://127.0.0.1:{}", fake.http_port),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start kneebot serve");
        let log = Arc::new(Mutex::new(String::new()));
        let mut stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Serve {
            child,
            log,
            reader: Some(reader),
        }
    }

    fn signal(&self, signal: libc::c_int) {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: sends a signal to our own child, which has not been reaped (we hold its `Child`).
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill failed");
    }

    /// Waits for the process to end (bounded), then returns its status and everything it logged.
    async fn wait(mut self, within: Duration) -> (ExitStatus, String) {
        let deadline = Instant::now() + within;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "kneebot serve did not exit within {within:?}; log:\n{}",
                    tail(&self.log.lock().unwrap())
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        let mut stdout = String::new();
        if let Some(mut out) = self.child.stdout.take() {
            let _ = out.read_to_string(&mut stdout);
        }
        let log = format!("{stdout}{}", self.log.lock().unwrap());
        (status, log)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The end of a long log, for failure messages.
/// Starts a fake Discord and `kneebot serve` in `dir`, and waits until the bot has registered its commands.
async fn connect(dir: &TempDir, extra_args: &[&str]) -> (FakeDiscord, Serve) {
    let fake = FakeDiscord::start().await;
    let serve = Serve::start(&dir.0, &fake, extra_args);
    fake.wait_for_call("command registration", |c| {
        c.method == "PUT" && c.path.ends_with("/commands")
    })
    .await;
    (fake, serve)
}

/// [`connect`] in a new bot folder with `config`.
async fn connected(config: &str) -> (TempDir, FakeDiscord, Serve) {
    let dir = bot_folder(config);
    let (fake, serve) = connect(&dir, &[]).await;
    (dir, fake, serve)
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_interaction_in_flight_flushes_and_exits_0_and_the_token_is_never_logged(
) {
    let dir =
        bot_folder("database = \"kneebot.db\"\ncooldown_seconds = 0\nlog_level = \"trace\"\n");
    let (fake, serve) = connect(&dir, &["--config", "config.toml"]).await;

    // A question answered and logged before the signal.
    let asked = fake.slash(
        &ALICE,
        "ask",
        json!([{ "name": "question", "type": 3, "value": "leg curls after my ACL repair?" }]),
    );
    let reply = fake.reply(asked).await;
    assert!(reply["embeds"][0]["title"].is_string(), "{reply}");

    // `/kb reload` defers, loads the knowledge, then sends a follow-up. Its defer is answered slowly, so the
    // signal lands while the command is half done.
    let reload = fake.next_id();
    fake.slow_down(
        &format!("/interactions/{reload}/"),
        Duration::from_millis(1500),
    );
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command(
            reload,
            &MOD,
            "kb",
            json!([{ "name": "reload", "type": 1, "options": [] }]),
        ),
    );
    fake.callback(reload).await;
    serve.signal(libc::SIGTERM);

    let (status, log) = serve.wait(WAIT * 2).await;
    assert!(status.success(), "exit {status:?}; log:\n{}", tail(&log));
    let follow_up = fake.followup(reload).await;
    assert!(
        follow_up["content"]
            .as_str()
            .is_some_and(|c| c.starts_with("Reloaded")),
        "the interaction in flight did not finish: {follow_up}"
    );
    assert!(log.contains("SIGTERM"), "{}", tail(&log));
    assert!(log.contains("database flushed"), "{}", tail(&log));

    // The log really was at TRACE, with serenity's own lines in it, and the token is nowhere.
    assert!(
        log.contains("TRACE") && log.contains("DEBUG") && log.contains("serenity"),
        "the log level did not take effect:\n{}",
        tail(&log)
    );
    let secret_part = TOKEN.rsplit('.').next().unwrap();
    for needle in [TOKEN, secret_part] {
        assert!(
            !log.contains(needle),
            "the token appears in the log at line: {}",
            log.lines().find(|l| l.contains(needle)).unwrap_or("")
        );
    }

    // Every committed row is in the file alone: the write-ahead log was emptied.
    let database = dir.0.join("kneebot.db");
    let wal = dir.0.join("kneebot.db-wal");
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the write-ahead log still holds pages"
    );
    let store = kneebot::store::Store::open(&database).unwrap();
    assert_eq!(store.stats(None, 0).unwrap().total, 1);
}

/// (what is wrong, config text, knowledge edit (file, text appended), words the message must contain)
type BrokenCase = (
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
    &'static [&'static str],
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_config_or_knowledge_stops_serve_before_it_contacts_discord() {
    let cases: &[BrokenCase] = &[
        (
            "bad TOML",
            "cooldown_seconds = 5\ndatabase = \n",
            None,
            &["config.toml:2:"],
        ),
        (
            "unknown key",
            "cooldown_seconds = 5\ncolour = \"red\"\n",
            None,
            &["config.toml:2:", "`colour`", "is not a setting"],
        ),
        (
            "wrong type",
            "cooldown_seconds = \"five\"\n",
            None,
            &["config.toml:1:", "`cooldown_seconds`", "whole number"],
        ),
        (
            "token in the file",
            "token = \"abc\"\n",
            None,
            &["config.toml:1:", "DISCORD_TOKEN", "Remove this line"],
        ),
        (
            "a playlist for a condition the knowledge lacks",
            "cooldown_seconds = 5\n\n[playlists]\nacl = \"https://example.com/acl\"\n",
            None,
            &["config.toml:4:", "`acl`", "acl_tear", "remove the line"],
        ),
        (
            "a playlist link that would break markdown",
            "[playlists]\nacl_tear = \"https://example.com/a)[x](https://evil.example\"\n",
            None,
            &["config.toml:2:", "`playlists.acl_tear`", "https:// link"],
        ),
        (
            "a rule with an unknown verdict",
            "",
            Some((
                "rules.toml",
                "\n[[rule]]\ntopic = \"hamstring_strengthening\"\nphases = [\"early\"]\nverdict = \"maybe\"\nguidance = \"x\"\nreason = []\n",
            )),
            &["rules.toml:", "unknown variant `maybe`"],
        ),
        (
            "a vocabulary pattern that does not compile",
            "",
            Some((
                "vocabulary.toml",
                "\n[[expand]]\nwhen = \"(unclosed\"\nadd = [\"x\"]\n",
            )),
            &["vocabulary.toml:", "not a valid regular expression"],
        ),
    ];
    let fake = FakeDiscord::start().await;
    for (what, config, knowledge, words) in cases {
        let dir = bot_folder(config);
        if let Some((file, append)) = knowledge {
            let path = dir.0.join("knowledge").join(file);
            let mut text = std::fs::read_to_string(&path).unwrap();
            text.push_str(append);
            std::fs::write(&path, text).unwrap();
        }
        let serve = Serve::start(&dir.0, &fake, &["--config", "config.toml"]);
        let (status, log) = serve.wait(WAIT * 2).await;
        assert!(!status.success(), "{what}: serve started anyway");
        for word in *words {
            assert!(
                log.contains(word),
                "{what}: no {word:?} in:\n{}",
                tail(&log)
            );
        }
        assert!(
            !log.contains("connected to Discord") && !log.contains(TOKEN),
            "{what}:\n{}",
            tail(&log)
        );
        assert!(
            fake.calls().is_empty() && fake.received().is_empty(),
            "{what}: the bot contacted Discord: {:?}",
            fake.calls()
                .iter()
                .map(|c| format!("{} {}", c.method, c.path))
                .collect::<Vec<_>>()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_test_proxy_refuses_anything_but_loopback() {
    let dir = bot_folder("");
    let mut child = Command::new(env!("CARGO_BIN_EXE_kneebot"))
        .arg("serve")
        .current_dir(&dir.0)
        .env("DISCORD_TOKEN", TOKEN)
        .env(kneebot::bot::PROXY_ENV, "http://example.com:8080")
        .env_remove("KNEEBOT_DATABASE")
        .env_remove("KNEEBOT_KNOWLEDGE_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(!status.success());
    assert!(
        log.contains(kneebot::bot::PROXY_ENV) && log.contains("127.0.0.1"),
        "{log}"
    );
    assert!(!log.contains(TOKEN), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_it_cleanly_too() {
    let (_dir, _fake, serve) = connected("cooldown_seconds = 0\n").await;
    serve.signal(libc::SIGINT);
    let (status, log) = serve.wait(WAIT * 2).await;
    assert!(status.success(), "exit {status:?}; log:\n{}", tail(&log));
    assert!(
        log.contains("SIGINT") && log.contains("database flushed"),
        "{}",
        tail(&log)
    );
}

/// Discord going away (the gateway connection drops and the bot is reconnecting) must not stop a SIGTERM
/// from ending `kneebot serve`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_while_the_gateway_reconnects_still_exits() {
    let (_dir, fake, serve) = connected("cooldown_seconds = 0\n").await;
    fake.drop_connection();
    serve.signal(libc::SIGTERM);
    let (status, log) = serve.wait(WAIT * 2).await;
    assert!(status.success(), "exit {status:?}; log:\n{}", tail(&log));
    assert!(log.contains("database flushed"), "{}", tail(&log));
}
