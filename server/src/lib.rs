//! Cinder's server library: `app(state) -> Router` and everything it is built from, plus `run`, which the binary calls.
//!
//! The server is deliberately dumb: it stores opaque ciphertext, checks proofs against stored hashes, and burns.

pub mod cli;
pub mod config;
pub mod error;
pub mod ratelimit;
mod routes;
mod serve;
pub mod store;

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use axum::Router;

pub use config::Config;
use config::StoreKind;
pub use error::Error;
use ratelimit::Limiter;
pub use routes::api_routes;
use store::{Limits, Store};

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
    let limits = Limits { max_secrets: config.max_secrets, max_bytes: config.max_stored_bytes };
    match &config.store {
        StoreKind::Sled => {
            let (store, _) = store::sled::SledStore::open(&config.data_dir, config.cache_bytes, limits)
                .with_context(|| format!("CINDER_DATA_DIR={}: cannot open the store there", config.data_dir.display()))?;
            Ok(Arc::new(store))
        }
        StoreKind::Redis(settings) => {
            let store = store::redis::RedisStore::open(settings, limits).await.context("CINDER_STORE: cannot use this Redis")?;
            Ok(Arc::new(store))
        }
    }
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

/// How often expired records are swept.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// Serves until SIGTERM or SIGINT, then finishes in-flight requests and flushes the store.
///
/// Once listening it prints `listening on http://ADDR` (the real address, also for port 0) on stdout.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let store = open_store(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("CINDER_LISTEN={}: cannot listen there", config.listen))?;
    let addr = listener.local_addr()?;
    let state = AppState::new(config, store.clone());
    let sweeper = tokio::spawn(sweep_forever(state.clone()));

    println!("listening on http://{addr}");
    tracing::info!(%addr, "listening");
    let timeout = state.config.request_timeout;
    let served = serve::serve(listener, app(state), shutdown_signal(), timeout + Duration::from_secs(5), timeout).await;

    sweeper.abort();
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
            Ok(r) => tracing::debug!(deleted = r.deleted, quarantined = r.quarantined, "swept expired records"),
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
