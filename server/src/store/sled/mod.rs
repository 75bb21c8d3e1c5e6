//! The embedded store (the default): small metadata records in sled, each ciphertext in its own file, and one writer
//! thread that commits changes in batches.
//!
//! sled trees: `secrets` (id -> metadata), `receipts` (SHA-256 of receipt id -> state), `expiry` (time BE + kind + key
//! -> nothing: the index the sweeper walks in time order), `quarantine` (records that did not decode, kept aside) and
//! `moved` (id -> verifier and expiry of each secret imported from another store, so a rerun of an interrupted move
//! never imports it twice; swept at its expiry) and `requests` (request id -> a request's record; its answer is a
//! secret with the same id, and neither moves to another store yet).
//! Ciphertext: `files.rs`. Batching and durability: `writer.rs`. The steps inside a transaction: `ops.rs`.
//! Record formats: `records.rs`. Reads (peek, receipt) go to sled directly; every change goes through the writer.

mod files;
mod ops;
mod records;
mod writer;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use shared::api::ReceiptState;
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId, Verifier};
use tokio::sync::{mpsc, oneshot};

use super::{
    answer_id, AnswerOutcome, BurnOutcome, Ciphertext, CreateOutcome, ExportCursor, ExportPage, Exported, ImportOutcome, Limits, Listed,
    Millis, MoveEnd, NewReceipt, NewRequest, NewSecret, OpenAttempt, ReceiptInfo, ReceiptKey, ReceiptRecord, Record, RequestInfo,
    SecretInfo, SecretRecord, Store, StoreError, StoreFuture, SweepReport, TakeOutcome, Upload, Usage,
};
use files::{FileUpload, Files};
use ops::{Burnt, Took};
use records::{expiry_key, Kind, Meta, Rec, Req};
use writer::{Done, Job, Op, Shared, MAX_BATCH, SWEEP_BATCH};

/// Ciphertexts up to this size are read into memory when opened; larger ones are streamed from their file.
const READ_WHOLE: u64 = 256 * 1024;
/// Records one export page lists.
const EXPORT_PAGE: usize = 256;

/// A secret whose ciphertext file is written, waiting for its metadata to commit.
pub struct Staged {
    pub id: SecretId,
    pub verifier: Verifier,
    pub gate: Option<Verifier>,
    pub header: Vec<u8>,
    pub size: u64,
    pub expires_at: Millis,
    pub max_attempts: u32,
    /// Opens allowed (on import: the ones left).
    pub views: u32,
    pub receipt: Option<NewReceipt>,
}

/// A data directory. Cheap to clone; the writer thread stops when the last clone is dropped.
#[derive(Clone)]
pub struct SledStore {
    shared: Arc<Shared>,
    writer: mpsc::Sender<Job>,
}

/// What opening the store found and mended, for its one startup log line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Repairs {
    /// Ciphertext files no record names (a crash between writing and committing), and staging leftovers.
    pub orphan_files: usize,
    /// Records whose ciphertext file is missing or of the wrong size: removed (their receipts say burned).
    pub records_without_ciphertext: usize,
    /// Records from an older binary whose ciphertext moved from sled into files.
    pub migrated: usize,
}

