//! The sled store through its trait, with time passed in: expiry, the sweeper's index walk, caps, and reopening.

use std::sync::Arc;

use cinder_server::error::Error;
use cinder_server::store::sled::{Limits, SledStore};
use cinder_server::store::{NewReceipt, NewSecret, Store};
use shared::api::ReceiptState;
use shared::envelope::{Proof, ReceiptId, SecretId, Verifier};

const T: u64 = 1_700_000_000_000;
const LIMITS: Limits = Limits { max_secrets: 100, max_bytes: 1 << 20 };

fn proof(n: u8) -> Proof {
    Proof::from_text(&shared::b64::encode(&[n; 32])).unwrap()
}

fn secret(n: u8, expires_at: u64, receipt: bool) -> NewSecret {
    NewSecret {
        id: SecretId([n; 16]),
        verifier: proof(n).verifier(),
        header: vec![1, 0],
        ciphertext: vec![n; 100].into(),
        expires_at,
        max_attempts: 5,
        receipt: receipt.then(|| NewReceipt {
            key: ReceiptId([n; 16]).lookup_key(),
            burn_verifier: Verifier([0; 32]),
            forget_at: expires_at + (expires_at - T),
        }),
    }
}

#[tokio::test]
async fn sweeper_deletes_expired_secrets_and_later_their_receipts() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 1 << 20, LIMITS).unwrap();
    store.create(secret(1, T + 1_000, true), T).await.unwrap();
    store.create(secret(2, T + 5_000, false), T).await.unwrap();
    let rkey = ReceiptId([1; 16]).lookup_key();

    assert_eq!(store.sweep(T + 999).await.unwrap(), 0, "nothing is due yet");
    assert!(store.peek(SecretId([1; 16]), T + 999).await.is_ok());
    assert!(matches!(store.peek(SecretId([1; 16]), T + 1_000).await, Err(Error::NotFound)), "expiry is enforced on read");
    assert_eq!(store.sweep(T + 1_000).await.unwrap(), 1, "the expired secret goes");
    assert!(matches!(store.peek(SecretId([1; 16]), T).await, Err(Error::NotFound)), "gone even for an earlier clock");
    assert_eq!(store.receipt(rkey, T + 1_500).await.unwrap().state, ReceiptState::Expired);
    assert_eq!(store.sweep(T + 1_999).await.unwrap(), 0);
    assert_eq!(store.sweep(T + 2_000).await.unwrap(), 1, "the receipt goes after twice the lifetime");
    assert!(matches!(store.receipt(rkey, T).await, Err(Error::NotFound)));
    assert!(store.peek(SecretId([2; 16]), T + 2_000).await.is_ok(), "the other secret is untouched");
}

#[tokio::test]
async fn opened_secret_leaves_nothing_for_the_sweeper_but_its_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 1 << 20, LIMITS).unwrap();
    store.create(secret(3, T + 1_000, true), T).await.unwrap();
    let ct = store.take(SecretId([3; 16]), proof(3), T + 10).await.unwrap();
    assert_eq!(&ct[..], &[3; 100][..]);
    let r = store.receipt(ReceiptId([3; 16]).lookup_key(), T + 5_000 / 4).await.unwrap();
    assert_eq!((r.state, r.opened_at), (ReceiptState::Opened, Some(T + 10)));
    assert_eq!(store.sweep(T + 1_000).await.unwrap(), 0, "the opened secret's index entry went with it");
    assert_eq!(store.sweep(T + 2_000).await.unwrap(), 1);
}

#[tokio::test]
async fn sweeping_makes_room_under_the_caps() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 1 << 20, Limits { max_secrets: 1, max_bytes: 1 << 20 }).unwrap();
    store.create(secret(4, T + 1_000, false), T).await.unwrap();
    assert!(matches!(store.create(secret(5, T + 1_000, false), T).await, Err(Error::Full)));
    store.sweep(T + 1_000).await.unwrap();
    store.create(secret(5, T + 2_000, false), T + 1_000).await.unwrap();
}

#[tokio::test]
async fn reopened_store_remembers_secrets_and_their_spent_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SledStore::open(dir.path(), 1 << 20, Limits { max_secrets: 2, max_bytes: 1 << 20 }).unwrap());
    store.create(secret(6, T + 1_000, false), T).await.unwrap();
    store.create(secret(7, T + 1_000, false), T).await.unwrap();
    let wrong = store.take(SecretId([6; 16]), proof(9), T).await;
    assert!(matches!(wrong, Err(Error::WrongProof { attempts_left: Some(4) })));
    store.close().await.unwrap();
    drop(store);

    // sled's I/O threads may hold the database a moment after the last handle is dropped.
    let mut reopened = None;
    for _ in 0..100 {
        match SledStore::open(dir.path(), 1 << 20, Limits { max_secrets: 2, max_bytes: 1 << 20 }) {
            Ok(s) => {
                reopened = Some(s);
                break;
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
        }
    }
    let store = reopened.expect("the database reopens");
    assert!(matches!(store.create(secret(8, T + 1_000, false), T).await, Err(Error::Full)), "live count was rebuilt");
    let wrong = store.take(SecretId([6; 16]), proof(9), T).await;
    assert!(matches!(wrong, Err(Error::WrongProof { attempts_left: Some(3) })), "the spent attempt stayed spent");
    assert_eq!(store.peek(SecretId([7; 16]), T).await.unwrap().size, 100);
}
