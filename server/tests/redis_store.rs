//! What only the Redis store has to prove, beyond the conformance suite: it refuses a Redis that would lose secrets or
//! that a newer version wrote, leaves no key without a TTL and no chunk behind, answers fast while Redis is down and
//! recovers by itself, never stalls Redis long with large secrets (SLOWLOG), shares the rate limit over a cluster (and
//! with an operator's key file keeps that key out of Redis), and finishes an import cut short instead of counting it
//! twice.

mod redis_rig;

use std::time::{Duration, Instant};

use cinder_server::store::redis::{LimitKey, RedisSettings, RedisStore, Target};
use cinder_server::store::{
    AnswerOutcome, BurnOutcome, CreateOutcome, ImportOutcome, Intent, Limits, Listed, NewReceipt, NewRequest, NewSecret, OpenAttempt,
    Store, TakeOutcome,
};
use redis_rig::{Mode, Redis};
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, ReceiptId, SecretId};
use zeroize::Zeroizing;

const LIMITS: Limits = Limits { max_secrets: 1000, max_bytes: 1 << 30 };
const HEADER: [u8; 2] = [1, 0];

fn settings(redis: &Redis) -> RedisSettings {
    RedisSettings { target: Target::Single(redis.url()), prefix: "cinder".into(), allow_ram_only: false, wait: None, limit_key: None }
}

fn proof(n: u8) -> Proof {
    Proof::from_text(&shared::b64::encode(&[n; 32])).unwrap()
}

fn rkey(n: u8) -> [u8; 32] {
    ReceiptId([n; 16]).lookup_key()
}

/// Creates secret `n` of `len` bytes (with a receipt whose burn proof is `proof(n + 100)`), living `ttl_ms` from now.
async fn create(store: &dyn Store, n: u8, len: usize, now: u64) -> CreateOutcome {
    let mut upload = store.upload().await.unwrap();
    for chunk in vec![n; len].chunks(256 * 1024) {
        upload.write(chunk).await.unwrap();
    }
    let secret = NewSecret {
        id: SecretId([n; 16]),
        verifier: proof(n).verifier(),
        gate: None,
        header: HEADER.to_vec(),
        ciphertext: upload,
        expires_at: now + 600_000,
        max_attempts: 3,
        views: 1,
        receipt: Some(NewReceipt {
            key: rkey(n),
            burn_verifier: proof(n.wrapping_add(100)).verifier(),
            forget_at: now + 1_200_000,
            views: 1,
            opens: vec![],
        }),
    };
    store.create(secret, now).await.unwrap()
}

async fn open(store: &dyn Store, n: u8, now: u64) -> Option<Vec<u8>> {
    match store.take(OpenAttempt { id: SecretId([n; 16]), proof: proof(n), gate: None, intent: Intent::Open }, now).await.unwrap() {
        TakeOutcome::Opened { ciphertext: c, .. } => Some(c.collect().await.unwrap()),
        _ => None,
    }
}

