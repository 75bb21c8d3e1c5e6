//! The sled backend: four trees changed together in multi-tree transactions, made durable by group commit.
//!
//! Trees: `secrets` (id -> metadata), `blobs` (id -> ciphertext, kept apart so peeks and wrong proofs never touch it),
//! `receipts` (SHA-256 of receipt id -> state) and `expiry` (expiry time BE + kind + key -> nothing), the index the
//! sweeper walks in time order instead of scanning everything.
//!
//! Group commit: every change (create, take, burn) goes to one writer thread, which applies whatever has queued up as
//! ONE transaction, flushes once, then answers them all. sled commits a transaction under a process-wide write lock
//! that also waits for any flush in progress, so one transaction and one flush per batch, rather than per request, is
//! what keeps durable writes cheap. Within the batch every operation is still applied atomically and in order, so of
//! two opens of the same secret exactly one finds it. Reads (peek, receipt) go to sled directly.

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};

use axum::body::Bytes;
use shared::api::ReceiptState;
use shared::envelope::{Proof, SecretId, Verifier};
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::{IVec, Transactional, Tree};
use tokio::sync::{mpsc, oneshot};

use super::{Millis, NewSecret, ReceiptInfo, ReceiptKey, SecretInfo, Store, StoreFuture};
use crate::error::Error;

/// Caps on what the store holds at once.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Most live secrets.
    pub max_secrets: u64,
    /// Most live ciphertext bytes.
    pub max_bytes: u64,
}

/// A sled database in a directory. Cheap to clone; the writer thread stops when the last clone is dropped.
#[derive(Clone)]
pub struct SledStore {
    inner: Arc<Inner>,
    writer: mpsc::Sender<Job>,
}

struct Inner {
    db: sled::Db,
    secrets: Tree,
    blobs: Tree,
    receipts: Tree,
    expiry: Tree,
    limits: Limits,
    live_secrets: AtomicU64,
    live_bytes: AtomicU64,
    /// Whether the latest flush succeeded (for `/readyz`).
    flush_ok: AtomicBool,
}

/// Most operations applied in one transaction.
const MAX_BATCH: usize = 512;
/// Stop adding creates to a batch once it carries this many ciphertext bytes.
const MAX_BATCH_BYTES: usize = 32 << 20;
/// Expiry entries handled per sweep batch.
const SWEEP_BATCH: usize = 1024;

const KIND_SECRET: u8 = 0;
const KIND_RECEIPT: u8 = 1;

impl SledStore {
    /// Opens (or creates) the database in `dir`. Must run inside a Tokio runtime (it starts the flusher task).
    pub fn open(dir: &Path, cache_bytes: u64, limits: Limits) -> Result<SledStore, Error> {
        let db = sled::Config::new().path(dir).cache_capacity(cache_bytes).flush_every_ms(None).open()?;
        let secrets = db.open_tree("secrets")?;
        // The one startup pass over metadata (never over blobs): the caps need the live totals.
        let (mut count, mut bytes) = (0u64, 0u64);
        for entry in secrets.iter() {
            let (_, raw) = entry?;
            count += 1;
            bytes += Meta::decode(&raw)?.size;
        }
        let inner = Arc::new(Inner {
            blobs: db.open_tree("blobs")?,
            receipts: db.open_tree("receipts")?,
            expiry: db.open_tree("expiry")?,
            secrets,
            db,
            limits,
            live_secrets: AtomicU64::new(count),
            live_bytes: AtomicU64::new(bytes),
            flush_ok: AtomicBool::new(true),
        });
        let (writer, jobs) = mpsc::channel(4 * MAX_BATCH);
        let weak = Arc::downgrade(&inner);
        std::thread::Builder::new().name("cinder-writer".into()).spawn(move || write_batches(weak, jobs))?;
        Ok(SledStore { inner, writer })
    }

    /// Hands one change to the writer thread and waits until it is applied and flushed.
    async fn submit(&self, op: Op) -> Result<Done, Error> {
        let (reply, answer) = oneshot::channel();
        let gone = || Error::Unavailable("writer stopped".into());
        self.writer.send(Job { op, reply }).await.map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }
}

/// Metadata of a live secret.
struct Meta {
    expires_at: Millis,
    attempts_left: u32,
    size: u64,
    verifier: Verifier,
    receipt: Option<ReceiptKey>,
    header: Vec<u8>,
}

const META_FORMAT: u8 = 1;
const META_FIXED: usize = 1 + 8 + 4 + 8 + 32 + 1;

