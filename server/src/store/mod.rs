//! The Store contract: the boundary between the HTTP routes and every storage backend (sled, embedded; Redis, shared by many servers).
//!
//! A backend answers with store-level OUTCOMES (created, taken, wrong proof, not found...), never with HTTP errors; the
//! routes map outcomes to statuses. [`StoreError`] is only for "the store cannot serve" (I/O, a failed sync), which
//! the routes answer with 503. What every backend guarantees, and `tests/conformance.rs` checks for each:
//! - every consuming operation (open, a wrong guess, burn, the sweeper's delete) is ONE atomic step, never get-then-delete:
//!   of any number of concurrent right-proof opens of a secret with N opens left, exactly N succeed, and each winner
//!   gets the whole ciphertext even if the secret ends while it streams;
//! - expiry is enforced on every read, whether or not the sweeper has run;
//! - a mutating future resolves only once its change is durable; a failed sync answers `StoreError` for everything it
//!   covered, and the store then refuses changes (fail-stop) until it is reopened;
//! - a wrong proof spends an attempt only when it could be a guess at a passphrase and it carries the link's gate;
//! - the caps hold: live secrets, live receipts, and the bytes they occupy;
//! - a request (envelope revision 3) takes one answer: of any number of concurrent answers with the right proof,
//!   exactly one is stored; the answer is then a secret with the request's id (the fetch proof opens it, once), and
//!   taking it forgets the request;
//! - a secret is live in at most one store: moving it (`export`, `begin_move`, `import`, `end_move`) marks it in the
//!   source first, so it is never openable in two stores, and an import is remembered, so a rerun never imports it twice.

pub mod observed;
pub mod redis;
pub mod sled;

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use futures_util::Stream;
use shared::api::ReceiptState;
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId, Verifier};

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

/// Caps on what a store holds at once. Every backend enforces them atomically with the changes they count.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Most live secrets; live receipts are capped by the same number, separately.
    pub max_secrets: u64,
    /// Most bytes the live secrets and receipts occupy, as [`charged_bytes`] counts them.
    pub max_bytes: u64,
}

/// What a secret of `ciphertext` bytes counts against [`Limits::max_bytes`]: its ciphertext rounded up to whole 4 KiB
/// blocks (what a file takes on disk) plus room for its records, so the cap bounds the disk actually used.
pub fn charged_bytes(ciphertext: u64) -> u64 {
    ciphertext.div_ceil(4096) * 4096 + RECORD_CHARGE
}

/// What one record (metadata with its index entry, or a receipt) counts against [`Limits::max_bytes`].
pub const RECORD_CHARGE: u64 = 512;

/// What a receipt of a secret that may be opened `views` times counts: a record, and room for the time of each open
/// beyond the first. The same [`RECORD_CHARGE`] for one view.
pub fn receipt_charge(views: u32) -> u64 {
    RECORD_CHARGE + 8 * u64::from(views.saturating_sub(1))
}

/// The store cannot serve: I/O failed, a sync failed (after which the store refuses changes), or data is unreadable.
/// The message names no id, proof or address.
#[derive(Debug, thiserror::Error)]
#[error("store unavailable: {0}")]
pub struct StoreError(pub String);

impl StoreError {
    /// An error with context, e.g. `StoreError::io("syncing the ciphertext folder", e)`.
    pub fn io(what: &str, e: impl std::fmt::Display) -> StoreError {
        StoreError(format!("{what}: {e}"))
    }
}

/// Whether a secret with this (validated) envelope header needs a passphrase, i.e. whether a wrong proof can be a guess
/// at one and is worth counting: the header's second byte is its KDF, 0 for none (`docs/envelope-v1.md`).
pub fn guessable(header: &[u8]) -> bool {
    header.get(1).is_some_and(|&kdf| kdf != 0)
}