/// Every key with its PTTL.
fn keys_and_ttls(redis: &Redis) -> Vec<(String, i64)> {
    let keys = redis.cli(&["--scan"]);
    keys.lines().filter(|k| !k.is_empty()).map(|k| (k.to_owned(), redis.cli(&["pttl", k]).trim().parse().unwrap())).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_would_lose_secrets_is_refused_with_the_setting_named() {
    let redis = Redis::start(Mode::RamOnly);
    let err = RedisStore::open(&settings(&redis), LIMITS).await.err().expect("refused").to_string();
    assert!(err.contains("`appendonly no`: set `appendonly yes`"), "{err}");
    assert!(err.contains("appendfsync always") && err.contains("CINDER_REDIS_ALLOW_RAM_ONLY=true"), "{err}");
    let ram_only = RedisSettings { allow_ram_only: true, ..settings(&redis) };
    RedisStore::open(&ram_only, LIMITS).await.expect("accepted when told RAM-only is fine");

    let durable = Redis::start(Mode::Durable);
    durable.cli(&["config", "set", "maxmemory-policy", "allkeys-lru"]);
    let err = RedisStore::open(&settings(&durable), LIMITS).await.err().expect("refused").to_string();
    assert!(err.contains("set `maxmemory-policy noeviction`"), "{err}");
}

/// A secret for several is read, not taken, by each open, so its chunks cannot go with the last one (an earlier open
/// may still stream them): they get a TTL of minutes instead, and no chunk outlives that.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_chunks_of_a_secret_for_several_go_minutes_after_its_end() {
    let redis = Redis::start(Mode::Durable);
    let store = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    let mut upload = store.upload().await.unwrap();
    upload.write(&vec![7; 3 << 20]).await.unwrap();
    let secret = NewSecret {
        id: SecretId([7; 16]),
        verifier: proof(7).verifier(),
        gate: None,
        header: HEADER.to_vec(),
        ciphertext: upload,
        expires_at: now + 3_600_000,
        max_attempts: 3,
        views: 2,
        receipt: None,
    };
    assert_eq!(store.create(secret, now).await.unwrap(), CreateOutcome::Created);
    assert_eq!(open(&store, 7, now).await.map(|b| b.len()), Some(3 << 20));
    let chunks = || keys_and_ttls(&redis).into_iter().filter(|(k, _)| k.contains(":c:")).collect::<Vec<_>>();
    assert!(chunks().len() >= 3 && chunks().iter().all(|(_, ttl)| *ttl > 3_000_000), "live: chunks live as long as the secret");
    assert_eq!(open(&store, 7, now).await.map(|b| b.len()), Some(3 << 20), "the last open");
    let left = chunks();
    assert!(!left.is_empty() && left.iter().all(|(_, ttl)| (1..=10 * 60_000).contains(ttl)), "ended: minutes at most: {left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_of_a_newer_schema_is_refused() {
    let redis = Redis::start(Mode::Durable);
    RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    assert_eq!(redis.cli(&["get", "cinder:{ledger}:schema"]).trim(), cinder_server::store::redis::SCHEMA.to_string());
    // A Redis of schema 1 (before secrets that open several times) or 2 (before requests) is raised at once, so older
    // binaries refuse it.
    for older in ["1", "2"] {
        redis.cli(&["set", "cinder:{ledger}:schema", older, "px", "100000"]);
        RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
        assert_eq!(redis.cli(&["get", "cinder:{ledger}:schema"]).trim(), "3");
    }
    redis.cli(&["set", "cinder:{ledger}:schema", "99", "px", "100000"]);
    let err = RedisStore::open(&settings(&redis), LIMITS).await.err().expect("refused").to_string();
    assert!(err.contains("schema 99") && err.contains("newer"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_key_has_a_ttl_and_no_chunk_outlives_its_secret() {
    let redis = Redis::start(Mode::Durable);
    let store = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    for n in 1..=4 {
        assert_eq!(create(&store, n, 2 * 1024 * 1024 + 5, now).await, CreateOutcome::Created);
    }
    // Two requests, one answered: their hashes and the answer's chunks have TTLs too, and the sweep leaves none.
    for n in [9, 10] {
        let request = NewRequest {
            id: RequestId([n; 16]),
            answer_verifier: proof(n).verifier(),
            fetch_verifier: proof(n + 1).verifier(),
            note: vec![n; 1040],
            expires_at: now + 600_000,
        };
        assert_eq!(store.create_request(request, now).await.unwrap(), CreateOutcome::Created);
    }
    let mut upload = store.upload().await.unwrap();
    upload.write(&vec![9; 1_500_000]).await.unwrap();
    assert_eq!(store.answer(RequestId([9; 16]), proof(9), upload, now).await.unwrap(), AnswerOutcome::Answered);
    assert_eq!(open(&store, 1, now).await.map(|b| b.len()), Some(2 * 1024 * 1024 + 5));
    assert!(matches!(store.burn(rkey(2), proof(102), now).await.unwrap(), BurnOutcome::Burned(..)));
    let live = keys_and_ttls(&redis);
    for (key, ttl) in &live {
        assert!(*ttl > 0, "{key} has no TTL ({ttl})");
    }
    let chunks = |keys: &[(String, i64)]| keys.iter().filter(|(k, _)| k.contains(":c:")).count();
    assert_eq!(chunks(&live), 2 * 3 + 2, "only secrets 3 and 4 keep their three chunks each, and the answer its two");
    store.sweep(now + 600_000).await.unwrap();
    assert_eq!(chunks(&keys_and_ttls(&redis)), 0, "expired chunks go with their secret");
    assert_eq!(store.totals().await.unwrap(), (0, 4, 4 * 512), "only the receipts are still counted");
    store.sweep(now + 1_200_000).await.unwrap();
    assert_eq!(store.totals().await.unwrap(), (0, 0, 0));
    let left: Vec<String> = keys_and_ttls(&redis).into_iter().map(|(k, _)| k).filter(|k| !k.contains("{ledger}")).collect();
    assert!(left.is_empty(), "nothing but the ledger is left: {left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_down_answers_fast_and_service_resumes_by_itself() {
    let mut redis = Redis::start(Mode::Durable);
    let store = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    create(&store, 7, 1000, now).await;
    redis.kill();
    for _ in 0..3 {
        let started = Instant::now();
        assert!(store.peek(SecretId([7; 16]), now).await.is_err(), "an error, not an answer");
        assert!(store.ready().await.is_err());
        eprintln!("Redis down: peek and ready failed after {:?}", started.elapsed());
        assert!(started.elapsed() < Duration::from_secs(4), "fast: {:?}", started.elapsed());
    }
    redis.resume();
    let deadline = Instant::now() + Duration::from_secs(10);
    while store.ready().await.is_err() {
        assert!(Instant::now() < deadline, "the store reconnects by itself");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(open(&store, 7, now).await, Some(vec![7; 1000]), "the secret survived Redis's SIGKILL");
}

/// Creates and opens 25 MiB secrets: no command Redis runs carries more than one 1 MiB chunk, so none can stall it for
/// long, whatever the machine's load. (How long the slowest one took is a benchmark figure, printed here and kept in
/// docs/benchmarks.md: a timing bound here would fail on a busy machine, as it did once at 7 ms with the whole suite
/// running beside it.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_secrets_never_stall_redis_long() {
    let redis = Redis::start(Mode::Durable);
    redis.cli(&["config", "set", "slowlog-log-slower-than", "0"]);
    redis.cli(&["config", "set", "slowlog-max-len", "100000"]);
    let store = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    let len = 25 * 1024 * 1024;
    redis.cli(&["slowlog", "reset"]);
    for n in 1..=4u8 {
        assert_eq!(create(&store, n, len, now).await, CreateOutcome::Created);
        assert_eq!(open(&store, n, now).await.map(|b| b.len()), Some(len));
    }
    // `SLOWLOG GET -1` in redis-cli's raw output: per entry id, time, duration in µs, then the command, each argument
    // longer than 128 bytes cut to 128 and followed by `... (N more bytes)`.
    let out = redis.cli(&["--no-raw", "slowlog", "get", "-1"]);
    let mut durations: Vec<u64> = Vec::new();
    let lines: Vec<&str> = out.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        // Entries look like `1) 1) (integer) id`, `   2) (integer) time`, `   3) (integer) micros`.
        if line.trim_start().starts_with("3) (integer)") && i >= 2 && lines[i - 2].contains("1) (integer)") {
            durations.push(line.rsplit(' ').next().unwrap().parse().unwrap());
        }
    }
    let largest = out
        .split("... (")
        .skip(1)
        .filter_map(|rest| rest.split(" more bytes)").next()?.parse::<u64>().ok())
        .map(|more| 128 + more)
        .max()
        .unwrap_or(0);
    let longest = durations.iter().copied().max().unwrap();
    eprintln!(
        "SLOWLOG: {} commands, longest {longest} µs, largest argument {largest} bytes (25 MiB secrets, 4 created and opened)",
        durations.len()
    );
    assert!(durations.len() > 100, "SLOWLOG recorded the commands ({})", durations.len());
    assert!(largest > 512 * 1024, "the chunks were seen in SLOWLOG ({largest} bytes)");
    assert!(largest <= 1024 * 1024 + 1024, "no command carries more than one chunk: {largest} bytes");
}

fn client(addr: &str) -> cinder_server::ratelimit::ClientKey {
    cinder_server::ratelimit::ClientKey::addr(addr.parse::<std::net::SocketAddr>().unwrap().ip())
}

/// Two stores on one cluster (two servers) share the limit key and each client's bucket, whatever slot it lands on:
/// three creates per minute in all, then refusals; another client has its own bucket; the buckets expire with the
/// minute and their names are keyed hashes, not addresses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_limit_is_shared_by_stores_on_one_cluster() {
    let cluster = redis_rig::shared_cluster();
    let settings = RedisSettings {
        target: Target::Cluster(cluster.node_urls()),
        prefix: redis_rig::unique_prefix(),
        allow_ram_only: false,
        wait: None,
        limit_key: None,
    };
    let (a, b) = (RedisStore::open(&settings, LIMITS).await.unwrap(), RedisStore::open(&settings, LIMITS).await.unwrap());
    let (la, lb) = (a.shared_limit().expect("Redis shares its limit"), b.shared_limit().unwrap());
    let me = client("192.0.2.7:1000");
    let mut allowed = Vec::new();
    for i in 0..6 {
        let limit = if i % 2 == 0 { &la } else { &lb };
        allowed.push(limit.take(me, 3).await.unwrap());
    }
    assert_eq!(allowed, [true, true, true, false, false, false], "three in all, over both stores");
    assert!(la.take(client("192.0.2.8:1000"), 3).await.unwrap(), "another client has its own bucket");
    assert!(lb.take(client("[2001:db8:1:2::9]:1"), 3).await.unwrap());

    let mut buckets = Vec::new();
    for port in cluster.node_urls().iter().map(|u| u.rsplit(':').next().unwrap().trim_end_matches('/').parse::<u16>().unwrap()) {
        let keys = redis_rig::cli(port, &["--scan", "--pattern", &format!("{}:{{l:*", settings.prefix)]);
        for key in keys.lines().filter(|k| !k.is_empty()) {
            let pttl: i64 = redis_rig::cli(port, &["pttl", key]).trim().parse().unwrap();
            assert!(pttl > 0 && pttl <= 60_000, "{key} expires with the window: {pttl}");
            assert!(!key.contains("192.0.2") && !key.contains("2001:db8"), "{key}");
            buckets.push(key.to_owned());
        }
    }
    assert_eq!(buckets.len(), 3, "one bucket per client: {buckets:?}");
}

/// An import into Redis killed between its steps (ledger counted, receipt claimed, chunks written, but no metadata)
/// is completed by the rerun's import of the same record: the same keys, counted once, no chunk left twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_cut_short_is_finished_by_the_rerun_and_counted_once() {
    let redis = Redis::start(Mode::Durable);
    let from = RedisStore::open(&RedisSettings { prefix: "old".into(), ..settings(&redis) }, LIMITS).await.unwrap();
    let to = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    let len = 2 * 1024 * 1024 + 5;
    create(&from, 1, len, now).await;
    create(&from, 2, 10, now).await;
    assert!(open(&from, 2, now + 7).await.is_some());
    let tag = format!("cinder:{{s:{}}}", "01".repeat(16));

    let import = |cut: bool| {
        let (from, to, tag, redis) = (&from, &to, &tag, &redis);
        async move {
            let secret = from.begin_move(Listed::Secret(SecretId([1; 16])), now).await.unwrap().unwrap();
            let mut upload = to.upload().await.unwrap();
            upload.write(&secret.ciphertext.unwrap().collect().await.unwrap()).await.unwrap();
            let outcome = to.import(secret.record, Some(upload), now).await.unwrap();
            let receipt = from.begin_move(Listed::Receipt(rkey(2)), now).await.unwrap().unwrap();
            let receipt_outcome = to.import(receipt.record, None, now).await.unwrap();
            if cut {
                // What a kill before each import's last script leaves.
                redis.cli(&["del", &format!("{tag}:m"), &format!("{tag}:mv"), &format!("{tag}:r")]);
                redis.cli(&["del", &format!("cinder:{{s:{}}}:r", "02".repeat(16))]);
            }
            (outcome, receipt_outcome)
        }
    };
    assert_eq!(import(true).await, (ImportOutcome::Imported, ImportOutcome::Imported));
    let counted = to.totals().await.unwrap();
    assert_eq!(import(false).await, (ImportOutcome::Imported, ImportOutcome::Imported), "the rerun completes both");
    assert_eq!(to.totals().await.unwrap(), counted, "counted once");
    assert_eq!((counted.0, counted.1), (1, 2));
    let keys = keys_and_ttls(&redis);
    assert_eq!(keys.iter().filter(|(k, _)| k.starts_with(&format!("{tag}:c:"))).count(), 3, "one set of chunks");
    for (key, ttl) in &keys {
        assert!(*ttl > 0, "{key} has no TTL ({ttl})");
    }
    assert_eq!(to.receipt(rkey(2), now).await.unwrap().unwrap().opened_at, Some(now + 7));
    assert_eq!(open(&to, 1, now).await, Some(vec![1; len]));
    assert_eq!(to.receipt(rkey(1), now).await.unwrap().unwrap().state, shared::api::ReceiptState::Opened);
}

/// Every byte Redis wrote to its data directory (the AOF files).
fn files_under(dir: &std::path::Path, out: &mut Vec<u8>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            files_under(&entry.path(), out);
        } else {
            out.extend(std::fs::read(entry.path()).unwrap_or_default());
        }
    }
}