impl Meta {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(META_FIXED + 32 + self.header.len());
        out.push(META_FORMAT);
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out.extend_from_slice(&self.attempts_left.to_be_bytes());
        out.extend_from_slice(&self.size.to_be_bytes());
        out.extend_from_slice(&self.verifier.0);
        match &self.receipt {
            Some(key) => {
                out.push(1);
                out.extend_from_slice(key);
            }
            None => out.push(0),
        }
        out.extend_from_slice(&self.header);
        out
    }

    fn decode(raw: &[u8]) -> Result<Meta, Error> {
        let mut r = Reader(raw);
        if r.u8()? != META_FORMAT {
            return Err(corrupt());
        }
        let expires_at = r.u64()?;
        let attempts_left = u32::from_be_bytes(r.array()?);
        let size = r.u64()?;
        let verifier = Verifier(r.array()?);
        let receipt = match r.u8()? {
            0 => None,
            1 => Some(r.array()?),
            _ => return Err(corrupt()),
        };
        Ok(Meta { expires_at, attempts_left, size, verifier, receipt, header: r.0.to_vec() })
    }
}

/// A receipt's record.
struct Rec {
    state: ReceiptState,
    opened_at: Option<Millis>,
    expires_at: Millis,
    forget_at: Millis,
    burn_verifier: Verifier,
    secret: SecretId,
}

const REC_FORMAT: u8 = 1;

impl Rec {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(2 + 24 + 32 + 16);
        out.push(REC_FORMAT);
        out.push(match self.state {
            ReceiptState::Waiting | ReceiptState::Expired => 0,
            ReceiptState::Opened => 1,
            ReceiptState::Burned => 2,
        });
        out.extend_from_slice(&self.opened_at.unwrap_or(0).to_be_bytes());
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out.extend_from_slice(&self.forget_at.to_be_bytes());
        out.extend_from_slice(&self.burn_verifier.0);
        out.extend_from_slice(&self.secret.0);
        out
    }

    fn decode(raw: &[u8]) -> Result<Rec, Error> {
        let mut r = Reader(raw);
        if r.u8()? != REC_FORMAT {
            return Err(corrupt());
        }
        let state = match r.u8()? {
            0 => ReceiptState::Waiting,
            1 => ReceiptState::Opened,
            2 => ReceiptState::Burned,
            _ => return Err(corrupt()),
        };
        let opened_at = Some(r.u64()?).filter(|&t| t != 0);
        let rec = Rec {
            state,
            opened_at,
            expires_at: r.u64()?,
            forget_at: r.u64()?,
            burn_verifier: Verifier(r.array()?),
            secret: SecretId(r.array()?),
        };
        if !r.0.is_empty() {
            return Err(corrupt());
        }
        Ok(rec)
    }

    /// The state a reader sees at `now`: a waiting secret past its expiry reads as expired.
    fn info(&self, now: Millis) -> ReceiptInfo {
        let state = match self.state {
            ReceiptState::Waiting if now >= self.expires_at => ReceiptState::Expired,
            s => s,
        };
        ReceiptInfo { state, opened_at: self.opened_at, expires_at: self.expires_at }
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let (head, rest) = self.0.split_at_checked(N).ok_or_else(corrupt)?;
        self.0 = rest;
        Ok(head.try_into().expect("split at N"))
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.array::<1>()?[0])
    }
    fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_be_bytes(self.array()?))
    }
}

fn corrupt() -> Error {
    Error::Unavailable("corrupt record".into())
}

fn expiry_key(at: Millis, kind: u8, key: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(9 + key.len());
    k.extend_from_slice(&at.to_be_bytes());
    k.push(kind);
    k.extend_from_slice(key);
    k
}

/// The four trees as one transaction sees them: secrets, blobs, receipts, expiry.
type Views = (TransactionalTree, TransactionalTree, TransactionalTree, TransactionalTree);

type TxResult<T> = Result<T, ConflictableTransactionError<Error>>;

fn abort<T>(e: Error) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(e))
}

fn tx_error(e: TransactionError<Error>) -> Error {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => e.into(),
    }
}

