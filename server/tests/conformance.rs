//! The Store contract, checked against every backend: one function per guarantee (`store/mod.rs` lists them), run for
//! each backend by the `conformance!` macro at the bottom. A new backend passes when it adds one line there.
//! Redis runs for real: a standalone server per test, and one three-primary cluster shared by key prefix.

mod redis_rig;

use std::sync::Arc;

use cinder_server::relocate::{move_all, MoveError, MoveReport};
use cinder_server::store::redis::{RedisSettings, RedisStore, Target};
use cinder_server::store::sled::SledStore;
use cinder_server::store::{
    answer_id, charged_bytes, receipt_charge, request_charge, AnswerOutcome, BurnOutcome, CreateOutcome, ImportOutcome, Intent, Limits,
    Listed, MoveEnd, NewReceipt, NewRequest, NewSecret, OpenAttempt, Record, Store, SweepReport, TakeOutcome, Usage, RECORD_CHARGE,
};
use shared::api::ReceiptState;
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, ReceiptId, SecretId};

const T: u64 = 1_700_000_000_000;
const LIMITS: Limits = Limits { max_secrets: 100, max_bytes: 64 << 20 };
/// A header without a passphrase, and one with (Argon2id at the v1 minimum, any salt).
const PLAIN: [u8; 2] = [1, 0];
const GUESSABLE: [u8; 30] = [1, 1, 0, 0, 0x4c, 0, 0, 0, 0, 2, 0, 0, 0, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];

/// A backend under test: opens a store on its own fresh data, and reopens it after a close.
trait Backend {
    fn open(&mut self, limits: Limits) -> Arc<dyn Store>;
    fn reopen(&mut self, limits: Limits) -> Arc<dyn Store>;
}

struct Sled {
    dir: tempfile::TempDir,
}

impl Sled {
    fn new() -> Sled {
        Sled { dir: tempfile::tempdir().unwrap() }
    }
}

impl Backend for Sled {
    fn open(&mut self, limits: Limits) -> Arc<dyn Store> {
        Arc::new(SledStore::open(self.dir.path(), 1 << 20, limits).unwrap().0)
    }
    fn reopen(&mut self, limits: Limits) -> Arc<dyn Store> {
        // sled's I/O threads may hold the database a moment after the last handle is dropped.
        for _ in 0..200 {
            if let Ok((s, _)) = SledStore::open(self.dir.path(), 1 << 20, limits) {
                return Arc::new(s);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("the store does not reopen");
    }
}

/// A Redis store opened from a synchronous [`Backend`] method (the tests run on a multi-threaded runtime).
fn open_redis(target: Target, prefix: &str, limits: Limits) -> Arc<dyn Store> {
    let settings = RedisSettings { target, prefix: prefix.to_owned(), allow_ram_only: false, wait: None, limit_key: None };
    let store = tokio::task::block_in_place(|| tokio::runtime::Handle::current().block_on(RedisStore::open(&settings, limits)));
    Arc::new(store.expect("the Redis store opens"))
}

/// Its own durable standalone Redis; reopening kills Redis with SIGKILL and starts it again on the same files, so
/// everything must come back from the append-only file.
struct RedisStandalone {
    redis: redis_rig::Redis,
}

impl RedisStandalone {
    fn new() -> RedisStandalone {
        RedisStandalone { redis: redis_rig::Redis::start(redis_rig::Mode::Durable) }
    }
}

impl Backend for RedisStandalone {
    fn open(&mut self, limits: Limits) -> Arc<dyn Store> {
        open_redis(Target::Single(self.redis.url()), "cinder", limits)
    }
    fn reopen(&mut self, limits: Limits) -> Arc<dyn Store> {
        self.redis.restart();
        self.open(limits)
    }
}

/// Its own key prefix on the shared three-primary cluster.
struct RedisCluster {
    prefix: String,
}

impl RedisCluster {
    fn new() -> RedisCluster {
        RedisCluster { prefix: redis_rig::unique_prefix() }
    }
}

impl Backend for RedisCluster {
    fn open(&mut self, limits: Limits) -> Arc<dyn Store> {
        open_redis(Target::Cluster(redis_rig::shared_cluster().node_urls()), &self.prefix, limits)
    }
    fn reopen(&mut self, limits: Limits) -> Arc<dyn Store> {
        self.open(limits)
    }
}

fn proof(n: u8) -> Proof {
    Proof::from_text(&shared::b64::encode(&[n; 32])).unwrap()
}

fn gate(n: u8) -> Proof {
    proof(n.wrapping_add(100))
}

fn id(n: u8) -> SecretId {
    SecretId([n; 16])
}

fn rkey(n: u8) -> [u8; 32] {
    ReceiptId([n; 16]).lookup_key()
}

/// A secret `n`, its ciphertext `n` repeated `len` times; the proof is `proof(n)`, the gate `gate(n)`, the burn proof
/// `proof(n + 50)`.
struct Spec {
    n: u8,
    len: usize,
    expires_at: u64,
    receipt: bool,
    header: &'static [u8],
    views: u32,
}

fn spec(n: u8) -> Spec {
    Spec { n, len: 272, expires_at: T + 10_000, receipt: false, header: &PLAIN, views: 1 }
}

async fn create(store: &dyn Store, s: Spec) -> CreateOutcome {
    let mut upload = store.upload().await.unwrap();
    let data = vec![s.n; s.len];
    // In pieces, as a multipart body arrives.
    for chunk in data.chunks(64 * 1024 + 7) {
        upload.write(chunk).await.unwrap();
    }
    let secret = NewSecret {
        id: id(s.n),
        verifier: proof(s.n).verifier(),
        gate: Some(gate(s.n).verifier()),
        header: s.header.to_vec(),
        ciphertext: upload,
        expires_at: s.expires_at,
        max_attempts: 3,
        views: s.views,
        receipt: s.receipt.then(|| NewReceipt {
            key: rkey(s.n),
            burn_verifier: proof(s.n + 50).verifier(),
            forget_at: s.expires_at + (s.expires_at - T),
            views: s.views,
            opens: Vec::new(),
        }),
    };
    store.create(secret, T).await.unwrap()
}

fn attempt(n: u8, proof_n: u8, with_gate: Option<u8>) -> OpenAttempt {
    OpenAttempt { id: id(n), proof: proof(proof_n), gate: with_gate.map(gate), intent: Intent::Open }
}

/// The opener's burn of what is left: an attempt with the other intent.
fn burn_rest(n: u8, proof_n: u8, with_gate: Option<u8>) -> OpenAttempt {
    OpenAttempt { intent: Intent::BurnRest, ..attempt(n, proof_n, with_gate) }
}

async fn take(store: &dyn Store, a: OpenAttempt, now: u64) -> Result<Vec<u8>, String> {
    take_counted(store, a, now).await.map(|(bytes, _)| bytes)
}

/// An attempt's ciphertext and the opens left after it, or what it ended as.
async fn take_counted(store: &dyn Store, a: OpenAttempt, now: u64) -> Result<(Vec<u8>, u32), String> {
    match store.take(a, now).await.unwrap() {
        TakeOutcome::Opened { ciphertext: c, views_left } => {
            let len = c.len;
            let bytes = c.collect().await.unwrap();
            assert_eq!(bytes.len() as u64, len, "the announced length is the real one");
            Ok((bytes, views_left))
        }
        TakeOutcome::BurnedRest => Err("burned rest".into()),
        TakeOutcome::WrongProof { attempts_left } => Err(format!("wrong {attempts_left}")),
        TakeOutcome::Refused => Err("refused".into()),
        TakeOutcome::NotFound => Err("not found".into()),
        TakeOutcome::Moving => Err("moving".into()),
    }
}

async fn open_once_then_gone(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    assert_eq!(create(&*store, Spec { receipt: true, ..spec(1) }).await, CreateOutcome::Created);
    let info = store.peek(id(1), T).await.unwrap().expect("peek sees it");
    assert_eq!((info.header, info.expires_at, info.size), (PLAIN.to_vec(), T + 10_000, 272));
    assert_eq!(store.peek(id(1), T).await.unwrap().map(|i| i.size), Some(272), "peeking never consumes");
    assert_eq!(take(&*store, attempt(1, 1, None), T + 5).await, Ok(vec![1; 272]));
    assert_eq!(take(&*store, attempt(1, 1, None), T + 6).await, Err("not found".into()), "once only");
    assert!(store.peek(id(1), T).await.unwrap().is_none());
    let r = store.receipt(rkey(1), T + 7).await.unwrap().unwrap();
    assert_eq!((r.state, r.opened_at), (ReceiptState::Opened, Some(T + 5)));
}

async fn large_ciphertext_round_trips(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    let len = 3 * 1024 * 1024 + 16;
    assert_eq!(create(&*store, Spec { len, ..spec(2) }).await, CreateOutcome::Created);
    assert_eq!(store.peek(id(2), T).await.unwrap().unwrap().size, len as u64);
    assert_eq!(take(&*store, attempt(2, 2, None), T).await, Ok(vec![2; len]));
}

async fn concurrent_opens_have_exactly_one_winner(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    for n in 10..20 {
        create(&*store, spec(n)).await;
    }
    let mut tasks = Vec::new();
    for n in 10..20u8 {
        for _ in 0..20 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move { (n, take(&*store, attempt(n, n, None), T).await.is_ok()) }));
        }
    }
    let mut winners = [0; 20];
    for t in tasks {
        let (n, won) = t.await.unwrap();
        winners[n as usize] += usize::from(won);
    }
    assert_eq!(&winners[10..20], &[1; 10], "exactly one open of each secret succeeds");
}

