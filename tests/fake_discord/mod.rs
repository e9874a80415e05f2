//! A fake Discord on 127.0.0.1 for driving the real serenity/poise client in tests: a hand-rolled HTTP/1.1
//! REST server that records every call (method, path, JSON body), and a websocket gateway that does HELLO,
//! IDENTIFY → READY, heartbeat acks, RESUME → RESUMED, and dispatches whatever a test asks, to whichever
//! connection is current. Nothing listens beyond loopback. Every wait is bounded by [`WAIT`].

#![allow(dead_code)] // each test binary uses a different part

pub mod harness;

use serde_json::{json, Value};
use serenity::futures::{SinkExt, StreamExt};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message as WsMessage;

/// The longest any test waits for one thing before failing.
pub const WAIT: Duration = Duration::from_secs(20);
pub const BOT_ID: u64 = 1000;
pub const APP_ID: u64 = 2000;
pub const GUILD_ID: u64 = 5000;
pub const CHANNEL_ID: u64 = 6000;

/// One REST call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// Path without the query string, e.g. `/api/v10/interactions/3000/tok3000/callback`.
    pub path: String,
    pub body: Option<Value>,
    /// Files attached to a multipart request (name, bytes); its `payload_json` part is `body`.
    pub files: Vec<(String, Vec<u8>)>,
    /// When the request arrived (before any [`FakeDiscord::slow_down`] delay), for latency figures.
    pub at: Instant,
}

/// What a test can make the gateway do.
#[derive(Debug)]
enum Control {
    Dispatch {
        t: String,
        d: Value,
    },
    /// Drop the TCP connection without a close frame.
    Drop,
}

#[derive(Default)]
struct Shared {
    calls: Mutex<Vec<Call>>,
    /// Every frame the bot sent on the gateway, in order.
    received: Mutex<Vec<Value>>,
    /// The current gateway connection's control channel, and controls waiting for one.
    current: Mutex<(u64, Option<mpsc::UnboundedSender<Control>>, Vec<Control>)>,
    changed: Notify,
    seq: AtomicU64,
    message_ids: AtomicU64,
    /// Requests whose path contains the text get their response this much later (recorded on arrival).
    slow: Mutex<Vec<(String, Duration)>>,
    /// When each interaction's INTERACTION_CREATE was written to the gateway, by interaction id.
    dispatched: Mutex<HashMap<u64, Instant>>,
    /// Channels `GET /channels/{id}` answers with, by id (see [`FakeDiscord::add_channel`]).
    channels: Mutex<HashMap<String, Value>>,
    /// Files served as they are at `GET /files/{name}` (attachments' URLs; see [`FakeDiscord::add_file`]).
    files: Mutex<HashMap<String, Vec<u8>>>,
}

impl Shared {
    fn touch(&self) {
        self.changed.notify_waiters();
    }
}

/// A running fake. Its tasks end with the test's runtime.
pub struct FakeDiscord {
    pub http_port: u16,
    pub gateway_port: u16,
    shared: Arc<Shared>,
    next_interaction: AtomicU64,
}

impl FakeDiscord {
    /// Starts the real bot against a new fake and waits until it has registered its commands.
    pub async fn with_bot(
        config: kneebot::config::Config,
    ) -> (FakeDiscord, kneebot::bot::BotHandle) {
        let fake = FakeDiscord::start().await;
        let handle = tokio::time::timeout(WAIT, kneebot::bot::start(config, fake.http()))
            .await
            .expect("bot start timed out")
            .expect("bot start");
        fake.wait_for_call("command registration", |c| {
            c.method == "PUT" && c.path.ends_with("/commands")
        })
        .await;
        (fake, handle)
    }