/// Removes a live secret inside a transaction and records how it ended on its receipt.
fn end_secret(trees: &Views, id: &SecretId, meta: &Meta, end: ReceiptState, now: Millis) -> TxResult<()> {
    let (secrets, blobs, receipts, expiry) = trees;
    secrets.remove(&id.0[..])?;
    blobs.remove(&id.0[..])?;
    expiry.remove(expiry_key(meta.expires_at, KIND_SECRET, &id.0))?;
    if let Some(key) = &meta.receipt {
        if let Some(raw) = receipts.get(key)? {
            let mut rec = Rec::decode(&raw).or_else(abort)?;
            rec.state = end;
            rec.opened_at = (end == ReceiptState::Opened).then_some(now);
            receipts.insert(&key[..], rec.encode())?;
        }
    }
    Ok(())
}

/// A change waiting for the writer thread.
struct Job {
    op: Op,
    reply: oneshot::Sender<Result<Done, Error>>,
}

enum Op {
    Create(NewSecret),
    Take(SecretId, Proof, Millis),
    Burn(ReceiptKey, Proof, Millis),
}

/// What applying an [`Op`] found. Refusals are outcomes, not aborts, so they never undo the rest of a batch.
enum Done {
    Created,
    Taken(Take),
    Burnt(Burn),
    Refused(Error),
}

enum Take {
    Opened(IVec, u64),
    Wrong { left: u32, burned_size: Option<u64> },
    NotFound,
}

enum Burn {
    Burned(ReceiptInfo, Option<u64>),
    Wrong,
    NotWaiting,
    NotFound,
}

/// The writer thread: takes whatever has queued up, applies it as one transaction, flushes once, answers everyone.
fn write_batches(inner: Weak<Inner>, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = jobs.blocking_recv() {
        let mut bytes = 0;
        batch.push(first);
        while batch.len() < MAX_BATCH && bytes < MAX_BATCH_BYTES {
            let Ok(job) = jobs.try_recv() else { break };
            if let Op::Create(s) = &job.op {
                bytes += s.ciphertext.len();
            }
            batch.push(job);
        }
        let Some(inner) = inner.upgrade() else { return };
        let ops: Vec<&Op> = batch.iter().map(|j| &j.op).collect();
        let results = match inner.apply(&ops) {
            Ok(results) => results.into_iter().map(Ok).collect(),
            // One bad record must not fail its neighbours: retry each on its own.
            Err(_) => ops.iter().map(|op| inner.apply(&[op]).map(|mut r| r.remove(0))).collect::<Vec<_>>(),
        };
        let started = std::time::Instant::now();
        let flushed = inner.db.flush();
        inner.flush_ok.store(flushed.is_ok(), Ordering::Relaxed);
        tracing::trace!(ops = batch.len(), micros = started.elapsed().as_micros() as u64, "batch applied and flushed");
        // Let go before answering, so a store dropped by the last requester really closes.
        drop(inner);
        for (job, result) in batch.drain(..).zip(results) {
            let result = match (&flushed, result) {
                (Ok(_), r) => r,
                (Err(e), _) => Err(Error::Unavailable(format!("flush failed: {e}"))),
            };
            // The requester may have given up (timeout); the change stands either way.
            let _ = job.reply.send(result);
        }
    }
}

impl Inner {
    fn trees(&self) -> (&Tree, &Tree, &Tree, &Tree) {
        (&self.secrets, &self.blobs, &self.receipts, &self.expiry)
    }

    /// Claims room for one secret of `bytes` under the caps, or answers `Full`.
    fn reserve(&self, bytes: u64) -> Result<(), Error> {
        let count = self.live_secrets.fetch_add(1, Ordering::Relaxed) + 1;
        let total = self.live_bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if count > self.limits.max_secrets || total > self.limits.max_bytes {
            self.release(bytes);
            return Err(Error::Full);
        }
        Ok(())
    }

    fn release(&self, bytes: u64) {
        self.live_secrets.fetch_sub(1, Ordering::Relaxed);
        self.live_bytes.fetch_sub(bytes, Ordering::Relaxed);
    }

    /// Applies `ops` in order as ONE transaction.
    fn apply(&self, ops: &[&Op]) -> Result<Vec<Done>, Error> {
        self.trees()
            .transaction(|trees| {
                ops.iter()
                    .map(|op| match op {
                        Op::Create(s) => create(trees, s),
                        Op::Take(id, proof, now) => take(trees, id, proof, *now).map(Done::Taken),
                        Op::Burn(key, proof, now) => burn(trees, key, proof, *now).map(Done::Burnt),
                    })
                    .collect()
            })
            .map_err(tx_error)
    }

    fn peek(&self, id: &SecretId, now: Millis) -> Result<SecretInfo, Error> {
        let raw = self.secrets.get(id.0)?.ok_or(Error::NotFound)?;
        let meta = Meta::decode(&raw)?;
        if now >= meta.expires_at {
            return Err(Error::NotFound);
        }
        Ok(SecretInfo { header: meta.header, expires_at: meta.expires_at, size: meta.size })
    }

