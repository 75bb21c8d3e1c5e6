//! The Redis store (`CINDER_STORE=redis://…` or `redis+cluster://…`): many Cinder servers on one Redis, standalone or
//! Cluster, with the guarantees of the embedded store.
//!
//! - Every consuming step (open, a counted wrong guess, burn, the sweeper's delete) is ONE Lua script on ONE hash tag
//!   (`scripts.rs`), never get-then-delete from here. Key layout: `keys.rs`.
//! - Ciphertext is written in 1 MiB chunks under the secret's tag before the metadata that names them, and streamed out
//!   after the take script flipped the metadata (`chunks.rs`): no large value ever passes through a script.
//! - Durability: Redis with `appendonly yes` + `appendfsync always` replies only after its AOF `fdatasync`, so every
//!   step is durable once answered; `checks.rs` refuses a Redis set otherwise (unless told RAM-only is fine). A write
//!   Redis cannot persist is refused by Redis itself (MISCONF), which answers `StoreError` here: no sticky flag needed.
//! - Expiry: every key has a Redis TTL (its logical end plus [`GRACE_MS`]), and every read checks the logical end
//!   against `now`, as sled does. The caps are counted in a LEDGER under the `{ledger}` tag: a sorted set of entries
//!   (one per live secret, one per remembered receipt, scored by when it is due) and the totals they add up to. An
//!   entry and its counts leave together, in one script, by whoever removes the entry first (open, burn, the sweeper,
//!   an undone create), so the counts never go below what is stored and nothing is given back twice. Redis deleting a
//!   key by TTL changes no count: the sweeper (every server runs one; they do not conflict) finds the entry when it is
//!   due and gives its counts back. A crash between a secret's step and its ledger step leaves the ledger counting a
//!   little too much until that entry is due, never too little.
//! - In a cluster the ledger's slot is separate from the secret's: a create reserves room in the ledger first, then
//!   claims the receipt pointer (`SET NX`), writes chunks and runs the create script on the secret's slot, undoing the
//!   earlier steps when a later one refuses.
//! - The creation rate limit is shared too, one bucket per client under a keyed hash of its address (`limit.rs`).
//! - Replication is asynchronous: a failover may lose the last acknowledged writes, unless WAIT mode
//!   (`CINDER_REDIS_WAIT_REPLICAS`, `wait.rs`) has each create step, open, counted guess and burn acknowledged by
//!   replicas before it is answered.
//! - Moves (`cinder move-secrets`): a moving secret carries `mv` in its metadata (take and burn answer 'moving'); the
//!   export walks the ledger's due index with ZSCAN; an import runs create's steps with a nonce derived from the record
//!   (a rerun names the same keys and entries, and the reserve script counts an entry already there only once) and
//!   leaves the mark `P:{s:ID}:mv` until the secret's expiry.
//! - Requests (envelope revision 3): a request hash under its id's tag, counted as a receipt in the ledger. Its answer
//!   is stored by create's steps as the secret with the same id, the create script checking the request's proof and
//!   waiting state in the step that writes the answer's metadata; the take that ends the answer deletes the request.
//!   Requests and their answers never move.

mod checks;
mod chunks;
mod conn;
mod keys;
mod limit;
mod scripts;
mod wait;

use redis::FromRedisValue as _;
use ring::rand::SecureRandom as _;
use shared::api::ReceiptState;
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId, Verifier};

pub use checks::SCHEMA;
use chunks::ChunkUpload;
use conn::Conn;
pub use conn::Target;
use keys::{hex, unhex, Entry, Keys};
pub use wait::WaitSettings;
use wait::{Acked, Wait};

use super::{
    answer_id, charged_bytes, receipt_charge, request_charge, AnswerOutcome, BurnOutcome, CreateOutcome, ExportCursor, ExportPage,
    Exported, ImportOutcome, Intent, Limits, Listed, Millis, MoveEnd, NewReceipt, NewRequest, NewSecret, OpenAttempt, ReceiptInfo,
    ReceiptKey, ReceiptRecord, Record, RequestInfo, SecretInfo, SecretRecord, Store, StoreError, StoreFuture, SweepReport, TakeOutcome,
    Upload, Usage,
};

/// Redis deletes a key this long after its logical end: the sweeper is meant to come first (and server clocks may be
/// a little behind Redis's); the TTL is the backstop that leaves nothing behind forever.
pub const GRACE_MS: u64 = 60_000;
/// How long the chunks of a secret that opened several times outlive its end: an earlier open may still be streaming
/// them (its chunks are read, never taken), so they are not unlinked but given this TTL. Not counted by the caps then.
pub const READ_GRACE_MS: u64 = 10 * 60 * 1000;
/// Ledger entries the sweeper handles per round trip.
const SWEEP_BATCH: usize = 256;

pub use limit::LimitKey;

/// How to reach Redis and what to accept from it.
#[derive(Clone, PartialEq, Eq)]
pub struct RedisSettings {
    /// One server or a cluster.
    pub target: Target,
    /// Prefix of every key (without `{` or `}`), so several stores can share one Redis (tests).
    pub prefix: String,
    /// Accept a Redis that does not persist every write (a restart forgets every secret).
    pub allow_ram_only: bool,
    /// WAIT mode: replicas that must acknowledge each consuming write before it is answered (None: off).
    pub wait: Option<WaitSettings>,
    /// The operator's key for naming rate-limit buckets (`CINDER_RATE_LIMIT_KEY_FILE`); None: a random one kept in Redis.
    pub limit_key: Option<limit::LimitKey>,
}

impl std::fmt::Debug for RedisSettings {
    // URLs may carry a password: never printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let target = match &self.target {
            Target::Single(_) => "one server".to_owned(),
            Target::Cluster(nodes) => format!("a cluster ({} seed nodes)", nodes.len()),
        };
        f.debug_struct("RedisSettings")
            .field("target", &target)
            .field("allow_ram_only", &self.allow_ram_only)
            .field("wait", &self.wait)
            .field("limit_key", &self.limit_key.as_ref().map(|_| "<from a file>"))
            .finish()
    }
}

/// A Redis-backed store. Cheap to clone.
#[derive(Clone)]
pub struct RedisStore {
    conn: Conn,
    keys: Keys,
    limits: Limits,
    limit: std::sync::Arc<limit::RedisLimit>,
    /// WAIT mode, if on.
    wait: Option<std::sync::Arc<Wait>>,
    /// A cluster: readiness asks every primary whether the cluster is whole.
    cluster: bool,
}

/// The TTL in ms for something that ends at `at`, seen at `now`.
fn ttl(at: Millis, now: Millis) -> u64 {
    at.saturating_sub(now) + GRACE_MS
}

/// A fresh random nonce for one create.
fn nonce() -> Result<String, StoreError> {
    let mut bytes = [0u8; 8];
    ring::rand::SystemRandom::new().fill(&mut bytes).map_err(|_| StoreError("the system random source failed".into()))?;
    Ok(hex(&bytes))
}

/// The nonce of an import: derived from what it imports (a secret's verifier, a receipt's burn verifier), so a rerun
/// of an interrupted import names the very keys and ledger entries the first run wrote, and finishes them instead of
/// leaving them behind.
fn import_nonce(of: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, &[&b"cinder move v1 "[..], of].concat());
    hex(&digest.as_ref()[..8])
}

