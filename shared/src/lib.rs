//! Cinder's shared core: the v1 envelope (crypto format) and the HTTP API types, so client, server and tools cannot drift.
//!
//! This crate does no I/O and has no async runtime; it compiles natively and for wasm32.

pub mod api;
pub mod b64;
pub mod envelope;
pub mod names;
pub mod password;