    pub async fn start() -> FakeDiscord {
        let http = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let gateway = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let http_port = http.local_addr().unwrap().port();
        let gateway_port = gateway.local_addr().unwrap().port();
        let shared = Arc::new(Shared {
            message_ids: AtomicU64::new(900_000),
            ..Default::default()
        });
        let gateway_url = format!("ws://127.0.0.1:{gateway_port}");
        {
            let shared = shared.clone();
            tokio::spawn(async move {
                while let Ok((stream, _)) = http.accept().await {
                    tokio::spawn(serve_http(stream, shared.clone(), gateway_url.clone()));
                }
            });
        }
        {
            let shared = shared.clone();
            tokio::spawn(async move {
                let mut connection = 0;
                while let Ok((stream, _)) = gateway.accept().await {
                    connection += 1;
                    tokio::spawn(serve_gateway(stream, shared.clone(), connection));
                }
            });
        }
        FakeDiscord {
            http_port,
            gateway_port,
            shared,
            next_interaction: AtomicU64::new(3000),
        }
    }

    /// A serenity HTTP client pointed at this fake.
    pub fn http(&self) -> serenity::all::Http {
        serenity::all::HttpBuilder::new("fake-token")
            .proxy(format!("http://127.0.0.1:{}", self.http_port))
            .ratelimiter_disabled(true)
            .build()
    }

    /// Answers requests whose path contains `path_part` only after `delay`, so a test can act while the
    /// bot waits (the call is recorded as soon as it arrives).
    pub fn slow_down(&self, path_part: &str, delay: Duration) {
        self.shared
            .slow
            .lock()
            .unwrap()
            .push((path_part.to_string(), delay));
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.calls.lock().unwrap().clone()
    }

    /// When the gateway wrote this interaction's INTERACTION_CREATE, if it has.
    pub fn dispatched_at(&self, interaction_id: u64) -> Option<Instant> {
        self.shared
            .dispatched
            .lock()
            .unwrap()
            .get(&interaction_id)
            .copied()
    }

    /// How many recorded calls match, counted under the lock (no copy of the calls, for load tests).
    pub fn count_calls(&self, pred: impl Fn(&Call) -> bool) -> usize {
        self.shared
            .calls
            .lock()
            .unwrap()
            .iter()
            .filter(|c| pred(c))
            .count()
    }

    pub fn received(&self) -> Vec<Value> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Sends a dispatch on the current gateway connection (or the next one, if none is open).
    pub fn dispatch(&self, t: &str, d: Value) {
        self.control(Control::Dispatch {
            t: t.to_string(),
            d,
        });
    }

    /// Drops the current gateway connection, as a network failure would.
    pub fn drop_connection(&self) {
        self.control(Control::Drop);
    }

    fn control(&self, control: Control) {
        let mut current = self.shared.current.lock().unwrap();
        match &current.1 {
            Some(tx) => {
                if let Err(e) = tx.send(control) {
                    current.2.push(e.0);
                }
            }
            None => current.2.push(control),
        }
    }

    /// Waits until a recorded call matches, and returns it; panics with the calls seen so far after [`WAIT`].
    pub async fn wait_for_call(&self, what: &str, pred: impl Fn(&Call) -> bool) -> Call {
        self.wait_for(what, || self.calls().into_iter().find(|c| pred(c)))
            .await
    }

    /// Waits until the bot sent a gateway frame with this op code, at least `count` times in all.
    pub async fn wait_for_op(&self, op: u64, count: usize) {
        self.wait_for(&format!("{count} gateway frame(s) with op {op}"), || {
            let n = self.received().iter().filter(|f| f["op"] == op).count();
            (n >= count).then_some(())
        })
        .await
    }

