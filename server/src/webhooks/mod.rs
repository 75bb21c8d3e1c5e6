//! Webhooks for self-hosters: one signed POST to the operator's URL when a secret is opened, burned or expires, or a
//! request is answered.
//!
//! The URL and the signing key come from the server's configuration only (`CINDER_WEBHOOK_URL`,
//! `CINDER_WEBHOOK_SECRET_FILE`), never from a request, so no visitor can make the server call anywhere. An event names
//! the secret only by its fingerprint ([`SecretId::fingerprint`]), never by its id, its receipt id or anyone's
//! address. It is fired by the server whose store step ended the secret: take, burn and the sweeper's delete each have
//! exactly one winner, also across servers on one Redis, so each event is fired once. Delivery is retried with back-off
//! ([`delivery`]); events live in this process's memory until delivered: a stop waits a few seconds for them
//! ([`Webhooks::drain`]), a crash loses the undelivered ones.

mod delivery;

use std::sync::Arc;

use shared::envelope::request::RequestId;
use shared::envelope::SecretId;
use zeroize::Zeroizing;

use crate::store::observed::Observer;
use crate::store::{answer_id, AnswerOutcome, BurnOutcome, SweepReport, TakeOutcome};

pub use delivery::{signature, SIGNATURE_HEADER};

/// Where events go and the key that signs them, as validated from the configuration.
#[derive(Clone)]
pub struct Settings {
    /// The receiver (http or https).
    pub url: reqwest::Url,
    /// The HMAC-SHA256 key (the file's content, trimmed).
    pub key: Arc<Zeroizing<Vec<u8>>>,
}

/// Neither the key nor the URL's path or query (a receiver's URL often carries its own token).
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Settings({}://{}/<redacted>, key: <redacted>)", self.url.scheme(), self.url.host_str().unwrap_or_default())
    }
}

/// What happened to a secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Opened with the right proof (once per open of a secret that may be opened several times).
    Opened,
    /// Burned by its creator from the receipt.
    BurnedByCreator,
    /// Burned by the wrong guess that spent the last attempt.
    BurnedByAttempts,
    /// Burned by someone who opened it, destroying the opens that were left.
    BurnedByOpener,
    /// Deleted with opens left at its expiry by this server's sweeper.
    Expired,
    /// A request (envelope revision 3) was answered. Its answer is a secret with the request's id, so the events
    /// of that answer (opened, burned, expired) carry the same fingerprint.
    RequestAnswered,
}

impl Event {
    /// The `event` field.
    pub fn name(self) -> &'static str {
        match self {
            Event::Opened => "secret.opened",
            Event::BurnedByCreator | Event::BurnedByAttempts | Event::BurnedByOpener => "secret.burned",
            Event::Expired => "secret.expired",
            Event::RequestAnswered => "request.answered",
        }
    }

    /// The `by` field of a burn.
    pub fn by(self) -> Option<&'static str> {
        match self {
            Event::BurnedByCreator => Some("creator"),
            Event::BurnedByAttempts => Some("attempts"),
            Event::BurnedByOpener => Some("opener"),
            Event::Opened | Event::Expired | Event::RequestAnswered => None,
        }
    }
}

/// The JSON body of one event: the same bytes for every attempt at delivering it.
pub fn payload(delivery_id: &str, event: Event, secret: &SecretId, at_secs: u64) -> Vec<u8> {
    let mut body = serde_json::json!({
        "delivery": delivery_id,
        "event": event.name(),
        "secret": secret.fingerprint(),
        "at": at_secs,
    });
    if let Some(by) = event.by() {
        body["by"] = by.into();
    }
    serde_json::to_vec(&body).expect("a JSON value serializes")
}

/// The observer that queues an event for each secret a store step ended.
pub struct Webhooks {
    queue: delivery::Queue,
}

impl Webhooks {
    /// Starts the delivery task (on the current tokio runtime), counting its outcomes in `metrics` if given.
    pub fn start(settings: Settings, metrics: Option<Arc<crate::metrics::Metrics>>) -> Arc<Webhooks> {
        Arc::new(Webhooks { queue: delivery::Queue::start(settings, metrics) })
    }

    /// At a stop: waits up to `within` for the events not yet delivered, and says how many are left behind.
    pub async fn drain(&self, within: std::time::Duration) {
        let left = self.queue.drain(within).await;
        if left > 0 {
            tracing::warn!(left, "stopping with webhook events undelivered");
        }
    }

    fn fire(&self, event: Event, id: &SecretId) {
        self.queue.push(event, id, crate::store::to_api_secs(crate::store::now_ms()));
    }
}

impl Observer for Webhooks {
    fn took(&self, id: SecretId, outcome: &TakeOutcome) {
        match outcome {
            TakeOutcome::Opened { .. } => self.fire(Event::Opened, &id),
            TakeOutcome::BurnedRest => self.fire(Event::BurnedByOpener, &id),
            TakeOutcome::WrongProof { attempts_left: 0 } => self.fire(Event::BurnedByAttempts, &id),
            _ => {}
        }
    }

    fn burnt(&self, outcome: &BurnOutcome) {
        if let BurnOutcome::Burned(_, id) = outcome {
            self.fire(Event::BurnedByCreator, id);
        }
    }

    fn answered(&self, id: RequestId, outcome: &AnswerOutcome) {
        if *outcome == AnswerOutcome::Answered {
            self.fire(Event::RequestAnswered, &answer_id(&id));
        }
    }

    fn swept(&self, report: &SweepReport) {
        for id in &report.expired {
            self.fire(Event::Expired, id);
        }
    }
}
