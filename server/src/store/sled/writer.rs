//! Group commit: every change goes to ONE writer thread, which applies whatever has queued up as one sled transaction,
//! makes it durable (the ciphertext folder synced before, sled flushed and its log file `fdatasync`ed after), and only
//! then answers everyone and updates the counted totals. Being the only writer, it is also the only place the totals
//! change, so they cannot drift from the data.
//!
//! Fail-stop: when a sync or a transaction fails, the state on disk is unknown (after a failed fsync the kernel may
//! have dropped the dirty pages), so the batch is answered with errors, `ready()` turns false, and every later change
//! is refused until the process reopens the store, which repairs from what is really on disk.

use std::fs::File;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Weak};

use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId};
use sled::Transactional as _;
use tokio::sync::{mpsc, oneshot};

use super::super::{
    AnswerOutcome, CreateOutcome, ImportOutcome, Listed, Millis, MoveEnd, NewRequest, OpenAttempt, ReceiptKey, ReceiptRecord, StoreError,
};
use super::files::Files;
use super::ops::{Burnt, Effects, Took, Totals, Trees, Tx};
use super::records::{Meta, Rec};
use super::Staged;

/// Most operations applied in one transaction.
pub const MAX_BATCH: usize = 512;
/// Expiry entries one sweep operation handles.
pub const SWEEP_BATCH: usize = 1024;

/// What the writer and the readers share.
pub struct Shared {
    pub db: sled::Db,
    pub secrets: sled::Tree,
    pub receipts: sled::Tree,
    pub expiry: sled::Tree,
    pub quarantine: sled::Tree,
    pub moved: sled::Tree,
    pub requests: sled::Tree,
    pub files: Files,
    /// sled's log file, `fdatasync`ed after each flush (sled itself only calls `sync_file_range`).
    pub log: File,
    pub limits: super::super::Limits,
    /// The totals as of the last durable batch.
    pub totals: Mutex<Totals>,
    /// Set once a sync failed: no change is accepted any more.
    pub failed: AtomicBool,
    /// Fault injection for tests: the next sync fails as a disk would (`SledStore::fail_next_sync`).
    pub fail_next_sync: AtomicBool,
    pub failure: Mutex<String>,
}

impl Shared {
    /// Enters fail-stop.
    pub fn fail(&self, error: &StoreError) {
        if !self.failed.swap(true, Ordering::SeqCst) {
            tracing::error!(%error, "the store failed; refusing changes until restarted");
            *self.failure.lock().expect("not poisoned") = error.to_string();
        }
    }

    pub fn failed(&self) -> Option<StoreError> {
        self.failed
            .load(Ordering::SeqCst)
            .then(|| StoreError(format!("refusing changes after a failure ({})", self.failure.lock().expect("not poisoned"))))
    }

    /// sled's flush reaches the disk only with our fdatasync of its log after it.
    pub fn flush(&self) -> Result<(), StoreError> {
        if self.fail_next_sync.swap(false, Ordering::SeqCst) {
            return Err(StoreError("syncing the database log: injected failure (EIO)".into()));
        }
        self.db.flush().map_err(|e| StoreError::io("flushing the database", e))?;
        self.log.sync_data().map_err(|e| StoreError::io("syncing the database log", e))
    }
}

/// A change for the writer.
pub enum Op {
    Create(Staged),
    Take(OpenAttempt, Millis),
    Burn(ReceiptKey, Proof, Millis),
    /// Handles up to [`SWEEP_BATCH`] due expiry entries.
    Sweep(Millis),
    /// A secret from another store, its ciphertext file already written.
    Import(Staged, Millis),
    ImportReceipt(ReceiptRecord, Millis),
    BeginMove(shared::envelope::SecretId, Millis),
    EndMove(Listed, MoveEnd),
    CreateRequest(NewRequest),
    /// An answer to a request, its ciphertext file (of this size, under the answer's id) already written.
    Answer(RequestId, Proof, u64, Millis),
}

/// What applying an [`Op`] found.
pub enum Done {
    Created(CreateOutcome),
    /// Create only, answered before the writer: the ciphertext file was not written, because a file of that id exists
    /// (`None`: the id is taken) or writing failed.
    NotWritten(Option<StoreError>),
    /// With the ciphertext file opened for an `Opened` outcome (`None` if it was missing: answered not found).
    Took(Took, Option<File>),
    Burnt(Burnt),
    Swept {
        seen: usize,
        deleted: usize,
        expired: Vec<SecretId>,
        quarantined: usize,
    },
    Imported(ImportOutcome),
    /// Create or import only, answered before the writer: the byte cap is already reached.
    Full,
    /// The secret marked as moving, with its receipt, and its ciphertext file opened once the mark was durable.
    Began(Option<(Meta, Option<Rec>)>, Option<File>),
    Ended,
    Answered(AnswerOutcome),
}

pub struct Job {
    pub op: Op,
    pub reply: oneshot::Sender<Result<Done, StoreError>>,
}