/// A validated secret to store.
pub struct NewSecret {
    /// Storage id.
    pub id: SecretId,
    /// SHA-256 of the open proof.
    pub verifier: Verifier,
    /// SHA-256 of the link's gate, when the creator sent one: then only gate holders can spend attempts.
    pub gate: Option<Verifier>,
    /// Public envelope header, returned verbatim by peek.
    pub header: Vec<u8>,
    /// The ciphertext, already received by [`Store::upload`].
    pub ciphertext: Box<dyn Upload>,
    /// When it expires.
    pub expires_at: Millis,
    /// Wrong proofs allowed before it burns.
    pub max_attempts: u32,
    /// How many times it may be opened (at least 1).
    pub views: u32,
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
    /// How many times its secret could be opened in all.
    pub views: u32,
    /// When it was opened so far, oldest first: empty at a create; a move carries them.
    pub opens: Vec<Millis>,
}

/// An open attempt: the proof, and the gate when the opener has the link.
pub struct OpenAttempt {
    /// Storage id.
    pub id: SecretId,
    /// The presented open proof.
    pub proof: Proof,
    /// The presented gate, if any.
    pub gate: Option<Proof>,
    /// What the right proof is for.
    pub intent: Intent,
}

/// What an open attempt with the right proof does. Both count a wrong proof the same way, so burning is no free
/// passphrase oracle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Spend one open and hand out the ciphertext.
    Open,
    /// The person who opened it destroys the opens that are left: the secret ends as burned.
    BurnRest,
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
    /// How many more times it can be opened (at least 1: a secret with none left is gone).
    pub views_left: u32,
}

/// What a receipt says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptInfo {
    /// Current state (expiry already applied).
    pub state: ReceiptState,
    /// When the secret was opened its last time, if it was.
    pub opened_at: Option<Millis>,
    /// When the secret expires or expired.
    pub expires_at: Millis,
    /// How many times it could be opened in all.
    pub views: u32,
    /// When it was opened, oldest first.
    pub opens: Vec<Millis>,
}

impl ReceiptInfo {
    /// How many more times the secret can be opened: none unless it is waiting.
    pub fn views_left(&self) -> u32 {
        match self.state {
            ReceiptState::Waiting => self.views.saturating_sub(u32::try_from(self.opens.len()).unwrap_or(u32::MAX)),
            _ => 0,
        }
    }
}

/// A request to store (envelope revision 3): what the server keeps until it is answered and the answer taken, or it
/// expires.
pub struct NewRequest {
    /// Storage id.
    pub id: RequestId,
    /// SHA-256 of the answer proof: only request-link holders answer.
    pub answer_verifier: Verifier,
    /// SHA-256 of the fetch proof: the verifier of the answer, once it is stored as a secret.
    pub fetch_verifier: Verifier,
    /// The sealed note, returned verbatim by a peek.
    pub note: Vec<u8>,
    /// When it expires, answered or not.
    pub expires_at: Millis,
}

/// What a peek at a request reveals: public data only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestInfo {
    /// When it expires.
    pub expires_at: Millis,
    /// When it was answered, if it was (and the answer is still to be taken).
    pub answered_at: Option<Millis>,
    /// The sealed note.
    pub note: Vec<u8>,
}

/// How an answer ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerOutcome {
    /// Stored durably, as the secret [`answer_id`] names.
    Answered,
    /// The answer proof does not match: nothing changed.
    WrongProof,
    /// Another answer came first.
    AlreadyAnswered,
    /// Unknown, expired, or its answer already taken.
    NotFound,
    /// A cap would be exceeded.
    Full,
}

/// The header of every stored answer: envelope v1 without a passphrase, so a wrong fetch proof spends nothing (the
/// answer has its own format; the header only tells the store that no guess is worth counting).
pub const ANSWER_HEADER: [u8; 2] = [1, 0];

/// The id of the secret a request's answer is stored as: the request's own, so one hash tag holds both on Redis.
pub fn answer_id(id: &RequestId) -> SecretId {
    SecretId(id.0)
}

/// What a request's record counts against [`Limits::max_bytes`]: a record and its sealed note. It counts as a
/// receipt against the record cap; its answer, once stored, as a secret.
pub fn request_charge(note: usize) -> u64 {
    RECORD_CHARGE + note as u64
}

/// How a create ended.
#[derive(Debug, PartialEq, Eq)]
pub enum CreateOutcome {
    /// Stored durably.
    Created,
    /// A live secret has this id.
    IdTaken,
    /// A receipt with this id exists.
    ReceiptTaken,
    /// A cap would be exceeded.
    Full,
}