impl SledStore {
    /// Opens (or creates) the store in `dir`, repairing what a crash left: see [`Repairs`]. Blocking.
    pub fn open(dir: &Path, cache_bytes: u64, limits: Limits) -> Result<(SledStore, Repairs), StoreError> {
        let io = |what: &'static str| move |e: sled::Error| StoreError::io(what, e);
        create_dir_durably(dir)?;
        let db =
            sled::Config::new().path(dir).cache_capacity(cache_bytes).flush_every_ms(None).open().map_err(io("opening the database"))?;
        let tree = |name: &str| db.open_tree(name).map_err(io("opening a tree"));
        let (secrets, receipts, expiry, quarantine) = (tree("secrets")?, tree("receipts")?, tree("expiry")?, tree("quarantine")?);
        let (moved, requests) = (tree("moved")?, tree("requests")?);
        let files = Files::open(dir)?;
        let log = std::fs::File::open(dir.join("db")).map_err(|e| StoreError::io("opening the database log", e))?;
        let mut repairs = Repairs { migrated: migrate(&db, &secrets, &files)?, ..Repairs::default() };
        repair(&secrets, &receipts, &expiry, &requests, &files, &mut repairs)?;
        let totals = ops::count(&secrets, &receipts, &requests).map_err(io("counting what is stored"))?;
        let shared = Arc::new(Shared {
            db,
            secrets,
            receipts,
            expiry,
            quarantine,
            moved,
            requests,
            files,
            log,
            limits,
            totals: Mutex::new(totals),
            failed: AtomicBool::new(false),
            fail_next_sync: AtomicBool::new(false),
            failure: Mutex::new(String::new()),
        });
        sync_everything(&shared, dir)?;
        let (writer, jobs) = mpsc::channel(4 * MAX_BATCH);
        let weak = Arc::downgrade(&shared);
        std::thread::Builder::new()
            .name("cinder-writer".into())
            .spawn(move || writer::run(weak, jobs))
            .map_err(|e| StoreError::io("starting the writer thread", e))?;
        tracing::info!(
            secrets = totals.secrets,
            receipts = totals.receipts,
            orphan_files_removed = repairs.orphan_files,
            records_without_ciphertext_removed = repairs.records_without_ciphertext,
            migrated = repairs.migrated,
            "store opened"
        );
        Ok((SledStore { shared, writer }, repairs))
    }

    /// Hands one change to the writer thread and waits until it is applied and durable.
    async fn submit(&self, op: Op) -> Result<Done, StoreError> {
        let (reply, answer) = oneshot::channel();
        let gone = || StoreError("the writer thread stopped".into());
        self.writer.send(Job { op, reply }).await.map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?
    }

    /// Writes a staged secret's ciphertext file and commits its metadata: a create, an import or an answer.
    /// Answers `Done::Created`/`Done::Imported`/`Done::Answered`, `Done::NotWritten(None)` (a file of this id exists: a
    /// live secret) or `Done::Full`.
    async fn store_staged(&self, mut staged: Staged, ciphertext: Box<dyn Upload>, purpose: Purpose) -> Result<Done, StoreError> {
        let mut upload: Box<FileUpload> =
            ciphertext.into_any().downcast().map_err(|_| StoreError("an upload from another store was given to the sled store".into()))?;
        upload.finish().await?;
        let size = upload.len();
        staged.size = size;
        let id = staged.id;
        // Cheap refusal before writing: the writer checks again, authoritatively.
        if self.shared.totals.lock().expect("not poisoned").bytes + super::charged_bytes(size) > self.shared.limits.max_bytes {
            return Ok(Done::Full);
        }
        if let Some(e) = self.shared.failed() {
            return Err(e);
        }
        // One blocking thread writes the file and hands the metadata straight to the writer, which answers: one
        // thread handoff less per create than returning here in between.
        let (reply, answer) = oneshot::channel();
        let (shared, writer) = (self.shared.clone(), self.writer.clone());
        drop(tokio::task::spawn_blocking(move || {
            let written = shared.files.store(&mut upload, &id);
            drop(upload);
            let op = match purpose {
                Purpose::Create => Op::Create(staged),
                Purpose::Import(now) => Op::Import(staged, now),
                Purpose::Answer(request, proof, now) => Op::Answer(request, proof, staged.size, now),
            };
            let job = Job { op, reply };
            match written {
                Ok(true) => {
                    if let Err(mpsc::error::SendError(job)) = writer.blocking_send(job) {
                        let _ = job.reply.send(Err(StoreError("the writer thread stopped".into())));
                    }
                }
                Ok(false) => drop(job.reply.send(Ok(Done::NotWritten(None)))),
                Err(e) => drop(job.reply.send(Ok(Done::NotWritten(Some(e))))),
            }
        }));
        let outcome = match answer.await {
            Ok(Ok(done @ (Done::Created(_) | Done::Imported(_) | Done::Answered(_)))) => Ok(done),
            // Not ours to remove: the file of a live secret with this id, or nothing (the store cleaned up).
            Ok(Ok(Done::NotWritten(None))) => return Ok(Done::NotWritten(None)),
            Ok(Ok(Done::NotWritten(Some(e)))) => return Err(e),
            Ok(Ok(_)) => unreachable!("create, import and answer answer Created, Imported or Answered"),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(StoreError("writing a ciphertext file panicked".into())),
        };
        if !matches!(
            outcome,
            Ok(Done::Created(CreateOutcome::Created) | Done::Imported(ImportOutcome::Imported) | Done::Answered(AnswerOutcome::Answered))
        ) {
            self.shared.files.remove(&id);
        }
        outcome
    }

