//! Group commit: many requests waiting for durability share one fsync per round, so durable writes stay cheap under load.
//!
//! A writer commits in memory, then calls [`GroupCommit::durable`]. That asks for the next flush round that has not
//! started yet (a round started before the call might have missed the write) and waits for it. One flusher task runs
//! rounds back to back while anyone waits, so a round carries every write committed while the previous one ran.

use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{watch, Notify};

use crate::error::Error;

/// Shared between writers and the flusher task.
pub struct GroupCommit {
    rounds: Mutex<Rounds>,
    wake: Arc<Notify>,
    /// Last finished round and whether its flush succeeded.
    done: watch::Sender<(u64, bool)>,
    flush: Arc<FlushFn>,
}

type FlushFn = dyn Fn() -> std::io::Result<()> + Send + Sync;

struct Rounds {
    /// Number of the last round whose flush has begun.
    started: u64,
    /// Highest round anyone waits for.
    wanted: u64,
}

impl GroupCommit {
    /// Starts the flusher task, which calls `flush` (blocking I/O, run off the async workers) once per round.
    /// The task ends when the returned value is dropped.
    pub fn start<F>(flush: F) -> Arc<GroupCommit>
    where
        F: Fn() -> std::io::Result<()> + Send + Sync + 'static,
    {
        let gc = Arc::new(GroupCommit {
            rounds: Mutex::new(Rounds { started: 0, wanted: 0 }),
            wake: Arc::new(Notify::new()),
            done: watch::Sender::new((0, true)),
            flush: Arc::new(flush),
        });
        let weak = Arc::downgrade(&gc);
        let wake = gc.wake.clone();
        tokio::spawn(async move {
            loop {
                let job = {
                    let Some(gc) = weak.upgrade() else { return };
                    gc.begin_round().map(|round| (round, gc.flush.clone()))
                };
                let Some((round, flush)) = job else {
                    // A wake-up sent before this point is kept as a permit, so none is lost.
                    wake.notified().await;
                    continue;
                };
                let ok = match tokio::task::spawn_blocking(move || flush()).await {
                    Ok(Ok(())) => true,
                    Ok(Err(e)) => {
                        tracing::error!(error = %e, "flush failed");
                        false
                    }
                    Err(_) => false,
                };
                let Some(gc) = weak.upgrade() else { return };
                tracing::trace!(round, ok, "flush round done");
                gc.done.send_replace((round, ok));
            }
        });
        gc
    }

    fn begin_round(&self) -> Option<u64> {
        let mut r = self.rounds.lock().unwrap_or_else(PoisonError::into_inner);
        (r.wanted > r.started).then(|| {
            r.started += 1;
            r.started
        })
    }

    /// Waits until everything this task committed before the call is on disk.
    pub async fn durable(&self) -> Result<(), Error> {
        let target = {
            let mut r = self.rounds.lock().unwrap_or_else(PoisonError::into_inner);
            let target = r.started + 1;
            r.wanted = r.wanted.max(target);
            target
        };
        let mut done = self.done.subscribe();
        self.wake.notify_one();
        let ok = done
            .wait_for(|(round, _)| *round >= target)
            .await
            .map(|state| state.1)
            .map_err(|_| Error::Unavailable("flusher stopped".into()))?;
        if ok {
            Ok(())
        } else {
            Err(Error::Unavailable("flush failed".into()))
        }
    }
}

impl GroupCommit {
    /// Whether the latest flush succeeded.
    pub fn healthy(&self) -> bool {
        self.done.borrow().1
    }
}

impl Drop for GroupCommit {
    fn drop(&mut self) {
        // Lets the flusher task notice it is no longer needed.
        self.wake.notify_one();
    }
}
