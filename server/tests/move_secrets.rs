//! `cinder move-secrets` as an operator runs it: the real binary, a real sled directory and a real redis-server.
//! Secrets created through a server on sled (guesses spent, receipts in every state, a 25 MiB one) move to Redis, open
//! there once with the same bytes, and move back to a fresh sled directory; an interrupted move is finished by running
//! it again; a full destination stops the move with a clear message; nothing printed names a secret.

mod common;
mod redis_rig;

use std::process::Command;
use std::time::{Duration, Instant};

use cinder_server::store::redis::{RedisSettings, RedisStore, Target};
use cinder_server::store::{Limits, Listed, Store as _};
use common::*;
use redis_rig::{Mode, Redis};
use reqwest::StatusCode;

/// What one `cinder move-secrets` run did: its exit status, its stderr, and its peak memory (KiB) when
/// `/usr/bin/time` is there to measure it.
struct MoveRun {
    ok: bool,
    stderr: String,
    peak_kib: Option<u64>,
    took: Duration,
}

/// Runs `cinder [flags] move-secrets --to <to>` with the environment `env` (CINDER_DATA_DIR, CINDER_STORE, ...).
fn run_move(env: &[(&str, &str)], to: &str) -> MoveRun {
    let bin = env!("CARGO_BIN_EXE_cinder");
    let timed = std::path::Path::new("/usr/bin/time").exists();
    let mut cmd = if timed {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "peak_rss_kib=%M", bin]);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(["move-secrets", "--to", to]).env_remove("CINDER_DATA_DIR").env_remove("CINDER_STORE").env_remove("RUST_LOG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let started = Instant::now();
    let out = cmd.output().expect("cinder move-secrets runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let peak_kib = stderr.lines().rev().find_map(|l| l.strip_prefix("peak_rss_kib=")).and_then(|v| v.trim().parse().ok());
    eprintln!("move-secrets ({took:?}, peak {peak_kib:?} KiB):\n{stderr}");
    MoveRun { ok: out.status.success(), stderr, peak_kib, took }
}

/// What an operator must never see in the move's output: ids, receipt ids, proofs, gates, verifiers.
fn assert_no_secret_material(output: &str, fixtures: &[&Fixture]) {
    for f in fixtures {
        let mut material = vec![f.id.clone(), f.proof.clone(), f.gate.clone(), f.verifier.clone(), f.gate_verifier.clone()];
        if let Some(r) = &f.receipt {
            material.extend([r.id.clone(), r.burn_proof.clone(), r.burn_verifier.clone()]);
        }
        for m in material {
            assert!(!output.contains(&m), "the output names secret material");
        }
    }
}

async fn status_of_receipt(client: &reqwest::Client, server: &Server, f: &Fixture) -> String {
    let r: serde_json::Value = http_receipt(client, server, &f.receipt().id).await.json().await.unwrap();
    r["state"].as_str().unwrap_or_default().to_owned()
}

/// A wrong passphrase guess from a holder of the link: the attempts left it answers.
async fn wrong_guess(client: &reqwest::Client, server: &Server, f: &Fixture) -> u64 {
    let res = http_post(client, server, "/api/v1/secrets/open", open_body(&f.id, &wrong_proof(), Some(&f.gate))).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    res.json::<serde_json::Value>().await.unwrap()["attempts_left"].as_u64().expect("a counted guess")
}

/// Opens `f` (with its gate, as a browser does): the bytes, then a second open must find it gone.
async fn open_once(client: &reqwest::Client, server: &Server, f: &Fixture) -> Vec<u8> {
    let body = open_body(&f.id, &f.proof, Some(&f.gate));
    let res = http_post(client, server, "/api/v1/secrets/open", body.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.bytes().await.unwrap().to_vec();
    let again = http_post(client, server, "/api/v1/secrets/open", body).await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "once only");
    bytes
}

/// A 25 MiB ciphertext (as large as the default CINDER_MAX_BYTES allows), in a pattern that shows any reordering.
fn large_fixture() -> Fixture {
    let mut f = Fixture::with_receipt("large");
    f.ciphertext = (0..valid_len(25 << 20)).map(|i| (i % 251) as u8).collect();
    f
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn secrets_moved_to_redis_and_back_open_once_with_the_same_bytes() {
    let client = http();
    let sled_dir = temp_dir();
    let guarded = Fixture::with_passphrase("guarded by a passphrase", "correct horse").and_receipt();
    let waiting = Fixture::with_receipt("waiting for its reader");
    let opened = Fixture::with_receipt("opened before the move");
    let burned = Fixture::with_receipt("burned before the move");
    let plain = Fixture::new("no receipt");
    let large = large_fixture();
    let all = [&guarded, &waiting, &opened, &burned, &plain, &large];

    let mut server = Server::start(Some(sled_dir.path()), &[]);
    for f in all {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    assert_eq!(wrong_guess(&client, &server, &guarded).await, 4);
    assert_eq!(wrong_guess(&client, &server, &guarded).await, 3);
    assert_eq!(open_once(&client, &server, &opened).await, opened.ciphertext);
    let burn = http_burn(&client, &server, &burned.receipt().id, &burned.receipt().burn_proof).await.unwrap();
    assert_eq!(burn.status(), StatusCode::OK);
    assert!(server.terminate().success());

    // To Redis.
    let redis = Redis::start(Mode::Durable);
    let sled_path = sled_dir.path().display().to_string();
    let run = run_move(&[("CINDER_DATA_DIR", &sled_path)], &redis.url());
    assert!(run.ok, "the move succeeds");
    assert!(run.stderr.contains("moved 4 secrets"), "guarded, waiting, plain and large");
    assert!(run.stderr.contains(&format!(
        "({} bytes of ciphertext)",
        all.iter().map(|f| f.ciphertext.len()).sum::<usize>() - opened.ciphertext.len() - burned.ciphertext.len()
    )));
    assert!(run.stderr.contains("and 5 receipts"), "guarded's, waiting's and large's with them, opened's and burned's alone");
    assert_no_secret_material(&run.stderr, &all);
    if let Some(kib) = run.peak_kib {
        eprintln!("peak memory of the move with a 25 MiB secret: {} MiB in {:?}", kib / 1024, run.took);
        // About 35 MiB without it (sled's cache, the runtime): a ciphertext held whole would add 25 MiB at least.
        assert!(kib < 50 << 10, "the 25 MiB ciphertext was streamed, not held: peak {kib} KiB");
    }

    let on_redis: Vec<Server> = (0..2).map(|_| Server::start(None, &[("CINDER_STORE", &redis.url())])).collect();
    let (a, b) = (&on_redis[0], &on_redis[1]);
    assert_eq!(status_of_receipt(&client, a, &guarded).await, "waiting");
    assert_eq!(status_of_receipt(&client, b, &waiting).await, "waiting");
    assert_eq!(status_of_receipt(&client, a, &opened).await, "opened");
    assert_eq!(status_of_receipt(&client, b, &burned).await, "burned");
    assert_eq!(wrong_guess(&client, b, &guarded).await, 2, "the guesses spent on sled stay spent");
    assert_eq!(waiting.decrypt(&open_once(&client, a, &waiting).await), "waiting for its reader");
    assert_eq!(status_of_receipt(&client, b, &waiting).await, "opened");
    let peek: serde_json::Value = http_peek(&client, b, &large.id).await.json().await.unwrap();
    assert_eq!(peek["size"].as_u64(), Some(large.ciphertext.len() as u64));
    let from_sled = Server::start(Some(sled_dir.path()), &[]);
    assert_eq!(http_peek(&client, &from_sled, &plain.id).await.status(), StatusCode::NOT_FOUND, "gone from sled");
    assert_eq!(http_receipt(&client, &from_sled, &opened.receipt().id).await.status(), StatusCode::NOT_FOUND);
    drop(from_sled);
    drop(on_redis);

    // And back, to a fresh sled directory.
    let back_dir = temp_dir();
    let run = run_move(&[("CINDER_STORE", &redis.url())], &format!("sled:{}", back_dir.path().display()));
    assert!(run.ok, "the move back succeeds");
    assert!(run.stderr.contains("moved 3 secrets"), "guarded, plain and large");
    assert!(run.stderr.contains("and 5 receipts"), "guarded's and large's with them, waiting's, opened's and burned's alone");
    assert_no_secret_material(&run.stderr, &all);
    assert_eq!(redis.cli(&["--scan", "--pattern", "*:m"]).trim(), "", "no secret left in Redis");

    let server = Server::start(Some(back_dir.path()), &[]);
    assert_eq!(wrong_guess(&client, &server, &guarded).await, 1, "still counting where Redis left off");
    assert_eq!(guarded.decrypt(&open_once(&client, &server, &guarded).await), "guarded by a passphrase");
    assert_eq!(plain.decrypt(&open_once(&client, &server, &plain).await), "no receipt");
    assert!(open_once(&client, &server, &large).await == large.ciphertext, "25 MiB, byte for byte");
    for (f, state) in [(&guarded, "opened"), (&waiting, "opened"), (&opened, "opened"), (&burned, "burned"), (&large, "opened")] {
        assert_eq!(status_of_receipt(&client, &server, f).await, state);
    }
}

/// SIGKILL in the middle of a move, then the same command again: every secret opens exactly once, at the destination.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_interrupted_move_run_again_moves_every_secret_exactly_once() {
    let client = http();
    let sled_dir = temp_dir();
    let fixtures: Vec<Fixture> = (0..600).map(|i| Fixture::with_receipt(&format!("secret {i}"))).collect();
    let mut server = Server::start(Some(sled_dir.path()), &[]);
    for f in &fixtures {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    assert!(server.terminate().success());

    let redis = Redis::start(Mode::Durable);
    let mut child = Command::new(env!("CARGO_BIN_EXE_cinder"))
        .args(["move-secrets", "--to", &redis.url()])
        .env("CINDER_DATA_DIR", sled_dir.path())
        .env_remove("CINDER_STORE")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed once some, not all, secrets have arrived.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let arrived = redis.cli(&["--scan", "--pattern", "*:mv"]).lines().count();
        if arrived >= 10 || Instant::now() > deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    assert!(!child.wait().unwrap().success(), "killed mid-way");
    let arrived = redis.cli(&["--scan", "--pattern", "*:mv"]).lines().count();
    eprintln!("{arrived} of {} secrets had arrived when the move was killed", fixtures.len());

    // Meanwhile a secret that had arrived is opened at the destination: the rerun must not bring it back.
    let on_redis = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    let mut early = None;
    for f in &fixtures {
        if http_peek(&client, &on_redis, &f.id).await.status() == StatusCode::OK {
            early = Some(f);
            break;
        }
    }
    let early = early.expect("some secret arrived");
    open_once(&client, &on_redis, early).await;

    let sled_path = sled_dir.path().display().to_string();
    let run = run_move(&[("CINDER_DATA_DIR", &sled_path)], &redis.url());
    assert!(run.ok, "the rerun finishes the move");
    assert_no_secret_material(&run.stderr, &fixtures.iter().collect::<Vec<_>>());
    for f in &fixtures {
        if std::ptr::eq(f, early) {
            assert_eq!(http_open(&client, &on_redis, &f.id, &f.proof).await.unwrap().status(), StatusCode::NOT_FOUND);
            continue;
        }
        assert_eq!(f.decrypt(&open_once(&client, &on_redis, f).await), f.text);
    }
    let from_sled = Server::start(Some(sled_dir.path()), &[]);
    for f in fixtures.iter().step_by(7) {
        assert_eq!(http_peek(&client, &from_sled, &f.id).await.status(), StatusCode::NOT_FOUND, "nothing left in the source");
    }
}

/// A destination without room stops the move with a message naming the caps and a failing exit status; what did not
/// fit stays in the source and is served there.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_full_destination_stops_the_move_with_a_clear_message() {
    let client = http();
    let sled_dir = temp_dir();
    let fixtures: Vec<Fixture> = (0..5).map(|i| Fixture::new(&format!("secret {i}"))).collect();
    let mut server = Server::start(Some(sled_dir.path()), &[]);
    for f in &fixtures {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    assert!(server.terminate().success());

    let redis = Redis::start(Mode::Durable);
    let sled_path = sled_dir.path().display().to_string();
    let run = run_move(&[("CINDER_DATA_DIR", &sled_path), ("CINDER_MAX_SECRETS", "2")], &redis.url());
    assert!(!run.ok, "a failing exit status");
    assert!(run.stderr.contains("moved 2 secrets"));
    assert!(run.stderr.contains("the destination is full") && run.stderr.contains("CINDER_MAX_SECRETS"), "the cap is named");
    assert_no_secret_material(&run.stderr, &fixtures.iter().collect::<Vec<_>>());

    let on_redis = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    let from_sled = Server::start(Some(sled_dir.path()), &[]);
    let mut opened_where = [0, 0];
    for f in &fixtures {
        let on_redis_ok = http_open(&client, &on_redis, &f.id, &f.proof).await.unwrap().status() == StatusCode::OK;
        let on_sled_ok = http_open(&client, &from_sled, &f.id, &f.proof).await.unwrap().status() == StatusCode::OK;
        assert!(on_redis_ok ^ on_sled_ok, "each secret opens in exactly one store");
        opened_where[usize::from(on_sled_ok)] += 1;
    }
    assert_eq!(opened_where, [2, 3], "two moved, three stayed in the source and open there");
}

/// A server still running on a Redis source while a move is caught half-way: the marked secret answers 503 (the
/// browser keeps its link), spends no guess and cannot be burned; the rerun moves it, and it opens at the destination.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_secret_caught_in_a_move_answers_503_until_the_move_is_finished() {
    let client = http();
    let redis = Redis::start(Mode::Durable);
    let on_redis = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    let f = Fixture::with_passphrase("caught in a move", "hunter2").and_receipt();
    assert_eq!(http_create(&client, &on_redis, &f, TTL).await.status(), StatusCode::CREATED);

    // The first step of a move, as an interrupted `move-secrets` leaves it.
    let settings =
        RedisSettings { target: Target::Single(redis.url()), prefix: "cinder".into(), allow_ram_only: false, wait: None, limit_key: None };
    let store = RedisStore::open(&settings, Limits { max_secrets: 100, max_bytes: 1 << 30 }).await.unwrap();
    let id = shared::envelope::SecretId::from_text(&f.id).unwrap();
    assert!(store.begin_move(Listed::Secret(id), cinder_server::store::now_ms()).await.unwrap().is_some());

    let open = http_post(&client, &on_redis, "/api/v1/secrets/open", open_body(&f.id, &f.proof, Some(&f.gate))).await.unwrap();
    assert_eq!(open.status(), StatusCode::SERVICE_UNAVAILABLE, "the right proof opens nothing while it moves");
    assert_eq!(open.json::<serde_json::Value>().await.unwrap()["error"], "unavailable");
    let guess = http_post(&client, &on_redis, "/api/v1/secrets/open", open_body(&f.id, &wrong_proof(), Some(&f.gate))).await.unwrap();
    assert_eq!(guess.status(), StatusCode::SERVICE_UNAVAILABLE, "a guess is not counted");
    let burn = http_burn(&client, &on_redis, &f.receipt().id, &f.receipt().burn_proof).await.unwrap();
    assert_eq!(burn.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(http_peek(&client, &on_redis, &f.id).await.status(), StatusCode::OK, "peeking still works");

    let sled_dir = temp_dir();
    let run = run_move(&[("CINDER_STORE", &redis.url())], &format!("sled:{}", sled_dir.path().display()));
    assert!(run.ok && run.stderr.contains("moved 1 secrets"));
    assert_eq!(http_peek(&client, &on_redis, &f.id).await.status(), StatusCode::NOT_FOUND, "gone from Redis");
    drop(on_redis);
    let on_sled = Server::start(Some(sled_dir.path()), &[]);
    assert_eq!(wrong_guess(&client, &on_sled, &f).await, 4, "no guess was spent while it moved");
    assert_eq!(f.decrypt(&open_once(&client, &on_sled, &f).await), "caught in a move");
    assert_eq!(status_of_receipt(&client, &on_sled, &f).await, "opened");
}

/// The same move into a three-primary Redis Cluster: every secret, with its receipt, opens once there.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn secrets_moved_to_a_cluster_open_once_with_the_same_bytes() {
    let client = http();
    let sled_dir = temp_dir();
    let fixtures: Vec<Fixture> = (0..20).map(|i| Fixture::with_receipt(&format!("to the cluster {i}"))).collect();
    let mut server = Server::start(Some(sled_dir.path()), &[]);
    for f in &fixtures {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    assert!(server.terminate().success());

    let cluster = redis_rig::Cluster::start();
    let sled_path = sled_dir.path().display().to_string();
    let run = run_move(&[("CINDER_DATA_DIR", &sled_path)], &cluster.url());
    assert!(run.ok && run.stderr.contains("moved 20 secrets") && run.stderr.contains("and 20 receipts"));
    assert_no_secret_material(&run.stderr, &fixtures.iter().collect::<Vec<_>>());
    let on_cluster = Server::start(None, &[("CINDER_STORE", &cluster.url())]);
    for f in &fixtures {
        assert_eq!(status_of_receipt(&client, &on_cluster, f).await, "waiting");
        assert_eq!(f.decrypt(&open_once(&client, &on_cluster, f).await), f.text);
        assert_eq!(status_of_receipt(&client, &on_cluster, f).await, "opened");
    }
}

/// A move from a data directory a server still serves is refused (sled's lock) with the reason named, and changes
/// nothing: the server goes on serving its secrets.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_move_from_a_directory_a_server_still_serves_is_refused() {
    let client = http();
    let sled_dir = temp_dir();
    let server = Server::start(Some(sled_dir.path()), &[]);
    let f = Fixture::new("still served");
    assert_eq!(http_create(&client, &server, &f, TTL).await.status(), StatusCode::CREATED);
    let redis = Redis::start(Mode::Durable);
    let run = run_move(&[("CINDER_DATA_DIR", &sled_dir.path().display().to_string())], &redis.url());
    assert!(!run.ok, "a failing exit status");
    assert!(run.stderr.contains("stop every server using it before moving") && run.stderr.contains("lock"), "the reason is named");
    assert_eq!(redis.cli(&["--scan", "--pattern", "*:m"]).trim(), "", "nothing moved");
    assert_eq!(f.decrypt(&open_once(&client, &server, &f).await), "still served");
}

/// An id the destination already holds (another secret) is reported and left alone on both sides, with a failing exit
/// status: each store still opens its own secret.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_id_taken_at_the_destination_is_reported_and_never_overwritten() {
    let client = http();
    let sled_dir = temp_dir();
    let mine = Fixture::new("in sled");
    let moving = Fixture::new("moves fine");
    let mut theirs = Fixture::new("already in Redis");
    theirs.id = mine.id.clone();
    let mut server = Server::start(Some(sled_dir.path()), &[]);
    for f in [&mine, &moving] {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
    }
    assert!(server.terminate().success());
    let redis = Redis::start(Mode::Durable);
    let on_redis = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    assert_eq!(http_create(&client, &on_redis, &theirs, TTL).await.status(), StatusCode::CREATED);

    let run = run_move(&[("CINDER_DATA_DIR", &sled_dir.path().display().to_string())], &redis.url());
    assert!(!run.ok, "a failing exit status");
    assert!(run.stderr.contains("moved 1 secrets") && run.stderr.contains("1 records were not moved"), "the conflict is reported");
    assert_no_secret_material(&run.stderr, &[&mine, &moving, &theirs]);
    let open = http_open(&client, &on_redis, &theirs.id, &theirs.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK, "the destination's own secret is untouched");
    assert_eq!(open.bytes().await.unwrap(), theirs.ciphertext);
    assert_eq!(moving.decrypt(&open_once(&client, &on_redis, &moving).await), "moves fine");
    let on_sled = Server::start(Some(sled_dir.path()), &[]);
    assert_eq!(mine.decrypt(&open_once(&client, &on_sled, &mine).await), "in sled", "the source still serves it");
}

/// Requests (and their answers) stay in the source, which the summary says, while the secrets move.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn requests_stay_in_the_source_and_the_summary_says_so() {
    let client = http();
    let sled_dir = temp_dir();
    let secret = Fixture::new("moves");
    let (waiting, answered) = (AskerFixture::new(), AskerFixture::new());
    let mut server = Server::start(Some(sled_dir.path()), &[]);
    assert_eq!(http_create(&client, &server, &secret, TTL).await.status(), StatusCode::CREATED);
    for asker in [&waiting, &answered] {
        let made = http_post(&client, &server, "/api/v1/requests", asker.body("", TTL)).await.unwrap();
        assert_eq!(made.status(), StatusCode::CREATED);
    }
    let res = http_answer(&client, &server, &answered, &answered.key.answer_proof().to_text(), "the answer").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    assert!(server.terminate().success());

    let redis = Redis::start(Mode::Durable);
    let run = run_move(&[("CINDER_DATA_DIR", &sled_dir.path().display().to_string())], &redis.url());
    assert!(run.ok, "the secrets moved: {}", run.stderr);
    assert!(run.stderr.contains("moved 1 secrets"), "{}", run.stderr);
    assert!(run.stderr.contains("still in the source: 1 secrets and 2 receipts or requests"), "{}", run.stderr);
    for needle in [&waiting.id, &answered.id, &answered.fetch_proof()] {
        assert!(!run.stderr.contains(needle.as_str()), "the summary names no request");
    }
    let on_sled = Server::start(Some(sled_dir.path()), &[]);
    let open = http_open(&client, &on_sled, &answered.id, &answered.fetch_proof()).await.unwrap();
    assert_eq!(*answered.secret.open_answer(&open.bytes().await.unwrap()).unwrap().text, "the answer", "served where it was");
}
