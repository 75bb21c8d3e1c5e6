//! A store that tells observers (the metrics, the webhooks) what its inner store answered, so each of them reads outcomes
//! instead of wrapping the whole Store contract again.
//!
//! The steps that end a secret (take, burn, sweep) run on a task of their own: once started they finish, and are
//! reported, even if the request that started them is abandoned (a client gone, a timeout). The store's own work would
//! finish anyway; what must not be lost is the one report of it, because on a shared store no other server makes it.

use std::sync::Arc;
use std::time::Instant;

use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId};

use super::{
    AnswerOutcome, BurnOutcome, CreateOutcome, ExportCursor, ExportPage, Exported, ImportOutcome, Listed, Millis, MoveEnd, NewRequest,
    NewSecret, OpenAttempt, ReceiptInfo, ReceiptKey, Record, RequestInfo, SecretInfo, Store, StoreError, StoreFuture, SweepReport,
    TakeOutcome, Upload, Usage,
};

/// What an observer is told: each operation's outcome (only when it had one: an error is not an outcome) and how long
/// it took. Calls must be quick: they run on the request's path.
pub trait Observer: Send + Sync + 'static {
    /// A create finished.
    fn created(&self, _outcome: &CreateOutcome) {}
    /// A request's create finished.
    fn requested(&self, _outcome: &CreateOutcome) {}
    /// An open attempt at `id` finished.
    fn took(&self, _id: SecretId, _outcome: &TakeOutcome) {}
    /// A burn from a receipt finished.
    fn burnt(&self, _outcome: &BurnOutcome) {}
    /// An answer to request `id` finished.
    fn answered(&self, _id: RequestId, _outcome: &AnswerOutcome) {}
    /// A sweep finished.
    fn swept(&self, _report: &SweepReport) {}
    /// An operation (`upload`, `create`, `peek`, `take`, `receipt`, `burn`, `sweep`, `create_request`, `peek_request`,
    /// `answer`) took this long, error or not.
    fn timed(&self, _operation: &'static str, _seconds: f64) {}
}

/// The inner store, observed.
pub struct Observed {
    inner: Arc<dyn Store>,
    observers: Arc<[Arc<dyn Observer>]>,
}

impl Observed {
    /// `inner` itself when nobody observes it.
    pub fn wrap(inner: Arc<dyn Store>, observers: Vec<Arc<dyn Observer>>) -> Arc<dyn Store> {
        if observers.is_empty() {
            return inner;
        }
        Arc::new(Observed { inner, observers: observers.into() })
    }
}

async fn timed<T>(
    observers: &[Arc<dyn Observer>],
    operation: &'static str,
    step: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    let started = Instant::now();
    let result = step.await;
    let seconds = started.elapsed().as_secs_f64();
    observers.iter().for_each(|o| o.timed(operation, seconds));
    result
}

/// Runs an ending step to its end on a task of its own, then tells every observer.
async fn to_the_end<T: Send + 'static>(
    observers: &Arc<[Arc<dyn Observer>]>,
    operation: &'static str,
    step: impl std::future::Future<Output = Result<T, StoreError>> + Send + 'static,
    tell: impl Fn(&dyn Observer, &T) + Send + 'static,
) -> Result<T, StoreError> {
    let observers = observers.clone();
    let task = tokio::spawn(async move {
        let result = timed(&observers, operation, step).await;
        if let Ok(outcome) = &result {
            observers.iter().for_each(|o| tell(&**o, outcome));
        }
        result
    });
    task.await.map_err(|e| StoreError(format!("the {operation} step failed: {e}")))?
}

impl Store for Observed {
    fn upload(&self) -> StoreFuture<'_, Box<dyn Upload>> {
        // The inner store's own upload: its create takes it back by type.
        Box::pin(timed(&self.observers, "upload", self.inner.upload()))
    }

    fn create(&self, secret: NewSecret, now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            let outcome = timed(&self.observers, "create", self.inner.create(secret, now)).await?;
            self.observers.iter().for_each(|o| o.created(&outcome));
            Ok(outcome)
        })
    }

    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, Option<SecretInfo>> {
        Box::pin(timed(&self.observers, "peek", self.inner.peek(id, now)))
    }

    fn take(&self, attempt: OpenAttempt, now: Millis) -> StoreFuture<'_, TakeOutcome> {
        let (inner, id) = (self.inner.clone(), attempt.id);
        Box::pin(to_the_end(&self.observers, "take", async move { inner.take(attempt, now).await }, move |o, outcome| o.took(id, outcome)))
    }

    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, Option<ReceiptInfo>> {
        Box::pin(timed(&self.observers, "receipt", self.inner.receipt(key, now)))
    }

    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, BurnOutcome> {
        let inner = self.inner.clone();
        Box::pin(to_the_end(&self.observers, "burn", async move { inner.burn(key, proof, now).await }, |o, outcome| o.burnt(outcome)))
    }

    fn sweep(&self, now: Millis) -> StoreFuture<'_, SweepReport> {
        let inner = self.inner.clone();
        Box::pin(to_the_end(&self.observers, "sweep", async move { inner.sweep(now).await }, |o, report| o.swept(report)))
    }

    fn usage(&self) -> StoreFuture<'_, Usage> {
        self.inner.usage()
    }

    fn ready(&self) -> StoreFuture<'_, ()> {
        self.inner.ready()
    }

    fn close(&self) -> StoreFuture<'_, ()> {
        self.inner.close()
    }

    fn export(&self, cursor: ExportCursor, now: Millis) -> StoreFuture<'_, ExportPage> {
        self.inner.export(cursor, now)
    }

    fn begin_move(&self, listed: Listed, now: Millis) -> StoreFuture<'_, Option<Exported>> {
        self.inner.begin_move(listed, now)
    }

    fn end_move(&self, listed: Listed, end: MoveEnd) -> StoreFuture<'_, ()> {
        self.inner.end_move(listed, end)
    }

    fn import(&self, record: Record, ciphertext: Option<Box<dyn Upload>>, now: Millis) -> StoreFuture<'_, ImportOutcome> {
        self.inner.import(record, ciphertext, now)
    }

    fn create_request(&self, request: NewRequest, now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            let outcome = timed(&self.observers, "create_request", self.inner.create_request(request, now)).await?;
            self.observers.iter().for_each(|o| o.requested(&outcome));
            Ok(outcome)
        })
    }

    fn peek_request(&self, id: RequestId, now: Millis) -> StoreFuture<'_, Option<RequestInfo>> {
        Box::pin(timed(&self.observers, "peek_request", self.inner.peek_request(id, now)))
    }

    fn answer(&self, id: RequestId, proof: Proof, ciphertext: Box<dyn Upload>, now: Millis) -> StoreFuture<'_, AnswerOutcome> {
        // To its end like take: once an answer is stored, its one event must not be lost with an abandoned request.
        let inner = self.inner.clone();
        Box::pin(to_the_end(&self.observers, "answer", async move { inner.answer(id, proof, ciphertext, now).await }, move |o, outcome| {
            o.answered(id, outcome)
        }))
    }

    fn shared_limit(&self) -> Option<Arc<dyn crate::ratelimit::SharedLimit>> {
        self.inner.shared_limit()
    }
}