    /// A receipt alone, for a move: `None` if forgotten, or if its secret is still live (it moves with it).
    fn lone_receipt(&self, key: &ReceiptKey, now: Millis) -> Result<Option<ReceiptRecord>, StoreError> {
        let io = |e| StoreError::io("reading", e);
        let Some(rec) = self.shared.receipts.get(key).map_err(io)?.and_then(|raw| Rec::decode(&raw).ok()) else { return Ok(None) };
        if now >= rec.forget_at {
            return Ok(None);
        }
        let meta = self.shared.secrets.get(rec.secret.0).map_err(io)?.and_then(|raw| Meta::decode(&raw).ok());
        if meta.is_some_and(|m| m.receipt == Some(*key) && now < m.expires_at) {
            return Ok(None);
        }
        Ok(Some(ReceiptRecord {
            key: *key,
            burn_verifier: rec.burn_verifier,
            secret: rec.secret,
            state: rec.state,
            opened_at: rec.opened_at,
            expires_at: rec.expires_at,
            forget_at: rec.forget_at,
            views: rec.views,
            opens: rec.opens,
        }))
    }

    /// What an answer that met another one's file says, once the other is decided: `AlreadyAnswered` when it was
    /// stored, `NotFound` when the request or its answer is gone, and an error (the client sends it again) when the
    /// other one failed, so no answer is refused in favour of one that was never stored.
    async fn answered_by_another(&self, id: &RequestId, now: Millis) -> Result<AnswerOutcome, StoreError> {
        let answer = answer_id(id);
        for _ in 0..100 {
            let Some(req) = self.live_request(id, now)? else { return Ok(AnswerOutcome::NotFound) };
            let stored = self.shared.secrets.contains_key(answer.0).map_err(|e| StoreError::io("reading", e))?;
            match (req.answered_at, stored) {
                (Some(_), true) => return Ok(AnswerOutcome::AlreadyAnswered),
                (Some(_), false) => return Ok(AnswerOutcome::NotFound),
                (None, _) if !self.shared.files.path(&answer).exists() => break,
                (None, _) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
            }
        }
        Err(StoreError("another answer to this request was being stored; send this one again".into()))
    }

    /// A request that has not expired, read directly (no change).
    fn live_request(&self, id: &RequestId, now: Millis) -> Result<Option<Req>, StoreError> {
        let raw = self.shared.requests.get(id.0).map_err(|e| StoreError::io("reading", e))?;
        Ok(raw.and_then(|raw| Req::decode(&raw).ok()).filter(|r| now < r.expires_at))
    }

    /// Fault injection (tests): the next sync of the database fails, as a disk returning EIO would.
    #[doc(hidden)]
    pub fn fail_next_sync(&self) {
        self.shared.fail_next_sync.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// The totals the caps count (tests, metrics).
    pub fn totals(&self) -> (u64, u64, u64) {
        let t = *self.shared.totals.lock().expect("not poisoned");
        (t.secrets, t.receipts, t.bytes)
    }
}

/// Why a staged secret is stored: what the writer does once its file is written.
enum Purpose {
    Create,
    /// From another store, at this time.
    Import(Millis),
    /// As the answer to this request, if the proof is right.
    Answer(RequestId, Proof, Millis),
}

/// Creates `dir` and any missing parents, and makes their names durable: a directory whose entry in its parent was
/// never synced vanishes in a power cut with everything in it (the power-cut test found exactly that).
fn create_dir_durably(dir: &Path) -> Result<(), StoreError> {
    let io = |e| StoreError::io("creating the data directory", e);
    let missing: Vec<&Path> = dir.ancestors().take_while(|d| !d.as_os_str().is_empty() && !d.exists()).collect();
    std::fs::create_dir_all(dir).map_err(io)?;
    for created in missing {
        let parent = created.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::File::open(parent).and_then(|d| d.sync_all()).map_err(io)?;
    }
    Ok(())
}

/// Everything sled and the folder hold, synced once at open (sled's `conf` and snapshots included).
fn sync_everything(sh: &Shared, dir: &Path) -> Result<(), StoreError> {
    sh.flush()?;
    let io = |e| StoreError::io("syncing the data directory", e);
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() {
            std::fs::File::open(&path).and_then(|f| f.sync_all()).map_err(io)?;
        }
    }
    std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
    sh.files.sync_folder()
}

