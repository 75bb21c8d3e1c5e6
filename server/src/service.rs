//! The service: `app(state) -> Router` and the state it shares, opening a store, logging, `run` (serve and sweep) and
//! `move-secrets`. Compiled with the `server` feature.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use axum::Router;

use crate::config::{Config, StoreAt, Task};
use crate::ratelimit::Limiter;
use crate::store::observed::{Observed, Observer};
use crate::store::{self, Limits, Store};
use crate::{metrics, relocate, routes, serve};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// Validated settings.
    pub config: Arc<Config>,
    /// The backend.
    pub store: Arc<dyn Store>,
    /// Per-client creation limit (shared by every server when the store is Redis).
    pub limiter: Arc<Limiter>,
}

impl AppState {
    /// Bundles settings and a store.
    pub fn new(config: Config, store: Arc<dyn Store>) -> AppState {
        let limiter = Arc::new(Limiter::new(config.rate_limit, store.shared_limit()));
        AppState { config: Arc::new(config), store, limiter }
    }
}

/// The whole HTTP surface: API v1, health checks and the embedded client, with security headers on every response.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Opens the store the configuration names (CINDER_STORE): sled repairs what a crash left (blocking); Redis is
/// connected to and checked (durability settings, schema version).
pub async fn open_store(config: &Config) -> anyhow::Result<Arc<dyn Store>> {
    open_store_at(config, &config.store_at(), ("CINDER_DATA_DIR", "CINDER_STORE")).await
}

/// Opens `at` with the configuration's caps and cache; errors name the settings `names` (directory, Redis).
async fn open_store_at(config: &Config, at: &StoreAt, names: (&str, &str)) -> anyhow::Result<Arc<dyn Store>> {
    let limits = Limits { max_secrets: config.max_secrets, max_bytes: config.max_stored_bytes };
    match at {
        StoreAt::Sled(dir) => {
            let (store, _) = store::sled::SledStore::open(dir, config.cache_bytes, limits)
                .with_context(|| format!("{}={}: cannot open the store there", names.0, dir.display()))?;
            Ok(Arc::new(store))
        }
        StoreAt::Redis(settings) => {
            let store =
                store::redis::RedisStore::open(settings, limits).await.with_context(|| format!("{}: cannot use this Redis", names.1))?;
            Ok(Arc::new(store))
        }
    }
}

/// Runs the configured task: serves (see [`run`]) or moves the secrets to another store ([`move_secrets`]).
pub async fn main_task(config: Config) -> anyhow::Result<()> {
    match config.task.clone() {
        Task::Serve => run(config).await,
        Task::MoveSecrets { to } => move_secrets(config, &to).await,
    }
}

/// `cinder move-secrets`: moves everything live from the configured store to `to` and prints a summary (counts and
/// bytes, never an id) on stderr. Fails, after the summary, when something was left behind.
pub async fn move_secrets(config: Config, to: &StoreAt) -> anyhow::Result<()> {
    // sled refuses a directory a server still has open (its lock): what a running server most likely means here.
    let from = open_store(&config).await.context("the source store (stop every server using it before moving)")?;
    let dest = open_store_at(&config, to, ("--to sled:", "--to"))
        .await
        .context("the destination store (stop every server on a sled destination)")?;
    let started = Instant::now();
    let result = relocate::move_all(&*from, &*dest, store::now_ms).await;
    // What stays in the source once the expired records are gone: requests and their answers (their links name this
    // store's servers, so they never move) and whatever the destination refused.
    let left = match from.sweep(store::now_ms()).await {
        Ok(_) => from.usage().await.ok(),
        Err(_) => None,
    };
    let closed = (from.close().await, dest.close().await);
    let report = match &result {
        Ok(r) | Err(relocate::MoveError::Full(r)) | Err(relocate::MoveError::Store(r, _)) => *r,
    };
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "moved {} secrets ({} bytes of ciphertext) and {} receipts in {secs:.1} s ({:.0} secrets/s); {} were already at the \
         destination (an earlier run moved them), {} expired during the move, {} not moved (id taken at the destination)",
        report.secrets,
        report.bytes,
        report.receipts,
        report.secrets as f64 / secs.max(0.001),
        report.already_there,
        report.expired,
        report.conflicts,
    );
    match result {
        Err(relocate::MoveError::Full(_)) => anyhow::bail!(
            "the destination is full (its CINDER_MAX_SECRETS or CINDER_MAX_STORED_BYTES): the rest stays in the source and is \
             served there; raise the caps and run move-secrets again"
        ),
        Err(relocate::MoveError::Store(_, e)) => anyhow::bail!(
            "the move stopped: {e}. Secrets being moved stay unopenable in the source until you run move-secrets again \
             with the same --to, which finishes them"
        ),
        Ok(_) => {}
    }
    if let Some(left) = left.filter(|u| u.secrets + u.receipts > report.conflicts) {
        eprintln!(
            "still in the source: {} secrets and {} receipts or requests. Requests for a secret (cinder request) and their \
             answers never move, because their links name this store's servers: keep a server on the source until \
             they are answered and opened, or expire",
            left.secrets, left.receipts
        );
    }
    closed.0.context("closing the source store")?;
    closed.1.context("closing the destination store")?;
    if report.conflicts > 0 {
        anyhow::bail!(
            "{} records were not moved: their id or receipt id is taken at the destination; they stay in the source, served there",
            report.conflicts
        );
    }
    Ok(())
}