async fn wrong_proof_without_passphrase_spends_nothing(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, spec(3)).await;
    for _ in 0..10 {
        assert_eq!(take(&*store, attempt(3, 99, None), T).await, Err("refused".into()));
        assert_eq!(take(&*store, attempt(3, 99, Some(3)), T).await, Err("refused".into()));
    }
    assert_eq!(take(&*store, attempt(3, 3, None), T).await, Ok(vec![3; 272]), "the link still opens it");
}

async fn only_the_gate_holder_spends_guesses(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { header: &GUESSABLE, receipt: true, ..spec(4) }).await;
    for _ in 0..10 {
        assert_eq!(take(&*store, attempt(4, 99, None), T).await, Err("refused".into()), "no gate: an id holder");
        assert_eq!(take(&*store, attempt(4, 99, Some(77)), T).await, Err("refused".into()), "a wrong gate");
    }
    assert_eq!(take(&*store, attempt(4, 99, Some(4)), T).await, Err("wrong 2".into()));
    assert_eq!(take(&*store, attempt(4, 98, Some(4)), T).await, Err("wrong 1".into()));
    assert_eq!(take(&*store, attempt(4, 97, Some(4)), T).await, Err("wrong 0".into()), "the last guess burns it");
    assert_eq!(take(&*store, attempt(4, 4, Some(4)), T).await, Err("not found".into()));
    assert_eq!(store.receipt(rkey(4), T).await.unwrap().unwrap().state, ReceiptState::Burned);
}

async fn right_proof_opens_after_wrong_guesses(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { header: &GUESSABLE, ..spec(5) }).await;
    assert_eq!(take(&*store, attempt(5, 99, Some(5)), T).await, Err("wrong 2".into()));
    assert_eq!(take(&*store, attempt(5, 5, None), T).await, Ok(vec![5; 272]), "the right proof needs no gate");
}

async fn concurrent_guesses_never_exceed_the_limit(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { header: &GUESSABLE, ..spec(6) }).await;
    let tasks: Vec<_> = (0..40u8)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { take(&*store, attempt(6, 100 + i, Some(6)), T).await })
        })
        .collect();
    let mut counted = 0;
    for t in tasks {
        if t.await.unwrap().is_err_and(|e| e.starts_with("wrong")) {
            counted += 1;
        }
    }
    assert_eq!(counted, 3, "exactly max_attempts guesses were counted; the rest found it burned");
}

async fn receipts_follow_every_state(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { receipt: true, ..spec(7) }).await;
    create(&*store, Spec { receipt: true, expires_at: T + 1_000, ..spec(8) }).await;
    let waiting = store.receipt(rkey(7), T).await.unwrap().unwrap();
    assert_eq!((waiting.state, waiting.opened_at, waiting.expires_at), (ReceiptState::Waiting, None, T + 10_000));
    assert_eq!(store.burn(rkey(7), proof(99), T).await.unwrap(), BurnOutcome::WrongProof);
    assert!(store.peek(id(7), T).await.unwrap().is_some(), "a wrong burn proof changes nothing");
    let BurnOutcome::Burned(info, burnt) = store.burn(rkey(7), proof(57), T).await.unwrap() else { panic!("burns") };
    assert_eq!(info.state, ReceiptState::Burned);
    assert!(burnt == id(7), "the burn names the secret it ended");
    assert!(store.peek(id(7), T).await.unwrap().is_none(), "burned means gone");
    assert_eq!(take(&*store, attempt(7, 7, None), T).await, Err("not found".into()));
    assert_eq!(store.burn(rkey(7), proof(57), T).await.unwrap(), BurnOutcome::NotWaiting);
    assert_eq!(store.receipt(rkey(8), T + 1_000).await.unwrap().unwrap().state, ReceiptState::Expired);
    assert_eq!(store.burn(rkey(8), proof(58), T + 1_000).await.unwrap(), BurnOutcome::NotWaiting, "expired is not waiting");
    assert!(store.receipt(rkey(8), T + 2_000).await.unwrap().is_none(), "forgotten after twice the lifetime");
    assert_eq!(store.burn(rkey(9), proof(59), T).await.unwrap(), BurnOutcome::NotFound);
}

async fn open_races_burn_with_one_winner(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    for n in 20..40 {
        create(&*store, Spec { receipt: true, ..spec(n) }).await;
    }
    let mut tasks = Vec::new();
    for n in 20..40u8 {
        let (s1, s2) = (store.clone(), store.clone());
        tasks.push(tokio::spawn(async move {
            let (opened, burned) = tokio::join!(take(&*s1, attempt(n, n, None), T), s2.burn(rkey(n), proof(n + 50), T));
            let burned = matches!(burned.unwrap(), BurnOutcome::Burned(..));
            let state = s1.receipt(rkey(n), T).await.unwrap().unwrap().state;
            (opened.is_ok(), burned, state)
        }));
    }
    for t in tasks {
        let (opened, burned, state) = t.await.unwrap();
        assert!(opened ^ burned, "exactly one of open and burn wins");
        assert_eq!(state, if opened { ReceiptState::Opened } else { ReceiptState::Burned });
    }
}

async fn expiry_holds_on_read_before_any_sweep(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { expires_at: T + 1_000, ..spec(10) }).await;
    assert!(store.peek(id(10), T + 999).await.unwrap().is_some());
    assert!(store.peek(id(10), T + 1_000).await.unwrap().is_none());
    assert_eq!(take(&*store, attempt(10, 10, None), T + 1_000).await, Err("not found".into()));
}