/// Moves format-1 records' ciphertext (kept in sled's `blobs` tree by older binaries) into files.
fn migrate(db: &sled::Db, secrets: &sled::Tree, files: &Files) -> Result<usize, StoreError> {
    if !db.tree_names().iter().any(|n| &n[..] == b"blobs") {
        return Ok(0);
    }
    let io = |e| StoreError::io("migrating ciphertext into files", e);
    let blobs = db.open_tree("blobs").map_err(io)?;
    let mut migrated = 0;
    for entry in secrets.iter() {
        let (key, raw) = entry.map_err(io)?;
        let Ok(mut meta) = Meta::decode(&raw) else { continue };
        let Ok(id) = <[u8; 16]>::try_from(&key[..]).map(SecretId) else { continue };
        if !meta.legacy {
            continue;
        }
        if let Some(blob) = blobs.get(&key).map_err(io)? {
            use std::io::Write as _;
            let mut f = std::fs::File::create(files.path(&id)).map_err(|e| StoreError::io("migrating a ciphertext", e))?;
            f.write_all(&blob).and_then(|()| f.sync_data()).map_err(|e| StoreError::io("migrating a ciphertext", e))?;
        }
        // Without its blob the record is repaired away next, like any record without ciphertext.
        meta.legacy = false;
        secrets.insert(&key, meta.encode()).map_err(io)?;
        migrated += 1;
    }
    files.sync_folder()?;
    db.flush().map_err(io)?;
    blobs.clear().map_err(io)?;
    db.drop_tree("blobs").map_err(io)?;
    db.flush().map_err(io)?;
    Ok(migrated)
}

/// Removes files no record names and records whose file is missing or damaged (a crash or a lost disk write).
fn repair(
    secrets: &sled::Tree,
    receipts: &sled::Tree,
    expiry: &sled::Tree,
    requests: &sled::Tree,
    files: &Files,
    repairs: &mut Repairs,
) -> Result<(), StoreError> {
    let io = |e| StoreError::io("repairing the store", e);
    let (found, leftovers) = files.list()?;
    repairs.orphan_files += leftovers;
    let mut sizes = std::collections::HashMap::with_capacity(found.len());
    for (id, len) in found {
        if secrets.contains_key(id.0).map_err(io)? {
            sizes.insert(id, len);
        } else {
            files.remove(&id);
            repairs.orphan_files += 1;
        }
    }
    for entry in secrets.iter() {
        let (key, raw) = entry.map_err(io)?;
        let Ok(meta) = Meta::decode(&raw) else { continue };
        let Ok(id) = <[u8; 16]>::try_from(&key[..]).map(SecretId) else { continue };
        if sizes.get(&id) == Some(&meta.size) {
            continue;
        }
        secrets.remove(&key).map_err(io)?;
        expiry.remove(expiry_key(meta.expires_at, Kind::Secret, &id.0)).map_err(io)?;
        files.remove(&id);
        if let Some(rkey) = meta.receipt {
            if let Some(mut rec) = receipts.get(rkey).map_err(io)?.and_then(|r| Rec::decode(&r).ok()) {
                rec.state = ReceiptState::Burned;
                receipts.insert(&rkey[..], rec.encode()).map_err(io)?;
            }
        }
        // A lost answer ends its request, as a taken one would (the totals are counted after the repair).
        if let Some(req) = requests.remove(&key).map_err(io)?.and_then(|raw| Req::decode(&raw).ok()) {
            expiry.remove(expiry_key(req.expires_at, Kind::Request, &id.0)).map_err(io)?;
        }
        repairs.records_without_ciphertext += 1;
    }
    Ok(())
}