/// The writer thread's loop; returns when every sender is gone or the store was dropped.
pub fn run(shared: Weak<Shared>, mut jobs: mpsc::Receiver<Job>) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    // Removed files whose removal is not yet synced: the next batch syncs the folder first.
    let mut folder_dirty = false;
    while let Some(first) = jobs.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            let Ok(job) = jobs.try_recv() else { break };
            batch.push(job);
        }
        let Some(sh) = shared.upgrade() else { return };
        let started = std::time::Instant::now();
        let applied = apply(&sh, &batch, &mut folder_dirty);
        tracing::trace!(ops = batch.len(), micros = started.elapsed().as_micros() as u64, "batch applied and synced");
        let answers = match applied {
            Ok(answers) => answers.into_iter().map(Ok).collect(),
            Err(e) => {
                sh.fail(&e);
                batch.iter().map(|_| Err(StoreError(e.0.clone()))).collect::<Vec<_>>()
            }
        };
        // Let go before answering, so a store dropped by the last requester really closes.
        drop(sh);
        for (job, answer) in batch.drain(..).zip(answers) {
            // The requester may have given up (timeout); the change stands either way (docs/api.md says so).
            let _ = job.reply.send(answer);
        }
    }
}

/// Applies one batch durably; `Err` means fail-stop.
fn apply(sh: &Shared, batch: &[Job], folder_dirty: &mut bool) -> Result<Vec<Done>, StoreError> {
    if let Some(e) = sh.failed() {
        return Err(e);
    }
    // New files (and earlier removals) must be durable before any metadata that names them.
    if *folder_dirty || batch.iter().any(|j| matches!(j.op, Op::Create(_) | Op::Import(..) | Op::Answer(..))) {
        sh.files.sync_folder()?;
        *folder_dirty = false;
    }
    // The sweeper's index walk reads outside the transaction; the writer is the only one changing the index.
    let mut due: Vec<Vec<sled::IVec>> = Vec::new();
    for job in batch {
        if let Op::Sweep(now) = job.op {
            let upper = now.saturating_add(1).to_be_bytes();
            let keys = sh.expiry.range(..&upper[..]).keys().take(SWEEP_BATCH).collect::<Result<Vec<_>, _>>();
            due.push(keys.map_err(|e| StoreError::io("reading the expiry index", e))?);
        }
    }
    let totals = *sh.totals.lock().expect("not poisoned");
    let trees = (&sh.secrets, &sh.receipts, &sh.expiry, &sh.quarantine, &sh.moved, &sh.requests);
    let result = trees.transaction(|(secrets, receipts, expiry, quarantine, moved, requests)| {
        let tx = Tx {
            t: Trees { secrets, receipts, expiry, quarantine, moved, requests },
            fx: std::cell::RefCell::new(Effects { totals, ..Effects::default() }),
            limits: sh.limits,
        };
        let mut sweeps = due.iter();
        let mut done = Vec::with_capacity(batch.len());
        for job in batch {
            done.push(match &job.op {
                Op::Create(s) => Done::Created(tx.create(s)?),
                Op::Take(attempt, now) => Done::Took(tx.take(attempt, *now)?, None),
                Op::Burn(key, proof, now) => Done::Burnt(tx.burn(key, proof, *now)?),
                Op::Sweep(_) => {
                    let entries = sweeps.next().expect("one list per sweep");
                    let before = tx.fx.borrow().quarantined;
                    let (deleted, expired) = tx.sweep(entries)?;
                    Done::Swept { seen: entries.len(), deleted, expired, quarantined: tx.fx.borrow().quarantined - before }
                }
                Op::Import(s, now) => Done::Imported(tx.import(s, *now)?),
                Op::ImportReceipt(r, now) => Done::Imported(tx.import_receipt(r, *now)?),
                Op::BeginMove(id, now) => Done::Began(tx.begin_move(id, *now)?, None),
                Op::EndMove(listed, end) => {
                    tx.end_move(listed, *end)?;
                    Done::Ended
                }
                Op::CreateRequest(r) => Done::Created(tx.create_request(r)?),
                Op::Answer(id, proof, size, now) => Done::Answered(tx.answer(id, proof, *size, *now)?),
            });
        }
        Ok::<_, sled::transaction::ConflictableTransactionError<()>>((done, tx.fx.into_inner()))
    });
    let (mut done, fx) = result.map_err(|e| StoreError::io("applying a batch", format!("{e:?}")))?;
    sh.flush()?;
    *sh.totals.lock().expect("not poisoned") = fx.totals;
    // Only now, with the change durable: hand out the opened ciphertexts, then drop the files nobody needs.
    for (d, job) in done.iter_mut().zip(batch) {
        if let Done::Took(Took::Opened(id, ..), file) = d {
            *file = sh.files.open_file(id);
            if file.is_none() {
                tracing::error!("a consumed secret had no ciphertext file; answered as not found");
            }
        }
        if let (Done::Began(Some(_), file), Op::BeginMove(id, _)) = (d, &job.op) {
            *file = sh.files.open_file(id);
        }
    }
    for id in &fx.ended {
        sh.files.remove(id);
    }
    *folder_dirty |= !fx.ended.is_empty();
    Ok(done)
}
