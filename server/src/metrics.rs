//! Prometheus metrics on a listener of their own (`CINDER_METRICS_LISTEN`, off by default): what happened to secrets,
//! refused creates, HTTP requests by route template, store latency and what the store holds. Every label takes one of
//! a few fixed values: never an id, an address, a token name or anything per secret.
//!
//! Counts come from the store's own outcomes ([`Metrics`] observes the store the routes use), refusals from the
//! [`Error`] a create answered with ([`refusal`]), requests from the route table's templates. A counter is this
//! process's; with several servers on one Redis, add them up. The gauges read the store's counted totals (for Redis
//! the shared ledger), so every server on one Redis reports the same numbers.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use prometheus_client::encoding::{prometheus_text, EncodeLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::error::Error;
use crate::store::observed::Observer;
use crate::store::{BurnOutcome, CreateOutcome, Store, SweepReport, TakeOutcome, Usage};

/// Why a create was refused, as the `reason` label says it; `None` for an error no create answers with. One line per
/// variant, so a new one must say whether it refuses creates.
pub fn refusal(error: &Error) -> Option<&'static str> {
    match error {
        Error::RateLimited => Some("rate_limited"),
        Error::TooLarge => Some("too_large"),
        Error::Full => Some("full"),
        Error::Invalid(_) => Some("invalid"),
        Error::BadRequest(_) => Some("bad_request"),
        Error::Conflict(_) => Some("conflict"),
        Error::CrossSite => Some("cross_site"),
        Error::Unauthorized { .. } => Some("unauthorized"),
        Error::Forbidden | Error::UntrustedIdentity => Some("forbidden"),
        Error::CreateOff => Some("create_off"),
        Error::Timeout => Some("timeout"),
        Error::Store(_) | Error::Moving => Some("unavailable"),
        Error::Internal => Some("internal"),
        Error::NotFound
        | Error::NoRoute
        | Error::NotWaiting
        | Error::Answered
        | Error::NoRequest
        | Error::WrongProof { .. }
        | Error::MethodNotAllowed => None,
    }
}

/// Every `reason` [`refusal`] gives, shown at 0 from the start (a series that appears only once it is 1 hides the
/// first refusal from `rate()` and `increase()`).
const REASONS: &[&str] = &[
    "rate_limited",
    "too_large",
    "full",
    "invalid",
    "bad_request",
    "conflict",
    "cross_site",
    "unauthorized",
    "forbidden",
    "create_off",
    "timeout",
    "unavailable",
    "internal",
];