impl Store for SledStore {
    fn upload(&self) -> StoreFuture<'_, Box<dyn Upload>> {
        Box::pin(async move { Ok(Box::new(self.shared.files.upload()) as Box<dyn Upload>) })
    }

    fn create(&self, secret: NewSecret, _now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            // Before any file is written: a file under a request's id would make its answer wait (the writer refuses
            // such a create anyway).
            if self.shared.requests.contains_key(secret.id.0).map_err(|e| StoreError::io("reading", e))? {
                return Ok(CreateOutcome::IdTaken);
            }
            let staged = Staged {
                id: secret.id,
                verifier: secret.verifier,
                gate: secret.gate,
                header: secret.header,
                size: 0,
                expires_at: secret.expires_at,
                max_attempts: secret.max_attempts,
                views: secret.views,
                receipt: secret.receipt,
            };
            Ok(match self.store_staged(staged, secret.ciphertext, Purpose::Create).await? {
                Done::Created(c) => c,
                Done::NotWritten(None) => CreateOutcome::IdTaken,
                Done::Full => CreateOutcome::Full,
                _ => unreachable!("create answers Created"),
            })
        })
    }

    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, Option<SecretInfo>> {
        Box::pin(async move {
            let raw = self.shared.secrets.get(id.0).map_err(|e| StoreError::io("reading", e))?;
            let Some(meta) = raw.and_then(|raw| Meta::decode(&raw).ok()) else { return Ok(None) };
            Ok((now < meta.expires_at).then_some(SecretInfo {
                header: meta.header,
                expires_at: meta.expires_at,
                size: meta.size,
                views_left: meta.views_left,
            }))
        })
    }

    fn take(&self, attempt: OpenAttempt, now: Millis) -> StoreFuture<'_, TakeOutcome> {
        Box::pin(async move {
            // Ids never come back once consumed, so an unknown id need not queue before the writer.
            if !self.shared.secrets.contains_key(attempt.id.0).map_err(|e| StoreError::io("reading", e))? {
                return Ok(TakeOutcome::NotFound);
            }
            let Done::Took(took, file) = self.submit(Op::Take(attempt, now)).await? else { unreachable!("take answers Took") };
            Ok(match took {
                Took::NotFound => TakeOutcome::NotFound,
                Took::Refused => TakeOutcome::Refused,
                Took::Wrong(left) => TakeOutcome::WrongProof { attempts_left: left },
                Took::Moving => TakeOutcome::Moving,
                Took::BurnedRest => TakeOutcome::BurnedRest,
                Took::Opened(_, size, views_left) => match file {
                    None => TakeOutcome::NotFound,
                    Some(file) => TakeOutcome::Opened { ciphertext: read_ciphertext(file, size).await?, views_left },
                },
            })
        })
    }

    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, Option<ReceiptInfo>> {
        Box::pin(async move {
            let raw = self.shared.receipts.get(key).map_err(|e| StoreError::io("reading", e))?;
            let Some(rec) = raw.and_then(|raw| Rec::decode(&raw).ok()) else { return Ok(None) };
            Ok((now < rec.forget_at).then(|| rec.info(now)))
        })
    }

    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, BurnOutcome> {
        Box::pin(async move {
            let Done::Burnt(b) = self.submit(Op::Burn(key, proof, now)).await? else { unreachable!("burn answers Burnt") };
            Ok(match b {
                Burnt::Burned(info, id) => BurnOutcome::Burned(info, id),
                Burnt::Wrong => BurnOutcome::WrongProof,
                Burnt::NotWaiting => BurnOutcome::NotWaiting,
                Burnt::NotFound => BurnOutcome::NotFound,
                Burnt::Moving => BurnOutcome::Moving,
            })
        })
    }

    fn sweep(&self, now: Millis) -> StoreFuture<'_, SweepReport> {
        Box::pin(async move {
            let mut report = SweepReport::default();
            loop {
                let Done::Swept { seen, deleted, expired, quarantined } = self.submit(Op::Sweep(now)).await? else {
                    unreachable!("sweep answers Swept")
                };
                report.deleted += deleted;
                report.expired.extend(expired);
                report.quarantined += quarantined;
                if seen < SWEEP_BATCH {
                    return Ok(report);
                }
            }
        })
    }

    fn usage(&self) -> StoreFuture<'_, Usage> {
        let (secrets, receipts, bytes) = self.totals();
        Box::pin(async move { Ok(Usage { secrets, receipts, bytes }) })
    }

    fn export(&self, cursor: ExportCursor, now: Millis) -> StoreFuture<'_, ExportPage> {
        Box::pin(async move {
            // The cursor: which tree (0 secrets, 1 receipts), then the last key listed.
            let (phase, last) = cursor.0.split_first().map_or((0, &[][..]), |(p, rest)| (*p, rest));
            let tree = if phase == 0 { &self.shared.secrets } else { &self.shared.receipts };
            let range = if last.is_empty() {
                tree.range::<&[u8], _>(..)
            } else {
                tree.range::<&[u8], _>((std::ops::Bound::Excluded(last), std::ops::Bound::Unbounded))
            };
            let mut listed = Vec::with_capacity(EXPORT_PAGE);
            let mut next_key = None;
            for entry in range.take(EXPORT_PAGE) {
                let (key, raw) = entry.map_err(|e| StoreError::io("reading", e))?;
                next_key = Some(key.to_vec());
                if phase == 0 {
                    // A request's answer stays with its request, which does not move yet.
                    let answer = self.shared.requests.contains_key(&key).map_err(|e| StoreError::io("reading", e))?;
                    let live = !answer && Meta::decode(&raw).is_ok_and(|m| now < m.expires_at);
                    if let (true, Ok(id)) = (live, <[u8; 16]>::try_from(&key[..])) {
                        listed.push(Listed::Secret(SecretId(id)));
                    }
                } else if let Ok(k) = <[u8; 32]>::try_from(&key[..]) {
                    listed.push(Listed::Receipt(k));
                }
            }
            let next = match next_key {
                Some(key) => Some(ExportCursor([&[phase][..], &key].concat())),
                None if phase == 0 => Some(ExportCursor(vec![1])),
                None => None,
            };
            Ok(ExportPage { listed, next })
        })
    }

    fn begin_move(&self, listed: Listed, now: Millis) -> StoreFuture<'_, Option<Exported>> {
        Box::pin(async move {
            let id = match listed {
                Listed::Receipt(key) => {
                    return Ok(self.lone_receipt(&key, now)?.map(|r| Exported { record: Record::Receipt(r), ciphertext: None }));
                }
                Listed::Secret(id) => id,
            };
            let Done::Began(began, file) = self.submit(Op::BeginMove(id, now)).await? else { unreachable!("begin_move answers Began") };
            let Some((meta, rec)) = began else { return Ok(None) };
            let file = file.ok_or_else(|| StoreError("a live secret has no ciphertext file".into()))?;
            let receipt = match (meta.receipt, rec) {
                (Some(key), Some(rec)) => {
                    Some(NewReceipt { key, burn_verifier: rec.burn_verifier, forget_at: rec.forget_at, views: rec.views, opens: rec.opens })
                }
                _ => None,
            };
            let record = SecretRecord {
                id,
                verifier: meta.verifier,
                gate: meta.gate,
                header: meta.header,
                size: meta.size,
                expires_at: meta.expires_at,
                attempts_left: meta.attempts_left,
                views_left: meta.views_left,
                receipt,
            };
            let stream = tokio_util::io::ReaderStream::with_capacity(tokio::fs::File::from_std(file), 64 * 1024);
            Ok(Some(Exported { record: Record::Secret(record), ciphertext: Some(Ciphertext { len: meta.size, body: Box::pin(stream) }) }))
        })
    }

    fn end_move(&self, listed: Listed, end: MoveEnd) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            self.submit(Op::EndMove(listed, end)).await?;
            Ok(())
        })
    }

    fn import(&self, record: Record, ciphertext: Option<Box<dyn Upload>>, now: Millis) -> StoreFuture<'_, ImportOutcome> {
        Box::pin(async move {
            let s = match record {
                Record::Receipt(r) => {
                    let Done::Imported(o) = self.submit(Op::ImportReceipt(r, now)).await? else { unreachable!("import answers Imported") };
                    return Ok(o);
                }
                Record::Secret(s) => s,
            };
            if now >= s.expires_at {
                return Ok(ImportOutcome::Expired);
            }
            // A rerun of a move: known here already, opened since or not. Checked before any file is written.
            let moved = self.shared.moved.get(s.id.0).map_err(|e| StoreError::io("reading", e))?;
            if let Some(raw) = moved {
                let same = records::MovedIn::decode(&raw).is_ok_and(|m| m.verifier.0 == s.verifier.0);
                return Ok(if same { ImportOutcome::AlreadyThere } else { ImportOutcome::IdTaken });
            }
            let ciphertext = ciphertext.ok_or_else(|| StoreError("a secret was imported without its ciphertext".into()))?;
            if ciphertext.len() != s.size {
                return Err(StoreError("an imported ciphertext is not of its recorded size".into()));
            }
            let staged = Staged {
                id: s.id,
                verifier: s.verifier,
                gate: s.gate,
                header: s.header,
                size: 0,
                expires_at: s.expires_at,
                max_attempts: s.attempts_left,
                views: s.views_left,
                receipt: s.receipt,
            };
            Ok(match self.store_staged(staged, ciphertext, Purpose::Import(now)).await? {
                Done::Imported(o) => o,
                Done::NotWritten(None) => ImportOutcome::IdTaken,
                Done::Full => ImportOutcome::Full,
                _ => unreachable!("import answers Imported"),
            })
        })
    }

    fn create_request(&self, request: NewRequest, _now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            let Done::Created(outcome) = self.submit(Op::CreateRequest(request)).await? else { unreachable!("answers Created") };
            Ok(outcome)
        })
    }

    fn peek_request(&self, id: RequestId, now: Millis) -> StoreFuture<'_, Option<RequestInfo>> {
        Box::pin(async move {
            let Some(req) = self.live_request(&id, now)? else { return Ok(None) };
            if req.answered_at.is_some() {
                // Answered: live while its answer is (taking the answer forgets the request in the same step).
                let raw = self.shared.secrets.get(answer_id(&id).0).map_err(|e| StoreError::io("reading", e))?;
                if raw.and_then(|raw| Meta::decode(&raw).ok()).is_none_or(|m| now >= m.expires_at) {
                    return Ok(None);
                }
            }
            Ok(Some(RequestInfo { expires_at: req.expires_at, answered_at: req.answered_at, note: req.note }))
        })
    }

    fn answer(&self, id: RequestId, proof: Proof, ciphertext: Box<dyn Upload>, now: Millis) -> StoreFuture<'_, AnswerOutcome> {
        Box::pin(async move {
            // Cheap refusals before the file is written; the writer checks everything again, authoritatively.
            let Some(req) = self.live_request(&id, now)? else { return Ok(AnswerOutcome::NotFound) };
            if !req.answer_verifier.matches(&proof) {
                return Ok(AnswerOutcome::WrongProof);
            }
            if req.answered_at.is_some() {
                return self.answered_by_another(&id, now).await;
            }
            let staged = Staged {
                id: answer_id(&id),
                verifier: req.fetch_verifier,
                gate: None,
                header: super::ANSWER_HEADER.to_vec(),
                size: 0,
                expires_at: req.expires_at,
                max_attempts: 1,
                views: 1,
                receipt: None,
            };
            Ok(match self.store_staged(staged, ciphertext, Purpose::Answer(id, proof, now)).await? {
                Done::Answered(outcome) => outcome,
                // Another answer's file is there: that answer is being stored (or was).
                Done::NotWritten(None) => self.answered_by_another(&id, now).await?,
                Done::Full => AnswerOutcome::Full,
                _ => unreachable!("an answer answers Answered"),
            })
        })
    }

    fn ready(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            if let Some(e) = self.shared.failed() {
                return Err(e);
            }
            if self.writer.is_closed() {
                return Err(StoreError("the writer thread stopped".into()));
            }
            self.shared.secrets.first().map_err(|e| StoreError::io("reading", e))?;
            Ok(())
        })
    }

    fn close(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let shared = self.shared.clone();
            tokio::task::spawn_blocking(move || {
                shared.flush()?;
                shared.files.sync_folder()
            })
            .await
            .map_err(|_| StoreError("closing panicked".into()))?
        })
    }
}

/// A consumed secret's ciphertext from its (already unlinked or soon unlinked) file: small ones read whole, large
/// ones streamed, so an open never holds a 25 MiB secret in memory.
async fn read_ciphertext(file: std::fs::File, size: u64) -> Result<Ciphertext, StoreError> {
    if size <= READ_WHOLE {
        let bytes = tokio::task::spawn_blocking(move || {
            use std::io::Read as _;
            // The size is known: one read, not read_to_end's statx, lseek and the read that finds the end.
            let mut buf = vec![0; size as usize];
            (&file).read_exact(&mut buf).map(|()| buf)
        })
        .await
        .map_err(|_| StoreError("reading a ciphertext panicked".into()))?
        .map_err(|e| StoreError::io("reading a ciphertext", e))?;
        return Ok(Ciphertext::from_bytes(bytes.into()));
    }
    let stream = tokio_util::io::ReaderStream::with_capacity(tokio::fs::File::from_std(file), 64 * 1024);
    Ok(Ciphertext { len: size, body: Box::pin(stream) })
}