    pub async fn wait_for<T>(&self, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.shared.changed.notified();
            if let Some(found) = check() {
                return found;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                if let Some(found) = check() {
                    return found;
                }
                let seen: Vec<String> = self
                    .calls()
                    .iter()
                    .map(|c| format!("{} {}", c.method, c.path))
                    .collect();
                panic!(
                    "timed out waiting for {what}; calls so far:\n{}",
                    seen.join("\n")
                );
            }
        }
    }

    /// Waits for the interaction's first response (`POST …/interactions/{id}/{token}/callback`).
    pub async fn callback(&self, interaction_id: u64) -> Value {
        let prefix = format!("/api/v10/interactions/{interaction_id}/");
        self.wait_for_call(
            &format!("the callback of interaction {interaction_id}"),
            |c| c.method == "POST" && c.path.starts_with(&prefix) && c.path.ends_with("/callback"),
        )
        .await
        .body
        .unwrap_or(Value::Null)
    }

    /// Waits for the follow-up (`POST /webhooks/{app}/{token}`) of a deferred interaction.
    pub async fn followup(&self, interaction_id: u64) -> Value {
        let path = format!("/api/v10/webhooks/{APP_ID}/{}", token(interaction_id));
        self.wait_for_call(
            &format!("the follow-up of interaction {interaction_id}"),
            |c| c.method == "POST" && c.path == path,
        )
        .await
        .body
        .unwrap_or(Value::Null)
    }

    /// The visible reply to an interaction: the callback's data, or the follow-up after a defer.
    pub async fn reply(&self, interaction_id: u64) -> Value {
        let callback = self.callback(interaction_id).await;
        if callback["type"] == 5 {
            self.followup(interaction_id).await
        } else {
            callback["data"].clone()
        }
    }

    /// A fresh interaction id (its token is [`token`] of it).
    pub fn next_id(&self) -> u64 {
        self.next_interaction.fetch_add(1, Ordering::SeqCst)
    }

    /// Dispatches a slash command and returns the interaction id.
    pub fn slash(&self, user: &User, name: &str, options: Value) -> u64 {
        let id = self.next_id();
        self.dispatch("INTERACTION_CREATE", slash_command(id, user, name, options));
        id
    }

    /// Dispatches a click on a button with this custom id and returns the interaction id.
    pub fn click(&self, user: &User, custom_id: &str) -> u64 {
        let id = self.next_id();
        self.dispatch("INTERACTION_CREATE", button_click(id, user, custom_id));
        id
    }

    /// Serves `bytes` at the returned URL on the fake, as Discord's CDN serves an attachment.
    pub fn add_file(&self, name: &str, bytes: &[u8]) -> String {
        self.shared
            .files
            .lock()
            .unwrap()
            .insert(name.to_string(), bytes.to_vec());
        format!("http://127.0.0.1:{}/files/{name}", self.http_port)
    }

    /// Makes `GET /channels/{id}` answer with this channel object (a thread, a forum…).
    pub fn add_channel(&self, channel: Value) {
        let id = channel["id"].as_str().expect("channel id").to_string();
        self.shared.channels.lock().unwrap().insert(id, channel);
    }

    pub fn submit_modal(&self, user: &User, custom_id: &str, value: &str) -> u64 {
        let id = self.next_id();
        self.dispatch(
            "INTERACTION_CREATE",
            modal_submit(id, user, custom_id, value),
        );
        id
    }
}

/// A guild member as the fake sends them.
#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: &'static str,
    /// The member's permission bits in the channel, as Discord computes them.
    pub permissions: u64,
}

pub const MANAGE_GUILD: u64 = 1 << 5;
pub const MEMBER_PERMISSIONS: u64 = (1 << 10) | (1 << 11); // view channel, send messages

pub fn token(interaction_id: u64) -> String {
    format!("tok{interaction_id}")
}

fn user_json(user: &User) -> Value {
    json!({ "id": user.id.to_string(), "username": user.name, "discriminator": "0", "global_name": user.name, "avatar": null })
}

fn member_json(user: &User) -> Value {
    json!({
        "user": user_json(user), "roles": [], "deaf": false, "mute": false, "flags": 0,
        "joined_at": "2024-01-01T00:00:00Z", "permissions": user.permissions.to_string()
    })
}

