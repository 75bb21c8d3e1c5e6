//! Cinder's library: the server (`app(state) -> Router` and everything it is built from, plus `run`, which the binary
//! calls; feature `server`) and the command line's client (feature `client`). Both are on by default; a client-only
//! build (`--no-default-features --features client`) carries no server, store or embedded page.
//!
//! The server is deliberately dumb: it stores opaque ciphertext, checks proofs against stored hashes, and burns.

#[cfg(feature = "server")]
pub mod access;
pub mod cli;
#[cfg(feature = "server")]
pub mod config;
#[cfg(feature = "server")]
pub mod error;
#[cfg(feature = "server")]
pub mod instance;
#[cfg(feature = "server")]
pub mod metrics;
#[cfg(feature = "server")]
pub mod ratelimit;
#[cfg(feature = "server")]
pub mod relocate;
#[cfg(feature = "server")]
mod routes;
#[cfg(feature = "server")]
mod serve;
#[cfg(feature = "server")]
mod service;
#[cfg(feature = "server")]
pub mod store;
pub mod units;
#[cfg(feature = "server")]
pub mod webhooks;

#[cfg(feature = "server")]
pub use config::Config;
#[cfg(feature = "server")]
pub use error::Error;
#[cfg(feature = "server")]
pub use routes::api_routes;
#[cfg(feature = "server")]
pub use service::*;