fn receipt_state(st: &str) -> ReceiptState {
    match st {
        "o" => ReceiptState::Opened,
        "b" => ReceiptState::Burned,
        _ => ReceiptState::Waiting,
    }
}

/// A receipt's fields as HMGET reads them: state, opened at, expires at, forget at, burn verifier, views, opens.
type ReceiptFields = (Option<String>, Option<u64>, Option<u64>, Option<u64>, Option<Vec<u8>>, Option<u32>, Option<String>);

/// A remembered receipt as its fields keep it, read by [`RedisStore::stored_receipt`] for a status and for a move.
struct StoredReceipt {
    /// The secret it belongs to, and the create (nonce) that wrote it.
    id: SecretId,
    nonce: String,
    /// The `st` field: `o` opened, `b` burned, otherwise waiting (expired once past `expires_at`).
    st: String,
    opened_at: Option<Millis>,
    expires_at: Millis,
    forget_at: Millis,
    burn_verifier: Option<Vec<u8>>,
    views: u32,
    opens: Vec<Millis>,
}

/// A receipt pointer's value: the secret and the create it belongs to.
fn pointer_value(id: &SecretId, nonce: &str) -> String {
    format!("{}:{nonce}", hex(&id.0))
}

fn parse_pointer(value: &str) -> Option<(SecretId, String)> {
    let (id, nonce) = value.split_once(':')?;
    Some((SecretId(unhex(id)?), nonce.to_owned()))
}