fn interaction_common(id: u64, user: &User, kind: u8) -> Value {
    json!({
        "id": id.to_string(), "type": kind, "application_id": APP_ID.to_string(),
        "channel_id": CHANNEL_ID.to_string(), "token": token(id), "version": 1, "locale": "en-US",
        "entitlements": [], "attachment_size_limit": 26214400, "app_permissions": "2147483647",
        "guild_id": GUILD_ID.to_string(), "member": member_json(user)
    })
}

/// `options` is the `data.options` array, e.g. `[{"name":"question","type":3,"value":"…"}]`.
pub fn slash_command(id: u64, user: &User, name: &str, options: Value) -> Value {
    let mut v = interaction_common(id, user, 2);
    v["data"] = json!({ "id": "4000", "name": name, "type": 1, "options": options });
    v
}

pub fn button_click(id: u64, user: &User, custom_id: &str) -> Value {
    let mut v = interaction_common(id, user, 3);
    v["data"] = json!({ "custom_id": custom_id, "component_type": 2 });
    v["message"] = json!({
        "id": "8000", "channel_id": CHANNEL_ID.to_string(),
        "author": { "id": BOT_ID.to_string(), "username": "fakebot", "bot": true },
        "content": "", "timestamp": "2024-01-01T00:00:00Z", "tts": false, "mention_everyone": false,
        "mentions": [], "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 20,
        "components": [{ "type": 1, "components": [{ "type": 2, "style": 1, "label": "x", "custom_id": custom_id }] }]
    });
    v
}

pub fn modal_submit(id: u64, user: &User, custom_id: &str, value: &str) -> Value {
    let mut v = interaction_common(id, user, 5);
    v["data"] = json!({
        "custom_id": custom_id,
        "components": [{ "type": 1, "components": [{ "type": 4, "custom_id": "comment", "value": value }] }]
    });
    v
}

/// A guild message; `mentions` are the users the text mentions (the bot's id for a question to it).
pub fn message_create(
    id: u64,
    author: &User,
    content: &str,
    mentions: &[u64],
    everyone: bool,
) -> Value {
    let mentions: Vec<Value> = mentions
        .iter()
        .map(|m| json!({ "id": m.to_string(), "username": if *m == BOT_ID { "fakebot" } else { "someone" } }))
        .collect();
    json!({
        "id": id.to_string(), "channel_id": CHANNEL_ID.to_string(), "guild_id": GUILD_ID.to_string(),
        "author": user_json(author), "member": { "roles": [], "deaf": false, "mute": false, "flags": 0, "joined_at": "2024-01-01T00:00:00Z" },
        "content": content, "timestamp": "2024-01-01T00:00:00Z", "tts": false, "mention_everyone": everyone,
        "mentions": mentions, "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0
    })
}

/// A message command (the "Apps" menu on a message) named `name`, run by `user` on `target`
/// (a [`message_create`] payload).
pub fn message_command(id: u64, user: &User, name: &str, target: &Value) -> Value {
    let mut v = interaction_common(id, user, 2);
    let target_id = target["id"].as_str().unwrap().to_string();
    let mut message = target.clone();
    // Resolved messages carry no guild id or member.
    let fields = message.as_object_mut().unwrap();
    fields.remove("guild_id");
    fields.remove("member");
    v["data"] = json!({
        "id": "4001", "name": name, "type": 3, "target_id": target_id,
        "resolved": { "messages": { target_id.clone(): message } }
    });
    v
}

/// A reply to the bot's message `to` (a message the bot sent), mentioning the bot.
pub fn reply_to_bot(id: u64, author: &User, content: &str, to: u64) -> Value {
    let mut v = message_create(id, author, content, &[BOT_ID], false);
    let fields = v.as_object_mut().unwrap();
    fields.insert("type".into(), json!(19));
    fields.insert(
        "message_reference".into(),
        json!({ "message_id": to.to_string(), "channel_id": CHANNEL_ID.to_string(), "guild_id": GUILD_ID.to_string() }),
    );
    fields.insert("referenced_message".into(), message_json(to, None));
    v
}

