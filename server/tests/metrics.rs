//! Prometheus metrics, scraped from the real binary's own metrics listener after what creators and recipients do:
//! exact counts for every series, nothing in them that names a secret, a receipt or a client, and no metrics at all
//! unless asked for. The same flow runs on sled and on a real Redis.

mod common;
mod redis_rig;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;
use reqwest::StatusCode;

/// The metrics URL the server printed (`metrics on http://ADDR`), if it printed one.
fn metrics_url(server: &Server) -> Option<String> {
    server.output().lines().find_map(|l| l.split("metrics on http://").nth(1).map(|a| format!("http://{}/metrics", a.trim())))
}

async fn scrape(client: &reqwest::Client, url: &str) -> String {
    let res = client.get(url).send().await.expect("the metrics listener answers");
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "text/plain; version=0.0.4; charset=utf-8", "Prometheus's text format");
    res.text().await.unwrap()
}

/// The value of exactly this series (`name{labels}` as the text format writes it).
fn value(text: &str, series: &str) -> f64 {
    let line = text.lines().find_map(|l| l.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')));
    line.unwrap_or_else(|| panic!("no series {series} in:\n{text}")).parse().unwrap()
}

/// The sum of every series whose line starts with `prefix`.
fn sum(text: &str, prefix: &str) -> f64 {
    text.lines().filter(|l| l.starts_with(prefix)).map(|l| l.rsplit(' ').next().unwrap().parse::<f64>().unwrap()).sum()
}

/// Every label of every series, as (name, value) pairs.
fn labels(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((_, rest)) = line.split_once('{') else { continue };
        let (mut set, _) = rest.rsplit_once('}').unwrap_or_else(|| panic!("unterminated labels: {line}"));
        while !set.is_empty() {
            let (name, after) = set.split_once("=\"").unwrap_or_else(|| panic!("bad label in {line}"));
            let (value, after) = after.split_once('"').unwrap_or_else(|| panic!("bad label value in {line}"));
            out.push((name.to_owned(), value.to_owned()));
            set = after.strip_prefix(',').unwrap_or(after);
        }
    }
    out
}

/// Whatever a metric must never show of the secrets made in a flow: their ids and receipt ids, in base64url as the
/// API carries them and in hex as Redis keys spell them.
fn identifying(fixtures: &[&Fixture]) -> Vec<String> {
    let hex = |text: &str| shared::b64::decode(text).unwrap().iter().map(|b| format!("{b:02x}")).collect::<String>();
    let mut out = Vec::new();
    for f in fixtures {
        out.extend([f.id.clone(), hex(&f.id), f.proof.clone(), f.gate.clone()]);
        if let Some(r) = &f.receipt {
            out.extend([r.id.clone(), hex(&r.id), r.burn_proof.clone()]);
        }
    }
    out
}

/// The settings of the flow: a short TTL choice to expire, two attempts, a small size limit and a rate limit the
/// flow reaches on purpose.
const FLOW_ENV: &[(&str, &str)] =
    &[("CINDER_METRICS_LISTEN", "127.0.0.1:0"), ("CINDER_MAX_ATTEMPTS", "2"), ("CINDER_MAX_BYTES", "4KiB"), ("CINDER_RATE_LIMIT", "6")];

