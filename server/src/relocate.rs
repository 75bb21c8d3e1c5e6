//! Moving every live secret and remembered receipt from one store to another (`cinder move-secrets`), for operators
//! who outgrow one machine (sled to Redis) or go back: built only on the Store contract's move methods, so any pair of
//! backends works.
//!
//! One record at a time, each in three durable steps: the source marks it as moving (from then on no store can open,
//! guess at or burn it: a secret is live in at most one store), the destination imports it whole (and remembers that
//! it did, until the secret's expiry), and the source forgets it. Interrupted anywhere, a rerun finds the marked
//! records again, the destination answers `AlreadyThere` for those it holds (even if opened there since), and each
//! secret ends up exactly once at the destination. Ciphertext is streamed from one store's chunks or file into the
//! other's upload, never held whole.

use futures_util::StreamExt as _;

use crate::store::{ExportCursor, ImportOutcome, Listed, Millis, MoveEnd, Record, Store, StoreError};

/// Records moved at once: each waits on its own syncs, so many in flight share the stores' group commits (3,000 small
/// secrets sled to Redis, debug build: ~1,100/s with 8, ~1,700/s with 32). Each holds at most about 2 MiB of a
/// ciphertext in memory (a chunk read, a chunk staged), so even 32 large ones stay far below holding one whole.
const IN_FLIGHT: usize = 32;
/// How often a long move says how far it got.
const PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// What a move did. Counts only: never an id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MoveReport {
    /// Live secrets now at the destination (and gone from the source).
    pub secrets: u64,
    /// Their ciphertext bytes.
    pub bytes: u64,
    /// Receipts moved: with their secret, or alone (their secret opened, burned or expired).
    pub receipts: u64,
    /// Records an earlier, interrupted run had already imported: only forgotten at the source now.
    pub already_there: u64,
    /// Records not moved because their id (or receipt id) is taken at the destination; the source serves them again.
    pub conflicts: u64,
    /// Records that expired during the move (not moved; the source's sweeper deletes them).
    pub expired: u64,
}

/// Why a move stopped before the end.
#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    /// The destination's caps (CINDER_MAX_SECRETS, CINDER_MAX_STORED_BYTES) are reached.
    #[error("the destination is full (CINDER_MAX_SECRETS or CINDER_MAX_STORED_BYTES reached there)")]
    Full(MoveReport),
    /// A store failed; records being moved stay marked (unopenable) in the source until a rerun finishes them.
    #[error("{1}")]
    Store(MoveReport, StoreError),
}

/// How one record's move ended.
enum Step {
    Moved {
        bytes: u64,
        receipts: u64,
        secret: bool,
    },
    AlreadyThere,
    Conflict,
    Expired,
    Full,
    /// Gone, expired, or a receipt that moves with its secret.
    Nothing,
}

/// Moves everything live (at `clock`'s time: `store::now_ms` outside tests) from `from` to `to`. Stops at the first
/// failure or when the destination is full; what was moved until then stays moved, and a rerun goes on from there.
pub async fn move_all(from: &dyn Store, to: &dyn Store, clock: fn() -> Millis) -> Result<MoveReport, MoveError> {
    let mut report = MoveReport::default();
    let mut cursor = ExportCursor::default();
    // A large store takes minutes: the operator sees it progress (counts only).
    let mut told = std::time::Instant::now();
    loop {
        if told.elapsed() >= PROGRESS_EVERY {
            tracing::info!(secrets = report.secrets, receipts = report.receipts, bytes = report.bytes, "moving: so far");
            told = std::time::Instant::now();
        }
        let page = from.export(cursor, clock()).await.map_err(|e| MoveError::Store(report, e))?;
        // A page's secrets before its receipts: a receipt whose secret is on the same page then finds it moved (and
        // itself with it) instead of racing it and arriving twice.
        let (secrets, receipts): (Vec<Listed>, Vec<Listed>) = page.listed.into_iter().partition(|l| matches!(l, Listed::Secret(_)));
        let mut steps: Vec<Result<Step, StoreError>> = Vec::new();
        for batch in [secrets, receipts] {
            let done: Vec<_> = futures_util::stream::iter(batch)
                .map(|listed| move_one(from, to, listed, clock))
                .buffer_unordered(IN_FLIGHT)
                .collect()
                .await;
            steps.extend(done);
        }
        let (mut failure, mut full) = (None, false);
        for step in steps {
            match step {
                Ok(Step::Moved { bytes, receipts, secret }) => {
                    report.secrets += u64::from(secret);
                    report.bytes += bytes;
                    report.receipts += receipts;
                }
                Ok(Step::AlreadyThere) => report.already_there += 1,
                Ok(Step::Conflict) => report.conflicts += 1,
                Ok(Step::Expired) => report.expired += 1,
                Ok(Step::Full) => full = true,
                Ok(Step::Nothing) => {}
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        if let Some(e) = failure {
            return Err(MoveError::Store(report, e));
        }
        if full {
            return Err(MoveError::Full(report));
        }
        match page.next {
            Some(next) => cursor = next,
            None => return Ok(report),
        }
    }
}

/// One record: mark at the source, import at the destination, forget (or serve again) at the source.
async fn move_one(from: &dyn Store, to: &dyn Store, listed: Listed, clock: fn() -> Millis) -> Result<Step, StoreError> {
    let now = clock();
    let Some(exported) = from.begin_move(listed, now).await? else { return Ok(Step::Nothing) };
    let (secret, bytes, receipts) = match &exported.record {
        Record::Secret(s) => (true, s.size, u64::from(s.receipt.is_some())),
        Record::Receipt(_) => (false, 0, 1),
    };
    let upload = match exported.ciphertext {
        None => None,
        Some(mut ciphertext) => {
            let mut upload = to.upload().await?;
            while let Some(chunk) = ciphertext.body.next().await {
                upload.write(&chunk.map_err(|e| StoreError::io("reading a ciphertext at the source", e))?).await?;
            }
            Some(upload)
        }
    };
    // From here on, an error leaves the record marked at the source: the import may have happened (a lost reply),
    // so serving it there again could make it openable twice. A rerun settles it.
    let outcome = to.import(exported.record, upload, clock()).await?;
    let (end, step) = match outcome {
        ImportOutcome::Imported => (MoveEnd::Moved, Step::Moved { bytes, receipts, secret }),
        ImportOutcome::AlreadyThere => (MoveEnd::Moved, Step::AlreadyThere),
        ImportOutcome::IdTaken | ImportOutcome::ReceiptTaken => (MoveEnd::Kept, Step::Conflict),
        ImportOutcome::Expired => (MoveEnd::Kept, Step::Expired),
        ImportOutcome::Full => (MoveEnd::Kept, Step::Full),
    };
    from.end_move(listed, end).await?;
    Ok(step)
}
