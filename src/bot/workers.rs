//! The threads the bot's blocking work runs on, so a burst of questions neither starts threads nor holds
//! memory it does not need:
//!
//! - [`Workers`]: a thread that runs jobs in the order asked; the bot has one that answers questions and one
//!   for other store calls. A fixed thread, not tokio's blocking pool, because every thread that answers
//!   keeps its own copy of each regex's caches (~60 patterns, ~3.5 MB a thread); a burst on the blocking
//!   pool used ~10 threads, whose caches were a third of the bot's peak heap.
//! - [`QuestionLog`]: one thread that writes question-log rows, every row waiting at that moment in one
//!   transaction ([`Store::log_questions`]). Each caller still gets its own row id, and only after the
//!   commit that made its row durable; but 1,000 questions at once are a few commits, not 1,000.

use crate::store::{NewQuestion, Store, StoreError};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use tokio::sync::oneshot;

/// Most rows written in one transaction; more waiting go in the next one.
const MAX_BATCH: usize = 512;

type Job = Box<dyn FnOnce() + Send>;

/// Why a job gave no result.
#[derive(Debug)]
pub enum JobError {
    /// The workers are gone: the bot is shutting down.
    Stopped,
    /// The job panicked; the worker thread carries on.
    Panicked,
}

/// A thread running jobs one at a time, in the order they are queued.
pub struct Workers {
    jobs: Sender<Job>,
}

impl Workers {
    /// Starts the thread (`kneebot-{name}`). It ends once this is dropped and the queue is empty.
    pub fn start(name: &str) -> Workers {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name(format!("kneebot-{name}"))
            .spawn(move || work(&queue))
            .expect("cannot start a worker thread");
        Workers { jobs }
    }

    /// Runs `f` on a worker and waits for its result without blocking the async threads.
    pub async fn run<T, F>(&self, f: F) -> Result<T, JobError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move || {
            // The caller may have stopped waiting; then there is no one to tell.
            let _ = done.send(catch_unwind(AssertUnwindSafe(f)));
        });
        self.jobs.send(job).map_err(|_| JobError::Stopped)?;
        match result.await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_panic)) => Err(JobError::Panicked),
            Err(_) => Err(JobError::Stopped),
        }
    }
}

fn work(queue: &Receiver<Job>) {
    while let Ok(job) = queue.recv() {
        job();
    }
}

/// A question-log row waiting to be written, owning its text.
pub struct LogRow {
    pub guild_id: Option<u64>,
    pub channel_id: Option<u64>,
    pub user_id: u64,
    pub question: String,
    pub verdict: &'static str,
    pub topic: Option<String>,
    pub conditions: Vec<String>,
    pub top_score: f32,
}

impl LogRow {
    fn new_question(&self) -> NewQuestion<'_> {
        NewQuestion {
            guild_id: self.guild_id,
            channel_id: self.channel_id,
            user_id: self.user_id,
            question: &self.question,
            verdict: self.verdict,
            topic: self.topic.as_deref(),
            conditions: &self.conditions,
            top_score: self.top_score,
        }
    }
}

struct Pending {
    row: LogRow,
    written: oneshot::Sender<Result<i64, StoreError>>,
}

/// The question-log writer thread (see the module docs).
pub struct QuestionLog {
    rows: Option<Sender<Pending>>,
    writer: Option<JoinHandle<()>>,
}

impl QuestionLog {
    pub fn start(store: Arc<Store>) -> QuestionLog {
        let (rows, queue) = mpsc::channel();
        let writer = std::thread::Builder::new()
            .name("kneebot-question-log".into())
            .spawn(move || write_rows(&store, &queue))
            .expect("cannot start the question-log thread");
        QuestionLog {
            rows: Some(rows),
            writer: Some(writer),
        }
    }

    /// Writes `row` and returns its id once it is committed; `None` (logged) when it could not be written.
    pub async fn write(&self, row: LogRow) -> Option<i64> {
        let (written, id) = oneshot::channel();
        let queued = self
            .rows
            .as_ref()
            .is_some_and(|rows| rows.send(Pending { row, written }).is_ok());
        if !queued {
            tracing::error!("the question log has stopped; answering without buttons");
            return None;
        }
        match id.await {
            Ok(Ok(id)) => Some(id),
            Ok(Err(error)) => {
                tracing::error!(%error, "could not log the question; answering without buttons");
                None
            }
            Err(_) => {
                tracing::error!(
                    "the question log stopped before writing; answering without buttons"
                );
                None
            }
        }
    }
}

impl Drop for QuestionLog {
    /// Waits for rows already queued, so the store is no longer used once this returns.
    fn drop(&mut self) {
        drop(self.rows.take());
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

fn write_rows(store: &Store, queue: &Receiver<Pending>) {
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let rows: Vec<NewQuestion> = batch.iter().map(|p| p.row.new_question()).collect();
        let results: Vec<Result<i64, StoreError>> = match store.log_questions(&rows) {
            Ok(ids) => ids.into_iter().map(Ok).collect(),
            // One row's trouble (say, a full disk for a long question) must not cost the others their
            // row: write them one at a time, as if each had come alone.
            Err(error) if rows.len() == 1 => vec![Err(error)],
            Err(_) => rows.iter().map(|row| store.log_question(row)).collect(),
        };
        drop(rows);
        for (pending, result) in batch.into_iter().zip(results) {
            if let Ok(id) = &result {
                tracing::info!(
                    question_id = id,
                    user = %store.user_hash(pending.row.user_id),
                    verdict = %pending.row.verdict,
                    topic = pending.row.topic.as_deref().unwrap_or("-"),
                    "answered"
                );
            }
            // The asker may have stopped waiting (the bot is stopping); the row is kept all the same.
            let _ = pending.written.send(result);
        }
    }
}
