//! Getting each event to the receiver: a bounded queue, a few deliveries at a time, each retried with back-off and
//! signed anew at each attempt (so a receiver can refuse old signatures, a replay, and still accept a late retry).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ring::hmac;
use ring::rand::{SecureRandom as _, SystemRandom};
use shared::envelope::SecretId;
use tokio::sync::{mpsc, OwnedSemaphorePermit, Semaphore};

use super::{payload, Event, Settings};

/// `t=<unix seconds>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`.
pub const SIGNATURE_HEADER: &str = "cinder-signature";
/// The delivery id (also the body's `delivery`): the same for every attempt, so a receiver can drop repeats.
const DELIVERY_HEADER: &str = "cinder-delivery";
/// Which attempt this is, from 1.
const ATTEMPT_HEADER: &str = "cinder-attempt";
/// Events waiting for a delivery slot; beyond, new events are dropped (and logged), so a dead receiver cannot grow the
/// server's memory without bound.
const QUEUE: usize = 10_000;
/// Deliveries in flight at once, their waits between retries included.
const AT_ONCE: usize = 16;
/// Attempts per event: the first, then retries after 1, 2, 4 ... 64 s (about two minutes of back-off in all).
const ATTEMPTS: u32 = 8;
const FIRST_PAUSE: Duration = Duration::from_secs(1);
/// One attempt, connection to last byte of the answer.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The signature header's value for `body`, signed at `t` (unix seconds).
pub fn signature(key: &[u8], t: u64, body: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, key);
    let mut ctx = hmac::Context::with_key(&key);
    ctx.update(format!("{t}.").as_bytes());
    ctx.update(body);
    format!("t={t},v1={}", shared::b64::encode(ctx.sign().as_ref()))
}

/// Counts an outcome in the metrics, when they are on.
#[derive(Clone)]
struct Count(Option<Arc<crate::metrics::Metrics>>);

impl Count {
    fn inc(&self, outcome: &'static str) {
        if let Some(m) = &self.0 {
            m.webhook(outcome);
        }
    }
}

struct Pending {
    event: Event,
    id: SecretId,
    at: u64,
}

/// Where the observer drops events; a task of its own delivers them.
pub struct Queue {
    tx: mpsc::Sender<Pending>,
    /// Events queued and not yet delivered or given up.
    undelivered: Arc<AtomicUsize>,
    count: Count,
}

impl Queue {
    /// Starts the delivery task.
    pub fn start(settings: Settings, metrics: Option<Arc<crate::metrics::Metrics>>) -> Queue {
        let count = Count(metrics);
        let (tx, rx) = mpsc::channel(QUEUE);
        let client = reqwest::Client::builder()
            // A redirect would send the signed event somewhere the operator did not name.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(ATTEMPT_TIMEOUT)
            .user_agent(concat!("cinder/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("an HTTP client with rustls builds");
        let undelivered = Arc::new(AtomicUsize::new(0));
        tokio::spawn(run(rx, client, settings, undelivered.clone(), count.clone()));
        Queue { tx, undelivered, count }
    }

    /// Queues an event without waiting; a full queue drops it.
    pub fn push(&self, event: Event, id: &SecretId, at: u64) {
        self.undelivered.fetch_add(1, Ordering::SeqCst);
        if self.tx.try_send(Pending { event, id: *id, at }).is_err() {
            self.undelivered.fetch_sub(1, Ordering::SeqCst);
            self.count.inc("dropped");
            tracing::warn!(event = event.name(), "webhook queue full: an event was dropped");
        }
    }

    /// Waits until every queued event was delivered or given up, for at most `within`; how many are still undelivered.
    pub async fn drain(&self, within: Duration) -> usize {
        let deadline = Instant::now() + within;
        loop {
            let left = self.undelivered.load(Ordering::SeqCst);
            if left == 0 || Instant::now() >= deadline {
                return left;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn run(mut rx: mpsc::Receiver<Pending>, client: reqwest::Client, settings: Settings, undelivered: Arc<AtomicUsize>, count: Count) {
    let slots = Arc::new(Semaphore::new(AT_ONCE));
    while let Some(pending) = rx.recv().await {
        let Ok(slot) = slots.clone().acquire_owned().await else { return };
        let (client, settings, undelivered, count) = (client.clone(), settings.clone(), undelivered.clone(), count.clone());
        tokio::spawn(async move {
            deliver(client, settings, pending, slot, &count).await;
            undelivered.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

async fn deliver(client: reqwest::Client, settings: Settings, pending: Pending, _slot: OwnedSemaphorePermit, count: &Count) {
    let mut id = [0u8; 16];
    SystemRandom::new().fill(&mut id).expect("the system's random source works");
    let delivery = shared::b64::encode(&id);
    let body = payload(&delivery, pending.event, &pending.id, pending.at);
    let mut pause = FIRST_PAUSE;
    for attempt in 1..=ATTEMPTS {
        let t = crate::store::to_api_secs(crate::store::now_ms());
        let sent = client
            .post(settings.url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(DELIVERY_HEADER, &delivery)
            .header(ATTEMPT_HEADER, attempt)
            .header(SIGNATURE_HEADER, signature(&settings.key, t, &body))
            .body(body.clone())
            .send()
            .await;
        // Neither the URL (it may carry the receiver's token) nor the fingerprint goes to the log.
        match sent {
            Ok(answer) if answer.status().is_success() => return count.inc("delivered"),
            Ok(answer) => {
                count.inc("refused");
                tracing::warn!(event = pending.event.name(), attempt, status = answer.status().as_u16(), "webhook refused")
            }
            Err(e) => {
                count.inc("failed");
                tracing::warn!(event = pending.event.name(), attempt, error = %e.without_url(), "webhook not delivered")
            }
        }
        if attempt < ATTEMPTS {
            tokio::time::sleep(pause).await;
            pause *= 2;
        }
    }
    count.inc("given_up");
    tracing::warn!(event = pending.event.name(), "webhook given up after {ATTEMPTS} attempts");
}