    fn receipt(&self, key: &ReceiptKey, now: Millis) -> Result<ReceiptInfo, Error> {
        let raw = self.receipts.get(key)?.ok_or(Error::NotFound)?;
        let rec = Rec::decode(&raw)?;
        if now >= rec.forget_at {
            return Err(Error::NotFound);
        }
        Ok(rec.info(now))
    }

    /// Deletes one batch of due records; returns how many index entries it handled and how many records it deleted.
    fn sweep_batch(&self, now: Millis) -> Result<(usize, usize), Error> {
        let upper = now.saturating_add(1).to_be_bytes();
        let due: Vec<IVec> = self.expiry.range(..&upper[..]).keys().take(SWEEP_BATCH).collect::<Result<_, _>>()?;
        let mut deleted = 0;
        for entry in &due {
            let mut r = Reader(entry);
            let at = r.u64()?;
            let kind = r.u8()?;
            let key = r.0;
            let removed = match kind {
                KIND_SECRET => (&self.secrets, &self.blobs, &self.expiry)
                    .transaction(|(secrets, blobs, expiry)| {
                        expiry.remove(entry)?;
                        let Some(raw) = secrets.get(key)? else { return Ok(None) };
                        let meta = Meta::decode(&raw).or_else(abort)?;
                        if meta.expires_at != at {
                            return Ok(None);
                        }
                        secrets.remove(key)?;
                        blobs.remove(key)?;
                        Ok(Some(meta.size))
                    })
                    .map_err(tx_error)?,
                KIND_RECEIPT => (&self.receipts, &self.expiry)
                    .transaction(|(receipts, expiry)| {
                        expiry.remove(entry)?;
                        let Some(raw) = receipts.get(key)? else { return Ok(None) };
                        if Rec::decode(&raw).or_else(abort)?.forget_at != at {
                            return Ok(None);
                        }
                        receipts.remove(key)?;
                        Ok(Some(0))
                    })
                    .map_err(tx_error)?,
                _ => {
                    self.expiry.remove(entry)?;
                    None
                }
            };
            if let Some(size) = removed {
                deleted += 1;
                if kind == KIND_SECRET {
                    self.release(size);
                }
            }
        }
        Ok((due.len(), deleted))
    }
}

fn create(trees: &Views, s: &NewSecret) -> TxResult<Done> {
    let (secrets, blobs, receipts, expiry) = trees;
    let id = &s.id.0[..];
    if secrets.get(id)?.is_some() {
        return Ok(Done::Refused(Error::Conflict("this id is already taken")));
    }
    if let Some(r) = &s.receipt {
        if receipts.get(r.key)?.is_some() {
            return Ok(Done::Refused(Error::Conflict("this receipt id is already taken")));
        }
        let rec = Rec {
            state: ReceiptState::Waiting,
            opened_at: None,
            expires_at: s.expires_at,
            forget_at: r.forget_at,
            burn_verifier: r.burn_verifier,
            secret: s.id,
        };
        receipts.insert(&r.key[..], rec.encode())?;
        expiry.insert(expiry_key(r.forget_at, KIND_RECEIPT, &r.key), &[][..])?;
    }
    let meta = Meta {
        expires_at: s.expires_at,
        attempts_left: s.max_attempts,
        size: s.ciphertext.len() as u64,
        verifier: s.verifier,
        receipt: s.receipt.as_ref().map(|r| r.key),
        header: s.header.clone(),
    };
    secrets.insert(id, meta.encode())?;
    blobs.insert(id, &s.ciphertext[..])?;
    expiry.insert(expiry_key(s.expires_at, KIND_SECRET, id), &[][..])?;
    Ok(Done::Created)
}

fn take(trees: &Views, id: &SecretId, proof: &Proof, now: Millis) -> TxResult<Take> {
    let (secrets, blobs, _, _) = trees;
    let key = &id.0[..];
    let Some(raw) = secrets.get(key)? else { return Ok(Take::NotFound) };
    let mut meta = Meta::decode(&raw).or_else(abort)?;
    if now >= meta.expires_at {
        return Ok(Take::NotFound);
    }
    if !meta.verifier.matches(proof) {
        let left = meta.attempts_left.saturating_sub(1);
        if left == 0 {
            end_secret(trees, id, &meta, ReceiptState::Burned, now)?;
            return Ok(Take::Wrong { left, burned_size: Some(meta.size) });
        }
        meta.attempts_left = left;
        secrets.insert(key, meta.encode())?;
        return Ok(Take::Wrong { left, burned_size: None });
    }
    let Some(blob) = blobs.get(key)? else { return abort(corrupt()) };
    end_secret(trees, id, &meta, ReceiptState::Opened, now)?;
    Ok(Take::Opened(blob, meta.size))
}

