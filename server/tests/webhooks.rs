//! The operator's webhooks, delivered by the real binary to a receiver on loopback: one signed event for each secret
//! opened (each open of a secret for several), burned (by its creator, the last wrong guess or an opener) or expired,
//! and for each request answered, naming it only by its fingerprint; retried
//! with the same delivery id when the receiver fails; and on Redis, fired by exactly one of the servers however the
//! opens, burns and sweepers race.

mod common;
mod redis_rig;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use common::*;
use serde_json::Value;
use shared::envelope::SecretId;

const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

/// One request the receiver got.
#[derive(Clone)]
struct Hit {
    headers: HeaderMap,
    body: Vec<u8>,
    at: Instant,
}

impl Hit {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).unwrap_or_else(|| panic!("no {name} header")).to_str().unwrap()
    }

    /// `(event, by, fingerprint)`.
    fn what(&self) -> (String, Option<String>, String) {
        let j = self.json();
        (j["event"].as_str().unwrap().to_owned(), j["by"].as_str().map(str::to_owned), j["secret"].as_str().unwrap().to_owned())
    }

    /// Checks the signature as a receiver would, with ring's HMAC rather than the server's code: `t=<secs>,v1=<b64url>`
    /// over `"<t>.<body>"`, signed within the last minute.
    fn assert_signed(&self) {
        let value = self.header("cinder-signature");
        let (t, mac) = value.split_once(',').unwrap_or_else(|| panic!("{value}"));
        let t = t.strip_prefix("t=").unwrap_or_else(|| panic!("{value}"));
        let mac = shared::b64::decode(mac.strip_prefix("v1=").unwrap_or_else(|| panic!("{value}"))).expect("base64url");
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        assert!(now.abs_diff(t.parse().unwrap()) < 60, "signed just now: {value}");
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, KEY.as_bytes());
        let signed = [format!("{t}.").as_bytes(), &self.body].concat();
        ring::hmac::verify(&key, &signed, &mac).expect("the signature checks out with the operator's key");
        let wrong = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"another key, not the operator's, at least 32 bytes");
        assert!(ring::hmac::verify(&wrong, &signed, &mac).is_err());
    }
}

/// A webhook receiver on loopback that records every request and refuses (503) the first `refuse` of them.
struct Receiver {
    url: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

type Shared = (Arc<Mutex<Vec<Hit>>>, Arc<AtomicUsize>);

async fn receive(State((hits, refuse)): State<Shared>, headers: HeaderMap, body: axum::body::Bytes) -> StatusCode {
    hits.lock().unwrap().push(Hit { headers, body: body.to_vec(), at: Instant::now() });
    match refuse.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)) {
        Ok(_) => StatusCode::SERVICE_UNAVAILABLE,
        Err(_) => StatusCode::NO_CONTENT,
    }
}

impl Receiver {
    async fn start(refuse: usize) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hooks/cinder?token=receiver-own-token", listener.local_addr().unwrap());
        let hits = Arc::new(Mutex::new(Vec::new()));
        let app = axum::Router::new()
            .route("/hooks/cinder", axum::routing::post(receive))
            .with_state((hits.clone(), Arc::new(AtomicUsize::new(refuse))));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, hits }
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    /// Waits until `n` requests came (at most `within`), then a little longer to catch any extra one.
    async fn wait_for(&self, n: usize, within: Duration) -> Vec<Hit> {
        let deadline = Instant::now() + within;
        while self.hits().len() < n && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(1_500)).await;
        self.hits()
    }
}

/// The environment that points a server at `receiver`, with the signing key in a file under `dir`.
fn webhook_env(receiver: &Receiver, dir: &std::path::Path) -> Vec<(String, String)> {
    let key = dir.join("webhook.key");
    std::fs::write(&key, format!("{KEY}\n")).unwrap();
    vec![
        ("CINDER_WEBHOOK_URL".into(), receiver.url.clone()),
        ("CINDER_WEBHOOK_SECRET_FILE".into(), key.display().to_string()),
        ("CINDER_MAX_ATTEMPTS".into(), "2".into()),
        ("CINDER_LOG".into(), "debug".into()),
    ]
}

fn start(data_dir: Option<&std::path::Path>, env: &[(String, String)]) -> Server {
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    Server::start(data_dir, &env)
}

