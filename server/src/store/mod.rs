//! The storage contract routes rely on: a small trait any backend (sled now, Redis next) implements, and its value types.
//!
//! Backends must make every consuming operation ONE atomic step (never get-then-delete), enforce expiry on every read,
//! and resolve mutating futures only once the change is durable.

pub mod sled;

use std::future::Future;
use std::pin::Pin;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use shared::api::ReceiptState;
use shared::envelope::{Proof, SecretId, Verifier};

use crate::error::Error;

/// Milliseconds since the Unix epoch. Time is always passed in, so expiry is testable without sleeping.
pub type Millis = u64;

/// The current time in [`Millis`].
pub fn now_ms() -> Millis {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Seconds for the API, rounded up so a client never believes a secret lives shorter than it does.
pub fn to_api_secs(ms: Millis) -> u64 {
    ms.div_ceil(1000)
}

/// SHA-256 of a receipt id: the only form in which the store knows receipts.
pub type ReceiptKey = [u8; 32];

/// A validated secret to store.
pub struct NewSecret {
    /// Storage id.
    pub id: SecretId,
    /// SHA-256 of the open proof.
    pub verifier: Verifier,
    /// Public envelope header, returned verbatim by peek.
    pub header: Vec<u8>,
    /// Opaque ciphertext.
    pub ciphertext: Bytes,
    /// When it expires.
    pub expires_at: Millis,
    /// Wrong proofs allowed before it burns.
    pub max_attempts: u32,
    /// The creator's receipt, if asked for.
    pub receipt: Option<NewReceipt>,
}

/// A receipt created with its secret.
pub struct NewReceipt {
    /// SHA-256 of the receipt id.
    pub key: ReceiptKey,
    /// SHA-256 of the burn proof.
    pub burn_verifier: Verifier,
    /// When the receipt itself is forgotten (after its secret's expiry).
    pub forget_at: Millis,
}

/// What peek reveals: public data only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretInfo {
    /// Public envelope header.
    pub header: Vec<u8>,
    /// When it expires.
    pub expires_at: Millis,
    /// Ciphertext size in bytes.
    pub size: u64,
}

/// What a receipt says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptInfo {
    /// Current state (expiry already applied).
    pub state: ReceiptState,
    /// When the secret was opened, if it was.
    pub opened_at: Option<Millis>,
    /// When the secret expires or expired.
    pub expires_at: Millis,
}

/// A boxed future, so the trait stays object-safe and routes hold an `Arc<dyn Store>`.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

/// A durable home for sealed secrets and their receipts.
pub trait Store: Send + Sync + 'static {
    /// Stores a new secret (and receipt). `Conflict` if the id or receipt is taken, `Full` at the configured caps.
    /// Resolves once durable.
    fn create(&self, secret: NewSecret, now: Millis) -> StoreFuture<'_, ()>;

    /// Public data of a live secret; `NotFound` for unknown, consumed or expired. Never changes anything.
    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, SecretInfo>;

    /// Atomically checks the proof and consumes the secret, returning its ciphertext. A wrong proof spends an attempt
    /// (`WrongProof` with the attempts left) and burns the secret when none are left. Resolves once durable.
    fn take(&self, id: SecretId, proof: Proof, now: Millis) -> StoreFuture<'_, Bytes>;

    /// The receipt's state; `NotFound` once forgotten.
    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, ReceiptInfo>;

    /// Atomically checks the burn proof and burns a waiting secret. `WrongProof`, or `Conflict` when it is no longer
    /// waiting. Resolves once durable.
    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, ReceiptInfo>;

    /// Deletes what has expired by `now` (secrets) or is due to be forgotten (receipts); returns how many records went.
    fn sweep(&self, now: Millis) -> StoreFuture<'_, usize>;

    /// Whether the store can serve (for `/readyz`).
    fn ready(&self) -> StoreFuture<'_, ()>;

    /// Makes everything durable before the process exits.
    fn close(&self) -> StoreFuture<'_, ()>;
}