/// How an open attempt ended.
pub enum TakeOutcome {
    /// The proof matched: one open is spent (at the last one the secret ends) and this is its ciphertext.
    Opened {
        /// The whole ciphertext.
        ciphertext: Ciphertext,
        /// Opens left after this one; 0 when this one ended the secret.
        views_left: u32,
    },
    /// The proof matched and the intent was [`Intent::BurnRest`]: the secret is burned.
    BurnedRest,
    /// A counted wrong guess; at 0 left the secret burned.
    WrongProof {
        /// Wrong guesses left.
        attempts_left: u32,
    },
    /// A wrong proof that spent nothing: the secret has no passphrase (a 256-bit proof cannot be guessed), or the
    /// attempt lacked the link's gate.
    Refused,
    /// Unknown, consumed or expired.
    NotFound,
    /// The secret is being moved to another store ([`Store::begin_move`]): nothing was checked or spent; retry
    /// later, at the store it moves to.
    Moving,
}

/// How a burn from the receipt ended.
#[derive(Debug, PartialEq, Eq)]
pub enum BurnOutcome {
    /// Burned (or already gone with the receipt now saying so): the receipt, and the id of the secret it was for.
    Burned(ReceiptInfo, SecretId),
    /// The burn proof does not match.
    WrongProof,
    /// The secret is no longer waiting (opened, burned or expired).
    NotWaiting,
    /// No such receipt (or forgotten).
    NotFound,
    /// Its secret is being moved to another store: nothing was checked or changed.
    Moving,
}

/// What one sweep did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Records deleted because they expired or were due to be forgotten.
    pub deleted: usize,
    /// Of those, the secrets that expired with opens left (the rest are receipts forgotten), deleted by this very sweep: on a
    /// store several servers share, each expired secret is in exactly one server's report. What the metrics count as
    /// expired and the webhooks announce.
    pub expired: Vec<SecretId>,
    /// Unreadable records moved aside so the sweep can go on.
    pub quarantined: usize,
}

/// What a store holds now, as its caps count it ([`Limits`]): for Redis the shared ledger, so every server on one
/// Redis reports the same numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Live secrets.
    pub secrets: u64,
    /// Remembered receipts (of live secrets and of ones opened, burned or expired).
    pub receipts: u64,
    /// Bytes they occupy, as [`charged_bytes`] and [`RECORD_CHARGE`] count them.
    pub bytes: u64,
}

/// A ciphertext being received, written to the backend's staging area as it arrives so no upload is held in memory.
/// Dropped without being stored, it leaves nothing behind.
pub trait Upload: Send {
    /// Appends bytes.
    fn write<'a>(&'a mut self, chunk: &'a [u8]) -> StoreFuture<'a, ()>;
    /// Bytes received so far.
    fn len(&self) -> u64;
    /// Whether nothing was received.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// For the backend that made it, to take it back in [`Store::create`].
    fn into_any(self: Box<Self>) -> Box<dyn Any + Send>;
}

/// A consumed secret's ciphertext, streamed from where the backend keeps it (never all in memory for large ones).
pub struct Ciphertext {
    /// Its length in bytes.
    pub len: u64,
    /// Its bytes, in order.
    pub body: Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>,
}

impl Ciphertext {
    /// A ciphertext already in memory.
    pub fn from_bytes(bytes: Bytes) -> Ciphertext {
        Ciphertext { len: bytes.len() as u64, body: Box::pin(futures_util::stream::once(async move { Ok(bytes) })) }
    }

    /// Reads it all (tests, tools).
    pub async fn collect(mut self) -> std::io::Result<Vec<u8>> {
        use futures_util::StreamExt as _;
        let mut out = Vec::with_capacity(usize::try_from(self.len).unwrap_or(0));
        while let Some(chunk) = self.body.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out)
    }
}

/// One record a store lists for a move ([`Store::export`]): a live secret (its receipt moves with it), or a receipt
/// whose secret is no longer live (opened, burned or expired) but that is still remembered.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    /// A secret, by id.
    Secret(SecretId),
    /// A receipt, by the SHA-256 of its id.
    Receipt(ReceiptKey),
}