async fn sweep_deletes_secrets_then_receipts(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { expires_at: T + 1_000, receipt: true, ..spec(11) }).await;
    create(&*store, Spec { expires_at: T + 5_000, ..spec(12) }).await;
    assert_eq!(store.sweep(T + 999).await.unwrap(), SweepReport::default(), "nothing is due yet");
    assert_eq!(
        store.sweep(T + 1_000).await.unwrap(),
        SweepReport { deleted: 1, expired: vec![id(11)], quarantined: 0 },
        "the expired secret goes"
    );
    assert!(store.peek(id(11), T).await.unwrap().is_none(), "gone even for an earlier clock");
    assert_eq!(store.receipt(rkey(11), T + 1_500).await.unwrap().unwrap().state, ReceiptState::Expired);
    let forgotten = SweepReport { deleted: 1, expired: vec![], quarantined: 0 };
    assert_eq!(store.sweep(T + 2_000).await.unwrap(), forgotten, "the receipt goes after twice the lifetime, and is no expired secret");
    assert!(store.receipt(rkey(11), T).await.unwrap().is_none());
    assert!(store.peek(id(12), T + 2_000).await.unwrap().is_some(), "the other secret is untouched");
    // An opened secret leaves only its receipt for the sweeper.
    create(&*store, Spec { expires_at: T + 3_000, receipt: true, ..spec(13) }).await;
    take(&*store, attempt(13, 13, None), T).await.unwrap();
    assert_eq!(store.sweep(T + 3_000).await.unwrap().deleted, 0);
    assert_eq!(
        store.sweep(T + 6_000).await.unwrap(),
        SweepReport { deleted: 2, expired: vec![id(12)], quarantined: 0 },
        "secret 12 and receipt 13"
    );
}

async fn usage_reports_what_the_caps_count(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    assert_eq!(store.usage().await.unwrap(), Usage::default());
    create(&*store, Spec { receipt: true, ..spec(60) }).await;
    create(&*store, Spec { len: 5_000, ..spec(61) }).await;
    let both = Usage { secrets: 2, receipts: 1, bytes: charged_bytes(272) + charged_bytes(5_000) + RECORD_CHARGE };
    assert_eq!(store.usage().await.unwrap(), both);
    take(&*store, attempt(60, 60, None), T).await.unwrap();
    let opened = Usage { secrets: 1, receipts: 1, bytes: charged_bytes(5_000) + RECORD_CHARGE };
    assert_eq!(store.usage().await.unwrap(), opened, "an opened secret leaves its receipt");
    assert_eq!(store.sweep(T + 10_000).await.unwrap().expired.len(), 1);
    assert_eq!(
        store.usage().await.unwrap(),
        Usage { secrets: 0, receipts: 1, bytes: RECORD_CHARGE },
        "an expired secret is no longer counted"
    );
}

async fn caps_hold_and_make_room_again(b: &mut dyn Backend) {
    let store = b.open(Limits { max_secrets: 2, max_bytes: 64 << 20 });
    create(&*store, Spec { receipt: true, ..spec(14) }).await;
    create(&*store, spec(15)).await;
    assert_eq!(create(&*store, spec(16)).await, CreateOutcome::Full, "two secrets at most");
    take(&*store, attempt(14, 14, None), T).await.unwrap();
    assert_eq!(create(&*store, Spec { receipt: true, ..spec(16) }).await, CreateOutcome::Created, "opening made room");
    take(&*store, attempt(16, 16, None), T).await.unwrap();
    assert_eq!(create(&*store, Spec { receipt: true, ..spec(17) }).await, CreateOutcome::Full, "receipts count too");
    assert_eq!(create(&*store, spec(17)).await, CreateOutcome::Created);

    let one = charged_bytes(272);
    store.close().await.unwrap();
    drop(store);
    let store = b.reopen(Limits { max_secrets: 100, max_bytes: 3 * one + 2 * RECORD_CHARGE - 1 });
    assert_eq!(create(&*store, spec(18)).await, CreateOutcome::Full, "the byte cap counts what is on disk");
    store.sweep(T + 10_000).await.unwrap();
    assert_eq!(create(&*store, Spec { expires_at: T + 20_000, ..spec(18) }).await, CreateOutcome::Created, "sweeping made room");
}

async fn taken_ids_and_receipts_conflict(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { receipt: true, ..spec(19) }).await;
    assert_eq!(create(&*store, spec(19)).await, CreateOutcome::IdTaken);
    take(&*store, attempt(19, 19, None), T).await.unwrap();
    // Another secret with the first one's receipt id.
    let mut upload = store.upload().await.unwrap();
    upload.write(&[0; 272]).await.unwrap();
    let secret = NewSecret {
        id: id(41),
        verifier: proof(41).verifier(),
        gate: None,
        header: PLAIN.to_vec(),
        ciphertext: upload,
        expires_at: T + 1_000,
        max_attempts: 3,
        views: 1,
        receipt: Some(NewReceipt { key: rkey(19), burn_verifier: proof(1).verifier(), forget_at: T + 2_000, views: 1, opens: vec![] }),
    };
    assert_eq!(store.create(secret, T).await.unwrap(), CreateOutcome::ReceiptTaken);
    assert!(store.peek(id(41), T).await.unwrap().is_none(), "a refused create stores nothing");
}

async fn everything_survives_close_and_reopen(b: &mut dyn Backend) {
    let store = b.open(Limits { max_secrets: 3, max_bytes: 64 << 20 });
    create(&*store, Spec { header: &GUESSABLE, ..spec(42) }).await;
    create(&*store, Spec { receipt: true, ..spec(43) }).await;
    create(&*store, Spec { receipt: true, ..spec(44) }).await;
    assert_eq!(take(&*store, attempt(42, 99, Some(42)), T).await, Err("wrong 2".into()));
    take(&*store, attempt(44, 44, None), T + 3).await.unwrap();
    store.close().await.unwrap();
    drop(store);

    let store = b.reopen(Limits { max_secrets: 3, max_bytes: 64 << 20 });
    assert_eq!(take(&*store, attempt(42, 98, Some(42)), T).await, Err("wrong 1".into()), "the spent attempt stayed spent");
    assert_eq!(store.receipt(rkey(44), T).await.unwrap().unwrap().opened_at, Some(T + 3));
    assert_eq!(create(&*store, spec(45)).await, CreateOutcome::Created, "the opened one freed its place");
    assert_eq!(create(&*store, spec(46)).await, CreateOutcome::Full, "the live count was rebuilt");
    assert_eq!(take(&*store, attempt(43, 43, None), T).await, Ok(vec![43; 272]));
}

async fn ready_while_healthy(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    store.ready().await.unwrap();
    store.close().await.unwrap();
}

/// When a move runs in these tests: secrets of `spec` still live, those expiring at `T + 1_000` expired.
const MOVE_AT: u64 = T + 1_500;

fn move_clock() -> u64 {
    MOVE_AT
}

/// A secret of `n` whose proof is `proof(proof_n)`: another secret with the same id as `n`'s.
async fn create_impostor(store: &dyn Store, n: u8, proof_n: u8) -> CreateOutcome {
    let mut upload = store.upload().await.unwrap();
    upload.write(&[0; 272]).await.unwrap();
    let secret = NewSecret {
        id: id(n),
        verifier: proof(proof_n).verifier(),
        gate: None,
        header: PLAIN.to_vec(),
        ciphertext: upload,
        expires_at: T + 10_000,
        max_attempts: 3,
        views: 1,
        receipt: None,
    };
    store.create(secret, T).await.unwrap()
}