/// A direct message to the bot (no guild, no member).
pub fn direct_message(id: u64, author: &User, content: &str) -> Value {
    let mut v = message_create(id, author, content, &[], false);
    let fields = v.as_object_mut().unwrap();
    fields.remove("guild_id");
    fields.remove("member");
    v
}

pub fn hello() -> Value {
    json!({ "op": 10, "d": { "heartbeat_interval": 1000 } })
}

pub fn ready(seq: u64) -> Value {
    json!({ "op": 0, "s": seq, "t": "READY", "d": {
        "v": 10, "user": { "id": BOT_ID.to_string(), "username": "fakebot", "bot": true },
        "guilds": [], "session_id": "s1", "resume_gateway_url": "ws://x",
        "application": { "id": APP_ID.to_string(), "flags": 0 }
    }})
}

pub fn resumed(seq: u64) -> Value {
    json!({ "op": 0, "s": seq, "t": "RESUMED", "d": {} })
}

pub fn dispatch(seq: u64, t: &str, d: Value) -> Value {
    json!({ "op": 0, "s": seq, "t": t, "d": d })
}

pub fn heartbeat_ack() -> Value {
    json!({ "op": 11 })
}

async fn serve_gateway(stream: TcpStream, shared: Arc<Shared>, connection: u64) {
    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
        return;
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    if ws.send(WsMessage::text(hello().to_string())).await.is_err() {
        return;
    }
    let mut session = false;
    loop {
        tokio::select! {
            frame = ws.next() => {
                let text = match frame {
                    Some(Ok(WsMessage::Text(text))) => text,
                    Some(Ok(WsMessage::Binary(bytes))) => String::from_utf8_lossy(&bytes).into_owned(),
                    Some(Ok(WsMessage::Close(_))) | None | Some(Err(_)) => break,
                    Some(Ok(_)) => continue,
                };
                let Ok(frame) = serde_json::from_str::<Value>(&text) else { continue };
                let op = frame["op"].as_u64();
                shared.received.lock().unwrap().push(frame);
                shared.touch();
                let answer = match op {
                    Some(1) => Some(heartbeat_ack()),
                    Some(2) => Some(ready(shared.seq.fetch_add(1, Ordering::SeqCst) + 1)),
                    Some(6) => Some(resumed(shared.seq.fetch_add(1, Ordering::SeqCst) + 1)),
                    _ => None,
                };
                if let Some(answer) = answer {
                    if ws.send(WsMessage::text(answer.to_string())).await.is_err() {
                        break;
                    }
                }
                if matches!(op, Some(2) | Some(6)) && !session {
                    // This connection is now a session: route controls here, queued ones first.
                    session = true;
                    let mut current = shared.current.lock().unwrap();
                    for pending in current.2.drain(..) {
                        let _ = tx.send(pending);
                    }
                    *current = (connection, Some(tx.clone()), Vec::new());
                }
            }
            Some(control) = rx.recv() => match control {
                Control::Dispatch { t, d } => {
                    let seq = shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
                    if t == "INTERACTION_CREATE" {
                        if let Some(id) = d["id"].as_str().and_then(|id| id.parse().ok()) {
                            shared.dispatched.lock().unwrap().insert(id, Instant::now());
                        }
                    }
                    if ws.send(WsMessage::text(dispatch(seq, &t, d).to_string())).await.is_err() {
                        break;
                    }
                }
                Control::Drop => break,
            }
        }
    }
    // Hand undelivered controls to the next connection.
    let mut current = shared.current.lock().unwrap();
    if current.0 == connection {
        current.1 = None;
        while let Ok(control) = rx.try_recv() {
            if !matches!(control, Control::Drop) {
                current.2.push(control);
            }
        }
    }
    drop(current);
    shared.touch();
}