fn burn(trees: &Views, key: &ReceiptKey, proof: &Proof, now: Millis) -> TxResult<Burn> {
    let (secrets, _, receipts, _) = trees;
    let Some(raw) = receipts.get(key)? else { return Ok(Burn::NotFound) };
    let mut rec = Rec::decode(&raw).or_else(abort)?;
    if now >= rec.forget_at {
        return Ok(Burn::NotFound);
    }
    if !rec.burn_verifier.matches(proof) {
        return Ok(Burn::Wrong);
    }
    if rec.info(now).state != ReceiptState::Waiting {
        return Ok(Burn::NotWaiting);
    }
    let mut size = None;
    if let Some(raw) = secrets.get(&rec.secret.0[..])? {
        let meta = Meta::decode(&raw).or_else(abort)?;
        // end_secret marks the receipt too; it is written once more below, identically.
        end_secret(trees, &rec.secret, &meta, ReceiptState::Burned, now)?;
        size = Some(meta.size);
    }
    rec.state = ReceiptState::Burned;
    receipts.insert(&key[..], rec.encode())?;
    Ok(Burn::Burned(rec.info(now), size))
}

impl Store for SledStore {
    fn create(&self, secret: NewSecret, _now: Millis) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let size = secret.ciphertext.len() as u64;
            self.inner.reserve(size)?;
            match self.submit(Op::Create(secret)).await {
                Ok(Done::Created) => Ok(()),
                Ok(Done::Refused(e)) | Err(e) => {
                    self.inner.release(size);
                    Err(e)
                }
                Ok(_) => unreachable!("create answers Created or Refused"),
            }
        })
    }

    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, SecretInfo> {
        Box::pin(async move { self.inner.peek(&id, now) })
    }

    fn take(&self, id: SecretId, proof: Proof, now: Millis) -> StoreFuture<'_, Bytes> {
        Box::pin(async move {
            let Done::Taken(outcome) = self.submit(Op::Take(id, proof, now)).await? else { unreachable!("take answers Taken") };
            match outcome {
                Take::NotFound => Err(Error::NotFound),
                Take::Opened(blob, size) => {
                    self.inner.release(size);
                    Ok(Bytes::from_owner(blob))
                }
                Take::Wrong { left, burned_size } => {
                    if let Some(size) = burned_size {
                        self.inner.release(size);
                    }
                    Err(Error::WrongProof { attempts_left: Some(left) })
                }
            }
        })
    }

    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, ReceiptInfo> {
        Box::pin(async move { self.inner.receipt(&key, now) })
    }

    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, ReceiptInfo> {
        Box::pin(async move {
            let Done::Burnt(outcome) = self.submit(Op::Burn(key, proof, now)).await? else { unreachable!("burn answers Burnt") };
            match outcome {
                Burn::NotFound => Err(Error::NotFound),
                Burn::Wrong => Err(Error::WrongProof { attempts_left: None }),
                Burn::NotWaiting => Err(Error::Conflict("the secret is no longer waiting")),
                Burn::Burned(info, size) => {
                    if let Some(size) = size {
                        self.inner.release(size);
                    }
                    Ok(info)
                }
            }
        })
    }

    fn sweep(&self, now: Millis) -> StoreFuture<'_, usize> {
        Box::pin(async move {
            let inner = self.inner.clone();
            tokio::task::spawn_blocking(move || {
                let mut total = 0;
                loop {
                    let (seen, deleted) = inner.sweep_batch(now)?;
                    total += deleted;
                    if seen < SWEEP_BATCH {
                        return Ok(total);
                    }
                }
            })
            .await
            .map_err(|_| Error::Internal)?
        })
    }

    fn ready(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            self.inner.secrets.first()?;
            if !self.inner.flush_ok.load(Ordering::Relaxed) {
                return Err(Error::Unavailable("last flush failed".into()));
            }
            Ok(())
        })
    }

    fn close(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let db = self.inner.db.clone();
            tokio::task::spawn_blocking(move || db.flush()).await.map_err(|_| Error::Internal)??;
            Ok(())
        })
    }
}
