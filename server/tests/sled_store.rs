//! What only the embedded store can show: its files on disk. Deleted bytes really leave the disk, a start after a crash
//! repairs leftovers, older data directories are migrated, and injected faults (a failing sync, unreadable records)
//! end in fail-stop or quarantine, never in lost or resurrected secrets.

use std::path::Path;
use std::sync::Arc;

use cinder_server::store::sled::{Repairs, SledStore};
use cinder_server::store::{CreateOutcome, Intent, Limits, NewReceipt, NewSecret, OpenAttempt, Store, TakeOutcome};
use shared::api::ReceiptState;
use shared::envelope::{Proof, ReceiptId, SecretId};

const T: u64 = 1_700_000_000_000;
const LIMITS: Limits = Limits { max_secrets: 100, max_bytes: 1 << 30 };

fn proof(n: u8) -> Proof {
    Proof::from_text(&shared::b64::encode(&[n; 32])).unwrap()
}

fn open(dir: &Path) -> (SledStore, Repairs) {
    for _ in 0..200 {
        if let Ok(opened) = SledStore::open(dir, 1 << 20, LIMITS) {
            return opened;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the store does not open");
}

/// A distinctive ciphertext for secret `n`: a marker that appears nowhere else, repeated.
fn ciphertext(n: u8, len: usize) -> Vec<u8> {
    let marker = format!("<<cinder-secret-{n:03}>>");
    marker.bytes().cycle().take(len).collect()
}

/// Secret `n` with [`ciphertext`] `n`, its proof `proof(n)`, uploaded and ready for `Store::create`.
async fn secret(store: &dyn Store, n: u8, len: usize, expires_at: u64, receipt: bool) -> NewSecret {
    let mut upload = store.upload().await.unwrap();
    upload.write(&ciphertext(n, len)).await.unwrap();
    NewSecret {
        id: SecretId([n; 16]),
        verifier: proof(n).verifier(),
        gate: None,
        header: vec![1, 0],
        ciphertext: upload,
        expires_at,
        max_attempts: 3,
        views: 1,
        receipt: receipt.then(|| NewReceipt {
            key: ReceiptId([n; 16]).lookup_key(),
            burn_verifier: proof(n + 100).verifier(),
            forget_at: expires_at + 100_000,
            views: 1,
            opens: vec![],
        }),
    }
}

async fn create(store: &dyn Store, n: u8, len: usize, expires_at: u64, receipt: bool) -> CreateOutcome {
    let secret = secret(store, n, len, expires_at, receipt).await;
    store.create(secret, T).await.unwrap()
}

async fn take(store: &dyn Store, n: u8) -> Option<Vec<u8>> {
    match store.take(OpenAttempt { id: SecretId([n; 16]), proof: proof(n), gate: None, intent: Intent::Open }, T).await.unwrap() {
        TakeOutcome::Opened { ciphertext: c, .. } => Some(c.collect().await.unwrap()),
        _ => None,
    }
}

/// Every byte of every file under `dir`.
fn disk_contents(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in walk(dir) {
        all.extend(std::fs::read(entry).unwrap());
    }
    all
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn ciphertext_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir.join("ciphertext")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect()
}

#[tokio::test]
async fn opened_burned_and_expired_ciphertext_leaves_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    for n in 1..=4 {
        assert_eq!(create(&store, n, 300_000, T + 1_000 * u64::from(n), true).await, CreateOutcome::Created);
    }
    assert!(take(&store, 1).await.is_some());
    assert!(matches!(
        store.burn(ReceiptId([2; 16]).lookup_key(), proof(102), T).await.unwrap(),
        cinder_server::store::BurnOutcome::Burned(..)
    ));
    assert_eq!(store.sweep(T + 3_000).await.unwrap().deleted, 1, "secret 3 expired");
    store.close().await.unwrap();
    drop(store);

    let disk = disk_contents(dir.path());
    for (n, gone) in [(1, true), (2, true), (3, true), (4, false)] {
        let marker = format!("<<cinder-secret-{n:03}>>");
        assert_eq!(!contains(&disk, marker.as_bytes()), gone, "secret {n}: its ciphertext is on disk = {}", !gone);
    }
    assert_eq!(ciphertext_files(dir.path()).len(), 1, "only the live secret has a file");
}

#[tokio::test]
async fn an_upload_that_is_never_stored_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let mut upload = store.upload().await.unwrap();
    upload.write(&vec![7; 2 << 20]).await.unwrap();
    assert!(!ciphertext_files(dir.path()).is_empty(), "a large upload is staged on disk, not in memory");
    drop(upload);
    assert!(ciphertext_files(dir.path()).is_empty());
}