/// Every kind of record a move carries, in `from`: a passphrase secret with a spent guess and a receipt, a large one,
/// receipts of an opened, a burned and an expired secret, a live secret with a receipt to burn later, and an expired
/// secret that must not move.
async fn fill_for_a_move(from: &dyn Store) -> usize {
    let large = 3 * 1024 * 1024 + 16;
    create(from, Spec { header: &GUESSABLE, receipt: true, ..spec(51) }).await;
    assert_eq!(take(from, attempt(51, 99, Some(51)), T).await, Err("wrong 2".into()));
    create(from, Spec { len: large, ..spec(52) }).await;
    create(from, Spec { receipt: true, ..spec(53) }).await;
    take(from, attempt(53, 53, None), T + 5).await.unwrap();
    create(from, Spec { receipt: true, ..spec(54) }).await;
    assert!(matches!(from.burn(rkey(54), proof(104), T).await.unwrap(), BurnOutcome::Burned(..)));
    create(from, Spec { receipt: true, expires_at: T + 1_000, ..spec(55) }).await;
    create(from, Spec { expires_at: T + 1_000, ..spec(56) }).await;
    create(from, Spec { receipt: true, ..spec(57) }).await;
    large
}

/// What `fill_for_a_move` left, checked in the store it moved to; and that the source holds none of it any more.
async fn check_moved(from: &dyn Store, to: &dyn Store, large: usize, report: MoveReport) {
    let at = MOVE_AT;
    assert_eq!(report, MoveReport { secrets: 3, bytes: 272 * 2 + large as u64, receipts: 5, ..MoveReport::default() });
    let info = to.peek(id(51), at).await.unwrap().expect("moved");
    assert_eq!((info.header, info.expires_at, info.size), (GUESSABLE.to_vec(), T + 10_000, 272), "header, absolute expiry, size");
    let receipt = to.receipt(rkey(51), at).await.unwrap().unwrap();
    assert_eq!((receipt.state, receipt.expires_at), (ReceiptState::Waiting, T + 10_000));
    assert_eq!(take(to, attempt(51, 98, None), at).await, Err("refused".into()), "the gate came along");
    assert_eq!(take(to, attempt(51, 98, Some(51)), at).await, Err("wrong 1".into()), "the spent guess stayed spent");
    assert_eq!(take(to, attempt(51, 51, None), at + 1).await, Ok(vec![51; 272]));
    assert_eq!(to.receipt(rkey(51), at + 2).await.unwrap().unwrap().opened_at, Some(at + 1));
    assert_eq!(take(to, attempt(52, 52, None), at).await, Ok(vec![52; large]), "the same bytes");
    let opened = to.receipt(rkey(53), at).await.unwrap().unwrap();
    assert_eq!((opened.state, opened.opened_at), (ReceiptState::Opened, Some(T + 5)));
    assert_eq!(to.receipt(rkey(54), at).await.unwrap().unwrap().state, ReceiptState::Burned);
    assert_eq!(to.burn(rkey(54), proof(104), at).await.unwrap(), BurnOutcome::NotWaiting);
    let expired = to.receipt(rkey(55), at).await.unwrap().unwrap();
    assert_eq!((expired.state, expired.expires_at), (ReceiptState::Expired, T + 1_000));
    assert!(to.receipt(rkey(55), T + 2_000).await.unwrap().is_none(), "forgotten when it was due");
    assert!(to.peek(id(56), T).await.unwrap().is_none(), "an expired secret does not move");
    assert_eq!(to.burn(rkey(57), proof(99), at).await.unwrap(), BurnOutcome::WrongProof);
    assert!(matches!(to.burn(rkey(57), proof(107), at).await.unwrap(), BurnOutcome::Burned(..)), "the burn verifier came along");
    for n in [51, 52, 57] {
        assert!(from.peek(id(n), T).await.unwrap().is_none(), "secret {n} left the source");
    }
    for n in [51, 53, 54, 55, 57] {
        assert!(from.receipt(rkey(n), T).await.unwrap().is_none(), "receipt {n} left the source");
    }
    assert_eq!(take(from, attempt(57, 57, None), T).await, Err("not found".into()));
}

async fn records_moved_out_arrive_whole_and_leave_the_source(b: &mut dyn Backend) {
    let from = b.open(LIMITS);
    let mut other = Sled::new();
    let to = other.open(LIMITS);
    let large = fill_for_a_move(&*from).await;
    let report = move_all(&*from, &*to, move_clock).await.unwrap();
    check_moved(&*from, &*to, large, report).await;
    assert_eq!(move_all(&*from, &*to, move_clock).await.unwrap(), MoveReport::default(), "nothing is left to move");
}

async fn records_moved_in_arrive_whole_and_leave_the_source(b: &mut dyn Backend) {
    let mut other = Sled::new();
    let from = other.open(LIMITS);
    let to = b.open(LIMITS);
    let large = fill_for_a_move(&*from).await;
    let report = move_all(&*from, &*to, move_clock).await.unwrap();
    check_moved(&*from, &*to, large, report).await;
    // What the destination counts: the moved-in secrets and receipts that are still there take room.
    to.close().await.unwrap();
    drop(to);
    let to = b.reopen(LIMITS);
    assert_eq!(take(&*to, attempt(51, 51, None), MOVE_AT).await, Err("not found".into()), "opened once, durably");
}

async fn a_secret_being_moved_is_neither_opened_nor_guessed_nor_burned(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { header: &GUESSABLE, receipt: true, ..spec(60) }).await;
    let exported = store.begin_move(Listed::Secret(id(60)), T).await.unwrap().expect("live");
    let Record::Secret(record) = &exported.record else { panic!("a secret") };
    assert_eq!((record.attempts_left, record.expires_at, record.size), (3, T + 10_000, 272));
    assert_eq!(record.receipt.as_ref().map(|r| (r.key, r.forget_at)), Some((rkey(60), T + 20_000)));
    assert_eq!(exported.ciphertext.unwrap().collect().await.unwrap(), vec![60; 272], "read, not consumed");
    assert_eq!(take(&*store, attempt(60, 60, None), T).await, Err("moving".into()), "the right proof opens nothing");
    assert_eq!(take(&*store, attempt(60, 99, Some(60)), T).await, Err("moving".into()), "a guess spends nothing");
    assert_eq!(store.burn(rkey(60), proof(110), T).await.unwrap(), BurnOutcome::Moving);
    assert!(store.peek(id(60), T).await.unwrap().is_some(), "peeking still works");
    assert_eq!(store.receipt(rkey(60), T).await.unwrap().unwrap().state, ReceiptState::Waiting);
    assert!(store.begin_move(Listed::Secret(id(60)), T).await.unwrap().is_some(), "marking again (a rerun) is fine");
    store.end_move(Listed::Secret(id(60)), MoveEnd::Kept).await.unwrap();
    assert_eq!(take(&*store, attempt(60, 99, Some(60)), T).await, Err("wrong 2".into()), "kept: served again");
    assert_eq!(take(&*store, attempt(60, 60, None), T).await, Ok(vec![60; 272]));
    assert!(store.begin_move(Listed::Secret(id(60)), T).await.unwrap().is_none(), "an opened secret does not move");
}

