//! The threads the bot's blocking work runs on, so a burst of questions neither starts threads nor holds
//! memory it does not need:
//!
//! - [`Workers`]: a thread that runs jobs in the order asked; the bot has one that answers questions and one
//!   for other store calls. A fixed thread, not tokio's blocking pool, because every thread that answers
//!   keeps its own copy of each regex's caches (~60 patterns; ~3.5 MB a thread before they went ASCII); a burst on the blocking
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
    pub verdict: crate::answer::Verdict,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;

    fn row(user_id: u64) -> LogRow {
        LogRow {
            guild_id: Some(1),
            channel_id: Some(2),
            user_id,
            question: format!("question from {user_id}"),
            verdict: crate::answer::Verdict::Info,
            topic: None,
            conditions: vec!["acl".into()],
            top_score: 3.0,
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_rows_at_once_each_get_their_own_committed_row() {
        let dir = TempDir::new("question-log");
        let store = Arc::new(Store::open(&dir.path().join("k.db")).unwrap());
        let log = Arc::new(QuestionLog::start(store.clone()));
        let writes: Vec<_> = (0..300)
            .map(|user| {
                let log = log.clone();
                tokio::spawn(async move { (user, log.write(row(user)).await) })
            })
            .collect();
        let mut ids = Vec::new();
        for write in writes {
            let (user, id) = write.await.unwrap();
            let id = id.expect("written");
            // Committed by the time the id comes back: another connection sees it.
            let got = store.question(id).unwrap().expect("the row is there");
            assert_eq!(got.question, format!("question from {user}"));
            assert_eq!(got.user_hash, store.user_hash(user));
            ids.push(id);
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 300, "one row each");
        let reopened = Store::open(&dir.path().join("k.db")).unwrap();
        assert_eq!(reopened.stats(None, 0).unwrap().total, 300);

        // Dropping the log waits for its thread, so the store is no longer shared with it.
        drop(Arc::into_inner(log).expect("no other handle"));
        assert_eq!(Arc::strong_count(&store), 1);
    }

    #[tokio::test]
    async fn a_panicking_job_is_an_error_and_the_worker_carries_on() {
        let workers = Workers::start("test");
        assert!(matches!(
            workers.run(|| -> u32 { panic!("on purpose") }).await,
            Err(JobError::Panicked)
        ));
        assert_eq!(workers.run(|| 2 + 2).await.unwrap(), 4);
    }
}