impl std::fmt::Debug for Listed {
    // Neither id may reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Listed::Secret(_) => "Listed::Secret(<redacted>)",
            Listed::Receipt(_) => "Listed::Receipt(<redacted>)",
        })
    }
}

/// Where an export goes on: opaque to the caller, meaningful only to the store that gave it.
#[derive(Clone, Default)]
pub struct ExportCursor(pub Vec<u8>);

/// One page of an export: some records, and the cursor of the next page (`None`: the export is complete).
pub struct ExportPage {
    /// Records to move, each at most once per page (a record may show up again on a later page: moving it again
    /// finds it gone).
    pub listed: Vec<Listed>,
    /// Where to go on.
    pub next: Option<ExportCursor>,
}

/// A live secret, whole, as a move carries it: everything a store knows of it but the ciphertext.
pub struct SecretRecord {
    /// Storage id.
    pub id: SecretId,
    /// SHA-256 of the open proof.
    pub verifier: Verifier,
    /// SHA-256 of the link's gate, if it has one.
    pub gate: Option<Verifier>,
    /// Public envelope header.
    pub header: Vec<u8>,
    /// Ciphertext length in bytes.
    pub size: u64,
    /// When it expires (absolute: a move never extends a lifetime).
    pub expires_at: Millis,
    /// Wrong guesses still allowed: the ones spent stay spent.
    pub attempts_left: u32,
    /// Opens still allowed: the ones spent stay spent.
    pub views_left: u32,
    /// Its receipt (a live secret's receipt is always waiting).
    pub receipt: Option<NewReceipt>,
}

/// A remembered receipt whose secret is no longer live.
pub struct ReceiptRecord {
    /// SHA-256 of the receipt id.
    pub key: ReceiptKey,
    /// SHA-256 of the burn proof.
    pub burn_verifier: Verifier,
    /// The secret it was created with (only its storage id).
    pub secret: SecretId,
    /// The state as stored: waiting (reads as expired once past `expires_at`), opened or burned.
    pub state: ReceiptState,
    /// When the secret was opened its last time, if it was.
    pub opened_at: Option<Millis>,
    /// When the secret expires or expired.
    pub expires_at: Millis,
    /// When the receipt is forgotten.
    pub forget_at: Millis,
    /// How many times its secret could be opened in all.
    pub views: u32,
    /// When it was opened, oldest first.
    pub opens: Vec<Millis>,
}

/// A record being moved.
pub enum Record {
    /// A live secret (with its receipt).
    Secret(SecretRecord),
    /// A receipt alone.
    Receipt(ReceiptRecord),
}

/// What [`Store::begin_move`] hands over: the record and, for a secret, its ciphertext (read, not consumed).
pub struct Exported {
    /// The record as it stands (it cannot change while it is being moved).
    pub record: Record,
    /// A secret's ciphertext, streamed.
    pub ciphertext: Option<Ciphertext>,
}

/// How [`Store::end_move`] ends a move at the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveEnd {
    /// The destination holds it durably: the source forgets it (ciphertext deleted).
    Moved,
    /// It was not moved (refused at the destination): the source serves it again, unchanged.
    Kept,
}

/// How an import ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Stored durably.
    Imported,
    /// This very record was imported here before (a move interrupted after its import): nothing changed, even if
    /// the secret was opened here since. What makes a rerun move each secret exactly once.
    AlreadyThere,
    /// Another live secret has this id (or another secret with this id was moved here).
    IdTaken,
    /// Another receipt has this id.
    ReceiptTaken,
    /// A cap would be exceeded.
    Full,
    /// It expired (or its receipt is due to be forgotten): not worth moving.
    Expired,
}

