//! The real `cinder` binary on a free port: concurrency, crash safety under SIGKILL, graceful shutdown, logs at the
//! most verbose level, and running from an empty directory.

mod common;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Many browsers (or one attacker) opening the same link at once: exactly one gets the secret.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thousand_concurrent_opens_have_exactly_one_winner() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[]);
    let client = http();
    for round in 0..5 {
        let f = Fixture::new(&format!("race {round}"));
        assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
        let winners = race_opens(&client, std::slice::from_ref(&server), &f, 1000).await;
        assert_eq!(winners.len(), 1, "round {round}: exactly one open succeeds");
        assert_eq!(f.decrypt(&winners[0]), format!("race {round}"));
    }
}

/// The recipient opens while the creator burns: exactly one of them wins, and the receipt says which.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn open_and_burn_racing_have_exactly_one_winner() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[]);
    let client = http();
    for round in 0..5 {
        let f = Fixture::with_receipt("contested");
        http_create(&client, &server, &f, TTL).await;
        let (opened, burned) = race_open_and_burn(&client, std::slice::from_ref(&server), &f, 400).await;
        assert_eq!(opened + burned, 1, "round {round}");
        let receipt: serde_json::Value = http_receipt(&client, &server, &f.receipt().id).await.json().await.unwrap();
        assert_eq!(receipt["state"], if opened == 1 { "opened" } else { "burned" });
    }
}

#[derive(Default)]
struct Ledger {
    /// (id, proof) of every create answered 201.
    created: Vec<(String, String)>,
    /// Ids an open was sent for (answered or not).
    open_sent: HashSet<String>,
    /// Ids whose open was answered 200.
    opened: HashSet<String>,
}