/// A move killed between the import and the source's forgetting: the secret is opened at the destination meanwhile,
/// yet the rerun neither brings it back nor loses anything. `b` is the destination.
async fn an_interrupted_move_in_never_imports_a_secret_twice(b: &mut dyn Backend) {
    let mut other = Sled::new();
    let from = other.open(LIMITS);
    let to = b.open(LIMITS);
    create(&*from, Spec { receipt: true, ..spec(61) }).await;
    create(&*from, spec(62)).await;
    let exported = from.begin_move(Listed::Secret(id(61)), T).await.unwrap().unwrap();
    let mut upload = to.upload().await.unwrap();
    upload.write(&exported.ciphertext.unwrap().collect().await.unwrap()).await.unwrap();
    assert_eq!(to.import(exported.record, Some(upload), T).await.unwrap(), ImportOutcome::Imported);
    // The process dies here; a server on the source refuses the marked secret meanwhile.
    assert_eq!(take(&*from, attempt(61, 61, None), T).await, Err("moving".into()), "never openable in both stores");
    assert_eq!(take(&*to, attempt(61, 61, None), T).await, Ok(vec![61; 272]));
    let report = move_all(&*from, &*to, move_clock).await.unwrap();
    assert_eq!((report.secrets, report.already_there), (1, 1), "62 moved now, 61 was there already");
    assert_eq!(take(&*to, attempt(61, 61, None), T).await, Err("not found".into()), "opened once, at the destination only");
    assert_eq!(to.receipt(rkey(61), T).await.unwrap().unwrap().state, ReceiptState::Opened);
    assert!(from.peek(id(61), T).await.unwrap().is_none());
    assert_eq!(take(&*to, attempt(62, 62, None), T).await, Ok(vec![62; 272]));
}

/// The same interruption with `b` as the source: its marked secret stays unopenable until the rerun moves it.
async fn an_interrupted_move_out_finishes_on_the_rerun(b: &mut dyn Backend) {
    let from = b.open(LIMITS);
    let mut other = Sled::new();
    let to = other.open(LIMITS);
    create(&*from, Spec { receipt: true, header: &GUESSABLE, ..spec(63) }).await;
    let exported = from.begin_move(Listed::Secret(id(63)), T).await.unwrap().unwrap();
    let mut upload = to.upload().await.unwrap();
    upload.write(&exported.ciphertext.unwrap().collect().await.unwrap()).await.unwrap();
    assert_eq!(to.import(exported.record, Some(upload), T).await.unwrap(), ImportOutcome::Imported);
    assert_eq!(take(&*from, attempt(63, 63, None), T).await, Err("moving".into()));
    assert_eq!(from.burn(rkey(63), proof(113), T).await.unwrap(), BurnOutcome::Moving);
    let report = move_all(&*from, &*to, move_clock).await.unwrap();
    assert_eq!((report.secrets, report.already_there), (0, 1));
    assert!(from.peek(id(63), T).await.unwrap().is_none(), "the rerun finished it at the source");
    assert!(from.receipt(rkey(63), T).await.unwrap().is_none());
    assert_eq!(take(&*to, attempt(63, 63, None), T).await, Ok(vec![63; 272]));
    assert_eq!(take(&*to, attempt(63, 63, None), T).await, Err("not found".into()));
}

/// Ids already at the destination are reported and left alone on both sides; a full destination stops the move with
/// what did not fit still served by the source. `b` is the destination.
async fn a_destination_keeps_its_own_secrets_and_caps(b: &mut dyn Backend) {
    let mut other = Sled::new();
    let from = other.open(LIMITS);
    let to = b.open(Limits { max_secrets: 2, max_bytes: 64 << 20 });
    assert_eq!(create_impostor(&*to, 70, 99).await, CreateOutcome::Created);
    for n in 70..74 {
        create(&*from, spec(n)).await;
    }
    let Err(MoveError::Full(report)) = move_all(&*from, &*to, move_clock).await else { panic!("the destination fills up") };
    assert_eq!((report.secrets, report.conflicts), (1, 1), "one fitted, one id was taken");
    assert_eq!(take(&*to, attempt(70, 99, None), T).await, Ok(vec![0; 272]), "the destination's own secret is untouched");
    assert_eq!(take(&*from, attempt(70, 70, None), T).await, Ok(vec![70; 272]), "the conflicting one is served by the source");
    let mut opened_at = [0, 0];
    for n in 71..74 {
        let here = take(&*to, attempt(n, n, None), T).await.is_ok();
        let there = take(&*from, attempt(n, n, None), T).await.is_ok();
        assert!(here ^ there, "secret {n} opens in exactly one store");
        opened_at[usize::from(there)] += 1;
    }
    assert_eq!(opened_at, [1, 2], "one moved, two stayed behind and are served there");
}

/// Importing a record again (what a rerun does after a lost answer) changes nothing and counts nothing twice. `b` is
/// the destination.
async fn importing_a_record_twice_stores_and_counts_it_once(b: &mut dyn Backend) {
    let mut other = Sled::new();
    let from = other.open(LIMITS);
    let to = b.open(Limits { max_secrets: 2, max_bytes: 64 << 20 });
    create(&*from, Spec { receipt: true, ..spec(80) }).await;
    create(&*from, Spec { receipt: true, ..spec(81) }).await;
    take(&*from, attempt(81, 81, None), T + 9).await.unwrap();
    for round in 0..2 {
        let secret = from.begin_move(Listed::Secret(id(80)), T).await.unwrap().unwrap();
        let mut upload = to.upload().await.unwrap();
        upload.write(&secret.ciphertext.unwrap().collect().await.unwrap()).await.unwrap();
        let receipt = from.begin_move(Listed::Receipt(rkey(81)), T).await.unwrap().expect("a receipt alone");
        let expected = if round == 0 { ImportOutcome::Imported } else { ImportOutcome::AlreadyThere };
        assert_eq!(to.import(secret.record, Some(upload), T).await.unwrap(), expected, "round {round}");
        assert_eq!(to.import(receipt.record, None, T).await.unwrap(), expected, "round {round}");
    }
    assert_eq!(create(&*to, spec(82)).await, CreateOutcome::Created, "one secret counted, not two");
    assert_eq!(create(&*to, Spec { receipt: true, ..spec(83) }).await, CreateOutcome::Full, "two receipts counted");
    assert_eq!(to.receipt(rkey(81), T + 10).await.unwrap().unwrap().opened_at, Some(T + 9));
    assert_eq!(take(&*to, attempt(80, 80, None), T).await, Ok(vec![80; 272]));
}

async fn the_opener_burns_the_rest(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { receipt: true, ..spec(90) }).await;
    assert_eq!(take(&*store, burn_rest(90, 99, Some(90)), T).await, Err("refused".into()), "no passphrase: a wrong proof guesses nothing");
    assert_eq!(take(&*store, burn_rest(90, 90, None), T + 4).await, Err("burned rest".into()));
    assert!(store.peek(id(90), T).await.unwrap().is_none(), "burned means gone");
    let receipt = store.receipt(rkey(90), T + 5).await.unwrap().unwrap();
    assert_eq!((receipt.state, receipt.opened_at, receipt.views_left()), (ReceiptState::Burned, None, 0));
    assert_eq!(take(&*store, burn_rest(90, 90, None), T + 6).await, Err("not found".into()));
    // With a passphrase, a wrong proof to burn is a guess like one to open: counted, and only with the gate.
    create(&*store, Spec { header: &GUESSABLE, ..spec(91) }).await;
    assert_eq!(take(&*store, burn_rest(91, 99, None), T).await, Err("refused".into()));
    assert_eq!(take(&*store, burn_rest(91, 99, Some(91)), T).await, Err("wrong 2".into()));
    assert_eq!(take(&*store, attempt(91, 98, Some(91)), T).await, Err("wrong 1".into()), "one count for both intents");
    assert_eq!(take(&*store, burn_rest(91, 97, Some(91)), T).await, Err("wrong 0".into()), "the last guess burns it");
    assert!(store.peek(id(91), T).await.unwrap().is_none());
}