/// A boxed future, so the trait stays object-safe and routes hold an `Arc<dyn Store>`.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// A durable home for sealed secrets and their receipts.
pub trait Store: Send + Sync + 'static {
    /// Starts receiving a ciphertext for [`Store::create`].
    fn upload(&self) -> StoreFuture<'_, Box<dyn Upload>>;

    /// Stores a new secret (and receipt). Resolves once durable.
    fn create(&self, secret: NewSecret, now: Millis) -> StoreFuture<'_, CreateOutcome>;

    /// Public data of a live secret; `None` for unknown, consumed or expired. Never changes anything.
    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, Option<SecretInfo>>;

    /// Atomically checks the proof and spends one open ([`Intent::Open`]; the last one ends the secret, its receipt
    /// then says opened) or burns the secret ([`Intent::BurnRest`]). A winner's ciphertext stays readable to its end,
    /// even if the secret ends meanwhile. A wrong proof that could be a passphrase guess and carries
    /// the gate (when the secret has one) spends an attempt and burns the secret when none are left. Resolves once
    /// durable.
    fn take(&self, attempt: OpenAttempt, now: Millis) -> StoreFuture<'_, TakeOutcome>;

    /// The receipt's state; `None` once forgotten.
    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, Option<ReceiptInfo>>;

    /// Atomically checks the burn proof and burns a waiting secret. Resolves once durable.
    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, BurnOutcome>;

    /// Deletes what has expired by `now` (secrets) or is due to be forgotten (receipts). Never stops at a record it
    /// cannot read: that one is moved aside and counted.
    fn sweep(&self, now: Millis) -> StoreFuture<'_, SweepReport>;

    /// What is stored now, as the caps count it (never reads the records themselves).
    fn usage(&self) -> StoreFuture<'_, Usage>;

    /// Whether the store can serve (for `/readyz`): false after a failed sync, until reopened.
    fn ready(&self) -> StoreFuture<'_, ()>;

    /// Makes everything durable before the process exits.
    fn close(&self) -> StoreFuture<'_, ()>;

    /// One page of everything live, for a move: secrets (their receipts move with them) and receipts whose secret is
    /// gone. Start with the default cursor. Records created during an export may or may not be listed.
    fn export(&self, cursor: ExportCursor, now: Millis) -> StoreFuture<'_, ExportPage>;

    /// Starts moving one listed record: a live secret is atomically and durably marked as moving, after which it can
    /// be peeked but not opened, guessed at or burned (answers `Moving`) until [`Store::end_move`]; a receipt alone
    /// is only read (nothing can change it). `None` when the record is gone, expired, or (a receipt) still has its
    /// live secret, with which it moves. Marking one that is already moving (an interrupted move) is fine.
    fn begin_move(&self, listed: Listed, now: Millis) -> StoreFuture<'_, Option<Exported>>;

    /// Ends a move begun with [`Store::begin_move`]: forgets the record durably (`Moved`), or serves it again
    /// (`Kept`).
    fn end_move(&self, listed: Listed, end: MoveEnd) -> StoreFuture<'_, ()>;

    /// Stores a whole record from another store, with its ciphertext (a secret's, received by [`Store::upload`]),
    /// keeping every field as it was. Remembers an imported secret's id until its expiry, so importing it again
    /// answers `AlreadyThere` even after it was opened here. Resolves once durable.
    fn import(&self, record: Record, ciphertext: Option<Box<dyn Upload>>, now: Millis) -> StoreFuture<'_, ImportOutcome>;

    /// Stores a new request (envelope revision 3). `IdTaken` when a request or a secret has its id. Resolves once
    /// durable.
    fn create_request(&self, request: NewRequest, now: Millis) -> StoreFuture<'_, CreateOutcome>;

    /// Public data of a live request; `None` for unknown, expired, or answered with the answer taken. Never changes
    /// anything.
    fn peek_request(&self, id: RequestId, now: Millis) -> StoreFuture<'_, Option<RequestInfo>>;

    /// Atomically checks the answer proof and that the request is waiting, stores the answer (received by
    /// [`Store::upload`]) as the secret [`answer_id`] names (verifier: the fetch verifier; the request's expiry; one
    /// view; header [`ANSWER_HEADER`]) and marks the request answered. Taking the answer is [`Store::take`] with the
    /// fetch proof, which also forgets the request. Resolves once durable.
    fn answer(&self, id: RequestId, proof: Proof, ciphertext: Box<dyn Upload>, now: Millis) -> StoreFuture<'_, AnswerOutcome>;

    /// A creation rate limit every server on this store shares; `None` (the default) keeps it in this process.
    fn shared_limit(&self) -> Option<std::sync::Arc<dyn crate::ratelimit::SharedLimit>> {
        None
    }
}