async fn serve_http(mut stream: TcpStream, shared: Arc<Shared>, gateway_url: String) {
    let mut buf = Vec::new();
    loop {
        // Read one request: head up to the blank line, then Content-Length bytes of body.
        let head_end = loop {
            if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break pos + 4;
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let header = |name: &str| {
            head.lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_string())
        };
        let content_type = header("content-type").unwrap_or_default();
        let mut lines = head.lines();
        let mut request_line = lines.next().unwrap_or("").split_whitespace();
        let method = request_line.next().unwrap_or("").to_string();
        let target = request_line.next().unwrap_or("").to_string();
        let length: usize = lines
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + length {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let at = Instant::now();
        let body: Vec<u8> = buf[head_end..head_end + length].to_vec();
        buf.drain(..head_end + length);
        let path = target.split('?').next().unwrap_or("").to_string();
        if method == "GET" {
            let file = path
                .strip_prefix("/files/")
                .and_then(|name| shared.files.lock().unwrap().get(name).cloned());
            if let Some(bytes) = file {
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {}\r\n\r\n",
                    bytes.len()
                );
                if stream.write_all(head.as_bytes()).await.is_err()
                    || stream.write_all(&bytes).await.is_err()
                {
                    return;
                }
                continue;
            }
        }
        let (body, files) = match content_type.split_once("boundary=") {
            Some((_, boundary)) => multipart(&body, boundary.trim_matches('"')),
            None => (serde_json::from_slice::<Value>(&body).ok(), Vec::new()),
        };
        let (status, response) = route(&method, &path, body.as_ref(), &shared, &gateway_url);
        let delay = shared
            .slow
            .lock()
            .unwrap()
            .iter()
            .find(|(part, _)| path.contains(part.as_str()))
            .map(|(_, delay)| *delay);
        shared.calls.lock().unwrap().push(Call {
            method,
            path,
            body,
            files,
            at,
        });
        shared.touch();
        if let Some(delay) = delay {
            tokio::time::sleep(delay).await;
        }
        let reason = match status {
            200 => "OK",
            204 => "No Content",
            _ => "Not Found",
        };
        let text = response.map(|v| v.to_string()).unwrap_or_default();
        let head = format!(
            "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            text.len()
        );
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(text.as_bytes()).await.is_err()
        {
            return;
        }
    }
}

