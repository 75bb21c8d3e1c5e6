//! Several `cinder` processes on one Redis, as a scaled-out deployment runs them: a secret created on one opens on
//! another, exactly once however many race for it (opens against burns too); counted guesses never exceed the limit
//! across servers, and so does the creation rate limit, without a client address in Redis; a Redis that goes away gives
//! fast 503s (and `/readyz` 503) until it is back, with no restart; TLS.

mod common;
mod redis_rig;

use std::sync::Arc;
use std::time::{Duration, Instant};

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