// -- Secrets opened more than once --

async fn views_open_n_times_then_gone(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    assert_eq!(create(&*store, Spec { receipt: true, views: 3, ..spec(100) }).await, CreateOutcome::Created);
    let waiting = store.receipt(rkey(100), T).await.unwrap().unwrap();
    assert_eq!((waiting.state, waiting.views, waiting.opens.clone(), waiting.views_left()), (ReceiptState::Waiting, 3, vec![], 3));
    for (i, left) in [2, 1, 0].into_iter().enumerate() {
        let at = T + 1 + i as u64;
        assert_eq!(store.peek(id(100), at).await.unwrap().unwrap().views_left, left + 1, "peek says how many opens are left");
        assert_eq!(take_counted(&*store, attempt(100, 100, None), at).await, Ok((vec![100; 272], left)), "the same bytes each time");
        let r = store.receipt(rkey(100), at).await.unwrap().unwrap();
        assert_eq!(r.opens, (0..=i as u64).map(|k| T + 1 + k).collect::<Vec<_>>(), "every open's time");
        assert_eq!(r.views_left(), left);
        if left > 0 {
            assert_eq!((r.state, r.opened_at), (ReceiptState::Waiting, None), "still waiting while opens are left");
        } else {
            assert_eq!((r.state, r.opened_at), (ReceiptState::Opened, Some(at)), "opened at the last one");
        }
    }
    assert_eq!(take(&*store, attempt(100, 100, None), T + 9).await, Err("not found".into()), "three times, no more");
    assert!(store.peek(id(100), T + 9).await.unwrap().is_none());
    assert_eq!(store.usage().await.unwrap(), Usage { secrets: 0, receipts: 1, bytes: receipt_charge(3) });
}

async fn concurrent_opens_have_exactly_n_winners(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    let large = 3 * 1024 * 1024 + 16;
    let cases = [(101u8, 1u32, 272), (102, 2, 272), (103, 5, large), (104, 7, 272), (105, 20, 272)];
    for (n, views, len) in cases {
        assert_eq!(create(&*store, Spec { views, len, receipt: true, ..spec(n) }).await, CreateOutcome::Created);
    }
    let mut tasks = Vec::new();
    for (n, _, len) in cases {
        for _ in 0..30 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let got = take(&*store, attempt(n, n, None), T).await;
                if let Ok(bytes) = &got {
                    assert!(bytes.len() == len && bytes.iter().all(|&b| b == n), "each winner gets the whole ciphertext");
                }
                (n, got.is_ok())
            }));
        }
    }
    let mut winners = std::collections::HashMap::new();
    for t in tasks {
        let (n, won) = t.await.unwrap();
        *winners.entry(n).or_insert(0u32) += u32::from(won);
    }
    for (n, views, _) in cases {
        assert_eq!(winners[&n], views, "secret {n}: exactly {views} of 30 concurrent opens succeed");
        let r = store.receipt(rkey(n), T).await.unwrap().unwrap();
        assert_eq!((r.state, r.opens.len()), (ReceiptState::Opened, views as usize));
    }
    assert_eq!(store.usage().await.unwrap().secrets, 0);
}

async fn a_stream_survives_the_end_of_its_secret(b: &mut dyn Backend) {
    use futures_util::StreamExt as _;
    let store = b.open(LIMITS);
    let len = 3 * 1024 * 1024 + 16;
    // Ended by its last open, by its creator, by the opener's burn, by expiry and the sweeper.
    for (n, end) in [(110u8, "last open"), (111, "creator"), (112, "opener"), (113, "expiry")] {
        create(&*store, Spec { len, views: 2, receipt: true, expires_at: T + 5_000, ..spec(n) }).await;
        let TakeOutcome::Opened { ciphertext, views_left: 1 } = store.take(attempt(n, n, None), T).await.unwrap() else { panic!("opens") };
        let mut body = ciphertext.body;
        let mut got = body.next().await.unwrap().unwrap().to_vec();
        assert!(got.len() < len, "the first open is still streaming");
        match end {
            "last open" => assert_eq!(take_counted(&*store, attempt(n, n, None), T).await, Ok((vec![n; len], 0))),
            "creator" => assert!(matches!(store.burn(rkey(n), proof(n + 50), T).await.unwrap(), BurnOutcome::Burned(..))),
            "opener" => assert_eq!(take(&*store, burn_rest(n, n, None), T).await, Err("burned rest".into())),
            _ => assert_eq!(store.sweep(T + 5_000).await.unwrap().expired, vec![id(n)]),
        }
        assert!(store.peek(id(n), T).await.unwrap().is_none(), "{end}: ended");
        while let Some(chunk) = body.next().await {
            got.extend_from_slice(&chunk.unwrap());
        }
        assert!(got.len() == len && got.iter().all(|&b| b == n), "{end}: the earlier open still got every byte");
    }
    assert_eq!(store.usage().await.unwrap().secrets, 0);
}

async fn partly_opened_secrets_end_like_any_other(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    // The creator burns one opened once.
    create(&*store, Spec { receipt: true, views: 3, ..spec(120) }).await;
    take(&*store, attempt(120, 120, None), T + 1).await.unwrap();
    let BurnOutcome::Burned(info, _) = store.burn(rkey(120), proof(170), T + 2).await.unwrap() else { panic!("burns") };
    assert_eq!((info.state, info.opens.clone(), info.views_left()), (ReceiptState::Burned, vec![T + 1], 0));
    assert_eq!(take(&*store, attempt(120, 120, None), T + 3).await, Err("not found".into()));
    // The opener burns what is left.
    create(&*store, Spec { receipt: true, views: 3, ..spec(121) }).await;
    take(&*store, attempt(121, 121, None), T + 1).await.unwrap();
    assert_eq!(take(&*store, burn_rest(121, 121, None), T + 2).await, Err("burned rest".into()));
    let r = store.receipt(rkey(121), T + 3).await.unwrap().unwrap();
    assert_eq!((r.state, r.opens), (ReceiptState::Burned, vec![T + 1]));
    // It expires with opens left.
    create(&*store, Spec { receipt: true, views: 3, expires_at: T + 1_000, ..spec(122) }).await;
    take(&*store, attempt(122, 122, None), T + 1).await.unwrap();
    assert_eq!(take(&*store, attempt(122, 122, None), T + 1_000).await, Err("not found".into()), "expiry ends the opens left");
    let r = store.receipt(rkey(122), T + 1_000).await.unwrap().unwrap();
    assert_eq!((r.state, r.opens.clone(), r.views_left()), (ReceiptState::Expired, vec![T + 1], 0));
    assert_eq!(store.sweep(T + 1_000).await.unwrap().expired, vec![id(122)], "the sweeper deletes it as expired");
    // Guesses and opens are counted apart.
    create(&*store, Spec { header: &GUESSABLE, views: 3, ..spec(123) }).await;
    assert_eq!(take(&*store, attempt(123, 99, Some(123)), T).await, Err("wrong 2".into()));
    assert_eq!(take_counted(&*store, attempt(123, 123, None), T).await.map(|(_, left)| left), Ok(2), "a guess spends no open");
    assert_eq!(take(&*store, attempt(123, 98, Some(123)), T).await, Err("wrong 1".into()), "an open gives no guess back");
    assert_eq!(store.peek(id(123), T).await.unwrap().unwrap().views_left, 2);
    assert_eq!(store.usage().await.unwrap(), Usage { secrets: 1, receipts: 3, bytes: charged_bytes(272) + 3 * receipt_charge(3) });
}