fn route(
    method: &str,
    path: &str,
    body: Option<&Value>,
    shared: &Shared,
    gateway_url: &str,
) -> (u16, Option<Value>) {
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method, parts.as_slice()) {
        ("GET", ["gateway"]) => (200, Some(json!({ "url": gateway_url }))),
        ("GET", ["gateway", "bot"]) => (
            200,
            Some(
                json!({ "url": gateway_url, "shards": 1, "session_start_limit":
                { "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1 } }),
            ),
        ),
        ("GET", ["oauth2", "applications", "@me"]) => (
            200,
            Some(
                json!({ "id": APP_ID.to_string(), "name": "fakebot", "description": "", "bot_public": true,
                "bot_require_code_grant": false, "verify_key": "00", "owner": { "id": "9000", "username": "owner" } }),
            ),
        ),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => (200, Some(json!([]))),
        ("POST", ["interactions", _, _, "callback"]) => (204, None),
        ("POST", ["channels", _, "typing"]) => (204, None),
        ("PUT", ["channels", _, "messages", _, "reactions", _, "@me"]) => (204, None),
        ("DELETE", ["channels", _, "messages", _]) => (204, None),
        ("GET", ["channels", id]) => match shared.channels.lock().unwrap().get(*id) {
            Some(channel) => (200, Some(channel.clone())),
            None => (
                404,
                Some(json!({ "message": "Unknown Channel", "code": 10003 })),
            ),
        },
        ("POST", ["webhooks", ..])
        | ("PATCH", ["webhooks", ..])
        | ("GET", ["webhooks", ..])
        | ("POST", ["channels", _, "messages"]) => {
            let id = shared.message_ids.fetch_add(1, Ordering::SeqCst);
            (200, Some(message_json(id, body)))
        }
        _ => (
            404,
            Some(json!({ "message": "Unknown route in the fake", "code": 0 })),
        ),
    }
}

/// The `payload_json` part of a multipart body, and every other part that names a file.
fn multipart(body: &[u8], boundary: &str) -> (Option<Value>, Vec<(String, Vec<u8>)>) {
    let delimiter = format!("--{boundary}");
    let mut json = None;
    let mut files = Vec::new();
    let mut rest = body;
    while let Some(start) = find(rest, delimiter.as_bytes()) {
        rest = &rest[start + delimiter.len()..];
        let Some(head_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let content = &rest[head_end + 4..];
        let end = find(content, delimiter.as_bytes()).unwrap_or(content.len());
        let part = content[..end]
            .strip_suffix(b"\r\n")
            .unwrap_or(&content[..end]);
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or("");
        let attribute = |name: &str| {
            disposition
                .split(';')
                .filter_map(|a| a.trim().strip_prefix(&format!("{name}=")))
                .map(|v| v.trim_matches('"').to_string())
                .next()
        };
        match (attribute("name").as_deref(), attribute("filename")) {
            (Some("payload_json"), _) => json = serde_json::from_slice(part).ok(),
            (_, Some(filename)) => files.push((filename, part.to_vec())),
            _ => {}
        }
        rest = &content[end..];
    }
    (json, files)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn message_json(id: u64, body: Option<&Value>) -> Value {
    let content = body.and_then(|b| b["content"].as_str()).unwrap_or("");
    json!({
        "id": id.to_string(), "channel_id": CHANNEL_ID.to_string(),
        "author": { "id": BOT_ID.to_string(), "username": "fakebot", "bot": true },
        "content": content, "timestamp": "2024-01-01T00:00:00Z", "tts": false, "mention_everyone": false,
        "mentions": [], "mention_roles": [], "attachments": [], "embeds": [], "pinned": false, "type": 0
    })
}

/// Every payload the gateway sends, for the deserialization check.
pub fn sample_payloads() -> Vec<Value> {
    let member = User {
        id: 7000,
        name: "alice",
        permissions: MEMBER_PERMISSIONS,
    };
    vec![
        hello(),
        ready(1),
        resumed(2),
        heartbeat_ack(),
        dispatch(
            3,
            "INTERACTION_CREATE",
            slash_command(
                1,
                &member,
                "ask",
                json!([{ "name": "question", "type": 3, "value": "q" }]),
            ),
        ),
        dispatch(
            4,
            "INTERACTION_CREATE",
            slash_command(
                2,
                &member,
                "kb",
                json!([{ "name": "stats", "type": 1, "options": [{ "name": "days", "type": 4, "value": 7 }] }]),
            ),
        ),
        dispatch(5, "INTERACTION_CREATE", {
            let mut v = slash_command(
                3,
                &member,
                "playlist",
                json!([{ "name": "condition", "type": 3, "value": "ac", "focused": true }]),
            );
            v["type"] = json!(4);
            v
        }),
        dispatch(
            6,
            "INTERACTION_CREATE",
            button_click(4, &member, "kb:fb:1:up"),
        ),
        dispatch(
            7,
            "INTERACTION_CREATE",
            modal_submit(5, &member, "kb:fbc:1", "it was wrong"),
        ),
        dispatch(
            8,
            "MESSAGE_CREATE",
            message_create(6, &member, "<@1000> hi @everyone", &[BOT_ID], true),
        ),
        dispatch(
            9,
            "MESSAGE_CREATE",
            direct_message(7, &member, "can I squat?"),
        ),
    ]
}