fn fingerprint(f: &Fixture) -> String {
    SecretId::from_text(&f.id).unwrap().fingerprint()
}

/// Whatever no event may carry: ids, receipt ids, proofs and gates, and the client's address.
fn assert_names_nothing(hit: &Hit, fixtures: &[&Fixture]) {
    let body = String::from_utf8(hit.body.clone()).unwrap();
    let headers = format!("{:?}", hit.headers);
    for f in fixtures {
        let mut needles = vec![f.id.clone(), f.proof.clone(), f.gate.clone()];
        if let Some(r) = &f.receipt {
            needles.extend([r.id.clone(), r.burn_proof.clone()]);
        }
        for needle in needles {
            assert!(!body.contains(&needle) && !headers.contains(&needle), "an event carries a secret's id or proof: {body}");
        }
    }
    assert!(!body.contains("127.0.0.1"), "no address in an event: {body}");
}

async fn wrong_guess(client: &reqwest::Client, server: &Server, f: &Fixture) -> StatusCode {
    let res = http_post(client, server, "/api/v1/secrets/open", open_body(&f.id, &wrong_proof(), Some(&f.gate))).await.unwrap();
    StatusCode::from_u16(res.status().as_u16()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_ending_is_announced_once_signed_and_by_fingerprint_only() {
    let receiver = Receiver::start(0).await;
    let dir = temp_dir();
    let server = start(Some(&dir.path().join("data")), &webhook_env(&receiver, dir.path()));
    let client = http();
    let opened = Fixture::with_receipt("opened by its recipient");
    let burned = Fixture::with_receipt("burned by its creator");
    let guessed = Fixture::with_passphrase("guessed at", "the right passphrase");
    let expiring = Fixture::new("left to expire");
    let waiting = Fixture::with_receipt("still waiting");

    for f in [&opened, &burned, &guessed, &waiting] {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), reqwest::StatusCode::CREATED);
    }
    assert_eq!(http_create(&client, &server, &expiring, 1).await.status(), reqwest::StatusCode::CREATED);
    // What ends nothing fires nothing: a peek, a wrong proof without the gate, a receipt read, a wrong burn proof.
    assert_eq!(http_peek(&client, &server, &waiting.id).await.status(), reqwest::StatusCode::OK);
    assert_eq!(http_open(&client, &server, &waiting.id, &wrong_proof()).await.unwrap().status(), reqwest::StatusCode::FORBIDDEN);
    assert_eq!(http_burn(&client, &server, &waiting.receipt().id, &wrong_proof()).await.unwrap().status(), reqwest::StatusCode::FORBIDDEN);
    // The four endings.
    assert_eq!(http_open(&client, &server, &opened.id, &opened.proof).await.unwrap().status(), reqwest::StatusCode::OK);
    let rid = &burned.receipt().id;
    assert_eq!(http_burn(&client, &server, rid, &burned.receipt().burn_proof).await.unwrap().status(), reqwest::StatusCode::OK);
    assert_eq!(http_burn(&client, &server, rid, &burned.receipt().burn_proof).await.unwrap().status(), reqwest::StatusCode::CONFLICT);
    assert_eq!(wrong_guess(&client, &server, &guessed).await, StatusCode::FORBIDDEN);
    assert_eq!(wrong_guess(&client, &server, &guessed).await, StatusCode::FORBIDDEN, "the last attempt: burned");
    assert_eq!(http_open(&client, &server, &opened.id, &opened.proof).await.unwrap().status(), reqwest::StatusCode::NOT_FOUND);

    // The sweeper deletes the expired one within a few seconds.
    let hits = receiver.wait_for(4, Duration::from_secs(15)).await;
    let mut got: Vec<_> = hits.iter().map(Hit::what).collect();
    got.sort();
    let mut want = vec![
        ("secret.opened".to_owned(), None, fingerprint(&opened)),
        ("secret.burned".to_owned(), Some("creator".to_owned()), fingerprint(&burned)),
        ("secret.burned".to_owned(), Some("attempts".to_owned()), fingerprint(&guessed)),
        ("secret.expired".to_owned(), None, fingerprint(&expiring)),
    ];
    want.sort();
    assert_eq!(got, want, "each ending once, and nothing else");

    let mut deliveries = std::collections::BTreeSet::new();
    for hit in &hits {
        hit.assert_signed();
        assert_names_nothing(hit, &[&opened, &burned, &guessed, &expiring, &waiting]);
        assert_eq!(hit.header("content-type"), "application/json");
        assert_eq!(hit.header("cinder-attempt"), "1");
        assert!(hit.header("user-agent").starts_with("cinder/"));
        let j = hit.json();
        assert_eq!(hit.header("cinder-delivery"), j["delivery"].as_str().unwrap(), "the header names the body's delivery");
        assert!(deliveries.insert(j["delivery"].as_str().unwrap().to_owned()), "each delivery id is new");
        assert!(j["at"].as_u64().unwrap() > 1_700_000_000);
        assert_eq!(j.as_object().unwrap().len(), if j["by"].is_null() { 4 } else { 5 }, "nothing more: {j}");
    }
    // The log says what it did without the receiver's URL (it holds the receiver's token) or any fingerprint.
    let log = server.output();
    assert!(!log.contains("receiver-own-token") && !log.contains("/hooks/cinder"), "{log}");
    for f in [&opened, &burned, &guessed, &expiring] {
        assert!(!log.contains(&fingerprint(f)), "{log}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_open_of_a_secret_for_several_is_announced_and_so_is_the_openers_burn() {
    let receiver = Receiver::start(0).await;
    let dir = temp_dir();
    let server = start(Some(&dir.path().join("data")), &webhook_env(&receiver, dir.path()));
    let client = http();
    let shared = Fixture::with_receipt("for three").with_views(3);
    assert_eq!(http_create(&client, &server, &shared, TTL).await.status(), reqwest::StatusCode::CREATED);
    for _ in 0..2 {
        assert_eq!(http_open(&client, &server, &shared.id, &shared.proof).await.unwrap().status(), reqwest::StatusCode::OK);
    }
    let burn = http_post(&client, &server, "/api/v1/secrets/burn", open_body(&shared.id, &shared.proof, None)).await.unwrap();
    assert_eq!(burn.status(), reqwest::StatusCode::NO_CONTENT);
    let hits = receiver.wait_for(3, Duration::from_secs(15)).await;
    // Deliveries run side by side, so they may arrive in any order.
    let mut got: Vec<_> = hits.iter().map(Hit::what).collect();
    got.sort();
    let f = fingerprint(&shared);
    let want = vec![
        ("secret.burned".to_owned(), Some("opener".to_owned()), f.clone()),
        ("secret.opened".to_owned(), None, f.clone()),
        ("secret.opened".to_owned(), None, f),
    ];
    assert_eq!(got, want, "one event per open, and the burn");
    for hit in &hits {
        hit.assert_signed();
        assert_names_nothing(hit, &[&shared]);
    }
}

/// A request's answer is announced (`request.answered`), and so is its open, under the same fingerprint; a wrong or a
/// second answer announces nothing, and no event carries the request's id or either proof.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answered_request_is_announced_and_so_is_the_open_of_its_answer() {
    let receiver = Receiver::start(0).await;
    let dir = temp_dir();
    let server = start(Some(&dir.path().join("data")), &webhook_env(&receiver, dir.path()));
    let client = http();
    let asker = AskerFixture::new();
    let created = http_post(&client, &server, "/api/v1/requests", asker.body("the root password", TTL)).await.unwrap();
    assert_eq!(created.status(), reqwest::StatusCode::CREATED);
    let proof = asker.key.answer_proof().to_text();
    let send = |proof: &str, text: &str| http_answer(&client, &server, &asker, proof, text).send();
    assert_eq!(send(&wrong_proof(), "not from the link").await.unwrap().status(), reqwest::StatusCode::FORBIDDEN);
    assert_eq!(send(&proof, "hunter2").await.unwrap().status(), reqwest::StatusCode::CREATED);
    assert_eq!(send(&proof, "again").await.unwrap().status(), reqwest::StatusCode::CONFLICT);
    assert_eq!(http_open(&client, &server, &asker.id, &asker.fetch_proof()).await.unwrap().status(), reqwest::StatusCode::OK);
    let hits = receiver.wait_for(2, Duration::from_secs(15)).await;
    let mut got: Vec<_> = hits.iter().map(Hit::what).collect();
    got.sort();
    let f = SecretId::from_text(&asker.id).unwrap().fingerprint();
    assert_eq!(got, vec![("request.answered".to_owned(), None, f.clone()), ("secret.opened".to_owned(), None, f)]);
    for hit in &hits {
        hit.assert_signed();
        let body = String::from_utf8(hit.body.clone()).unwrap();
        for needle in [&asker.id, &proof, &asker.fetch_proof()] {
            assert!(!body.contains(needle.as_str()), "an event carries a request's id or proof: {body}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_receiver_gets_the_same_event_again_with_back_off() {
    let receiver = Receiver::start(2).await;
    let dir = temp_dir();
    let mut env = webhook_env(&receiver, dir.path());
    env.push(("CINDER_METRICS_LISTEN".into(), "127.0.0.1:0".into()));
    let server = start(Some(&dir.path().join("data")), &env);
    let client = http();
    let f = Fixture::new("opened while the receiver is down");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), reqwest::StatusCode::CREATED);
    assert_eq!(http_open(&client, &server, &f.id, &f.proof).await.unwrap().status(), reqwest::StatusCode::OK, "the open never waits");

    let hits = receiver.wait_for(3, Duration::from_secs(15)).await;
    assert_eq!(hits.len(), 3, "two refusals, then delivered, then no more");
    for (n, hit) in hits.iter().enumerate() {
        hit.assert_signed();
        assert_eq!(hit.header("cinder-attempt"), (n + 1).to_string());
        assert_eq!(hit.body, hits[0].body, "the same event, byte for byte");
        assert_eq!(hit.header("cinder-delivery"), hits[0].header("cinder-delivery"), "one delivery id, so a receiver can drop repeats");
    }
    assert_eq!(hits[0].what(), ("secret.opened".to_owned(), None, fingerprint(&f)));
    let pauses = [hits[1].at - hits[0].at, hits[2].at - hits[1].at];
    assert!(pauses[0] >= Duration::from_millis(900) && pauses[1] >= Duration::from_millis(1_900), "back-off: {pauses:?}");
    let log = server.output();
    assert!(log.matches("webhook refused").count() == 2 && log.contains("status=503"), "{log}");
    assert!(!log.contains("receiver-own-token"), "{log}");

    // The metrics count each attempt's outcome.
    let at = log.lines().find_map(|l| l.split("metrics on http://").nth(1)).expect("a metrics line").trim().to_owned();
    let text = http().get(format!("http://{at}/metrics")).send().await.unwrap().text().await.unwrap();
    for (outcome, n) in [("delivered", 1), ("refused", 2), ("failed", 0), ("given_up", 0), ("dropped", 0)] {
        let series = format!("cinder_webhooks_total{{outcome=\"{outcome}\"}} {n}");
        assert!(text.lines().any(|l| l == series), "{series} in:\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_waits_for_an_event_still_being_retried() {
    let receiver = Receiver::start(1).await;
    let dir = temp_dir();
    let mut server = start(Some(&dir.path().join("data")), &webhook_env(&receiver, dir.path()));
    let client = http();
    let f = Fixture::new("opened just before the stop");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), reqwest::StatusCode::CREATED);
    assert_eq!(http_open(&client, &server, &f.id, &f.proof).await.unwrap().status(), reqwest::StatusCode::OK);
    while receiver.hits().is_empty() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Refused once; the retry is due in a second, and SIGTERM comes now.
    let stopped = tokio::task::spawn_blocking(move || {
        let status = server.terminate();
        (status, server.output())
    });
    let (status, log) = stopped.await.unwrap();
    assert!(status.success(), "{log}");
    let hits = receiver.hits();
    assert_eq!(hits.len(), 2, "the retry went out before the process ended:\n{log}");
    assert_eq!(hits[1].header("cinder-attempt"), "2");
    assert_eq!(hits[1].what(), ("secret.opened".to_owned(), None, fingerprint(&f)));
}

/// Three servers on one Redis, each with the webhook: every open, burn and expiry is raced by all three, and each
/// ending reaches the receiver exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_redis_each_ending_is_announced_by_exactly_one_server() {
    let redis = redis_rig::Redis::start(redis_rig::Mode::Durable);
    let receiver = Receiver::start(0).await;
    let dir = temp_dir();
    let mut env = webhook_env(&receiver, dir.path());
    env.push(("CINDER_STORE".into(), redis.url()));
    let servers: Vec<Server> = (0..3).map(|_| start(None, &env)).collect();
    let client = http();
    let opens: Vec<Fixture> = (0..8).map(|i| Fixture::new(&format!("raced open {i}"))).collect();
    let burns: Vec<Fixture> = (0..4).map(|i| Fixture::with_receipt(&format!("raced burn {i}"))).collect();
    let expiring: Vec<Fixture> = (0..4).map(|i| Fixture::new(&format!("raced expiry {i}"))).collect();
    for f in opens.iter().chain(&burns) {
        assert_eq!(http_create(&client, &servers[0], f, TTL).await.status(), reqwest::StatusCode::CREATED);
    }
    for f in &expiring {
        assert_eq!(http_create(&client, &servers[1], f, 1).await.status(), reqwest::StatusCode::CREATED);
    }
    // Each open and each burn sent to all three servers at once: one wins.
    let open_races = opens.iter().flat_map(|f| servers.iter().map(|s| http_open(&client, s, &f.id, &f.proof)));
    let burn_races = burns.iter().flat_map(|f| servers.iter().map(|s| http_burn(&client, s, &f.receipt().id, &f.receipt().burn_proof)));
    let (opened, burnt) = tokio::join!(futures_util::future::join_all(open_races), futures_util::future::join_all(burn_races));
    let won = opened.into_iter().chain(burnt).filter(|r| r.as_ref().unwrap().status().is_success()).count();
    assert_eq!(won, opens.len() + burns.len(), "one winner per secret");

    // Every server's sweeper looks for the expired ones each second.
    let n = opens.len() + burns.len() + expiring.len();
    let hits = receiver.wait_for(n, Duration::from_secs(20)).await;
    let mut got: Vec<_> = hits.iter().map(Hit::what).collect();
    got.sort();
    let mut want: Vec<_> = opens
        .iter()
        .map(|f| ("secret.opened".to_owned(), None, fingerprint(f)))
        .chain(burns.iter().map(|f| ("secret.burned".to_owned(), Some("creator".to_owned()), fingerprint(f))))
        .chain(expiring.iter().map(|f| ("secret.expired".to_owned(), None, fingerprint(f))))
        .collect();
    want.sort();
    assert_eq!(got, want, "each ending exactly once across the three servers");
    hits.iter().for_each(Hit::assert_signed);
}

/// The webhook settings are checked at startup, each error naming the setting.
#[test]
fn webhook_settings_that_cannot_work_stop_the_server_at_startup() {
    let dir = temp_dir();
    let (good, short) = (dir.path().join("good.key"), dir.path().join("short.key"));
    std::fs::write(&good, KEY).unwrap();
    std::fs::write(&short, "tiny").unwrap();
    let (good, short) = (good.display().to_string(), short.display().to_string());
    let missing = dir.path().join("missing.key").display().to_string();
    for (env, says) in [
        (vec![("CINDER_WEBHOOK_URL", "https://hooks.example/x")], "CINDER_WEBHOOK_SECRET_FILE: needed with CINDER_WEBHOOK_URL"),
        (vec![("CINDER_WEBHOOK_SECRET_FILE", good.as_str())], "CINDER_WEBHOOK_URL: needed with CINDER_WEBHOOK_SECRET_FILE"),
        (vec![("CINDER_WEBHOOK_URL", "ftp://hooks.example/x"), ("CINDER_WEBHOOK_SECRET_FILE", good.as_str())], "http:// or https://"),
        (vec![("CINDER_WEBHOOK_URL", "not a url"), ("CINDER_WEBHOOK_SECRET_FILE", good.as_str())], "CINDER_WEBHOOK_URL: not a URL"),
        (vec![("CINDER_WEBHOOK_URL", "https://hooks.example/x"), ("CINDER_WEBHOOK_SECRET_FILE", short.as_str())], "at least 32 characters"),
        (vec![("CINDER_WEBHOOK_URL", "https://hooks.example/x"), ("CINDER_WEBHOOK_SECRET_FILE", missing.as_str())], "cannot read"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
            .arg("serve")
            .env("CINDER_LISTEN", "127.0.0.1:0")
            .env("CINDER_DATA_DIR", dir.path().join("data"))
            .envs(env.iter().copied())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(says), "{env:?}: {err}");
        assert!(!err.contains(KEY), "the key is never printed: {err}");
    }
}