/// A number in a script's reply.
/// A receipt's opens as its fields keep them: comma-separated ms.
fn join_opens(opens: &[Millis]) -> String {
    opens.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

/// A receipt's views in all and its opens, from its fields: `vw` and `ops` for a secret that opens several times;
/// without them one view, opened at `at` if it was.
fn views_and_opens(vw: Option<u32>, ops: Option<&str>, at: Option<u64>) -> (u32, Vec<Millis>) {
    match vw.filter(|&v| v > 1) {
        Some(views) => (views, ops.unwrap_or_default().split(',').filter_map(|t| t.parse().ok()).collect()),
        None => (1, at.into_iter().collect()),
    }
}

fn num(reply: &[String], i: usize) -> Result<u64, StoreError> {
    reply.get(i).and_then(|s| s.parse().ok()).ok_or_else(|| StoreError("an unexpected reply from a Redis script".into()))
}

fn text(reply: &[String], i: usize) -> Result<&str, StoreError> {
    reply.get(i).map(String::as_str).ok_or_else(|| StoreError("an unexpected reply from a Redis script".into()))
}

/// What a create did so far, to be undone if a later step refuses or fails.
#[derive(Default)]
struct Undo {
    entries: Vec<Entry>,
    pointer: Option<(String, String)>,
    chunks: Vec<String>,
    /// The secret's metadata (and receipt fields) this create wrote: removed again when the create is refused after
    /// its script ran (WAIT mode: too few replicas) or its answer was lost.
    meta: Option<(SecretId, String)>,
    /// The secret is a request's answer: undoing it also lets the request wait again.
    answer: bool,
    /// A request this create wrote (id, nonce).
    request: Option<(SecretId, String)>,
}

/// Which create [`RedisStore::create_steps`] runs: one from a client, one moved in from another store, or a request's
/// answer (its proof's verifier, and when).
#[derive(Clone, Copy)]
enum Mode {
    Create,
    Import,
    Answer(Verifier, Millis),
}

/// How [`RedisStore::create_steps`] ended, for each caller to say in its own terms.
enum Written {
    Stored,
    /// An import already done by an earlier run.
    AlreadyThere,
    /// A live secret or request has the id (an answer: the request was answered before).
    IdTaken,
    ReceiptTaken,
    Full,
    /// An answer whose request is gone or expired.
    NoRequest,
    /// An answer with the wrong answer proof.
    WrongProof,
}

/// Another answer to the request is stored but not yet acknowledged by enough replicas (WAIT mode): this one is neither
/// stored nor refused as answered, so its sender tries again (as sled does while another answer is being written).
fn another_answer_pending() -> StoreError {
    StoreError("another answer to this request is being stored; send this one again".into())
}

/// The ledger entry of the request that a take's reply says it ended (its nonce and charge at `i`, `i + 1`), if any.
fn ended_request(id: &SecretId, reply: &[String], i: usize) -> Option<Entry> {
    let nonce = reply.get(i).filter(|n| !n.is_empty())?;
    Some(Entry::Request { id: *id, nonce: nonce.clone(), charge: num(reply, i + 1).ok()? })
}

impl RedisStore {
    /// Connects, checks durability settings and the schema version. Fails fast when Redis is unreachable.
    pub async fn open(settings: &RedisSettings, limits: Limits) -> Result<RedisStore, StoreError> {
        if settings.prefix.is_empty() || settings.prefix.contains(['{', '}']) {
            return Err(StoreError("the Redis key prefix must be non-empty, without `{` or `}`".into()));
        }
        let conn = Conn::open(&settings.target).await?;
        checks::durability(&conn, settings.allow_ram_only).await?;
        let keys = Keys::new(&settings.prefix);
        checks::schema(&conn, &keys).await?;
        let limit = limit::RedisLimit::open(conn.clone(), keys.clone(), settings.limit_key.as_ref()).await?;
        let wait = match settings.wait {
            Some(w) => {
                let wait = Wait::new(w, settings.target.clone());
                wait.check(&conn).await?;
                Some(std::sync::Arc::new(wait))
            }
            None => None,
        };
        let cluster = matches!(settings.target, Target::Cluster(_));
        let store = RedisStore { conn, keys, limits, limit, wait, cluster };
        let (secrets, receipts, _) = store.totals().await?;
        tracing::info!(secrets, receipts, "Redis store opened");
        Ok(store)
    }

    /// The totals the caps count: (secrets, receipts, bytes).
    pub async fn totals(&self) -> Result<(u64, u64, u64), StoreError> {
        let t: Vec<Option<i64>> = self.conn.query(redis::cmd("HMGET").arg(self.keys.totals()).arg("s").arg("r").arg("b")).await?;
        let get = |i: usize| t.get(i).copied().flatten().unwrap_or(0).max(0) as u64;
        Ok((get(0), get(1), get(2)))
    }

    /// Runs a script that writes; in WAIT mode followed by WAIT on its node (the caller decides, by the reply, whether
    /// the write happened and so whether the acknowledgements must suffice).
    async fn write_script<T: redis::FromRedisValue>(&self, inv: &redis::ScriptInvocation<'_>) -> Result<(T, Acked), StoreError> {
        match &self.wait {
            Some(wait) => wait.script(inv).await,
            None => Ok((self.conn.script(inv).await?, Acked::NOT_ASKED)),
        }
    }

    /// Runs a command that writes, as [`RedisStore::write_script`].
    async fn write_query<T: redis::FromRedisValue>(&self, cmd: &redis::Cmd) -> Result<(T, Acked), StoreError> {
        match &self.wait {
            Some(wait) => wait.query(cmd).await,
            None => Ok((self.conn.query(cmd).await?, Acked::NOT_ASKED)),
        }
    }

    /// Gives back one ledger entry's counts; false when someone already did.
    async fn release(&self, entry: &Entry) -> Result<bool, StoreError> {
        let (s, r, b) = entry.counts();
        let mut inv = scripts::RELEASE.prepare_invoke();
        inv.key(self.keys.due()).key(self.keys.totals()).arg(entry.member()).arg(-s).arg(-r).arg(-b);
        let released: i64 = self.conn.script(&inv).await?;
        Ok(released == 1)
    }

    /// After a secret was consumed: its counts back (a failure only delays that until the sweeper), its chunks gone:
    /// unlinked, or, for one that opened several times (`many`), left to [`READ_GRACE_MS`] so that opens still
    /// streaming them finish.
    /// The request a consumed answer ends (`request`) gives its room back too.
    async fn ended(&self, entry: Entry, unlink: Option<Vec<String>>, many: bool, request: Option<Entry>) {
        for entry in std::iter::once(entry).chain(request) {
            if let Err(e) = self.release(&entry).await {
                tracing::warn!(error = %e, "giving back a consumed secret's room failed; the sweeper does it when due");
            }
        }
        match unlink {
            Some(keys) if many => chunks::shorten(&self.conn, keys, READ_GRACE_MS).await,
            Some(keys) => chunks::unlink(&self.conn, keys).await,
            None => {}
        }
    }

    async fn undo(&self, undo: Undo) {
        if let (Some((id, nonce)), true) = (&undo.meta, undo.answer) {
            let mut inv = scripts::UNANSWER.prepare_invoke();
            inv.key(self.keys.meta(id)).key(self.keys.request(id)).arg(nonce);
            if let Err(e) = self.conn.script::<i64>(&inv).await {
                tracing::warn!(error = %e, "undoing a refused answer failed; the request stays answered until it expires");
            }
        } else if let Some((id, nonce)) = &undo.meta {
            // Only this create's secret (same nonce): a create that lost the id to another touches nothing.
            let mut inv = scripts::EXPIRE.prepare_invoke();
            inv.key(self.keys.meta(id)).arg(nonce);
            let mut forget = scripts::FORGET.prepare_invoke();
            forget.key(self.keys.receipts(id)).arg(nonce);
            if let Err(e) = self.conn.script::<Vec<String>>(&inv).await.map(drop).and(self.conn.script::<i64>(&forget).await.map(drop)) {
                tracing::warn!(error = %e, "undoing a refused create failed; it expires with its TTL");
            }
        }
        if let Some((id, nonce)) = &undo.request {
            let mut inv = scripts::FORGET_REQUEST.prepare_invoke();
            inv.key(self.keys.request(id)).arg(nonce);
            if let Err(e) = self.conn.script::<i64>(&inv).await {
                tracing::warn!(error = %e, "undoing a refused request failed; it expires with its TTL");
            }
        }
        if !undo.chunks.is_empty() {
            chunks::unlink(&self.conn, undo.chunks).await;
        }
        if let Some((key, value)) = undo.pointer {
            let mut inv = scripts::UNCLAIM.prepare_invoke();
            inv.key(key).arg(value);
            if let Err(e) = self.conn.script::<i64>(&inv).await {
                tracing::warn!(error = %e, "undoing a receipt claim failed; it expires with its TTL");
            }
        }
        for entry in undo.entries {
            if let Err(e) = self.release(&entry).await {
                tracing::warn!(error = %e, "undoing a reservation failed; the sweeper gives it back when due");
            }
        }
    }

    /// The reserve script that counts `charge` bytes and the entries of one create against the caps: a secret's and a
    /// receipt's (or a request's, which counts as one), each with when it is due; the ledger then lives at least
    /// `ledger_ttl` ms.
    fn reserve(
        &self,
        charge: u64,
        secret: Option<(&Entry, Millis)>,
        receipt: Option<(&Entry, Millis)>,
        ledger_ttl: u64,
    ) -> redis::ScriptInvocation<'static> {
        let mut inv = scripts::RESERVE.prepare_invoke();
        inv.key(self.keys.due())
            .key(self.keys.totals())
            .key(self.keys.schema())
            .arg(self.limits.max_secrets)
            .arg(self.limits.max_bytes)
            .arg(charge)
            .arg(if receipt.is_some() { "1" } else { "0" })
            .arg(secret.map(|(e, _)| e.member()).unwrap_or_default())
            .arg(secret.map_or(0, |(_, due)| due))
            .arg(receipt.map(|(e, _)| e.member()).unwrap_or_default())
            .arg(receipt.map_or(0, |(_, due)| due))
            .arg(ledger_ttl);
        inv
    }

    /// The steps of a create after the cheap id check; each records in `undo` what to take back.
    async fn create_steps(
        &self,
        secret: NewSecret,
        upload: &mut ChunkUpload,
        now: Millis,
        undo: &mut Undo,
        mode: Mode,
    ) -> Result<Written, StoreError> {
        let import = matches!(mode, Mode::Import);
        let (id, size) = (secret.id, upload.len());
        let nonce = if import { import_nonce(&secret.verifier.0) } else { nonce()? };
        let charge = charged_bytes(size);
        let secret_entry = Entry::Secret { id, nonce: nonce.clone(), charge };
        let receipt_entry =
            secret.receipt.as_ref().map(|r| Entry::Receipt { key: r.key, id, nonce: nonce.clone(), charge: receipt_charge(r.views) });
        let last = secret.receipt.as_ref().map_or(secret.expires_at, |r| r.forget_at.max(secret.expires_at));

        let inv = self.reserve(
            charge + secret.receipt.as_ref().map_or(0, |r| receipt_charge(r.views)),
            Some((&secret_entry, secret.expires_at)),
            receipt_entry.as_ref().zip(secret.receipt.as_ref().map(|r| r.forget_at)),
            ttl(last, now) + GRACE_MS,
        );
        // Recorded before the call: a reply lost on the way still gets undone (a release of nothing is a no-op).
        undo.entries.push(secret_entry);
        undo.entries.extend(receipt_entry);
        let (counted, acked): (i64, Acked) = self.write_script(&inv).await?;
        if counted == 0 {
            undo.entries.clear();
            return Ok(Written::Full);
        }
        acked.require()?;

        if let Some(r) = &secret.receipt {
            let (key, value) = (self.keys.pointer(&r.key), pointer_value(&id, &nonce));
            let claim = redis::cmd("SET").arg(&key).arg(&value).arg("NX").arg("PX").arg(ttl(r.forget_at, now)).clone();
            undo.pointer = Some((key.clone(), value.clone()));
            let (claimed, acked): (Option<String>, Acked) = self.write_query(&claim).await?;
            // An import's own pointer from an interrupted earlier run is no conflict.
            let ours = import && claimed.is_none() && self.conn.query::<Option<String>>(redis::cmd("GET").arg(&key)).await? == Some(value);
            if claimed.is_none() && !ours {
                undo.pointer = None;
                return Ok(Written::ReceiptTaken);
            }
            acked.require()?;
        }

        let n = chunks::count(size);
        undo.chunks = self.keys.chunks(&id, &nonce, n);
        upload.store(&self.conn, &self.keys, &id, &nonce, ttl(secret.expires_at, now)).await?;

        let mut inv = scripts::CREATE.prepare_invoke();
        let (forget, burn_verifier) = secret.receipt.as_ref().map_or((0, Vec::new()), |r| (r.forget_at, r.burn_verifier.0.to_vec()));
        inv.key(self.keys.meta(&id)).key(self.keys.receipts(&id)).key(self.keys.request(&id));
        if import {
            inv.key(self.keys.moved(&id));
        }
        inv.arg(secret.expires_at)
            .arg(secret.max_attempts)
            .arg(size)
            .arg(&secret.verifier.0[..])
            .arg(secret.gate.map(|g| g.0.to_vec()).unwrap_or_default())
            .arg(if super::guessable(&secret.header) { "1" } else { "0" })
            .arg(&secret.header[..])
            .arg(&nonce)
            .arg(n)
            .arg(charge)
            .arg(ttl(secret.expires_at, now))
            .arg(if secret.receipt.is_some() { "1" } else { "0" })
            .arg(forget)
            .arg(burn_verifier)
            .arg(ttl(forget, now))
            .arg(secret.views)
            .arg(secret.receipt.as_ref().map_or(secret.views, |r| r.views).max(secret.views))
            .arg(secret.receipt.as_ref().map(|r| join_opens(&r.opens)).unwrap_or_default());
        match mode {
            Mode::Create => inv.arg("create"),
            Mode::Import => inv.arg("import").arg(hex(&secret.verifier.0)),
            Mode::Answer(proof, now) => inv.arg("answer").arg(&proof.0[..]).arg(now).arg(self.pending_until(now)),
        };
        undo.meta = Some((id, nonce.clone()));
        undo.answer = matches!(mode, Mode::Answer(..));
        let (created, acked): (i64, Acked) = self.write_script(&inv).await?;
        let outcome = match created {
            1 => Written::Stored,
            2 => Written::AlreadyThere,
            3 => return Ok(Written::NoRequest),
            4 => return Ok(Written::WrongProof),
            5 => return Err(another_answer_pending()),
            _ => return Ok(Written::IdTaken),
        };
        // The chunks are on the same node, written before: this WAIT covers them too.
        acked.require()?;
        Ok(outcome)
    }

    /// A secret from another store: refused when a live secret has its id, known when it was imported before.
    async fn import_secret(&self, s: SecretRecord, upload: Option<Box<dyn Upload>>, now: Millis) -> Result<ImportOutcome, StoreError> {
        if now >= s.expires_at {
            return Ok(ImportOutcome::Expired);
        }
        let mark: Option<String> = self.conn.query(redis::cmd("GET").arg(self.keys.moved(&s.id))).await?;
        if let Some(mark) = mark {
            return Ok(if mark == hex(&s.verifier.0) { ImportOutcome::AlreadyThere } else { ImportOutcome::IdTaken });
        }
        let live: bool = self.conn.query(redis::cmd("EXISTS").arg(self.keys.meta(&s.id))).await?;
        if live {
            return Ok(ImportOutcome::IdTaken);
        }
        let upload = upload.ok_or_else(|| StoreError("a secret was imported without its ciphertext".into()))?;
        let mut upload: Box<ChunkUpload> =
            upload.into_any().downcast().map_err(|_| StoreError("an upload from another store was given to the Redis store".into()))?;
        if upload.len() != s.size {
            return Err(StoreError("an imported ciphertext is not of its recorded size".into()));
        }
        let secret = NewSecret {
            id: s.id,
            verifier: s.verifier,
            gate: s.gate,
            header: s.header,
            ciphertext: Box::new(ChunkUpload::new()),
            expires_at: s.expires_at,
            max_attempts: s.attempts_left,
            views: s.views_left,
            receipt: s.receipt,
        };
        let mut undo = Undo::default();
        let outcome = self.create_steps(secret, &mut upload, now, &mut undo, Mode::Import).await;
        // A failure (not a refusal) is left as it is: a rerun names the same keys and finishes them.
        Ok(match outcome? {
            Written::Stored => ImportOutcome::Imported,
            Written::AlreadyThere => ImportOutcome::AlreadyThere,
            refused => {
                self.undo(undo).await;
                match refused {
                    Written::ReceiptTaken => ImportOutcome::ReceiptTaken,
                    Written::Full => ImportOutcome::Full,
                    _ => ImportOutcome::IdTaken,
                }
            }
        })
    }

    /// A create or an answer from a client: [`RedisStore::create_steps`], with what it did undone unless it stored.
    async fn store_new(&self, secret: NewSecret, upload: &mut ChunkUpload, now: Millis, mode: Mode) -> Result<Written, StoreError> {
        let mut undo = Undo::default();
        let outcome = self.create_steps(secret, upload, now, &mut undo, mode).await;
        self.settle(undo, outcome.as_ref().ok().map(|w| matches!(w, Written::Stored))).await;
        outcome
    }

    /// After the steps of a create from a client: nothing to undo once it stored (`Some(true)`). A refusal
    /// (`Some(false)`) is undone before answering, so a client that retries finds the room given back. A failure
    /// (`None`: Redis failed, or too few replicas) is answered at once and undone behind the answer, because each undo
    /// step may wait for an unreachable Redis too (the 503 must be fast).
    async fn settle(&self, undo: Undo, stored: Option<bool>) {
        match stored {
            Some(true) => {}
            Some(false) => self.undo(undo).await,
            None => {
                let store = self.clone();
                tokio::spawn(async move { store.undo(undo).await });
            }
        }
    }

    /// The steps of a request's create; each records in `undo` what to take back.
    async fn request_steps(&self, request: &NewRequest, entry: &Entry, now: Millis, undo: &mut Undo) -> Result<CreateOutcome, StoreError> {
        let Entry::Request { id, nonce, charge } = entry else { unreachable!("a request's entry") };
        let inv = self.reserve(*charge, None, Some((entry, request.expires_at)), ttl(request.expires_at, now) + GRACE_MS);
        undo.entries.push(entry.clone());
        let (counted, acked): (i64, Acked) = self.write_script(&inv).await?;
        if counted == 0 {
            undo.entries.clear();
            return Ok(CreateOutcome::Full);
        }
        acked.require()?;
        let mut inv = scripts::CREATE_REQUEST.prepare_invoke();
        inv.key(self.keys.meta(id))
            .key(self.keys.request(id))
            .arg(request.expires_at)
            .arg(&request.answer_verifier.0[..])
            .arg(&request.fetch_verifier.0[..])
            .arg(&request.note[..])
            .arg(nonce)
            .arg(charge)
            .arg(ttl(request.expires_at, now));
        undo.request = Some((*id, nonce.clone()));
        let (created, acked): (i64, Acked) = self.write_script(&inv).await?;
        if created == 0 {
            undo.request = None;
            return Ok(CreateOutcome::IdTaken);
        }
        acked.require()?;
        Ok(CreateOutcome::Created)
    }

    /// A request's fields: (expires at, answered at (0: waiting), answer verifier, fetch verifier, sealed note).
    async fn request_fields(&self, id: &SecretId) -> Result<Option<(Millis, Millis, Vec<u8>, Vec<u8>, Vec<u8>)>, StoreError> {
        type Fields = (Option<u64>, Option<u64>, Option<Vec<u8>>, Option<Vec<u8>>, Option<Vec<u8>>);
        let (exp, at, av, fv, note): Fields =
            self.conn.query(redis::cmd("HMGET").arg(self.keys.request(id)).arg("exp").arg("at").arg("av").arg("fv").arg("note")).await?;
        Ok(match (exp, at, av, fv, note) {
            (Some(exp), Some(at), Some(av), Some(fv), Some(note)) => Some((exp, at, av, fv, note)),
            _ => None,
        })
    }

    /// Whether the answer secret of request `id` is live at `now`, and whether it is still pending (WAIT mode: it may
    /// yet be undone).
    async fn answer_state(&self, id: &SecretId, now: Millis) -> Result<(bool, bool), StoreError> {
        let (exp, pend): (Option<u64>, Option<u64>) =
            self.conn.query(redis::cmd("HMGET").arg(self.keys.meta(id)).arg("exp").arg("pend")).await?;
        Ok((exp.is_some_and(|e| now < e), pend.is_some_and(|p| now < p)))
    }

    /// Until when an answer stored at `now` is pending: in WAIT mode, until its WAIT could have failed and its undo
    /// (`unanswer.lua`) run, so that no other answer is refused in favour of one that may be undone (`0`: not pending).
    fn pending_until(&self, now: Millis) -> u64 {
        self.wait.as_ref().map_or(0, |w| now + 2 * w.timeout().as_millis() as u64 + 1_000)
    }

    /// A receipt whose secret is gone, from another store: its pointer, its fields under its secret's tag, its ledger
    /// entry. A rerun finds its own pointer and completes what is missing.
    async fn import_receipt(&self, r: ReceiptRecord, now: Millis) -> Result<ImportOutcome, StoreError> {
        if now >= r.forget_at {
            return Ok(ImportOutcome::Expired);
        }
        let nonce = import_nonce(&r.burn_verifier.0);
        let (key, value) = (self.keys.pointer(&r.key), pointer_value(&r.secret, &nonce));
        let found: Option<String> = self.conn.query(redis::cmd("GET").arg(&key)).await?;
        match found {
            Some(v) if v != value => return Ok(ImportOutcome::ReceiptTaken),
            Some(_) => {
                let done: bool =
                    self.conn.query(redis::cmd("HEXISTS").arg(self.keys.receipts(&r.secret)).arg(format!("{nonce}.st"))).await?;
                if done {
                    return Ok(ImportOutcome::AlreadyThere);
                }
            }
            None => {}
        }
        let entry = Entry::Receipt { key: r.key, id: r.secret, nonce: nonce.clone(), charge: receipt_charge(r.views) };
        let inv = self.reserve(receipt_charge(r.views), None, Some((&entry, r.forget_at)), ttl(r.forget_at, now) + GRACE_MS);
        let counted: i64 = self.conn.script(&inv).await?;
        if counted == 0 {
            return Ok(ImportOutcome::Full);
        }
        let claim = redis::cmd("SET").arg(&key).arg(&value).arg("NX").arg("PX").arg(ttl(r.forget_at, now)).clone();
        let claimed: Option<String> = self.conn.query(&claim).await?;
        if claimed.is_none() && self.conn.query::<Option<String>>(redis::cmd("GET").arg(&key)).await? != Some(value) {
            self.undo(Undo { entries: vec![entry], ..Undo::default() }).await;
            return Ok(ImportOutcome::ReceiptTaken);
        }
        let st = match r.state {
            ReceiptState::Opened => "o",
            ReceiptState::Burned => "b",
            _ => "w",
        };
        let mut inv = scripts::IMPORT_RECEIPT.prepare_invoke();
        inv.key(self.keys.receipts(&r.secret))
            .arg(&nonce)
            .arg(st)
            .arg(r.opened_at.unwrap_or(0))
            .arg(r.expires_at)
            .arg(r.forget_at)
            .arg(&r.burn_verifier.0[..])
            .arg(ttl(r.forget_at, now))
            .arg(r.views)
            .arg(join_opens(&r.opens));
        let _: i64 = self.conn.script(&inv).await?;
        Ok(ImportOutcome::Imported)
    }

    /// A receipt alone, for a move: `None` if forgotten, or if its secret is still live (it moves with it).
    async fn lone_receipt(&self, key: ReceiptKey, now: Millis) -> Result<Option<ReceiptRecord>, StoreError> {
        let Some(r) = self.stored_receipt(key, now).await? else { return Ok(None) };
        let id = r.id;
        let (live_nonce, live_exp): (Option<String>, Option<u64>) =
            self.conn.query(redis::cmd("HMGET").arg(self.keys.meta(&id)).arg("nonce").arg("exp")).await?;
        if live_nonce.as_deref() == Some(r.nonce.as_str()) && live_exp.is_some_and(|e| now < e) {
            return Ok(None);
        }
        let Some(bv) = r.burn_verifier else { return Ok(None) };
        let burn_verifier =
            shared::envelope::Verifier(bv.try_into().map_err(|_| StoreError("a receipt's burn verifier is damaged".into()))?);
        Ok(Some(ReceiptRecord {
            key,
            burn_verifier,
            secret: id,
            state: receipt_state(&r.st),
            opened_at: r.opened_at,
            expires_at: r.expires_at,
            forget_at: r.forget_at,
            views: r.views,
            opens: r.opens,
        }))
    }

    /// A receipt's fields through its pointer; `None` when it is unknown, incomplete or due to be forgotten.
    async fn stored_receipt(&self, key: ReceiptKey, now: Millis) -> Result<Option<StoredReceipt>, StoreError> {
        let pointer: Option<String> = self.conn.query(redis::cmd("GET").arg(self.keys.pointer(&key))).await?;
        let Some((id, nonce)) = pointer.as_deref().and_then(parse_pointer) else { return Ok(None) };
        let f = |name: &str| format!("{nonce}.{name}");
        let mut hmget = redis::cmd("HMGET");
        hmget.arg(self.keys.receipts(&id));
        for name in ["st", "at", "exp", "fgt", "bv", "vw", "ops"] {
            hmget.arg(f(name));
        }
        let (st, at, exp, fgt, burn_verifier, vw, ops): ReceiptFields = self.conn.query(&hmget).await?;
        let (Some(st), Some(expires_at), Some(forget_at)) = (st, exp, fgt) else { return Ok(None) };
        if now >= forget_at {
            return Ok(None);
        }
        let opened_at = at.filter(|&t| t != 0);
        let (views, opens) = views_and_opens(vw, ops.as_deref(), opened_at);
        Ok(Some(StoredReceipt { id, nonce, st, opened_at, expires_at, forget_at, burn_verifier, views, opens }))
    }

    /// The ledger entry of a live secret's receipt, which alone names its key: found among the entries due at the
    /// receipt's forget time.
    async fn receipt_entry_of(&self, id: &SecretId, nonce: &str, forget_at: u64) -> Result<Option<Entry>, StoreError> {
        let members: Vec<String> = self.conn.query(redis::cmd("ZRANGEBYSCORE").arg(self.keys.due()).arg(forget_at).arg(forget_at)).await?;
        Ok(members
            .iter()
            .filter_map(|m| Entry::parse(m))
            .find(|e| matches!(e, Entry::Receipt { id: rid, nonce: n, .. } if rid == id && n == nonce)))
    }
}