/// With an operator's key file, stores share each client's bucket while Redis holds only a fingerprint of the key
/// (never the key, not even in its AOF); a store with another file or none refuses to start and names the setting.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_key_file_keeps_the_key_out_of_redis() {
    let redis = Redis::start(Mode::Durable);
    // A store without a file first, as before an operator adds one: its random key is then replaced.
    drop(RedisStore::open(&settings(&redis), LIMITS).await.unwrap());
    let secret = format!("operator-{}", "5f3a9c0e7b21d4e8".repeat(4));
    let with_file = RedisSettings { limit_key: Some(LimitKey::new(Zeroizing::new(secret.as_bytes().to_vec()))), ..settings(&redis) };
    let (a, b) = (RedisStore::open(&with_file, LIMITS).await.unwrap(), RedisStore::open(&with_file, LIMITS).await.unwrap());
    let (la, lb) = (a.shared_limit().unwrap(), b.shared_limit().unwrap());
    let me = client("192.0.2.7:1000");
    let mut allowed = Vec::new();
    for i in 0..4 {
        allowed.push(if i % 2 == 0 { &la } else { &lb }.take(me, 3).await.unwrap());
    }
    assert_eq!(allowed, [true, true, true, false], "one budget over both stores");

    let stored = redis.cli(&["get", "cinder:{ledger}:limit-key"]);
    assert!(stored.trim().starts_with("file:") && stored.trim().len() == 5 + 32, "only a fingerprint: {stored}");
    redis.cli(&["bgrewriteaof"]);
    std::thread::sleep(Duration::from_millis(500));
    let mut written = Vec::new();
    files_under(redis.dir(), &mut written);
    assert!(!written.windows(secret.len()).any(|w| w == secret.as_bytes()), "the operator's key never reached Redis");

    let other = RedisSettings { limit_key: Some(LimitKey::new(Zeroizing::new(vec![b'f'; 40]))), ..settings(&redis) };
    let refused = RedisStore::open(&other, LIMITS).await.err().expect("another key is refused").to_string();
    assert!(refused.contains("CINDER_RATE_LIMIT_KEY_FILE") && refused.contains("different key"), "{refused}");
    let refused = RedisStore::open(&settings(&redis), LIMITS).await.err().expect("no key is refused").to_string();
    assert!(refused.contains("CINDER_RATE_LIMIT_KEY_FILE") && refused.contains("same file"), "{refused}");
}