/// Creates, peeks, opens, guesses, burns, lets one expire and gets creates refused, then checks every count the
/// metrics listener shows and that nothing in it identifies a secret or a client.
async fn full_flow_is_counted_exactly(server: &Server) {
    let client = http();
    let url = metrics_url(server).unwrap_or_else(|| panic!("no `metrics on` line:\n{}", server.output()));
    let before = scrape(&client, &url).await;
    assert_eq!(value(&before, "cinder_secrets_created_total"), 0.0);
    assert_eq!(value(&before, "cinder_creates_refused_total{reason=\"rate_limited\"}"), 0.0, "every reason shows from the start");

    // Sealed first (Argon2id takes a while), so the six creates below fall within one second of the rate limit.
    let opened = Fixture::with_receipt("opened by its recipient");
    let burned = Fixture::with_receipt("burned by its creator");
    let guessed = Fixture::with_passphrase("guessed at", "the right passphrase");
    let expiring = Fixture::new("left to expire");
    let refused = Fixture::new("refused");

    // Opened: a peek, a wrong proof without the link's gate (spends nothing), the right proof.
    assert_eq!(http_create(&client, server, &opened, TTL).await.status(), StatusCode::CREATED);
    assert_eq!(http_peek(&client, server, &opened.id).await.status(), StatusCode::OK);
    assert_eq!(http_open(&client, server, &opened.id, &wrong_proof()).await.unwrap().status(), StatusCode::FORBIDDEN);
    let res = http_open(&client, server, &opened.id, &opened.proof).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(opened.decrypt(&res.bytes().await.unwrap()), "opened by its recipient");

    // Burned by its creator, after a wrong burn proof; burning again changes nothing.
    assert_eq!(http_create(&client, server, &burned, TTL).await.status(), StatusCode::CREATED);
    let rid = &burned.receipt().id;
    assert_eq!(http_burn(&client, server, rid, &wrong_proof()).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(http_burn(&client, server, rid, &burned.receipt().burn_proof).await.unwrap().status(), StatusCode::OK);
    assert_eq!(http_burn(&client, server, rid, &burned.receipt().burn_proof).await.unwrap().status(), StatusCode::CONFLICT);

    // Burned by attempts: two wrong guesses by the link's holder at a passphrase secret.
    assert_eq!(http_create(&client, server, &guessed, TTL).await.status(), StatusCode::CREATED);
    for left in [1, 0] {
        let body = open_body(&guessed.id, &wrong_proof(), Some(&guessed.gate));
        let res = http_post(&client, server, "/api/v1/secrets/open", body).await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert_eq!(res.json::<serde_json::Value>().await.unwrap()["attempts_left"], left);
    }
    assert_eq!(http_open(&client, server, &guessed.id, &guessed.proof).await.unwrap().status(), StatusCode::NOT_FOUND, "burned");

    // Left to expire (the shortest TTL choice, 1 s).
    assert_eq!(http_create(&client, server, &expiring, 1).await.status(), StatusCode::CREATED);

    // Refused: a TTL that is not a choice, a ciphertext over CINDER_MAX_BYTES, then the seventh create in a minute.
    assert_eq!(http_create(&client, server, &refused, 7).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Over the limit but within the body allowance, so the upload starts and is cut off.
    let over = valid_len(shared::envelope::ciphertext_limit(4096) as usize + 20_000);
    let (ctype, body) = form(&serde_json::to_vec(&refused.meta(TTL)).unwrap(), &vec![0; over]);
    let res = client.post(server.url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(http_create(&client, server, &refused, TTL).await.status(), StatusCode::TOO_MANY_REQUESTS);

    // The page, health, and the main listener's /metrics: that one is the web client's, never the metrics.
    assert_eq!(client.get(server.url("/")).send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(client.get(server.url("/healthz")).send().await.unwrap().status(), StatusCode::OK);
    let public = client.get(server.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(!public.contains("cinder_") && !public.contains("# TYPE"), "the public listener serves no metrics:\n{public}");

    // The sweeper deletes the expired secret within a few seconds.
    let deadline = Instant::now() + Duration::from_secs(15);
    let text = loop {
        let text = scrape(&client, &url).await;
        if value(&text, "cinder_secrets_expired_total") >= 1.0 || Instant::now() > deadline {
            break text;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };

    for (series, want) in [
        ("cinder_secrets_created_total", 4),
        ("cinder_requests_created_total", 0),
        ("cinder_requests_answered_total", 0),
        ("cinder_secrets_opened_total", 1),
        ("cinder_secrets_burned_total{by=\"creator\"}", 1),
        ("cinder_secrets_burned_total{by=\"attempts\"}", 1),
        ("cinder_secrets_burned_total{by=\"opener\"}", 0),
        ("cinder_secrets_expired_total", 1),
        ("cinder_wrong_proofs_total{kind=\"guess\"}", 2),
        ("cinder_wrong_proofs_total{kind=\"uncounted\"}", 1),
        ("cinder_wrong_proofs_total{kind=\"burn\"}", 1),
        ("cinder_creates_refused_total{reason=\"invalid\"}", 1),
        ("cinder_creates_refused_total{reason=\"too_large\"}", 1),
        ("cinder_creates_refused_total{reason=\"rate_limited\"}", 1),
        ("cinder_creates_refused_total{reason=\"full\"}", 0),
        ("cinder_creates_refused_total{reason=\"conflict\"}", 0),
        ("cinder_creates_refused_total{reason=\"unavailable\"}", 0),
        ("cinder_http_requests_total{route=\"/api/v1/secrets\",status=\"201\"}", 4),
        ("cinder_http_requests_total{route=\"/api/v1/secrets\",status=\"422\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/secrets\",status=\"413\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/secrets\",status=\"429\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/secrets/peek\",status=\"200\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/secrets/open\",status=\"200\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/secrets/open\",status=\"403\"}", 3),
        ("cinder_http_requests_total{route=\"/api/v1/secrets/open\",status=\"404\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/receipts/burn\",status=\"200\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/receipts/burn\",status=\"403\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/receipts/burn\",status=\"409\"}", 1),
        ("cinder_http_requests_total{route=\"/healthz\",status=\"200\"}", 1),
        ("cinder_http_requests_total{route=\"client\",status=\"200\"}", 2),
        // Uploads: every create that reached its ciphertext (not the rate-limited one); creates: the four stored.
        ("cinder_store_operation_duration_seconds_count{operation=\"upload\"}", 6),
        ("cinder_store_operation_duration_seconds_count{operation=\"create\"}", 4),
        ("cinder_store_operation_duration_seconds_count{operation=\"peek\"}", 1),
        ("cinder_store_operation_duration_seconds_count{operation=\"take\"}", 5),
        ("cinder_store_operation_duration_seconds_count{operation=\"burn\"}", 3),
        // Nothing is live but the two receipts (of the opened and the burned secret), 512 bytes each.
        // No webhook configured: the series are there, at 0.
        ("cinder_webhooks_total{outcome=\"delivered\"}", 0),
        ("cinder_webhooks_total{outcome=\"dropped\"}", 0),
        ("cinder_live_secrets", 0),
        ("cinder_live_receipts", 2),
        ("cinder_stored_bytes", 1024),
    ] {
        assert_eq!(value(&text, series), f64::from(want), "{series}\n{text}");
    }
    assert_eq!(sum(&text, "cinder_http_requests_total{"), 19.0, "every request counted once:\n{text}");
    assert!(value(&text, "cinder_store_operation_duration_seconds_count{operation=\"sweep\"}") >= 1.0);

    // Nothing that names a secret, a receipt or a client; every label takes one of a few fixed values.
    for needle in identifying(&[&opened, &burned, &guessed, &expiring, &refused]).iter().chain([&"127.0.0.1".to_owned()]) {
        assert!(!text.contains(needle.as_str()), "the metrics show {needle}:\n{text}");
    }
    let port = format!(":{}", server.addr.rsplit(':').next().unwrap());
    assert!(!text.contains(&port), "nor the server's address");
    let mut routes: BTreeSet<String> = cinder_server::api_routes().into_iter().map(|(_, p)| p.to_owned()).collect();
    routes.extend(["client", "/api", "/api/", "/api/{*rest}"].map(str::to_owned));
    for (name, v) in labels(&text) {
        let known = match name.as_str() {
            "route" => routes.contains(&v),
            "status" => v.len() == 3 && v.bytes().all(|b| b.is_ascii_digit()),
            "by" => ["creator", "attempts", "opener"].contains(&v.as_str()),
            "kind" => ["guess", "uncounted", "burn"].contains(&v.as_str()),
            "reason" => v.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && v.len() < 20,
            "operation" => cinder_server::metrics::OPERATIONS.contains(&v.as_str()),
            "le" => v == "+Inf" || v.parse::<f64>().is_ok(),
            "outcome" => cinder_server::metrics::WEBHOOK_OUTCOMES.contains(&v.as_str()),
            _ => false,
        };
        assert!(known, "an unexpected label {name}={v:?}:\n{text}");
    }
    assert!(text.lines().filter(|l| !l.starts_with('#')).count() < 300, "a bounded number of series:\n{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_a_full_flow() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), FLOW_ENV);
    full_flow_is_counted_exactly(&server).await;
}

/// The same on Redis: the counts come from the same outcomes, the gauges from the shared ledger.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_a_full_flow_on_redis() {
    let redis = redis_rig::Redis::start(redis_rig::Mode::Durable);
    let url = redis.url();
    let env: Vec<(&str, &str)> = FLOW_ENV.iter().copied().chain([("CINDER_STORE", url.as_str())]).collect();
    let server = Server::start(None, &env);
    full_flow_is_counted_exactly(&server).await;
}

/// A request asked and answered (and a second answer refused) is counted once each, its answer's open as an open, and
/// nothing in the metrics names the request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_and_their_answers_are_counted() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[("CINDER_METRICS_LISTEN", "127.0.0.1:0")]);
    let client = http();
    let url = metrics_url(&server).unwrap_or_else(|| panic!("no `metrics on` line:\n{}", server.output()));
    let asker = AskerFixture::new();
    let refused = http_post(&client, &server, "/api/v1/requests", asker.body("what I need", 17)).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "a lifetime the server does not offer");
    let made = http_post(&client, &server, "/api/v1/requests", asker.body("what I need", TTL)).await.unwrap();
    assert_eq!(made.status(), StatusCode::CREATED);
    let proof = asker.key.answer_proof().to_text();
    for (text, status) in [("the answer", StatusCode::CREATED), ("a second one", StatusCode::CONFLICT)] {
        let res = http_answer(&client, &server, &asker, &proof, text).send().await.unwrap();
        assert_eq!(res.status(), status);
    }
    assert_eq!(http_open(&client, &server, &asker.id, &asker.fetch_proof()).await.unwrap().status(), StatusCode::OK);
    let text = scrape(&client, &url).await;
    for (series, want) in [
        ("cinder_requests_created_total", 1),
        ("cinder_requests_answered_total", 1),
        ("cinder_creates_refused_total{reason=\"invalid\"}", 1),
        ("cinder_secrets_created_total", 0),
        ("cinder_secrets_opened_total", 1),
        ("cinder_store_operation_duration_seconds_count{operation=\"create_request\"}", 1),
        ("cinder_store_operation_duration_seconds_count{operation=\"answer\"}", 1),
        ("cinder_http_requests_total{route=\"/api/v1/requests/answer\",status=\"409\"}", 1),
        ("cinder_live_secrets", 0),
        ("cinder_live_receipts", 0),
    ] {
        assert_eq!(value(&text, series), f64::from(want), "{series}\n{text}");
    }
    let hex = |t: &str| shared::b64::decode(t).unwrap().iter().map(|b| format!("{b:02x}")).collect::<String>();
    for needle in [asker.id.clone(), hex(&asker.id), proof, asker.fetch_proof()] {
        assert!(!text.contains(&needle), "the metrics show {needle}:\n{text}");
    }
}

/// Without CINDER_METRICS_LISTEN there is no metrics listener, and the public one never serves metrics.
#[tokio::test]
async fn metrics_are_off_by_default() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[]);
    assert_eq!(metrics_url(&server), None, "no `metrics on` line:\n{}", server.output());
    let public = http().get(server.url("/metrics")).send().await.unwrap();
    assert_ne!(public.headers().get("content-type").map(|v| v.to_str().unwrap()), Some("text/plain; version=0.0.4; charset=utf-8"));
    let text = public.text().await.unwrap();
    assert!(!text.contains("cinder_") && !text.contains("# TYPE"), "{text}");
}

/// A metrics address that cannot be used stops the server at startup, naming the setting.
#[test]
fn an_unusable_metrics_address_names_the_setting() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let at = taken.local_addr().unwrap().to_string();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
        .arg("serve")
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_DATA_DIR", temp_dir().path())
        .env("CINDER_METRICS_LISTEN", &at)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("CINDER_METRICS_LISTEN"), "{err}");
}
