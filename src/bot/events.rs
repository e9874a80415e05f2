//! Events while the bot runs: each counted while it is handled (so shutdown waits for replies in flight),
//! and at most [`HANDLING_AT_ONCE`] handled at a time, waiting on the heap at their own size.

use super::{CommandError, Data};
use poise::serenity_prelude as serenity;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Notify;

/// Events being handled right now, so shutdown can wait for them to finish.
#[derive(Default)]
pub(super) struct InFlight {
    pub(super) count: AtomicUsize,
    idle: Notify,
}

impl InFlight {
    fn enter(self: &Arc<Self>) -> InFlightGuard {
        self.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self.clone())
    }

    pub(super) async fn wait_idle(&self) {
        loop {
            let idle = self.idle.notified();
            tokio::pin!(idle);
            // Registered before the check, so a guard dropped in between still wakes us.
            idle.as_mut().enable();
            if self.count.load(Ordering::SeqCst) == 0 {
                return;
            }
            idle.await;
        }
    }
}

struct InFlightGuard(Arc<InFlight>);

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// poise's framework with every event counted while it is handled. poise answers commands, clicks and
/// mentions inside `dispatch`, so when the count is zero no reply is half-sent.
pub(super) struct Tracked {
    pub(super) inner: poise::Framework<Data, CommandError>,
    pub(super) in_flight: Arc<InFlight>,
    /// Bounds how many events poise handles at once (see [`HANDLING_AT_ONCE`]).
    pub(super) handling: tokio::sync::Semaphore,
}

#[serenity::async_trait]
impl serenity::Framework for Tracked {
    async fn init(&mut self, client: &serenity::Client) {
        self.inner.init(client).await;
    }

    /// Written out rather than as an `async fn`: the event goes on the heap at its own size ([`Waiting`]), so
    /// an event waiting for its turn holds it once, not twice at `FullEvent`'s size inside its future.
    fn dispatch<'life0, 'async_trait>(
        &'life0 self,
        ctx: serenity::Context,
        event: serenity::FullEvent,
    ) -> Pin<Box<dyn Future<Output = ()> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        Self: 'async_trait,
    {
        let guard = self.in_flight.enter();
        let event = Waiting::from(event);
        Box::pin(async move {
            let _guard = guard;
            // Taken before poise's future exists, so an event waiting here costs only the event itself.
            // The semaphore is never closed.
            let Ok(_turn) = self.handling.acquire().await else {
                return;
            };
            self.inner.dispatch(ctx, event.into_event()).await;
        })
    }
}

/// How many events poise handles at once; more wait their turn in arrival order. poise's future for one
/// event is ~32 KB (the command's own future and its reply come on top), so a burst of 1,000 `/ask` held
/// ~45 MB in them while they queued for the workers. Each handler holds a turn for about one Discord round
/// trip (answering and the question log take milliseconds), so at a 150 ms round trip this still starts
/// ~850 events a second: a burst of 1,000 is all answered in ~1.2 s, inside Discord's 3 s.
pub(super) const HANDLING_AT_ONCE: usize = 128;

/// An event waiting for its turn, on the heap at its own size: `FullEvent` is as large as its largest
/// kind (a few KB), and interactions, which come in bursts, are well under that.
enum Waiting {
    Interaction(Box<serenity::Interaction>),
    Other(Box<serenity::FullEvent>),
}

impl From<serenity::FullEvent> for Waiting {
    fn from(event: serenity::FullEvent) -> Waiting {
        match event {
            serenity::FullEvent::InteractionCreate { interaction } => {
                Waiting::Interaction(Box::new(interaction))
            }
            other => Waiting::Other(Box::new(other)),
        }
    }
}

impl Waiting {
    fn into_event(self) -> serenity::FullEvent {
        match self {
            Waiting::Interaction(interaction) => serenity::FullEvent::InteractionCreate {
                interaction: *interaction,
            },
            Waiting::Other(event) => *event,
        }
    }
}