async fn opens_left_survive_close_reopen_and_a_move(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    create(&*store, Spec { receipt: true, views: 4, ..spec(130) }).await;
    create(&*store, Spec { receipt: true, views: 2, ..spec(131) }).await;
    take(&*store, attempt(130, 130, None), T + 1).await.unwrap();
    for at in [T + 1, T + 2] {
        take(&*store, attempt(131, 131, None), at).await.unwrap();
    }
    store.close().await.unwrap();
    drop(store);
    let store = b.reopen(LIMITS);
    assert_eq!(store.peek(id(130), T).await.unwrap().unwrap().views_left, 3, "the spent open stayed spent");
    assert_eq!(store.receipt(rkey(130), T + 2).await.unwrap().unwrap().opens, vec![T + 1]);
    let used = charged_bytes(272) + receipt_charge(4) + receipt_charge(2);
    assert_eq!(store.usage().await.unwrap(), Usage { secrets: 1, receipts: 2, bytes: used }, "the counts were rebuilt");
    take(&*store, attempt(130, 130, None), T + 3).await.unwrap();

    let mut other = Sled::new();
    let to = other.open(LIMITS);
    let report = move_all(&*store, &*to, move_clock).await.unwrap();
    assert_eq!((report.secrets, report.receipts), (1, 2));
    assert_eq!(to.peek(id(130), MOVE_AT).await.unwrap().unwrap().views_left, 2, "it moved with the opens it had left");
    for left in [1, 0] {
        assert_eq!(take_counted(&*to, attempt(130, 130, None), MOVE_AT).await.map(|(_, l)| l), Ok(left));
    }
    let r = to.receipt(rkey(130), MOVE_AT).await.unwrap().unwrap();
    assert_eq!((r.state, r.views, r.opens), (ReceiptState::Opened, 4, vec![T + 1, T + 3, MOVE_AT, MOVE_AT]));
    let done = to.receipt(rkey(131), MOVE_AT).await.unwrap().unwrap();
    assert_eq!((done.state, done.views, done.opens), (ReceiptState::Opened, 2, vec![T + 1, T + 2]), "a receipt alone keeps its opens");
}

/// Request `n` (its id is also its answer's, `id(n)`): the fetch proof is `proof(n)`, the answer proof `proof(n + 150)`,
/// the sealed note 1040 bytes of `n`.
fn request(n: u8, expires_at: u64) -> NewRequest {
    NewRequest {
        id: RequestId([n; 16]),
        answer_verifier: proof(n + 150).verifier(),
        fetch_verifier: proof(n).verifier(),
        note: vec![n; 1040],
        expires_at,
    }
}

/// An answer to request `n` with the answer proof `proof(proof_n)`, its ciphertext `fill` repeated `len` times.
async fn answer(store: &dyn Store, n: u8, proof_n: u8, fill: u8, len: usize, now: u64) -> AnswerOutcome {
    let mut upload = store.upload().await.unwrap();
    upload.write(&vec![fill; len]).await.unwrap();
    store.answer(RequestId([n; 16]), proof(proof_n), upload, now).await.unwrap()
}

async fn a_request_takes_one_answer_which_its_fetch_proof_takes_once(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    assert_eq!(store.create_request(request(1, T + 10_000), T).await.unwrap(), CreateOutcome::Created);
    let waiting = store.peek_request(RequestId([1; 16]), T).await.unwrap().expect("peek sees it");
    assert_eq!((waiting.expires_at, waiting.answered_at, waiting.note), (T + 10_000, None, vec![1; 1040]));
    assert_eq!(answer(&*store, 1, 99, 7, 304, T + 1).await, AnswerOutcome::WrongProof, "only request-link holders answer");
    assert_eq!(store.peek_request(RequestId([1; 16]), T + 1).await.unwrap().unwrap().answered_at, None, "a wrong proof changes nothing");
    assert_eq!(answer(&*store, 1, 151, 7, 304, T + 2).await, AnswerOutcome::Answered);
    assert_eq!(answer(&*store, 1, 151, 8, 304, T + 3).await, AnswerOutcome::AlreadyAnswered, "one answer per request");
    assert_eq!(store.peek_request(RequestId([1; 16]), T + 3).await.unwrap().unwrap().answered_at, Some(T + 2));
    assert_eq!(take(&*store, attempt(1, 151, None), T + 4).await, Err("refused".into()), "the answer proof takes nothing");
    assert_eq!(take(&*store, attempt(1, 1, None), T + 5).await, Ok(vec![7; 304]), "the first answer, whole");
    assert!(store.peek_request(RequestId([1; 16]), T + 5).await.unwrap().is_none(), "taking the answer forgets the request");
    assert_eq!(take(&*store, attempt(1, 1, None), T + 6).await, Err("not found".into()), "once only");
    assert_eq!(answer(&*store, 1, 151, 9, 304, T + 7).await, AnswerOutcome::NotFound, "a taken answer is not replaced");
    assert_eq!(store.usage().await.unwrap(), Usage::default(), "nothing of it is left");

    // The asker can also destroy an answer unread (the opener's burn): that too forgets the request.
    store.create_request(request(2, T + 10_000), T).await.unwrap();
    assert_eq!(answer(&*store, 2, 152, 7, 304, T + 1).await, AnswerOutcome::Answered);
    assert_eq!(take(&*store, burn_rest(2, 2, None), T + 2).await, Err("burned rest".into()));
    assert!(store.peek_request(RequestId([2; 16]), T + 2).await.unwrap().is_none());
    assert_eq!(store.usage().await.unwrap(), Usage::default());
}