/// A 201 survives `kill -9` right after it; a 200 from open never comes back after `kill -9`.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_right_after_acknowledged_writes_loses_nothing() {
    let dir = temp_dir();
    for run in 0..3 {
        let mut server = Server::start(Some(dir.path()), &[]);
        let ledger = Arc::new(Mutex::new(Ledger::default()));
        let workers: Vec<_> = (0..16)
            .map(|w| {
                let (client, ledger, base) = (http(), ledger.clone(), server.base.clone());
                tokio::spawn(async move {
                    let url = |p: &str| format!("{base}{p}");
                    for i in 0usize.. {
                        let f = Fixture::new(&format!("run {run} worker {w} #{i}"));
                        let (ctype, body) = f.form(TTL);
                        let Ok(res) = client.post(url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await else {
                            return;
                        };
                        assert_eq!(res.status(), StatusCode::CREATED);
                        let victim = {
                            let mut l = ledger.lock().unwrap();
                            l.created.push((f.id.clone(), f.proof.clone()));
                            // Open every other secret created so far, so opens and creates interleave.
                            let n = l.created.len();
                            (i % 2 == 0).then(|| l.created[n / 2].clone()).filter(|(id, _)| l.open_sent.insert(id.clone()))
                        };
                        if let Some((id, proof)) = victim {
                            let res = client
                                .post(url("/api/v1/secrets/open"))
                                .header("content-type", "application/json")
                                .body(open_body(&id, &proof, None))
                                .send()
                                .await;
                            let Ok(res) = res else { return };
                            if res.status() == StatusCode::OK {
                                ledger.lock().unwrap().opened.insert(id);
                            }
                        }
                    }
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        server.kill9();
        for w in workers {
            w.await.unwrap();
        }

        let server = Server::start(Some(dir.path()), &[]);
        let client = http();
        let l = std::mem::take(&mut *ledger.lock().unwrap());
        assert!(l.created.len() > 50 && !l.opened.is_empty(), "run {run}: the load was real");
        let mut kept = 0;
        for (id, _) in &l.created {
            let status = http_peek(&client, &server, id).await.status();
            if l.opened.contains(id) {
                assert_eq!(status, StatusCode::NOT_FOUND, "run {run}: an acknowledged open came back");
            } else if !l.open_sent.contains(id) {
                assert_eq!(status, StatusCode::OK, "run {run}: an acknowledged create was lost");
                kept += 1;
            }
        }
        assert!(kept > 0);
        for id in &l.opened {
            let proof = &l.created.iter().find(|(i, _)| i == id).unwrap().1;
            assert_eq!(http_open(&client, &server, id, proof).await.unwrap().status(), StatusCode::NOT_FOUND);
        }
        drop(server);
    }
}

/// SIGTERM: the server stops accepting, finishes the upload in progress, flushes and exits cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_request_in_flight_and_keeps_it() {
    let dir = temp_dir();
    let mut server = Server::start(Some(dir.path()), &[]);
    let f = Fixture::new("uploaded during shutdown");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    let mut ciphertext = f.ciphertext.clone();
    ciphertext.resize(valid_len(1 << 20), 0); // opaque to the server; only the size matters here
    let (ctype, body) = form(&meta, &ciphertext);
    let mut stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
    let head = format!(
        "POST /api/v1/secrets HTTP/1.1\r\nhost: {}\r\ncontent-type: {ctype}\r\ncontent-length: {}\r\n\r\n",
        server.addr,
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body[..body.len() / 2]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let waiter = std::thread::spawn(move || {
        let status = server.terminate();
        (status, server)
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream.write_all(&body[body.len() / 2..]).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let (status, server) = waiter.join().unwrap();
    assert!(status.success(), "clean exit: {status:?}\n{}", server.output());
    assert!(server.output().contains("shutting down"));

    let server = Server::start(Some(dir.path()), &[]);
    assert_eq!(http_peek(&http(), &server, &f.id).await.status(), StatusCode::OK);
}

/// SIGINT (Ctrl-C) stops the server as cleanly as SIGTERM: what was acknowledged is there after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_stops_cleanly_and_keeps_what_was_acknowledged() {
    let dir = temp_dir();
    let mut server = Server::start(Some(dir.path()), &[]);
    let f = Fixture::new("created before Ctrl-C");
    assert_eq!(http_create(&http(), &server, &f, TTL).await.status(), StatusCode::CREATED);
    let status = tokio::task::spawn_blocking(move || {
        let status = server.signal("-INT");
        (status, server.output())
    })
    .await
    .unwrap();
    assert!(status.0.success(), "clean exit: {:?}\n{}", status.0, status.1);
    assert!(status.1.contains("shutting down"));

    let server = Server::start(Some(dir.path()), &[]);
    assert_eq!(http_peek(&http(), &server, &f.id).await.status(), StatusCode::OK);
}

/// With logging at TRACE, a whole create/peek/open/receipt/burn session leaves no id, verifier, proof, receipt id or
/// client address in the output.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_at_trace_hold_no_ids_proofs_or_addresses() {
    let dir = temp_dir();
    let client_ip = "203.0.113.77";
    let mut server = Server::start(Some(dir.path()), &[("CINDER_LOG", "trace"), ("CINDER_CLIENT_IP_HEADER", "x-forwarded-for")]);
    let client = reqwest::Client::builder()
        .default_headers([(reqwest::header::HeaderName::from_static("x-forwarded-for"), client_ip.parse().unwrap())].into_iter().collect())
        .build()
        .unwrap();
    let opened = Fixture::with_receipt("opened secret");
    let burned = Fixture::with_receipt("burned secret");
    let expired = Fixture::with_receipt("expired secret");
    for (f, ttl) in [(&opened, TTL), (&burned, TTL), (&expired, 2)] {
        assert_eq!(http_create(&client, &server, f, ttl).await.status(), StatusCode::CREATED);
        assert_eq!(http_peek(&client, &server, &f.id).await.status(), StatusCode::OK);
        assert_eq!(http_open(&client, &server, &f.id, &wrong_proof()).await.unwrap().status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(http_open(&client, &server, &opened.id, &opened.proof).await.unwrap().status(), StatusCode::OK);
    assert_eq!(http_open(&client, &server, &opened.id, &opened.proof).await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(http_burn(&client, &server, &burned.receipt().id, &wrong_proof()).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(http_burn(&client, &server, &burned.receipt().id, &burned.receipt().burn_proof).await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        http_burn(&client, &server, &opened.receipt().id, &opened.receipt().burn_proof).await.unwrap().status(),
        StatusCode::CONFLICT
    );
    tokio::time::sleep(Duration::from_millis(2500)).await; // expiry (2 s) and a sweep, well before the receipt is forgotten (4 s)
    for f in [&opened, &burned, &expired] {
        assert_eq!(http_receipt(&client, &server, &f.receipt().id).await.status(), StatusCode::OK);
    }
    // One request over a socket whose address we know, without the proxy header.
    let mut stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
    let own_addr = stream.local_addr().unwrap().to_string();
    let body = String::from_utf8(json_body(&[("id", &expired.id)])).unwrap();
    let req = format!(
        "POST /api/v1/secrets/peek HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 404"));
    // The background sweeper (once a second) deletes the expired secret by itself.
    let mut swept = false;
    for _ in 0..30 {
        swept = server.output().contains("swept expired records");
        if swept {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(server.terminate().success());

    let logs = server.output();
    assert!(logs.contains("TRACE") && logs.matches("DEBUG").count() > 10, "logging really was at trace:\n{logs}");
    assert!(swept, "the binary's own sweeper deleted the expired secret within 3 s of its expiry:\n{logs}");
    let mut forbidden = vec![client_ip.to_string(), own_addr];
    for f in [&opened, &burned, &expired] {
        let r = f.receipt();
        let rid = shared::envelope::ReceiptId::from_text(&r.id).unwrap();
        let id = shared::envelope::SecretId::from_text(&f.id).unwrap();
        forbidden.extend([f.id.clone(), f.verifier.clone(), f.proof.clone(), r.id.clone(), r.burn_proof.clone(), r.burn_verifier.clone()]);
        let verifier = shared::b64::decode(&f.verifier).unwrap();
        forbidden.extend([shared::b64::encode(&rid.lookup_key()), hex(&rid.lookup_key()), hex(&rid.0), hex(&id.0), hex(&verifier)]);
        // Debug-printed bytes, as storage libraries print keys.
        forbidden.extend([format!("{:?}", id.0), format!("{:?}", rid.0), format!("{:?}", rid.lookup_key()), format!("{verifier:?}")]);
    }
    for needle in forbidden {
        assert!(!logs.contains(&needle), "the logs contain `{needle}`:\n{logs}");
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Copying the binary alone somewhere empty and running it serves the whole app, with its data in ./data.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binary_alone_in_an_empty_directory_serves_the_app() {
    let cwd = temp_dir();
    let binary = cwd.path().join("cinder");
    std::fs::copy(env!("CARGO_BIN_EXE_cinder"), &binary).unwrap();
    let server = Server::start_with(&binary, Some(cwd.path()), None, &[]);
    let client = http();
    let page = client.get(server.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(page.headers().contains_key("content-security-policy"));
    let f = Fixture::new("x");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
    assert!(cwd.path().join("data").is_dir(), "the default data directory is ./data");
}

/// The README's configuration table is the one place settings are documented: it lists exactly what `cinder serve --help`
/// explains, flag and environment variable alike.
#[test]
fn readme_configuration_table_matches_help() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder")).args(["serve", "--help"]).output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let in_help: std::collections::BTreeSet<String> =
        help.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| w.starts_with("CINDER_")).map(str::to_owned).collect();
    let readme = include_str!("../../README.md");
    let section = readme.split("## Configuration").nth(1).expect("README has a Configuration section");
    let section = section.split("\n## ").next().unwrap();
    let mut in_readme = std::collections::BTreeSet::new();
    for row in section.lines().filter(|l| l.starts_with("| `CINDER_")) {
        let var = row[3..].split('`').next().unwrap().to_owned();
        let flag = row.split("(`").nth(1).and_then(|r| r.split('`').next()).unwrap_or_else(|| panic!("{var}: no flag in the row"));
        assert!(help.contains(&format!("{flag} <")), "README names {flag} for {var}, which --help lacks:\n{help}");
        in_readme.insert(var);
    }
    assert_eq!(in_readme, in_help, "README's configuration table and --help differ");
}

/// A data directory the server cannot use stops it at startup with the setting and the path named.
#[test]
fn unusable_data_dir_names_the_setting_and_the_path() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let bad = file.path().join("data");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
        .arg("serve")
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_DATA_DIR", &bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("CINDER_DATA_DIR") && stderr.contains(&bad.display().to_string()), "{stderr}");
}

#[test]
fn invalid_settings_stop_the_server_at_startup() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
        .arg("serve")
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_TTL_CHOICES", "1h")
        .env("CINDER_DEFAULT_TTL", "2h")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CINDER_DEFAULT_TTL"));
}

/// An instance file the page could not show as it is stops the server at startup, naming the setting, the file and the field.
#[test]
fn a_bad_instance_file_stops_the_server_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("instance.toml");
    let long = format!("imprint = \"{}\"\n", "x".repeat(601));
    for (text, says) in [
        ("name = \"Example\"\n[gone]\ntlh = \"Sag es uns.\"\n", "gone.tlh: not a language the page speaks (one of id, cs, da,"),
        (long.as_str(), "imprint: 601 characters, at most 600"),
        ("title = \"Example\"\n", "unknown field `title`"),
    ] {
        std::fs::write(&file, text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
            .arg("serve")
            .env("CINDER_LISTEN", "127.0.0.1:0")
            .env("CINDER_DATA_DIR", dir.path().join("data"))
            .env("CINDER_INSTANCE_FILE", &file)
            .output()
            .unwrap();
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        let named = format!("CINDER_INSTANCE_FILE: {}: ", file.display());
        assert!(stderr.contains(&named) && stderr.contains(says), "{text:?}: {stderr}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_requests_are_cut_off() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[("CINDER_REQUEST_TIMEOUT", "1s")]);
    let mut stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
    let head = format!("POST /api/v1/secrets HTTP/1.1\r\nhost: x\r\ncontent-type: multipart/form-data; boundary={BOUNDARY}\r\ncontent-length: 1000\r\n\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut answer)).await.unwrap().unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(started.elapsed() >= Duration::from_millis(900));
}

/// A client that opens a large secret and then stops reading is cut off once its connection's writes stall, instead of
/// holding the connection (and the consumed secret's file) forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_that_stops_reading_is_cut_off() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[("CINDER_REQUEST_TIMEOUT", "5s")]);
    let f = Fixture::new("large");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    let len = valid_len(24 << 20);
    let (ctype, body) = form(&meta, &vec![9u8; len]);
    let created = http().post(server.url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);

    let mut stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
    let body = String::from_utf8(open_body(&f.id, &f.proof, None)).unwrap();
    let req = format!(
        "POST /api/v1/secrets/open HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    // Not reading: the server's writes stall once the socket buffers are full.
    tokio::time::sleep(Duration::from_secs(8)).await;
    let mut received = 0usize;
    let mut buf = vec![0u8; 1 << 16];
    let drained = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received += n,
            }
        }
    })
    .await;
    assert!(drained.is_ok(), "the server closed the connection");
    assert!(received < len, "cut off before the whole secret was sent ({received} of {len} bytes)");
}

/// What hyper itself refuses before any route runs (a garbage request line 400, a huge URI 414, too many headers 431) gets a bare
/// status with an empty body and a closed connection. It cannot carry the security headers (no layer of ours runs), and
/// needs none: there is no content to render, frame or sniff.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protocol_refusals_are_empty_and_close_the_connection() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[]);
    let many_headers: String = (0..200).map(|i| format!("x-h{i}: v\r\n")).collect();
    let cases = [
        ("garbage request line", "HELLO THERE\r\n\r\n".to_owned(), "400"),
        ("huge URI", format!("GET /{} HTTP/1.1\r\nhost: x\r\n\r\n", "a".repeat(64 * 1024)), "414"),
        ("200 headers", format!("GET / HTTP/1.1\r\nhost: x\r\n{many_headers}\r\n"), "431"),
    ];
    for (what, request, status) in cases {
        let mut stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
        let _ = stream.write_all(request.as_bytes()).await; // the server may close before it read everything
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await.expect("connection closed");
        let answer = String::from_utf8_lossy(&answer).to_lowercase();
        assert!(answer.starts_with(&format!("http/1.1 {status} ")), "{what}: {answer}");
        let (head, body) = answer.split_once("\r\n\r\n").expect("a complete head");
        assert!(body.is_empty(), "{what}: a body: {body}");
        assert!(head.contains("content-length: 0") || !head.contains("content-length"), "{what}: {head}");
        assert!(!head.contains("set-cookie"), "{what}: {head}");
    }
}

/// `cinder healthcheck` asks the local server's `/readyz`: 0 while it serves, 1 (with the reason) once it is gone.
#[test]
fn healthcheck_exits_0_while_the_server_is_ready_and_1_when_it_is_not() {
    let dir = temp_dir();
    let mut server = Server::start(Some(dir.path()), &[]);
    let check = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
            .args(["healthcheck", "--listen", &server.addr, "--timeout", "2s"])
            .output()
            .unwrap()
    };
    let ready = check();
    assert_eq!(ready.status.code(), Some(0), "{}", String::from_utf8_lossy(&ready.stderr));
    let addr = server.addr.clone();
    server.kill9();
    let gone = std::process::Command::new(env!("CARGO_BIN_EXE_cinder")).args(["healthcheck", "--listen", &addr]).output().unwrap();
    assert_eq!(gone.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&gone.stderr).contains("not ready"), "{}", String::from_utf8_lossy(&gone.stderr));
}
