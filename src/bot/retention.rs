//! Runs the store's retention while the bot is up: at start, then every few hours, question text and
//! comments older than `retention_days` are deleted (the counts stay). The clock is read here, at the door.

use crate::store::Store;
use std::sync::Arc;
use std::time::Duration;

/// Often enough that nothing outlives its time by much; each run is one indexed update.
const EVERY: Duration = Duration::from_secs(6 * 3600);

/// Starts the loop; abort the handle to stop it.
pub(super) fn start(store: Arc<Store>, retention_days: u32) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(EVERY);
        loop {
            ticks.tick().await;
            let store = store.clone();
            let cutoff = crate::clock::now_unix() - i64::from(retention_days) * 86_400;
            match tokio::task::spawn_blocking(move || store.apply_retention(cutoff)).await {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => {
                    tracing::info!(questions = n, retention_days, "deleted old question text")
                }
                Ok(Err(error)) => tracing::warn!(%error, "could not apply retention"),
                Err(error) => tracing::warn!(%error, "retention task failed"),
            }
        }
    })
}