async fn concurrent_answers_have_exactly_one_winner(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    store.create_request(request(3, T + 10_000), T).await.unwrap();
    let tasks: Vec<_> = (0..20u8)
        .map(|fill| {
            let store = store.clone();
            tokio::spawn(async move { (fill, answer(&*store, 3, 153, fill, 304, T).await) })
        })
        .collect();
    let mut winners = Vec::new();
    for t in tasks {
        let (fill, outcome) = t.await.unwrap();
        match outcome {
            AnswerOutcome::Answered => winners.push(fill),
            other => assert_eq!(other, AnswerOutcome::AlreadyAnswered),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one answer is stored");
    assert_eq!(take(&*store, attempt(3, 3, None), T).await, Ok(vec![winners[0]; 304]), "and it is the winner's");
    assert_eq!(store.usage().await.unwrap(), Usage::default(), "the losers' uploads left nothing counted");
}

async fn requests_expire_on_read_and_are_swept(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    store.create_request(request(4, T + 1_000), T).await.unwrap();
    store.create_request(request(5, T + 1_000), T).await.unwrap();
    assert_eq!(answer(&*store, 5, 155, 5, 304, T + 10).await, AnswerOutcome::Answered);
    assert!(store.peek_request(RequestId([4; 16]), T + 999).await.unwrap().is_some());
    assert!(store.peek_request(RequestId([4; 16]), T + 1_000).await.unwrap().is_none(), "expired before any sweep");
    assert!(store.peek_request(RequestId([5; 16]), T + 1_000).await.unwrap().is_none(), "answered ones expire too");
    assert_eq!(answer(&*store, 4, 154, 4, 304, T + 1_000).await, AnswerOutcome::NotFound);
    assert_eq!(take(&*store, attempt(5, 5, None), T + 1_000).await, Err("not found".into()), "the answer expires with its request");
    let report = store.sweep(T + 1_000).await.unwrap();
    assert_eq!((report.deleted, report.expired), (3, vec![answer_id(&RequestId([5; 16]))]), "two requests and one answer");
    assert_eq!(store.usage().await.unwrap(), Usage::default());
}

async fn request_ids_are_free_of_secrets_and_requests(b: &mut dyn Backend) {
    let store = b.open(LIMITS);
    store.create_request(request(6, T + 10_000), T).await.unwrap();
    assert_eq!(store.create_request(request(6, T + 10_000), T).await.unwrap(), CreateOutcome::IdTaken);
    assert_eq!(create(&*store, spec(6)).await, CreateOutcome::IdTaken, "no secret can block a request's answer");
    create(&*store, spec(7)).await;
    assert_eq!(store.create_request(request(7, T + 10_000), T).await.unwrap(), CreateOutcome::IdTaken, "nor a request a secret");
    assert_eq!(answer(&*store, 7, 157, 7, 304, T).await, AnswerOutcome::NotFound, "a secret is no request");
    assert_eq!(take(&*store, attempt(7, 7, None), T).await, Ok(vec![7; 272]), "and stays as it was");
}

async fn requests_count_against_the_caps_and_survive_reopen(b: &mut dyn Backend) {
    let store = b.open(Limits { max_secrets: 1, max_bytes: 64 << 20 });
    store.create_request(request(8, T + 10_000), T).await.unwrap();
    assert_eq!(
        store.usage().await.unwrap(),
        Usage { secrets: 0, receipts: 1, bytes: request_charge(1040) },
        "a request counts as a receipt"
    );
    assert_eq!(store.create_request(request(9, T + 10_000), T).await.unwrap(), CreateOutcome::Full);
    assert_eq!(create(&*store, Spec { receipt: true, ..spec(10) }).await, CreateOutcome::Full, "its place is taken");
    assert_eq!(answer(&*store, 8, 158, 8, 5_000, T + 1).await, AnswerOutcome::Answered);
    let answered = Usage { secrets: 1, receipts: 1, bytes: request_charge(1040) + charged_bytes(5_000) };
    assert_eq!(store.usage().await.unwrap(), answered, "its answer counts as a secret");
    assert_eq!(create(&*store, spec(10)).await, CreateOutcome::Full);
    store.close().await.unwrap();
    drop(store);

    let store = b.reopen(Limits { max_secrets: 1, max_bytes: 64 << 20 });
    assert_eq!(store.usage().await.unwrap(), answered, "counted again from what is stored");
    assert_eq!(store.peek_request(RequestId([8; 16]), T + 2).await.unwrap().unwrap().answered_at, Some(T + 1));
    assert_eq!(take(&*store, attempt(8, 8, None), T + 3).await, Ok(vec![8; 5_000]));
    assert_eq!(store.usage().await.unwrap(), Usage::default());
    assert_eq!(create(&*store, spec(10)).await, CreateOutcome::Created, "taking the answer made room");
}

async fn a_refused_answer_leaves_the_request_waiting(b: &mut dyn Backend) {
    let store = b.open(Limits { max_secrets: 100, max_bytes: request_charge(1040) + charged_bytes(304) });
    store.create_request(request(14, T + 10_000), T).await.unwrap();
    assert_eq!(answer(&*store, 14, 164, 1, 5_000, T).await, AnswerOutcome::Full, "too large for what is left");
    assert_eq!(store.peek_request(RequestId([14; 16]), T).await.unwrap().unwrap().answered_at, None, "still waiting");
    assert_eq!(answer(&*store, 14, 99, 2, 304, T).await, AnswerOutcome::WrongProof);
    assert_eq!(answer(&*store, 14, 164, 3, 304, T + 1).await, AnswerOutcome::Answered, "and answerable");
    assert_eq!(answer(&*store, 14, 99, 4, 304, T + 2).await, AnswerOutcome::WrongProof, "the proof is checked first");
    assert_eq!(take(&*store, attempt(14, 14, None), T + 3).await, Ok(vec![3; 304]));
}

async fn a_move_leaves_requests_and_their_answers_where_they_are(b: &mut dyn Backend) {
    let from = b.open(LIMITS);
    let mut other = Sled::new();
    let to = other.open(LIMITS);
    from.create_request(request(11, T + 10_000), T).await.unwrap();
    from.create_request(request(12, T + 10_000), T).await.unwrap();
    assert_eq!(answer(&*from, 12, 162, 12, 304, T).await, AnswerOutcome::Answered);
    create(&*from, spec(13)).await;
    let report = move_all(&*from, &*to, move_clock).await.unwrap();
    assert_eq!((report.secrets, report.receipts), (1, 0), "only the secret moved");
    assert!(to.peek(id(12), MOVE_AT).await.unwrap().is_none(), "the answer stayed with its request");
    assert!(from.peek_request(RequestId([11; 16]), MOVE_AT).await.unwrap().is_some());
    assert_eq!(take(&*from, attempt(12, 12, None), MOVE_AT).await, Ok(vec![12; 304]), "and is taken where it is");
}

/// One `#[tokio::test]` per guarantee for a backend: `conformance!(module_name, constructor)`.
macro_rules! conformance {
    ($backend:ident, $make:expr) => {
        mod $backend {
            use super::*;
            conformance!(@tests $make;
                open_once_then_gone, large_ciphertext_round_trips, concurrent_opens_have_exactly_one_winner,
                wrong_proof_without_passphrase_spends_nothing, only_the_gate_holder_spends_guesses,
                right_proof_opens_after_wrong_guesses, concurrent_guesses_never_exceed_the_limit, receipts_follow_every_state,
                open_races_burn_with_one_winner, expiry_holds_on_read_before_any_sweep, sweep_deletes_secrets_then_receipts,
                usage_reports_what_the_caps_count, caps_hold_and_make_room_again, taken_ids_and_receipts_conflict, everything_survives_close_and_reopen,
                ready_while_healthy, records_moved_out_arrive_whole_and_leave_the_source,
                records_moved_in_arrive_whole_and_leave_the_source, a_secret_being_moved_is_neither_opened_nor_guessed_nor_burned,
                an_interrupted_move_in_never_imports_a_secret_twice, an_interrupted_move_out_finishes_on_the_rerun,
                a_destination_keeps_its_own_secrets_and_caps, importing_a_record_twice_stores_and_counts_it_once,
                the_opener_burns_the_rest, views_open_n_times_then_gone, concurrent_opens_have_exactly_n_winners,
                a_stream_survives_the_end_of_its_secret, partly_opened_secrets_end_like_any_other,
                opens_left_survive_close_reopen_and_a_move, a_request_takes_one_answer_which_its_fetch_proof_takes_once,
                concurrent_answers_have_exactly_one_winner, requests_expire_on_read_and_are_swept,
                request_ids_are_free_of_secrets_and_requests, requests_count_against_the_caps_and_survive_reopen,
                a_refused_answer_leaves_the_request_waiting, a_move_leaves_requests_and_their_answers_where_they_are);
        }
    };
    (@tests $make:expr; $($name:ident),*) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn $name() {
            let mut backend = $make;
            super::$name(&mut backend).await;
        }
    )*};
}

conformance!(sled, Sled::new());

conformance!(redis_standalone, RedisStandalone::new());
conformance!(redis_cluster, RedisCluster::new());