/// What an error response carries for the request counter, which sees only the response: the create refusal it
/// stands for ([`refusal`]). Set by `Error::into_response`.
#[derive(Clone, Copy, Debug)]
pub struct Refusal(pub Option<&'static str>);

/// The create route's template, as the route table names it.
/// The routes whose refusals `creates_refused` counts: a secret's create and a request's (which is a create too).
const CREATE_ROUTES: [&str; 2] = ["/api/v1/secrets", "/api/v1/requests"];
/// The `route` of everything the route table does not name: the embedded client's pages and files.
const CLIENT_ROUTE: &str = "client";
/// Store operations the latency histogram shows from the start.
pub const OPERATIONS: &[&str] =
    &["upload", "create", "peek", "take", "receipt", "burn", "sweep", "create_request", "peek_request", "answer"];
/// What became of webhook attempts and events (`crate::webhooks`): shown from the start.
pub const WEBHOOK_OUTCOMES: &[&str] = &["delivered", "refused", "failed", "given_up", "dropped"];
/// How long a scrape waits for the store's totals before answering with the last ones it read.
const USAGE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct By {
    by: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Kind {
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Http {
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Operation {
    operation: &'static str,
}

/// From 100 µs, doubling, to about 3.3 s (a sled group commit is a few hundred µs; a Redis WAIT up to its timeout).
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.000_1, 2.0, 16))
}

/// Every series, registered once.
pub struct Metrics {
    registry: Registry,
    created: Counter,
    requested: Counter,
    answered: Counter,
    opened: Counter,
    burned: Family<By, Counter>,
    expired: Counter,
    wrong_proofs: Family<Kind, Counter>,
    refused: Family<Reason, Counter>,
    requests: Family<Http, Counter>,
    store_seconds: Family<Operation, Histogram, fn() -> Histogram>,
    webhooks: Family<Outcome, Counter>,
    live_secrets: Gauge,
    live_receipts: Gauge,
    stored_bytes: Gauge,
}

impl Metrics {
    /// The registry with every series at 0.
    pub fn new() -> Metrics {
        let mut m = Metrics {
            registry: Registry::with_prefix("cinder"),
            created: Counter::default(),
            requested: Counter::default(),
            answered: Counter::default(),
            opened: Counter::default(),
            burned: Family::default(),
            expired: Counter::default(),
            wrong_proofs: Family::default(),
            refused: Family::default(),
            requests: Family::default(),
            store_seconds: Family::new_with_constructor(latency_histogram),
            webhooks: Family::default(),
            live_secrets: Gauge::default(),
            live_receipts: Gauge::default(),
            stored_bytes: Gauge::default(),
        };
        for by in ["creator", "attempts", "opener"] {
            let _ = m.burned.get_or_create(&By { by });
        }
        for kind in ["guess", "uncounted", "burn"] {
            let _ = m.wrong_proofs.get_or_create(&Kind { kind });
        }
        for &reason in REASONS {
            let _ = m.refused.get_or_create(&Reason { reason });
        }
        for &outcome in WEBHOOK_OUTCOMES {
            let _ = m.webhooks.get_or_create(&Outcome { outcome });
        }
        for &operation in OPERATIONS {
            let _ = m.store_seconds.get_or_create(&Operation { operation });
        }
        let r = &mut m.registry;
        r.register("secrets_created", "Secrets stored (answered 201)", m.created.clone());
        r.register("requests_created", "Requests for a secret stored (answered 201)", m.requested.clone());
        r.register("requests_answered", "Answers to requests stored (answered 201; one per request)", m.answered.clone());
        r.register("secrets_opened", "Opens with the right proof (a secret counts once per open it allowed)", m.opened.clone());
        r.register(
            "secrets_burned",
            "Secrets burned before their last open: by=\"creator\" from the receipt, by=\"attempts\" by the wrong guess that spent the last attempt, by=\"opener\" by someone who opened it",
            m.burned.clone(),
        );
        r.register("secrets_expired", "Secrets the sweeper deleted at their expiry with opens left", m.expired.clone());
        r.register(
            "wrong_proofs",
            "Wrong proofs: kind=\"guess\" spent an attempt (a passphrase secret, with the link's gate), kind=\"uncounted\" \
             spent nothing, kind=\"burn\" a wrong burn proof from a receipt",
            m.wrong_proofs.clone(),
        );
        r.register("creates_refused", "Creates refused, by reason", m.refused.clone());
        r.register(
            "http_requests",
            "HTTP requests answered, by route template (route=\"client\": the web client's pages and files) and status",
            m.requests.clone(),
        );
        r.register("store_operation_duration_seconds", "Time one store operation took, by operation", m.store_seconds.clone());
        r.register(
            "webhooks",
            "Webhooks: outcome=\"delivered\", \"refused\" (a non-2xx answer) or \"failed\" (no answer) per attempt; \
             \"given_up\" (after the last attempt) or \"dropped\" (the queue was full) per event",
            m.webhooks.clone(),
        );
        r.register("live_secrets", "Secrets stored now, as the caps count them", m.live_secrets.clone());
        r.register("live_receipts", "Receipts remembered now, as the caps count them", m.live_receipts.clone());
        r.register(
            "stored_bytes",
            "Bytes the stored secrets and receipts occupy, as CINDER_MAX_STORED_BYTES counts them",
            m.stored_bytes.clone(),
        );
        m
    }

    /// The Prometheus text format (0.0.4) of every series.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        prometheus_text::encode(&mut out, &self.registry).expect("writing to a String cannot fail");
        out
    }

    /// Sets the gauges from what the store counts.
    fn set_usage(&self, u: Usage) {
        let gauge = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        self.live_secrets.set(gauge(u.secrets));
        self.live_receipts.set(gauge(u.receipts));
        self.stored_bytes.set(gauge(u.bytes));
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

/// Counts requests by route template and status, and refused creates by reason. A layer on the whole router, so
/// `MatchedPath` names the route (as the request log does).
async fn track(State(m): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or_else(|| CLIENT_ROUTE.to_owned(), |p| p.as_str().to_owned());
    let res = next.run(req).await;
    let status = res.status();
    if CREATE_ROUTES.contains(&route.as_str()) && (status.is_client_error() || status.is_server_error()) {
        if let Some(reason) = res.extensions().get::<Refusal>().map_or(Some("other"), |r| r.0) {
            m.refused.get_or_create(&Reason { reason }).inc();
        }
    }
    m.requests.get_or_create(&Http { route, status: status.as_u16() }).inc();
    res
}

/// The metrics listener, bound (so a wrong address stops the server at startup) but not yet serving.
pub struct Exporter {
    metrics: Arc<Metrics>,
    listener: tokio::net::TcpListener,
    addr: SocketAddr,
}

impl Exporter {
    /// Binds `at` (CINDER_METRICS_LISTEN).
    pub async fn bind(at: SocketAddr) -> anyhow::Result<Exporter> {
        let listener =
            tokio::net::TcpListener::bind(at).await.with_context(|| format!("CINDER_METRICS_LISTEN={at}: cannot listen there"))?;
        let addr = listener.local_addr()?;
        Ok(Exporter { metrics: Arc::new(Metrics::new()), listener, addr })
    }

    /// Where it listens (the real port, also for port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The series: an [`Observer`] of the store the routes and the sweeper use, and what the webhooks count in.
    pub fn metrics(&self) -> Arc<Metrics> {
        self.metrics.clone()
    }

    /// The main router, its requests counted.
    pub fn track(&self, router: Router) -> Router {
        router.layer(middleware::from_fn_with_state(self.metrics.clone(), track))
    }

    /// Serves `GET /metrics` (nothing else) until aborted; `store` gives the gauges their values at each scrape.
    pub fn serve(self, store: Arc<dyn Store>) -> tokio::task::JoinHandle<std::io::Result<()>> {
        let app = Router::new().route("/metrics", get(scrape)).with_state((self.metrics, store));
        let timeout = Duration::from_secs(10);
        tokio::spawn(crate::serve::serve(self.listener, app, std::future::pending(), Duration::ZERO, timeout))
    }
}

async fn scrape(State((m, store)): State<(Arc<Metrics>, Arc<dyn Store>)>) -> Response {
    match tokio::time::timeout(USAGE_TIMEOUT, store.usage()).await {
        Ok(Ok(usage)) => m.set_usage(usage),
        Ok(Err(e)) => tracing::warn!(error = %e, "metrics: the store's totals could not be read; the gauges show the last ones"),
        Err(_) => tracing::warn!("metrics: the store's totals took too long; the gauges show the last ones"),
    }
    ([(header::CONTENT_TYPE, prometheus_text::CONTENT_TYPE)], m.encode()).into_response()
}

/// Counts what the store answers and times each operation.
impl Observer for Metrics {
    fn created(&self, outcome: &CreateOutcome) {
        if *outcome == CreateOutcome::Created {
            self.created.inc();
        }
    }

    fn requested(&self, outcome: &CreateOutcome) {
        if *outcome == CreateOutcome::Created {
            self.requested.inc();
        }
    }

    fn answered(&self, _id: shared::envelope::request::RequestId, outcome: &crate::store::AnswerOutcome) {
        if *outcome == crate::store::AnswerOutcome::Answered {
            self.answered.inc();
        }
    }

    fn took(&self, _id: shared::envelope::SecretId, outcome: &TakeOutcome) {
        match outcome {
            TakeOutcome::Opened { .. } => {
                self.opened.inc();
            }
            TakeOutcome::BurnedRest => self.burned("opener"),
            TakeOutcome::WrongProof { attempts_left } => {
                self.wrong("guess");
                if *attempts_left == 0 {
                    self.burned("attempts");
                }
            }
            TakeOutcome::Refused => self.wrong("uncounted"),
            TakeOutcome::NotFound | TakeOutcome::Moving => {}
        }
    }

    fn burnt(&self, outcome: &BurnOutcome) {
        match outcome {
            BurnOutcome::Burned(..) => self.burned("creator"),
            BurnOutcome::WrongProof => self.wrong("burn"),
            BurnOutcome::NotWaiting | BurnOutcome::NotFound | BurnOutcome::Moving => {}
        }
    }

    fn swept(&self, report: &SweepReport) {
        self.expired.inc_by(report.expired.len() as u64);
    }

    fn timed(&self, operation: &'static str, seconds: f64) {
        self.store_seconds.get_or_create(&Operation { operation }).observe(seconds);
    }
}

impl Metrics {
    /// Counts a webhook outcome (one of [`WEBHOOK_OUTCOMES`]).
    pub fn webhook(&self, outcome: &'static str) {
        self.webhooks.get_or_create(&Outcome { outcome }).inc();
    }

    fn wrong(&self, kind: &'static str) {
        self.wrong_proofs.get_or_create(&Kind { kind }).inc();
    }

    fn burned(&self, by: &'static str) {
        self.burned.get_or_create(&By { by }).inc();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_of_a_create_is_shown_from_the_start() {
        let refusals = [
            Error::RateLimited,
            Error::TooLarge,
            Error::Full,
            Error::Invalid(String::new()),
            Error::BadRequest(String::new()),
            Error::Conflict("x"),
            Error::CrossSite,
            Error::Timeout,
            Error::Moving,
            Error::Store(crate::store::StoreError(String::new())),
            Error::Internal,
        ];
        for e in &refusals {
            let reason = refusal(e).unwrap_or_else(|| panic!("{e:?} refuses a create"));
            assert!(REASONS.contains(&reason), "{reason} is missing from REASONS");
        }
        let text = Metrics::new().encode();
        for reason in REASONS {
            assert!(text.contains(&format!("cinder_creates_refused_total{{reason=\"{reason}\"}} 0\n")), "{text}");
        }
        assert!(text.contains("# TYPE cinder_secrets_created_total counter\n") && !text.contains("_total_total"), "{text}");
    }
}