impl Store for RedisStore {
    fn upload(&self) -> StoreFuture<'_, Box<dyn Upload>> {
        Box::pin(async move { Ok(Box::new(ChunkUpload::new()) as Box<dyn Upload>) })
    }

    fn create(&self, secret: NewSecret, now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            let mut secret = secret;
            let mut upload: Box<ChunkUpload> = std::mem::replace(&mut secret.ciphertext, Box::new(ChunkUpload::new()))
                .into_any()
                .downcast()
                .map_err(|_| StoreError("an upload from another store was given to the Redis store".into()))?;
            // Cheap refusal before writing anything (a live secret or a request): the create script checks again,
            // authoritatively.
            let taken: u64 =
                self.conn.query(redis::cmd("EXISTS").arg(self.keys.meta(&secret.id)).arg(self.keys.request(&secret.id))).await?;
            if taken > 0 {
                return Ok(CreateOutcome::IdTaken);
            }
            Ok(match self.store_new(secret, &mut upload, now, Mode::Create).await? {
                Written::Stored => CreateOutcome::Created,
                Written::ReceiptTaken => CreateOutcome::ReceiptTaken,
                Written::Full => CreateOutcome::Full,
                _ => CreateOutcome::IdTaken,
            })
        })
    }

    fn peek(&self, id: SecretId, now: Millis) -> StoreFuture<'_, Option<SecretInfo>> {
        Box::pin(async move {
            let (exp, header, size, left): (Option<u64>, Option<Vec<u8>>, Option<u64>, Option<u32>) =
                self.conn.query(redis::cmd("HMGET").arg(self.keys.meta(&id)).arg("exp").arg("hdr").arg("size").arg("vl")).await?;
            let (Some(expires_at), Some(header), Some(size)) = (exp, header, size) else { return Ok(None) };
            Ok((now < expires_at).then_some(SecretInfo { header, expires_at, size, views_left: left.unwrap_or(1) }))
        })
    }

    fn take(&self, attempt: OpenAttempt, now: Millis) -> StoreFuture<'_, TakeOutcome> {
        Box::pin(async move {
            let id = attempt.id;
            let mut inv = scripts::TAKE.prepare_invoke();
            inv.key(self.keys.meta(&id))
                .key(self.keys.receipts(&id))
                .key(self.keys.request(&id))
                .arg(now)
                .arg(&attempt.proof.verifier().0[..])
                .arg(attempt.gate.as_ref().map(|g: &Proof| g.verifier().0.to_vec()).unwrap_or_default())
                .arg(if attempt.intent == Intent::BurnRest { "burn" } else { "open" });
            let (reply, acked): (Vec<String>, Acked) = self.write_script(&inv).await?;
            Ok(match text(&reply, 0)? {
                "opened" => {
                    let (nonce, n, charge, size) = (text(&reply, 1)?.to_owned(), num(&reply, 2)?, num(&reply, 3)?, num(&reply, 4)?);
                    let (left, many) = (u32::try_from(num(&reply, 5)?).unwrap_or(u32::MAX), text(&reply, 6)? == "1");
                    let keys = self.keys.chunks(&id, &nonce, n);
                    let entry = Entry::Secret { id, nonce, charge };
                    let request = ended_request(&id, &reply, 7);
                    if let Err(e) = acked.require() {
                        // Spent here but perhaps not on the replicas: never shown, so a failover can at most bring it
                        // back unopened; without one it is lost. Never shown twice.
                        if left == 0 {
                            self.ended(entry, Some(keys), many, request).await;
                        }
                        return Err(e);
                    }
                    if !many {
                        self.ended(entry, None, false, request).await;
                        return Ok(TakeOutcome::Opened { ciphertext: chunks::read(&self.conn, keys, size).await?, views_left: 0 });
                    }
                    // Read, not taken: other opens may be streaming the same chunks.
                    let ciphertext = chunks::copy(&self.conn, keys.clone(), size);
                    if left == 0 {
                        self.ended(entry, Some(keys), true, request).await;
                    }
                    TakeOutcome::Opened { ciphertext, views_left: left }
                }
                ending @ ("burned_rest" | "burned") => {
                    let (nonce, n, charge, many) = (text(&reply, 1)?.to_owned(), num(&reply, 2)?, num(&reply, 3)?, text(&reply, 4)? == "1");
                    let keys = self.keys.chunks(&id, &nonce, n);
                    self.ended(Entry::Secret { id, nonce, charge }, Some(keys), many, ended_request(&id, &reply, 5)).await;
                    acked.require()?;
                    if ending == "burned_rest" {
                        TakeOutcome::BurnedRest
                    } else {
                        TakeOutcome::WrongProof { attempts_left: 0 }
                    }
                }
                "wrong" => {
                    acked.require()?;
                    TakeOutcome::WrongProof { attempts_left: u32::try_from(num(&reply, 1)?).unwrap_or(u32::MAX) }
                }
                "refused" => TakeOutcome::Refused,
                "moving" => TakeOutcome::Moving,
                _ => TakeOutcome::NotFound,
            })
        })
    }

    fn receipt(&self, key: ReceiptKey, now: Millis) -> StoreFuture<'_, Option<ReceiptInfo>> {
        Box::pin(async move {
            let Some(r) = self.stored_receipt(key, now).await? else { return Ok(None) };
            let state = match receipt_state(&r.st) {
                ReceiptState::Waiting if now >= r.expires_at => ReceiptState::Expired,
                state => state,
            };
            Ok(Some(ReceiptInfo { state, opened_at: r.opened_at, expires_at: r.expires_at, views: r.views, opens: r.opens }))
        })
    }

    fn burn(&self, key: ReceiptKey, proof: Proof, now: Millis) -> StoreFuture<'_, BurnOutcome> {
        Box::pin(async move {
            // The pointer is written once and never changed: reading it outside the script is safe.
            let pointer: Option<String> = self.conn.query(redis::cmd("GET").arg(self.keys.pointer(&key))).await?;
            let Some((id, nonce)) = pointer.as_deref().and_then(parse_pointer) else { return Ok(BurnOutcome::NotFound) };
            let mut inv = scripts::BURN.prepare_invoke();
            inv.key(self.keys.meta(&id)).key(self.keys.receipts(&id)).arg(now).arg(&proof.verifier().0[..]).arg(&nonce);
            let (reply, acked): (Vec<String>, Acked) = self.write_script(&inv).await?;
            Ok(match text(&reply, 0)? {
                "burned" => {
                    let expires_at = num(&reply, 1)?;
                    let vw = text(&reply, 2)?.parse().ok();
                    let (views, opens) = views_and_opens(vw, Some(text(&reply, 3)?), None);
                    if reply.len() == 7 {
                        let (n, charge, many) = (num(&reply, 4)?, num(&reply, 5)?, text(&reply, 6)? == "1");
                        let keys = self.keys.chunks(&id, &nonce, n);
                        self.ended(Entry::Secret { id, nonce, charge }, Some(keys), many, None).await;
                    }
                    acked.require()?;
                    BurnOutcome::Burned(ReceiptInfo { state: ReceiptState::Burned, opened_at: None, expires_at, views, opens }, id)
                }
                "wrong" => BurnOutcome::WrongProof,
                "nw" => BurnOutcome::NotWaiting,
                "moving" => BurnOutcome::Moving,
                _ => BurnOutcome::NotFound,
            })
        })
    }

    fn sweep(&self, now: Millis) -> StoreFuture<'_, SweepReport> {
        Box::pin(async move {
            let mut report = SweepReport::default();
            loop {
                let due: Vec<String> = self
                    .conn
                    .query(redis::cmd("ZRANGEBYSCORE").arg(self.keys.due()).arg("-inf").arg(now).arg("LIMIT").arg(0).arg(SWEEP_BATCH))
                    .await?;
                for member in &due {
                    let Some(entry) = Entry::parse(member) else {
                        // Not written by this version: set aside (nothing to give back that can be trusted).
                        let _: i64 = self.conn.query(redis::cmd("ZREM").arg(self.keys.due()).arg(member)).await?;
                        report.quarantined += 1;
                        continue;
                    };
                    match &entry {
                        Entry::Secret { id, nonce, .. } => {
                            let mut inv = scripts::EXPIRE.prepare_invoke();
                            inv.key(self.keys.meta(id)).arg(nonce);
                            let reply: Vec<String> = self.conn.script(&inv).await?;
                            if let Ok(n) = num(&reply, 0) {
                                // Deleted here, with opens left; -1: already gone (another server's sweeper, its TTL, or
                                // consumed with its release lost), counted elsewhere or not at all.
                                report.expired.push(*id);
                                let keys = self.keys.chunks(id, nonce, n);
                                if text(&reply, 1)? == "1" {
                                    chunks::shorten(&self.conn, keys, READ_GRACE_MS).await;
                                } else {
                                    chunks::unlink(&self.conn, keys).await;
                                }
                            }
                        }
                        Entry::Receipt { key, id, nonce, .. } => {
                            let mut inv = scripts::FORGET.prepare_invoke();
                            inv.key(self.keys.receipts(id)).arg(nonce);
                            let _: i64 = self.conn.script(&inv).await?;
                            let mut inv = scripts::UNCLAIM.prepare_invoke();
                            inv.key(self.keys.pointer(key)).arg(pointer_value(id, nonce));
                            let _: i64 = self.conn.script(&inv).await?;
                        }
                        Entry::Request { id, nonce, .. } => {
                            // Its answer, if any, has an entry of its own, due at the same time.
                            let mut inv = scripts::FORGET_REQUEST.prepare_invoke();
                            inv.key(self.keys.request(id)).arg(nonce);
                            let _: i64 = self.conn.script(&inv).await?;
                        }
                    }
                    if self.release(&entry).await? {
                        report.deleted += 1;
                    }
                }
                if due.len() < SWEEP_BATCH {
                    return Ok(report);
                }
            }
        })
    }

    fn export(&self, cursor: ExportCursor, now: Millis) -> StoreFuture<'_, ExportPage> {
        Box::pin(async move {
            // The ledger's due index names every live record; ZSCAN walks it while it changes (a record may come twice).
            let at = if cursor.0.is_empty() { "0".to_owned() } else { String::from_utf8_lossy(&cursor.0).into_owned() };
            let (next, flat): (String, Vec<String>) =
                self.conn.query(redis::cmd("ZSCAN").arg(self.keys.due()).arg(&at).arg("COUNT").arg(SWEEP_BATCH)).await?;
            let mut listed = Vec::with_capacity(flat.len() / 2);
            for pair in flat.chunks(2) {
                let (Some(member), Some(due)) = (pair.first(), pair.get(1).and_then(|d| d.parse::<f64>().ok())) else { continue };
                if due <= now as f64 {
                    continue;
                }
                match Entry::parse(member) {
                    Some(Entry::Secret { id, .. }) => listed.push(Listed::Secret(id)),
                    Some(Entry::Receipt { key, .. }) => listed.push(Listed::Receipt(key)),
                    // Requests stay where their links point (their answers too: begin_move skips them).
                    Some(Entry::Request { .. }) | None => {}
                }
            }
            Ok(ExportPage { listed, next: (next != "0").then(|| ExportCursor(next.into_bytes())) })
        })
    }

    fn begin_move(&self, listed: Listed, now: Millis) -> StoreFuture<'_, Option<Exported>> {
        Box::pin(async move {
            let id = match listed {
                Listed::Receipt(key) => {
                    return Ok(self.lone_receipt(key, now).await?.map(|r| Exported { record: Record::Receipt(r), ciphertext: None }));
                }
                Listed::Secret(id) => id,
            };
            let mut inv = scripts::BEGIN_MOVE.prepare_invoke();
            inv.key(self.keys.meta(&id)).key(self.keys.receipts(&id)).key(self.keys.request(&id)).arg(now);
            let reply: Vec<Vec<u8>> = self.conn.script(&inv).await?;
            if reply.is_empty() {
                return Ok(None);
            }
            let bad = || StoreError("an unexpected reply from a Redis script".into());
            let field = |i: usize| reply.get(i).ok_or_else(bad);
            let number =
                |i: usize| -> Result<u64, StoreError> { std::str::from_utf8(field(i)?).ok().and_then(|t| t.parse().ok()).ok_or_else(bad) };
            let array = |i: usize| -> Result<[u8; 32], StoreError> { <[u8; 32]>::try_from(&field(i)?[..]).map_err(|_| bad()) };
            let nonce = String::from_utf8(field(5)?.clone()).map_err(|_| bad())?;
            let (expires_at, n, size) = (number(0)?, number(6)?, number(7)?);
            let receipt = if field(9)?.is_empty() {
                None
            } else {
                let forget_at = number(10)?;
                match self.receipt_entry_of(&id, &nonce, forget_at).await? {
                    Some(Entry::Receipt { key, .. }) => {
                        let text = |i: usize| field(i).map(|f| String::from_utf8_lossy(f).into_owned());
                        let (views, opens) = views_and_opens(text(13)?.parse().ok(), Some(&text(14)?), None);
                        Some(NewReceipt { key, burn_verifier: shared::envelope::Verifier(array(11)?), forget_at, views, opens })
                    }
                    _ => {
                        tracing::warn!("a moving secret's receipt has no ledger entry; the secret moves without it");
                        None
                    }
                }
            };
            let record = SecretRecord {
                id,
                verifier: shared::envelope::Verifier(array(2)?),
                gate: if field(3)?.is_empty() { None } else { Some(shared::envelope::Verifier(array(3)?)) },
                header: field(4)?.clone(),
                size,
                expires_at,
                attempts_left: u32::try_from(number(1)?).unwrap_or(u32::MAX),
                views_left: u32::try_from(number(12)?).unwrap_or(u32::MAX),
                receipt,
            };
            let ciphertext = chunks::copy(&self.conn, self.keys.chunks(&id, &nonce, n), size);
            Ok(Some(Exported { record: Record::Secret(record), ciphertext: Some(ciphertext) }))
        })
    }

    fn end_move(&self, listed: Listed, end: MoveEnd) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            match listed {
                Listed::Secret(id) => {
                    let mut inv = scripts::END_MOVE.prepare_invoke();
                    inv.key(self.keys.meta(&id)).key(self.keys.receipts(&id)).arg(if end == MoveEnd::Moved { "moved" } else { "kept" });
                    let reply: Vec<String> = self.conn.script(&inv).await?;
                    if text(&reply, 0).ok() != Some("moved") {
                        return Ok(());
                    }
                    let (nonce, n, charge) = (text(&reply, 1)?.to_owned(), num(&reply, 2)?, num(&reply, 3)?);
                    chunks::unlink(&self.conn, self.keys.chunks(&id, &nonce, n)).await;
                    if let Ok(forget_at) = num(&reply, 4) {
                        // Its receipt moved with it: the pointer and the ledger entry (which names the key) go too.
                        if let Some(entry @ Entry::Receipt { key, .. }) = self.receipt_entry_of(&id, &nonce, forget_at).await? {
                            let mut inv = scripts::UNCLAIM.prepare_invoke();
                            inv.key(self.keys.pointer(&key)).arg(pointer_value(&id, &nonce));
                            let _: i64 = self.conn.script(&inv).await?;
                            self.release(&entry).await?;
                        }
                    }
                    self.release(&Entry::Secret { id, nonce, charge }).await?;
                }
                Listed::Receipt(key) => {
                    if end == MoveEnd::Kept {
                        return Ok(());
                    }
                    let pointer: Option<String> = self.conn.query(redis::cmd("GET").arg(self.keys.pointer(&key))).await?;
                    let Some((id, nonce)) = pointer.as_deref().and_then(parse_pointer) else { return Ok(()) };
                    // Its ledger entry's name holds its charge, which its views say.
                    let views: Option<u32> =
                        self.conn.query(redis::cmd("HGET").arg(self.keys.receipts(&id)).arg(format!("{nonce}.vw"))).await?;
                    let charge = receipt_charge(views.unwrap_or(1));
                    let mut inv = scripts::FORGET.prepare_invoke();
                    inv.key(self.keys.receipts(&id)).arg(&nonce);
                    let _: i64 = self.conn.script(&inv).await?;
                    let mut inv = scripts::UNCLAIM.prepare_invoke();
                    inv.key(self.keys.pointer(&key)).arg(pointer_value(&id, &nonce));
                    let _: i64 = self.conn.script(&inv).await?;
                    self.release(&Entry::Receipt { key, id, nonce, charge }).await?;
                }
            }
            Ok(())
        })
    }

    fn import(&self, record: Record, ciphertext: Option<Box<dyn Upload>>, now: Millis) -> StoreFuture<'_, ImportOutcome> {
        Box::pin(async move {
            match record {
                Record::Secret(s) => self.import_secret(s, ciphertext, now).await,
                Record::Receipt(r) => self.import_receipt(r, now).await,
            }
        })
    }

    fn create_request(&self, request: NewRequest, now: Millis) -> StoreFuture<'_, CreateOutcome> {
        Box::pin(async move {
            let id = answer_id(&request.id);
            // Cheap refusal before counting anything: the request's script checks again, authoritatively.
            let taken: u64 = self.conn.query(redis::cmd("EXISTS").arg(self.keys.meta(&id)).arg(self.keys.request(&id))).await?;
            if taken > 0 {
                return Ok(CreateOutcome::IdTaken);
            }
            let entry = Entry::Request { id, nonce: nonce()?, charge: request_charge(request.note.len()) };
            let mut undo = Undo::default();
            let outcome = self.request_steps(&request, &entry, now, &mut undo).await;
            self.settle(undo, outcome.as_ref().ok().map(|o| *o == CreateOutcome::Created)).await;
            outcome
        })
    }

    fn peek_request(&self, id: RequestId, now: Millis) -> StoreFuture<'_, Option<RequestInfo>> {
        Box::pin(async move {
            let id = answer_id(&id);
            let Some((expires_at, at, _, _, note)) = self.request_fields(&id).await? else { return Ok(None) };
            // Answered: live while its answer is (taking the answer deletes the request in the same script).
            if now >= expires_at || (at != 0 && !self.answer_state(&id, now).await?.0) {
                return Ok(None);
            }
            Ok(Some(RequestInfo { expires_at, answered_at: (at != 0).then_some(at), note }))
        })
    }

    fn answer(&self, id: RequestId, proof: Proof, ciphertext: Box<dyn Upload>, now: Millis) -> StoreFuture<'_, AnswerOutcome> {
        Box::pin(async move {
            let id = answer_id(&id);
            let mut upload: Box<ChunkUpload> = ciphertext
                .into_any()
                .downcast()
                .map_err(|_| StoreError("an upload from another store was given to the Redis store".into()))?;
            // Cheap refusals before anything is written; the create script checks everything again, authoritatively.
            let Some((expires_at, at, av, fv, _)) = self.request_fields(&id).await? else { return Ok(AnswerOutcome::NotFound) };
            if now >= expires_at {
                return Ok(AnswerOutcome::NotFound);
            }
            let damaged = || StoreError("a request's verifier is damaged".into());
            let answer_verifier = Verifier(av.try_into().map_err(|_| damaged())?);
            // The proof first: with an id alone every answer is refused, and learns nothing.
            if !answer_verifier.matches(&proof) {
                return Ok(AnswerOutcome::WrongProof);
            }
            if at != 0 {
                // An answer gone before its request (swept a moment earlier) ends it like a taken one.
                return match self.answer_state(&id, now).await? {
                    (_, true) => Err(another_answer_pending()),
                    (true, false) => Ok(AnswerOutcome::AlreadyAnswered),
                    (false, false) => Ok(AnswerOutcome::NotFound),
                };
            }
            let secret = NewSecret {
                id,
                verifier: Verifier(fv.try_into().map_err(|_| damaged())?),
                gate: None,
                header: super::ANSWER_HEADER.to_vec(),
                ciphertext: Box::new(ChunkUpload::new()),
                expires_at,
                max_attempts: 1,
                views: 1,
                receipt: None,
            };
            Ok(match self.store_new(secret, &mut upload, now, Mode::Answer(proof.verifier(), now)).await? {
                Written::Stored => AnswerOutcome::Answered,
                Written::Full => AnswerOutcome::Full,
                Written::WrongProof => AnswerOutcome::WrongProof,
                Written::NoRequest => AnswerOutcome::NotFound,
                _ => AnswerOutcome::AlreadyAnswered,
            })
        })
    }

    fn ready(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            if !self.cluster {
                let _: String = self.conn.query(&redis::cmd("PING")).await?;
                return Ok(());
            }
            // A node answers PING even while the cluster refuses every key (a primary down, `cluster_state:fail`):
            // ready only when every primary answers and says the cluster is whole.
            let whole = async {
                for (node, value) in self.conn.on_every_primary(redis::cmd("CLUSTER").arg("INFO")).await? {
                    let info = String::from_redis_value(value).unwrap_or_default();
                    if !info.lines().any(|l| l.trim() == "cluster_state:ok") {
                        return Err(StoreError(format!("Redis Cluster node {node} says the cluster is not ok")));
                    }
                }
                Ok(())
            };
            let result = whole.await;
            if result.is_err() {
                // Perhaps only this client's view is stale (a failover): the next check sees the topology again.
                self.conn.rebuild().await;
            }
            result
        })
    }

    fn usage(&self) -> StoreFuture<'_, Usage> {
        Box::pin(async move {
            let (secrets, receipts, bytes) = self.totals().await?;
            Ok(Usage { secrets, receipts, bytes })
        })
    }

    fn shared_limit(&self) -> Option<std::sync::Arc<dyn crate::ratelimit::SharedLimit>> {
        Some(self.limit.clone())
    }

    fn close(&self) -> StoreFuture<'_, ()> {
        // Every answered step is already on disk (appendfsync always): nothing is buffered here.
        Box::pin(async move { Ok(()) })
    }
}
