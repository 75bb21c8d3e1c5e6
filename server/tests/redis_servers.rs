//! Several `cinder` processes on one Redis, as a scaled-out deployment runs them: a secret created on one opens on
//! another, exactly once however many race for it (opens against burns too; a secret for five, exactly five times; twenty
//! answers to one request, exactly one stored); counted guesses never exceed the limit
//! across servers, and so does the creation rate limit, without a client address in Redis; a Redis that goes away gives
//! fast 503s (and `/readyz` 503) until it is back, with no restart; TLS. Faults under mixed load (`common::load`): a
//! server killed, Redis killed and restarted, a cluster primary killed and restarted, each checked afterwards against
//! everything the clients were told; WAIT mode with a real replica.

mod common;
mod redis_rig;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::load::{self, Answers, Ledger, Load, OnFailure};
use common::*;
use redis_rig::{Mode, Redis};
use reqwest::StatusCode;
use tokio::sync::Barrier;

/// Three servers on the Redis named by `store` (a CINDER_STORE value).
fn three_servers(store: &str) -> Vec<Server> {
    (0..3).map(|_| Server::start(None, &[("CINDER_STORE", store), ("CINDER_MAX_ATTEMPTS", "5")])).collect()
}

/// 1,000 opens of one secret spread over the servers, all released at once: exactly one 200, the rest 404.
async fn thousand_opens_over_servers(servers: &[Server], rounds: usize) {
    let client = http();
    for round in 0..rounds {
        let f = Fixture::new(&format!("scaled race {round}"));
        assert_eq!(http_create(&client, &servers[round % servers.len()], &f, TTL).await.status(), StatusCode::CREATED);
        let winners = race_opens(&client, servers, &f, 1000).await;
        assert_eq!(winners.len(), 1, "round {round}: exactly one open succeeds across all servers");
        assert_eq!(f.decrypt(&winners[0]), format!("scaled race {round}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousand_opens_over_three_servers_on_one_redis_have_one_winner() {
    let redis = Redis::start(Mode::Durable);
    let servers = three_servers(&redis.url());
    thousand_opens_over_servers(&servers, 3).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousand_opens_over_three_servers_on_a_cluster_have_one_winner() {
    let cluster = redis_rig::Cluster::start();
    let servers = three_servers(&cluster.url());
    thousand_opens_over_servers(&servers, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_spread_over_servers_never_exceed_the_limit() {
    let redis = Redis::start(Mode::Durable);
    let servers = three_servers(&redis.url());
    let client = http();
    let f = Fixture::with_passphrase("guarded", "correct horse").and_receipt();
    assert_eq!(http_create(&client, &servers[0], &f, TTL).await.status(), StatusCode::CREATED);
    let barrier = Arc::new(Barrier::new(60));
    let tasks: Vec<_> = (0..60)
        .map(|i| {
            let url = servers[i % 3].url("/api/v1/secrets/open");
            let body = open_body(&f.id, &wrong_proof(), Some(&f.gate));
            let (client, barrier) = (client.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                let res = client.post(url).header("content-type", "application/json").body(body).send().await.expect("request");
                let status = res.status();
                (status, res.json::<serde_json::Value>().await.ok())
            })
        })
        .collect();
    let mut counted = Vec::new();
    for t in tasks {
        match t.await.unwrap() {
            (StatusCode::FORBIDDEN, Some(v)) if v.get("attempts_left").is_some() => counted.push(v["attempts_left"].as_u64().unwrap()),
            (StatusCode::NOT_FOUND, _) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    counted.sort_unstable();
    assert_eq!(counted, vec![0, 1, 2, 3, 4], "exactly five guesses counted, each attempts_left once");
    let receipt = http_receipt(&client, &servers[2], &f.receipt().id).await.json::<serde_json::Value>().await.unwrap();
    assert_eq!(receipt["state"], "burned");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn redis_stopped_answers_503_fast_and_service_resumes_without_restart() {
    let mut redis = Redis::start(Mode::Durable);
    let server = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    let client = http();
    let f = Fixture::new("survives an outage");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
    redis.kill();
    for _ in 0..3 {
        let started = Instant::now();
        let ready = client.get(server.url("/readyz")).send().await.unwrap();
        assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
        let peek = http_peek(&client, &server, &f.id).await;
        assert_eq!(peek.status(), StatusCode::SERVICE_UNAVAILABLE);
        let error = peek.json::<serde_json::Value>().await.unwrap();
        assert!(error["error"].is_string(), "a JSON error: {error}");
        let open = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
        assert_eq!(open.status(), StatusCode::SERVICE_UNAVAILABLE);
        eprintln!("Redis down: /readyz, peek and open answered 503 in {:?}", started.elapsed());
        assert!(started.elapsed() < Duration::from_secs(10), "fast 503s, not a hang: {:?}", started.elapsed());
    }
    redis.resume();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let ready = client.get(server.url("/readyz")).send().await.unwrap();
        if ready.status() == StatusCode::OK {
            break;
        }
        assert!(Instant::now() < deadline, "the server recovers by itself");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let open = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK, "the secret is still there and opens");
    assert_eq!(f.decrypt(&open.bytes().await.unwrap()), "survives an outage");
    assert!(!server.output().contains(&f.id), "no secret id in the log");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rediss_speaks_tls_to_redis() {
    let redis = Redis::start_tls();
    let ca = redis.ca().display().to_string();
    let server = Server::start(None, &[("CINDER_STORE", &redis.url()), ("SSL_CERT_FILE", &ca)]);
    let client = http();
    let f = Fixture::new("over TLS");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
    let open = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(f.decrypt(&open.bytes().await.unwrap()), "over TLS");
}

/// Recipients open on some servers while the creator burns on others: exactly one wins, and every server's receipt
/// says which.
/// A secret for five, opened by 60 at once over three servers: exactly five get it, whole, and its receipt lists five.
async fn sixty_opens_of_a_secret_for_five(servers: &[Server]) {
    let client = http();
    for round in 0..2 {
        let f = Fixture::with_receipt(&format!("for five, round {round}")).with_views(5);
        assert_eq!(http_create(&client, &servers[round], &f, TTL).await.status(), StatusCode::CREATED);
        let winners = race_opens(&client, servers, &f, 60).await;
        assert_eq!(winners.len(), 5, "round {round}: exactly five opens succeed across all servers");
        for won in &winners {
            assert_eq!(f.decrypt(won), format!("for five, round {round}"));
        }
        let receipt: serde_json::Value = http_receipt(&client, &servers[2], &f.receipt().id).await.json().await.unwrap();
        assert_eq!((receipt["state"].as_str(), receipt["opens"].as_array().map(Vec::len)), (Some("opened"), Some(5)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_secret_for_five_opens_exactly_five_times_over_three_servers() {
    let redis = Redis::start(Mode::Durable);
    sixty_opens_of_a_secret_for_five(&three_servers(&redis.url())).await;
    let cluster = redis_rig::Cluster::start();
    sixty_opens_of_a_secret_for_five(&three_servers(&cluster.url())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn open_and_burn_racing_over_servers_have_exactly_one_winner() {
    let redis = Redis::start(Mode::Durable);
    let servers = three_servers(&redis.url());
    let client = http();
    for round in 0..3 {
        let f = Fixture::with_receipt("contested");
        assert_eq!(http_create(&client, &servers[round], &f, TTL).await.status(), StatusCode::CREATED);
        let (opened, burned) = race_open_and_burn(&client, &servers, &f, 300).await;
        assert_eq!(opened + burned, 1, "round {round}");
        for server in &servers {
            let receipt: serde_json::Value = http_receipt(&client, server, &f.receipt().id).await.json().await.unwrap();
            assert_eq!(receipt["state"], if opened == 1 { "opened" } else { "burned" });
        }
    }
}

/// Twenty answers to one request, released at once over three servers: exactly one is stored (201), the others hear
/// 409, and the asker opens the winner's answer, whole.
async fn twenty_answers_over_servers(servers: &[Server]) {
    let client = http();
    let asker = AskerFixture::new();
    let created = http_post(&client, &servers[0], "/api/v1/requests", asker.body("which one wins?", TTL)).await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let barrier = Arc::new(Barrier::new(20));
    let proof = asker.key.answer_proof().to_text();
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let request = http_answer(&client, &servers[i % servers.len()], &asker, &proof, &format!("answer {i}"));
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                (i, request.send().await.expect("request").status())
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            (i, StatusCode::CREATED) => winners.push(i),
            (_, status) => assert_eq!(status, StatusCode::CONFLICT),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one answer is stored: {winners:?}");
    let opened = http_open(&client, &servers[2], &asker.id, &asker.fetch_proof()).await.unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    let answer = asker.secret.open_answer(&opened.bytes().await.unwrap()).unwrap();
    assert_eq!(*answer.text, format!("answer {}", winners[0]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_answers_to_one_request_over_three_servers_store_exactly_one() {
    let redis = Redis::start(Mode::Durable);
    twenty_answers_over_servers(&three_servers(&redis.url())).await;
    let cluster = redis_rig::Cluster::start();
    twenty_answers_over_servers(&three_servers(&cluster.url())).await;
}

/// Every file of Redis's AOF, concatenated.
fn aof_bytes(redis: &Redis) -> Vec<u8> {
    fn walk(dir: &std::path::Path, out: &mut Vec<u8>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.to_string_lossy().contains("appendonly") {
                out.extend(std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = Vec::new();
    walk(redis.dir(), &mut out);
    out
}

/// Every key of a standalone Redis with everything it holds, as text.
fn keys_and_values(redis: &Redis) -> Vec<(String, String)> {
    let keys = redis.cli(&["--scan"]);
    keys.lines()
        .filter(|k| !k.is_empty())
        .map(|k| {
            let value = match redis.cli(&["type", k]).trim() {
                "string" => redis.cli(&["get", k]),
                "hash" => redis.cli(&["hgetall", k]),
                "zset" => redis.cli(&["zrange", k, "0", "-1", "withscores"]),
                other => panic!("{k}: unexpected type {other}"),
            };
            (k.to_owned(), value)
        })
        .collect()
}

/// CINDER_RATE_LIMIT holds across servers: creates from one client spread over three servers (at once) get exactly
/// the limit accepted, the rest 429; no client address reaches Redis in clear (keys, values, AOF), the client's bucket
/// expires within the minute; and with Redis gone the limit fails closed (503 JSON).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_creation_limit_holds_across_servers_and_no_address_reaches_redis() {
    const LIMIT: usize = 5;
    let mut redis = Redis::start(Mode::Durable);
    let url = redis.url();
    let servers: Vec<Server> = (0..3).map(|_| Server::start(None, &[("CINDER_STORE", &url), ("CINDER_RATE_LIMIT", "5")])).collect();
    let client = http();
    let barrier = Arc::new(Barrier::new(3 * LIMIT + 3));
    let tasks: Vec<_> = (0..3 * LIMIT + 3)
        .map(|i| {
            let (client, barrier) = (client.clone(), barrier.clone());
            let f = Fixture::new("limited");
            let (ctype, body) = f.form(TTL);
            let url = servers[i % 3].url("/api/v1/secrets");
            tokio::spawn(async move {
                barrier.wait().await;
                let res = client.post(url).header("content-type", ctype).body(body).send().await.expect("request");
                let status = res.status();
                (status, res.json::<serde_json::Value>().await.expect("JSON"))
            })
        })
        .collect();
    let (mut created, mut limited) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            (StatusCode::CREATED, _) => created += 1,
            (StatusCode::TOO_MANY_REQUESTS, v) => {
                assert_eq!(v["error"], "rate_limited", "{v}");
                limited += 1;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((created, limited), (LIMIT, 2 * LIMIT + 3), "exactly the limit accepted over all servers");

    let stored = keys_and_values(&redis);
    let buckets: Vec<&String> = stored.iter().map(|(k, _)| k).filter(|k| k.contains("{l:")).collect();
    assert_eq!(buckets.len(), 1, "one bucket for the one client: {buckets:?}");
    let pttl: i64 = redis.cli(&["pttl", buckets[0]]).trim().parse().unwrap();
    assert!(pttl > 0 && pttl <= 60_000, "the bucket expires with the window: {pttl}");
    for (key, value) in &stored {
        assert!(!key.contains("127.0.0.1") && !value.contains("127.0.0.1"), "{key} holds the client address");
        assert!(!value.contains("7f000001") && !value.contains("7F000001"), "{key} holds the client address in hex");
    }
    let aof = String::from_utf8_lossy(&aof_bytes(&redis)).into_owned();
    assert!(!aof.is_empty(), "the AOF was found");
    assert!(!aof.contains("127.0.0.1"), "no client address in the AOF");

    redis.kill();
    let f = Fixture::new("fail closed");
    let res = http_create(&client, &servers[1], &f, TTL).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let error = res.json::<serde_json::Value>().await.unwrap();
    assert_eq!(error["error"], "unavailable", "{error}");
    for server in &servers {
        assert!(!server.output().contains("panic"), "no panic");
    }
}

/// The servers' base URLs, for the load.
fn bases(servers: &[Server]) -> Vec<String> {
    servers.iter().map(|s| s.base.clone()).collect()
}

/// Waits until every server's `/readyz` answers 200 again; how long that took.
async fn wait_ready(client: &reqwest::Client, servers: &[Server]) -> Duration {
    let started = Instant::now();
    for server in servers {
        while client.get(server.url("/readyz")).send().await.map(|r| r.status()).ok() != Some(StatusCode::OK) {
            assert!(started.elapsed() < Duration::from_secs(30), "the servers recover by themselves");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    started.elapsed()
}

/// Every server answers `/readyz` and a create with a 503 JSON error, fast; the slowest of those answers.
async fn every_server_refuses(client: &reqwest::Client, servers: &[Server]) -> Duration {
    let mut slowest = Duration::ZERO;
    for server in servers {
        let started = Instant::now();
        let ready = client.get(server.url("/readyz")).send().await.unwrap();
        assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
        let res = http_create(client, server, &Fixture::new("refused"), TTL).await;
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"], "unavailable");
        slowest = slowest.max(started.elapsed());
    }
    assert!(slowest < Duration::from_secs(5), "fast 503s, not a hang: {slowest:?}");
    slowest
}

/// Mixed load from six clients over `servers` until the returned flag is set.
fn start_load(servers: &[Server]) -> (Arc<Mutex<Ledger>>, Arc<AtomicBool>, Vec<tokio::task::JoinHandle<()>>) {
    let (ledger, stop) = (Arc::new(Mutex::new(Ledger::default())), Arc::new(AtomicBool::new(false)));
    let workers = load::spawn(&bases(servers), &Load::small(6, OnFailure::GoOn), &ledger, &stop);
    (ledger, stop, workers)
}

/// Stops the load and hands over its ledger.
async fn stop_load(ledger: Arc<Mutex<Ledger>>, stop: Arc<AtomicBool>, workers: Vec<tokio::task::JoinHandle<()>>) -> Ledger {
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.await.unwrap();
    }
    std::mem::take(&mut *ledger.lock().unwrap())
}

fn since(now: &[Answers], before: &[Answers]) -> Vec<Answers> {
    now.iter().zip(before).map(|(a, b)| a.since(b)).collect()
}

/// Nothing any server answered was other than 201/200/503, and nothing hung.
fn no_surprises(ledger: &Ledger) {
    for (i, a) in ledger.answers.iter().enumerate() {
        assert!(a.unexpected.is_empty(), "server {i} answered something unexpected: {:?}", a.unexpected);
        assert!(a.slowest < load::HANG, "server {i} hung: {a:?}");
    }
}

/// A `cinder` process killed (-9) in the middle of mixed load: the other two answer every request throughout, and
/// afterwards every acknowledged create opens with its bytes, no acknowledged open or burn is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killing_one_server_under_load_loses_nothing_acknowledged() {
    let redis = Redis::start(Mode::Durable);
    let mut servers = three_servers(&redis.url());
    let (ledger, stop, workers) = start_load(&servers);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    servers[0].kill9();
    let at_kill = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut ledger = stop_load(ledger, stop, workers).await;
    no_surprises(&ledger);
    let after = since(&ledger.answers, &at_kill);
    for (i, a) in ledger.answers.iter().enumerate().skip(1) {
        assert!(a.unavailable == 0 && a.failed == 0, "server {i} answered every request: {a:?}");
        assert!(after[i].ok > 20, "server {i} kept serving after the kill: {:?}", after[i]);
    }
    assert!(after[0].failed > 0, "the load still tried the killed server: {:?}", after[0]);
    let (acked, consumed, in_doubt) = (ledger.live.len() + ledger.gone.len(), ledger.gone.len(), ledger.in_doubt);
    let checks = load::check(&servers[1], &mut ledger, 1, "after a server was killed").await;
    eprintln!(
        "one server killed: {acked} acknowledged creates, {consumed} acknowledged opens/burns, {in_doubt} in doubt, \
         {checks} checks, {} requests to the dead server unanswered; survivors: {:?}",
        after[0].failed,
        after.iter().skip(1).map(|a| a.ok).collect::<Vec<_>>()
    );
    assert!(checks > 100, "the load was real: {checks}");
}

/// redis-server killed (-9; `appendonly yes`, `appendfsync always`) under mixed load, then restarted on its port and
/// directory: meanwhile every request gets a fast 503 JSON error, afterwards service resumes without restarting any
/// `cinder`, no acknowledged create is lost and no acknowledged open or burn is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killing_redis_under_load_answers_fast_503s_and_loses_nothing_acknowledged() {
    let mut redis = Redis::start(Mode::Durable);
    let servers = three_servers(&redis.url());
    let client = http();
    let (ledger, stop, workers) = start_load(&servers);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    redis.kill();
    let at_kill = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let probe = every_server_refuses(&client, &servers).await;
    let outage = since(&load::answers(&ledger), &at_kill);
    redis.resume();
    let recovered = wait_ready(&client, &servers).await;
    let at_resume = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut ledger = stop_load(ledger, stop, workers).await;
    no_surprises(&ledger);
    for (i, a) in outage.iter().enumerate() {
        assert!(a.failed == 0 && a.unavailable > 0, "server {i} answered 503 to the load during the outage: {a:?}");
        assert!(a.slowest_unavailable < Duration::from_secs(5), "server {i}: fast 503s, not a hang: {a:?}");
    }
    let after = since(&ledger.answers, &at_resume);
    for (i, a) in after.iter().enumerate() {
        assert!(a.ok > 10, "server {i} serves again without a restart: {a:?}");
    }
    let (acked, consumed, in_doubt) = (ledger.live.len() + ledger.gone.len(), ledger.gone.len(), ledger.in_doubt);
    let checks = load::check(&servers[2], &mut ledger, 1, "after Redis was killed and restarted").await;
    let unavailable: usize = outage.iter().map(|a| a.unavailable).sum();
    let slowest = outage.iter().map(|a| a.slowest_unavailable).max().unwrap_or_default();
    eprintln!(
        "Redis killed: {unavailable} load requests answered 503 during the outage (mean {:?}, slowest {slowest:?}; probes \
         {probe:?}); ready again {recovered:?} after restart; {acked} acknowledged creates, {consumed} acknowledged \
         opens/burns, {in_doubt} in doubt, {checks} checks: none lost, none back",
        outage[0].mean_unavailable()
    );
    assert!(checks > 100, "the load was real: {checks}");
}

/// A primary of the three-primary cluster (no replicas) killed under load. Its slots have no copy, so the cluster
/// fails closed: once the other nodes mark it failed (`cluster_state:fail`, after cluster-node-timeout) every request
/// answers a fast 503 and `/readyz` 503 (before that, only requests touching its slots do). Restarted from its AOF, the
/// cluster is whole again, service resumes without restarting any `cinder`, and nothing acknowledged is lost or back.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn killing_a_cluster_primary_fails_closed_and_loses_nothing_acknowledged() {
    let mut cluster = redis_rig::Cluster::start();
    let servers = three_servers(&cluster.url());
    let client = http();
    let (ledger, stop, workers) = start_load(&servers);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    cluster.nodes[0].kill();
    let at_kill = load::answers(&ledger);
    let marked = tokio::task::block_in_place(|| cluster.wait_state("fail"));
    let partial = since(&load::answers(&ledger), &at_kill);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let at_fail = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let probe = every_server_refuses(&client, &servers).await;
    let failed = since(&load::answers(&ledger), &at_fail);
    cluster.nodes[0].resume();
    let healed = tokio::task::block_in_place(|| cluster.wait_state("ok"));
    let recovered = wait_ready(&client, &servers).await;
    let at_resume = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut ledger = stop_load(ledger, stop, workers).await;
    no_surprises(&ledger);
    for (i, a) in failed.iter().enumerate() {
        assert!(a.ok == 0 && a.failed == 0 && a.unavailable > 0, "server {i}: every request 503 while the cluster is down: {a:?}");
        assert!(a.slowest_unavailable < Duration::from_secs(5), "server {i}: fast 503s, not a hang: {a:?}");
    }
    let after = since(&ledger.answers, &at_resume);
    for (i, a) in after.iter().enumerate() {
        assert!(a.ok > 10, "server {i} serves again without a restart: {a:?}");
    }
    let (acked, consumed, in_doubt) = (ledger.live.len() + ledger.gone.len(), ledger.gone.len(), ledger.in_doubt);
    let checks = load::check(&servers[1], &mut ledger, 1, "after a cluster primary was killed and restarted").await;
    eprintln!(
        "cluster primary killed: marked failed after {marked:?} (meanwhile {} ok, {} 503); while failed {} load requests \
         answered 503 (slowest {:?}; probes {probe:?}); cluster ok {healed:?} after restart, servers ready {recovered:?} \
         later; {acked} acknowledged creates, {consumed} acknowledged opens/burns, {in_doubt} in doubt, {checks} checks",
        partial.iter().map(|a| a.ok).sum::<usize>(),
        partial.iter().map(|a| a.unavailable).sum::<usize>(),
        failed.iter().map(|a| a.unavailable).sum::<usize>(),
        failed.iter().map(|a| a.slowest_unavailable).max().unwrap_or_default(),
    );
    assert!(checks > 50, "the load was real: {checks}");
}

/// Calls of WAIT a Redis has answered (its command statistics).
fn wait_calls(redis: &Redis) -> u64 {
    let stats = redis.cli(&["info", "commandstats"]);
    let line = stats.lines().find(|l| l.starts_with("cmdstat_wait:")).unwrap_or_default();
    line.split("calls=").nth(1).and_then(|r| r.split(',').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// WAIT mode on a real primary and replica: with the replica in sync everything works (and WAIT is issued); with it
/// gone creates, opens, counted guesses, burns and answers to requests answer 503 within the WAIT timeout, the open without the ciphertext
/// (that secret is lost, never shown twice), while peeks still answer; with the replica back everything works again.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_wait_mode_a_missing_replica_turns_writes_into_503s_and_no_open_shows_the_secret() {
    let primary = Redis::start(Mode::Durable);
    let mut replica = Redis::start_replica_of(&primary);
    let env = [("CINDER_STORE", primary.url()), ("CINDER_REDIS_WAIT_REPLICAS", "1".into()), ("CINDER_REDIS_WAIT_TIMEOUT", "1s".into())];
    let server = Server::start(None, &env.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>());
    let client = http();

    let started = Instant::now();
    let opened = Fixture::with_receipt("replicated");
    assert_eq!(http_create(&client, &server, &opened, TTL).await.status(), StatusCode::CREATED);
    let create_took = started.elapsed();
    let open = http_open(&client, &server, &opened.id, &opened.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(opened.decrypt(&open.bytes().await.unwrap()), "replicated");
    let burned = Fixture::with_receipt("burned");
    assert_eq!(http_create(&client, &server, &burned, TTL).await.status(), StatusCode::CREATED);
    let burn = http_burn(&client, &server, &burned.receipt().id, &burned.receipt().burn_proof).await.unwrap();
    assert_eq!(burn.status(), StatusCode::OK);
    let guarded = Fixture::with_passphrase("guarded", "pass phrase");
    assert_eq!(http_create(&client, &server, &guarded, TTL).await.status(), StatusCode::CREATED);
    let guess = http_post(&client, &server, "/api/v1/secrets/open", open_body(&guarded.id, &wrong_proof(), Some(&guarded.gate)));
    assert_eq!(guess.await.unwrap().status(), StatusCode::FORBIDDEN);
    let waits = wait_calls(&primary);
    assert!(waits >= 7, "each create step, the open, the burn and the guess were WAITed for: {waits}");
    let (victim, to_burn) = (Fixture::new("never shown"), Fixture::with_receipt("kept"));
    assert_eq!(http_create(&client, &server, &victim, TTL).await.status(), StatusCode::CREATED);
    assert_eq!(http_create(&client, &server, &to_burn, TTL).await.status(), StatusCode::CREATED);
    let asker = AskerFixture::new();
    let made = http_post(&client, &server, "/api/v1/requests", asker.body("", TTL)).await.unwrap();
    assert_eq!(made.status(), StatusCode::CREATED);
    let send_answer = |text: &str| http_answer(&client, &server, &asker, &asker.key.answer_proof().to_text(), text).send();

    replica.kill();
    while primary.connected_replicas() > 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let refused = |status: StatusCode, took: Duration, what: &str| {
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{what}");
        assert!(took >= Duration::from_millis(900) && took < Duration::from_millis(4000), "{what}: the WAIT timeout, not a hang: {took:?}");
        took
    };
    let started = Instant::now();
    let lost = Fixture::new("not acknowledged");
    let res = http_create(&client, &server, &lost, TTL).await;
    let create_refused = refused(res.status(), started.elapsed(), "a create");
    assert_eq!(http_peek(&client, &server, &lost.id).await.status(), StatusCode::NOT_FOUND, "a refused create leaves nothing");
    let started = Instant::now();
    let res = http_open(&client, &server, &victim.id, &victim.proof).await.unwrap();
    let took = started.elapsed();
    let body = res.bytes().await.unwrap();
    let open_refused = refused(StatusCode::SERVICE_UNAVAILABLE, took, "an open");
    let error: serde_json::Value = serde_json::from_slice(&body).expect("the refused open answered JSON, not the ciphertext");
    assert_eq!(error["error"], "unavailable");
    // Consumed on the primary, but never shown: lost (a failover could at most bring it back unopened), never twice.
    assert_eq!(http_peek(&client, &server, &victim.id).await.status(), StatusCode::NOT_FOUND);
    let again = http_open(&client, &server, &victim.id, &victim.proof).await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "an open refused by WAIT never opens later");
    let started = Instant::now();
    let res = http_burn(&client, &server, &to_burn.receipt().id, &to_burn.receipt().burn_proof).await.unwrap();
    refused(res.status(), started.elapsed(), "a burn");
    let started = Instant::now();
    let res = http_post(&client, &server, "/api/v1/secrets/open", open_body(&guarded.id, &wrong_proof(), Some(&guarded.gate))).await;
    refused(res.unwrap().status(), started.elapsed(), "a counted guess");
    let started = Instant::now();
    let res = send_answer("not acknowledged").await.unwrap();
    refused(res.status(), started.elapsed(), "an answer");
    let started = Instant::now();
    assert_eq!(http_peek(&client, &server, &guarded.id).await.status(), StatusCode::OK, "reads need no replica");
    // Under the 1 s WAIT timeout: a peek that waited behind a WAIT would take longer.
    assert!(started.elapsed() < Duration::from_millis(900), "a peek does not wait behind WAITs: {:?}", started.elapsed());

    replica.resume();
    replica.wait_in_sync();
    let started = Instant::now();
    let back = Fixture::with_receipt("replica back");
    assert_eq!(http_create(&client, &server, &back, TTL).await.status(), StatusCode::CREATED);
    let open = http_open(&client, &server, &back.id, &back.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(back.decrypt(&open.bytes().await.unwrap()), "replica back");
    // The refused answer left the request waiting: the answer sent again is the one the asker gets.
    let peek: serde_json::Value =
        http_post(&client, &server, "/api/v1/requests/peek", json_body(&[("id", &asker.id)])).await.unwrap().json().await.unwrap();
    assert_eq!(peek["state"], "waiting");
    assert_eq!(send_answer("sent again").await.unwrap().status(), StatusCode::CREATED);
    let answer = http_open(&client, &server, &asker.id, &asker.fetch_proof()).await.unwrap().bytes().await.unwrap();
    assert_eq!(*asker.secret.open_answer(&answer).unwrap().text, "sent again");
    eprintln!(
        "WAIT mode: a create took {create_took:?} with the replica; without it a create answered 503 after \
         {create_refused:?}, an open after {open_refused:?}; with it back, a create and an open took {:?}",
        started.elapsed()
    );
    assert!(!server.output().contains("panic"));
}

/// WAIT mode asked for more replicas than the primary has: the server does not start, and says why.
#[test]
fn wait_mode_with_too_few_replicas_refuses_to_start_and_names_the_setting() {
    let primary = Redis::start(Mode::Durable);
    let _replica = Redis::start_replica_of(&primary);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
        .arg("serve")
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_STORE", primary.url())
        .env("CINDER_REDIS_WAIT_REPLICAS", "2")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("CINDER_REDIS_WAIT_REPLICAS=2") && stderr.contains("1 connected replica"), "{stderr}");
}

/// The key of a secret's metadata in Redis (default prefix), to find the cluster node that owns it.
fn meta_key(f: &Fixture) -> String {
    let id = shared::b64::decode(&f.id).expect("an id");
    let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
    format!("cinder:{{s:{hex}}}:m")
}

/// WAIT mode on a cluster with one replica per primary: each WAIT goes to the node that owns the secret's slot. With
/// one primary's replica gone, only opens of secrets on that primary are refused (503, never shown); the others open,
/// and once the replica is back, secrets on that primary work again.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_wait_mode_on_a_cluster_only_secrets_on_a_primary_without_its_replica_are_refused() {
    let mut cluster = redis_rig::Cluster::start_with_replicas();
    let url = cluster.url();
    let env = [("CINDER_STORE", url.as_str()), ("CINDER_REDIS_WAIT_REPLICAS", "1"), ("CINDER_REDIS_WAIT_TIMEOUT", "500ms")];
    let server = Server::start(None, &env);
    let client = http();
    let fixtures: Vec<Fixture> = (0..12).map(|i| Fixture::new(&format!("slot {i}"))).collect();
    for f in &fixtures {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    // A primary that holds some of the secrets but not the ledger (whose loss would refuse every create).
    let ledger = cluster.owner_of("cinder:{ledger}:totals");
    let owners: Vec<usize> = fixtures.iter().map(|f| cluster.owner_of(&meta_key(f))).collect();
    let alone = *owners.iter().find(|&&o| o != ledger).expect("a secret off the ledger's primary");
    let replica = cluster.replica_of(alone);
    cluster.nodes[replica].kill();
    while cluster.nodes[alone].connected_replicas() > 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (mut refused, mut opened) = (0, 0);
    for (f, &owner) in fixtures.iter().zip(&owners) {
        let res = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
        if owner == alone {
            assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE, "its primary lacks the replica");
            assert_eq!(res.json::<serde_json::Value>().await.unwrap()["error"], "unavailable", "an error, not the ciphertext");
            assert_eq!(http_peek(&client, &server, &f.id).await.status(), StatusCode::NOT_FOUND, "lost, never shown");
            refused += 1;
        } else {
            assert_eq!(res.status(), StatusCode::OK, "its primary has its replica");
            assert_eq!(f.decrypt(&res.bytes().await.unwrap()), f.text);
            opened += 1;
        }
    }
    assert!(refused > 0 && opened > 0, "refused {refused}, opened {opened}");
    cluster.nodes[replica].resume();
    cluster.nodes[replica].wait_in_sync();
    let f = std::iter::repeat_with(|| Fixture::new("back")).find(|f| cluster.owner_of(&meta_key(f)) == alone).unwrap();
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
    let res = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "with the replica back its primary's secrets work again");
    eprintln!("WAIT on a cluster: {refused} opens on the primary without its replica refused, {opened} on the others opened");
}

/// A primary killed under mixed load in a cluster with replicas, WAIT mode on: its replica takes over (after
/// cluster-node-timeout), the killed node comes back as the new primary's replica, service resumes without restarting
/// any `cinder`, and nothing acknowledged is lost or back (each acknowledged step was on the replica that took over).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failover_with_wait_mode_loses_nothing_acknowledged() {
    let mut cluster = redis_rig::Cluster::start_with_replicas();
    let url = cluster.url();
    let env = [("CINDER_STORE", url.as_str()), ("CINDER_REDIS_WAIT_REPLICAS", "1"), ("CINDER_REDIS_WAIT_TIMEOUT", "1s")];
    let servers: Vec<Server> = (0..2).map(|_| Server::start(None, &env)).collect();
    let client = http();
    let (ledger, stop, workers) = start_load(&servers);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let primary = (0..cluster.nodes.len()).find(|&i| cluster.is_primary(i)).unwrap();
    let replica = cluster.replica_of(primary);
    cluster.nodes[primary].kill();
    let killed = Instant::now();
    tokio::task::block_in_place(|| {
        while !cluster.is_primary(replica) {
            assert!(killed.elapsed() < Duration::from_secs(30), "the replica took over");
            std::thread::sleep(Duration::from_millis(50));
        }
        cluster.wait_state("ok");
    });
    let promoted = killed.elapsed();
    // Alone, the new primary cannot satisfy WAIT: its writes are refused until the old node is its replica again.
    cluster.nodes[primary].resume();
    tokio::task::block_in_place(|| cluster.nodes[primary].wait_in_sync());
    let rejoined = killed.elapsed();
    let recovered = wait_ready(&client, &servers).await;
    let at_resume = load::answers(&ledger);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut ledger = stop_load(ledger, stop, workers).await;
    no_surprises(&ledger);
    let after = since(&ledger.answers, &at_resume);
    for (i, a) in after.iter().enumerate() {
        assert!(a.ok > 10, "server {i} serves again without a restart: {a:?}");
    }
    let unavailable: usize = ledger.answers.iter().map(|a| a.unavailable).sum();
    let (acked, consumed, in_doubt) = (ledger.live.len() + ledger.gone.len(), ledger.gone.len(), ledger.in_doubt);
    let checks = load::check(&servers[1], &mut ledger, 1, "after a failover").await;
    eprintln!(
        "failover with WAIT: replica promoted {promoted:?} after the kill, old primary in sync as its replica at \
         {rejoined:?}, servers ready {recovered:?} later; {unavailable} requests answered 503; {acked} acknowledged \
         creates, {consumed} acknowledged opens/burns, {in_doubt} in doubt, {checks} checks: none lost, none back"
    );
    assert!(checks > 50, "the load was real: {checks}");
}

/// Peeks until the cluster connection found the node now serving the secret (a 503 meanwhile): the settled status.
async fn settled_peek(client: &reqwest::Client, server: &Server, id: &str) -> StatusCode {
    let started = Instant::now();
    loop {
        let status = http_peek(client, server, id).await.status();
        if status != StatusCode::SERVICE_UNAVAILABLE || started.elapsed() > Duration::from_secs(15) {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Why WAIT mode exists. Without it Redis replicates asynchronously, so a failover can undo what was acknowledged: a
/// replica that missed the last writes (here: down while its primary acknowledged three creates and an open) is
/// promoted after the primary dies, and then the acknowledged creates are gone and the opened secret opens again.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn without_wait_mode_a_failover_can_lose_acknowledged_creates_and_bring_back_an_open() {
    let mut cluster = redis_rig::Cluster::start_with_replicas();
    let server = Server::start(None, &[("CINDER_STORE", &cluster.url())]);
    let client = http();
    let ledger = cluster.owner_of("cinder:{ledger}:totals");
    let primary = (0..cluster.nodes.len()).find(|&i| i != ledger && cluster.is_primary(i)).unwrap();
    let replica = cluster.replica_of(primary);
    let on_primary = || std::iter::repeat_with(|| Fixture::new("acknowledged")).find(|f| cluster.owner_of(&meta_key(f)) == primary);
    let (opened, created): (Fixture, Vec<Fixture>) = (on_primary().unwrap(), (0..3).map(|_| on_primary().unwrap()).collect());
    assert_eq!(http_create(&client, &server, &opened, TTL).await.status(), StatusCode::CREATED);
    tokio::task::block_in_place(|| cluster.wait_replicated(primary, replica));

    cluster.nodes[replica].kill();
    for f in &created {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    let open = http_open(&client, &server, &opened.id, &opened.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(opened.decrypt(&open.bytes().await.unwrap()), "acknowledged");
    cluster.nodes[primary].kill();
    cluster.nodes[replica].resume();
    let takeover = cluster.nodes[replica].cli(&["cluster", "failover", "takeover"]);
    assert!(takeover.contains("OK"), "{takeover}");
    tokio::task::block_in_place(|| {
        let started = Instant::now();
        while !cluster.is_primary(replica) {
            assert!(started.elapsed() < Duration::from_secs(20), "the replica took over");
            std::thread::sleep(Duration::from_millis(50));
        }
        cluster.wait_state("ok");
    });
    // Nothing but /readyz reaches the server until it is ready again (as behind a load balancer): it must see the
    // new topology by itself.
    let ready = wait_ready(&client, std::slice::from_ref(&server)).await;

    for f in &created {
        assert_eq!(settled_peek(&client, &server, &f.id).await, StatusCode::NOT_FOUND, "the acknowledged create is lost");
    }
    let again = http_open(&client, &server, &opened.id, &opened.proof).await.unwrap();
    assert_eq!(again.status(), StatusCode::OK, "the acknowledged open came back");
    assert_eq!(opened.decrypt(&again.bytes().await.unwrap()), "acknowledged", "shown a second time");
    eprintln!(
        "failover without WAIT: ready {ready:?} after the takeover; {} acknowledged creates lost, an acknowledged open back",
        created.len()
    );
}