/// An answer stored but not yet acknowledged by the replicas (WAIT mode) is pending: it may yet be undone, so another
/// answer meanwhile is neither stored nor told "answered already" (an error: send it again), while the asker's peek
/// sees the answer. Once it is no longer pending, other answers are refused as answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_that_may_yet_be_undone_turns_others_away_only_for_now() {
    let redis = Redis::start(Mode::Durable);
    let store = RedisStore::open(&settings(&redis), LIMITS).await.unwrap();
    let now = cinder_server::store::now_ms();
    let request = NewRequest {
        id: RequestId([21; 16]),
        answer_verifier: proof(21).verifier(),
        fetch_verifier: proof(22).verifier(),
        note: vec![0; 1040],
        expires_at: now + 600_000,
    };
    assert_eq!(store.create_request(request, now).await.unwrap(), CreateOutcome::Created);
    let answer = |fill: u8| {
        let store = store.clone();
        async move {
            let mut upload = store.upload().await.unwrap();
            upload.write(&[fill; 304]).await.unwrap();
            store.answer(RequestId([21; 16]), proof(21), upload, now).await
        }
    };
    assert_eq!(answer(1).await.unwrap(), AnswerOutcome::Answered);
    let meta = format!("cinder:{{s:{}}}:m", "15".repeat(16));
    redis.cli(&["hset", &meta, "pend", &(now + 60_000).to_string()]);
    let err = answer(2).await.expect_err("not refused as answered while the first may be undone");
    assert!(err.to_string().contains("send this one again"), "{err}");
    assert!(store.peek_request(RequestId([21; 16]), now).await.unwrap().unwrap().answered_at.is_some(), "the asker sees it");
    assert_eq!(
        store.totals().await.unwrap(),
        (1, 1, cinder_server::store::request_charge(1040) + cinder_server::store::charged_bytes(304)),
        "the refused one left nothing counted"
    );
    redis.cli(&["hset", &meta, "pend", &(now - 1).to_string()]);
    assert_eq!(answer(3).await.unwrap(), AnswerOutcome::AlreadyAnswered, "acknowledged by now");
}
