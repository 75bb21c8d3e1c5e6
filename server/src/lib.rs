//! Cinder's server library: `app(state) -> Router` and everything it is built from, plus `run`, which the binary calls.
//!
//! The server is deliberately dumb: it stores opaque ciphertext, checks proofs against stored hashes, and burns.

pub mod config;
pub mod error;
pub mod ratelimit;
mod routes;
mod serve;
pub mod store;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;

pub use config::Config;
pub use error::Error;
use ratelimit::RateLimiter;
pub use routes::api_routes;
use store::sled::{Limits, SledStore};
use store::Store;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// Validated settings.
    pub config: Arc<Config>,
    /// The backend.
    pub store: Arc<dyn Store>,
    /// Per-client creation limit.
    pub limiter: Arc<RateLimiter>,
    /// Memory budget for uploads being received, in MiB permits, so many concurrent large uploads queue instead of
    /// exhausting memory.
    pub uploads: Arc<tokio::sync::Semaphore>,
}

/// At least this much memory (MiB) may hold uploads in flight; more when four maximal uploads need more.
const UPLOAD_BUDGET_MIB: u64 = 128;

impl AppState {
    /// Bundles settings and a store.
    pub fn new(config: Config, store: Arc<dyn Store>) -> AppState {
        let limiter = Arc::new(RateLimiter::new(config.rate_limit));
        let budget = UPLOAD_BUDGET_MIB.max(4 * config.max_ciphertext.div_ceil(1 << 20));
        let uploads = Arc::new(tokio::sync::Semaphore::new(budget as usize));
        AppState { config: Arc::new(config), store, limiter, uploads }
    }
}

/// The whole HTTP surface: API v1, health checks and the embedded client, with security headers on every response.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Opens the sled store the configuration names (inside a Tokio runtime).
pub fn open_store(config: &Config) -> Result<SledStore, Error> {
    let limits = Limits { max_secrets: config.max_secrets, max_bytes: config.max_stored_bytes };
    SledStore::open(&config.data_dir, config.cache_bytes, limits)
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
pub async fn run(config: Config) -> Result<(), Error> {
    let store = Arc::new(open_store(&config)?);
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let state = AppState::new(config, store.clone());
    let sweeper = tokio::spawn(sweep_forever(state.clone()));

    println!("listening on http://{addr}");
    tracing::info!(%addr, "listening");
    let grace = state.config.request_timeout + Duration::from_secs(5);
    let served = serve::serve(listener, app(state), shutdown_signal(), grace).await;

    sweeper.abort();
    let closed = store.close().await;
    tracing::info!("stopped");
    served?;
    closed
}

async fn sweep_forever(state: AppState) {
    let mut tick = tokio::time::interval(SWEEP_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match state.store.sweep(store::now_ms()).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(records = n, "swept expired records"),
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