/// Installs the log subscriber (stderr). The filter was validated with the configuration.
///
/// Whatever the filter says, only this crate may log below INFO: dependencies print what they touch at DEBUG and TRACE
/// (sled every key, i.e. secret ids; axum every peer address), which must never reach a log.
pub fn init_logging(filter: &str) {
    use std::io::IsTerminal as _;
    use tracing_subscriber::layer::{Layer as _, SubscriberExt as _};
    use tracing_subscriber::util::SubscriberInitExt as _;

    let filter = tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| "info".into());
    let privacy = tracing_subscriber::filter::filter_fn(|meta| {
        *meta.level() <= tracing::Level::INFO || meta.target().starts_with(env!("CARGO_CRATE_NAME"))
    });
    let layer = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_ansi(std::io::stderr().is_terminal());
    tracing_subscriber::registry().with(layer.with_filter(privacy).with_filter(filter)).init();
}

/// How long a stop waits for webhook events not yet delivered (within a container runtime's usual 10 s before it kills).
const WEBHOOK_DRAIN: Duration = Duration::from_secs(5);

/// How often expired records are swept.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// Serves until SIGTERM or SIGINT, then finishes in-flight requests, waits a little for webhooks not yet delivered, and
/// flushes the store.
///
/// Once listening it prints `listening on http://ADDR` (the real address, also for port 0) on stdout, after
/// `metrics on http://ADDR` when CINDER_METRICS_LISTEN is set.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let store = open_store(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("CINDER_LISTEN={}: cannot listen there", config.listen))?;
    let addr = listener.local_addr()?;
    let exporter = match config.metrics_listen {
        Some(at) => Some(metrics::Exporter::bind(at).await?),
        None => None,
    };
    let counted = exporter.as_ref().map(|e| e.metrics());
    let mut observers: Vec<Arc<dyn Observer>> = counted.iter().map(|m| m.clone() as Arc<dyn Observer>).collect();
    let webhooks = config.webhook.clone().map(|settings| crate::webhooks::Webhooks::start(settings, counted));
    if let Some(w) = &webhooks {
        observers.push(w.clone());
    }
    let served_store = Observed::wrap(store.clone(), observers);
    let state = AppState::new(config, served_store);
    let sweeper = tokio::spawn(sweep_forever(state.clone()));
    let timeout = state.config.request_timeout;
    let router = exporter.as_ref().map_or_else(|| app(state.clone()), |e| e.track(app(state.clone())));
    let metrics = exporter.map(|e| {
        let at = e.addr();
        println!("metrics on http://{at}");
        tracing::info!(%at, "metrics listening");
        e.serve(store.clone())
    });

    println!("listening on http://{addr}");
    tracing::info!(%addr, "listening");
    let served = serve::serve(listener, router, shutdown_signal(), timeout + Duration::from_secs(5), timeout).await;

    sweeper.abort();
    if let Some(m) = metrics {
        m.abort();
    }
    if let Some(w) = webhooks {
        w.drain(WEBHOOK_DRAIN).await;
    }
    let closed = store.close().await;
    tracing::info!("stopped");
    served?;
    Ok(closed?)
}

async fn sweep_forever(state: AppState) {
    let mut tick = tokio::time::interval(SWEEP_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match state.store.sweep(store::now_ms()).await {
            Ok(r) if r == store::SweepReport::default() => {}
            Ok(r) => tracing::debug!(deleted = r.deleted, expired = r.expired.len(), quarantined = r.quarantined, "swept expired records"),
            Err(e) => tracing::warn!(error = %e, "sweep failed"),
        }
        state.limiter.prune(Instant::now());
    }
}

async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