#[tokio::test]
async fn start_after_a_crash_repairs_what_it_left() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    create(&store, 1, 272, T + 10_000, true).await;
    create(&store, 2, 272, T + 10_000, false).await;
    store.close().await.unwrap();
    drop(store);
    let files = dir.path().join("ciphertext");
    // What a crash can leave: a file whose metadata never committed, an unfinished upload; and (a lost disk write, or
    // someone deleting files by hand) metadata whose file is gone.
    std::fs::write(files.join("ab".repeat(16)), b"orphan").unwrap();
    std::fs::write(files.join(".upload-1-1"), b"half").unwrap();
    std::fs::remove_file(files.join("01".repeat(16))).unwrap();

    let (store, repairs) = open(dir.path());
    assert_eq!(repairs, Repairs { orphan_files: 2, records_without_ciphertext: 1, migrated: 0 });
    assert!(take(&store, 1).await.is_none(), "a record without its ciphertext is not found, never a 500");
    assert_eq!(store.receipt(ReceiptId([1; 16]).lookup_key(), T).await.unwrap().unwrap().state, ReceiptState::Burned);
    assert_eq!(take(&store, 2).await, Some(ciphertext(2, 272)));
    assert!(ciphertext_files(dir.path()).is_empty());
    assert_eq!(store.totals(), (0, 1, 512), "the counters match what is left: one receipt");
    drop(store);
    assert_eq!(open(dir.path()).1, Repairs::default(), "nothing left to repair");
}

/// A data directory written by the previous binary (ciphertext inside sled's `blobs` tree, metadata format 1).
#[tokio::test]
async fn data_from_the_previous_format_is_migrated_into_files() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = sled::open(dir.path()).unwrap();
        let (secrets, blobs, expiry) = (db.open_tree("secrets").unwrap(), db.open_tree("blobs").unwrap(), db.open_tree("expiry").unwrap());
        let mut meta = vec![1];
        meta.extend_from_slice(&(T + 10_000).to_be_bytes());
        meta.extend_from_slice(&3u32.to_be_bytes());
        meta.extend_from_slice(&272u64.to_be_bytes());
        meta.extend_from_slice(&proof(5).verifier().0);
        meta.push(0);
        meta.extend_from_slice(&[1, 0]);
        secrets.insert([5; 16], meta).unwrap();
        blobs.insert([5; 16], ciphertext(5, 272)).unwrap();
        let mut key = (T + 10_000).to_be_bytes().to_vec();
        key.push(0);
        key.extend_from_slice(&[5; 16]);
        expiry.insert(key, &[][..]).unwrap();
        db.flush().unwrap();
    }
    let (store, repairs) = open(dir.path());
    assert_eq!(repairs.migrated, 1);
    assert_eq!(store.peek(SecretId([5; 16]), T).await.unwrap().unwrap().size, 272);
    assert_eq!(take(&store, 5).await, Some(ciphertext(5, 272)));
}

/// A sync that fails (EIO) answers every change it covered with an error, turns readiness off, and refuses every later
/// change until the store is reopened; what was acknowledged before stays.
#[tokio::test]
async fn failed_sync_fails_the_batch_and_stops_changes_until_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let store = Arc::new(store);
    assert_eq!(create(&*store, 1, 272, T + 10_000, false).await, CreateOutcome::Created);
    store.fail_next_sync();
    let second = secret(&*store, 2, 272, T + 10_000, false).await;
    assert!(store.create(second, T).await.is_err(), "no success answer for a change whose sync failed");
    assert!(store.ready().await.is_err(), "/readyz turns 503");
    let third = secret(&*store, 3, 272, T + 10_000, false).await;
    let refused = store.create(third, T).await;
    assert!(refused.is_err(), "fail-stop: later changes are refused");
    assert!(store.take(OpenAttempt { id: SecretId([1; 16]), proof: proof(1), gate: None, intent: Intent::Open }, T).await.is_err());
    assert!(store.peek(SecretId([1; 16]), T).await.unwrap().is_some(), "reads still work");
    drop(store);

    let (store, _) = open(dir.path());
    store.ready().await.unwrap();
    assert!(store.peek(SecretId([3; 16]), T).await.unwrap().is_none(), "a refused change never happened");
    assert_eq!(take(&store, 1).await, Some(ciphertext(1, 272)), "what was acknowledged before stays, and opens once");
}

/// Records that no longer decode (a damaged disk, a bug) are moved aside, counted, and never stop the sweeper.
#[tokio::test]
async fn unreadable_records_are_moved_aside_and_the_sweep_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    for n in 1..=3 {
        create(&store, n, 272, T + 1_000, n == 2).await;
    }
    store.close().await.unwrap();
    drop(store);
    {
        let db = sled::open(dir.path()).unwrap();
        db.open_tree("secrets").unwrap().insert([1; 16], &b"garbage"[..]).unwrap();
        db.open_tree("receipts").unwrap().insert(ReceiptId([2; 16]).lookup_key(), &b"garbage"[..]).unwrap();
        // Due at time 1 (so the first sweep meets it), of a kind that does not exist.
        db.open_tree("expiry").unwrap().insert(&[0, 0, 0, 0, 0, 0, 0, 1, 9, 9][..], &[][..]).unwrap();
        db.flush().unwrap();
    }
    let (store, _) = open(dir.path());
    let report = store.sweep(T + 1_000).await.unwrap();
    assert_eq!(report.deleted, 2, "secrets 2 and 3 expired and went");
    assert_eq!(report.quarantined, 2, "secret 1's record and the damaged index entry were moved aside");
    assert_eq!(store.sweep(T + 200_000).await.unwrap().quarantined, 1, "the damaged receipt, when its turn came");
    assert_eq!(store.sweep(T + 300_000).await.unwrap(), Default::default(), "the sweeper is not stuck");
    assert!(ciphertext_files(dir.path()).is_empty(), "no ciphertext outlives its record");
}
