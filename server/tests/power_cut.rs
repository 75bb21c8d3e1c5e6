//! Power cuts under the real binary: the data directory lives on a FUSE layer (`powercut`) that drops every write not
//! yet synced, exactly what a disk that honours only explicit flushes could lose. A `kill -9` keeps the page cache and
//! cannot tell a real sync from none; this can.
//!
//! Each cycle: mount, start `cinder`, check everything the previous cycle acknowledged, run mixed load (creates small
//! and over sled's blob threshold, opens, burns through receipts), cut the power (writes in flight are dropped with
//! everything else not yet synced), `kill -9` the server, repeat.
//! `CINDER_POWER_CUT_CYCLES` sets the number of cycles (default 4; the longer run is in README "Tests").

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use powercut::PowerCut;
use reqwest::StatusCode;

/// What the clients were told, which a power cut must not undo.
#[derive(Default)]
struct Ledger {
    /// Acknowledged creates no open or burn was sent for: id → secret.
    live: HashMap<String, Kept>,
    /// Acknowledged opens and burns.
    gone: Vec<Gone>,
    /// Opens and burns sent but not answered (the cut came first): either outcome is right.
    in_doubt: usize,
}

/// An id, its proof, and its receipt id with the state the receipt must show.
type Gone = (String, String, Option<(String, &'static str)>);

#[derive(Clone)]
struct Kept {
    proof: String,
    ciphertext: Vec<u8>,
    receipt: Option<(String, String)>,
}

#[derive(Default)]
struct Tally {
    /// Checks made after cuts (a secret is checked again after every later cut while it is in the ledger).
    checks: usize,
    unsynced_bytes_dropped: u64,
    unsynced_namespace_ops_dropped: u64,
}

fn cycles() -> usize {
    std::env::var("CINDER_POWER_CUT_CYCLES").ok().map_or(4, |v| v.parse().expect("CINDER_POWER_CUT_CYCLES is a number"))
}

/// A secret as a client sends it: every fourth one over sled's ~128 KiB blob threshold (opaque bytes to the server),
/// every other one with a receipt.
fn fixture(cycle: usize, worker: usize, i: usize) -> Fixture {
    let mut f = Fixture::new(&format!("cycle {cycle} worker {worker} #{i}"));
    if i % 4 == 1 {
        f.ciphertext.resize(valid_len(160 * 1024), (i % 251) as u8);
    }
    if i.is_multiple_of(2) {
        f = f.and_receipt();
    }
    f
}

/// Mixed load until the server dies: each worker creates, and every other turn opens or burns a secret it created.
async fn load(server: &Server, cycle: usize, ledger: Arc<Mutex<Ledger>>) -> Vec<tokio::task::JoinHandle<()>> {
    (0..8)
        .map(|w| {
            let (client, ledger, base) = (http(), ledger.clone(), server.base.clone());
            tokio::spawn(async move {
                let url = |p: &str| format!("{base}{p}");
                let mut mine: Vec<String> = Vec::new();
                for i in 0usize.. {
                    let f = fixture(cycle, w, i);
                    let (ctype, body) = f.form(TTL);
                    let Ok(res) = client.post(url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await else {
                        return;
                    };
                    if res.status() != StatusCode::CREATED {
                        return; // the process is dying (a half-written answer); nothing was acknowledged
                    }
                    let receipt = f.receipt.as_ref().map(|r| (r.id.clone(), r.burn_proof.clone()));
                    let kept = Kept { proof: f.proof.clone(), ciphertext: f.ciphertext.clone(), receipt };
                    ledger.lock().unwrap().live.insert(f.id.clone(), kept);
                    mine.push(f.id.clone());
                    if i % 2 == 1 {
                        continue;
                    }
                    let victim = mine.remove(mine.len() / 2);
                    let Some(kept) = ({
                        let mut l = ledger.lock().unwrap();
                        l.live.remove(&victim).inspect(|_| l.in_doubt += 1)
                    }) else {
                        continue;
                    };
                    let (res, expect) = match (&kept.receipt, i % 4) {
                        (Some((rid, burn)), 0) => {
                            (post(&client, &base, "/api/v1/receipts/burn", json_body(&[("receipt", rid), ("proof", burn)])).await, "burned")
                        }
                        _ => (post(&client, &base, "/api/v1/secrets/open", open_body(&victim, &kept.proof, None)).await, "opened"),
                    };
                    let Ok(res) = res else { return };
                    if res.status() != StatusCode::OK {
                        return;
                    }
                    if expect == "opened" {
                        // The ciphertext streams after the commit: only a complete, equal body counts as delivered.
                        match res.bytes().await {
                            Ok(bytes) if bytes[..] == kept.ciphertext[..] => {}
                            Ok(bytes) if bytes.len() == kept.ciphertext.len() => panic!("an open returned other bytes"),
                            _ => return,
                        }
                    }
                    let mut l = ledger.lock().unwrap();
                    l.in_doubt -= 1;
                    l.gone.push((victim, kept.proof, kept.receipt.map(|(rid, _)| (rid, expect))));
                }
            })
        })
        .collect()
}

async fn post(client: &reqwest::Client, base: &str, path: &str, body: Vec<u8>) -> reqwest::Result<reqwest::Response> {
    client.post(format!("{base}{path}")).header("content-type", "application/json").body(body).send().await
}

/// After the restart: every acknowledged create is there with its bytes (half of them are opened now, half stay for the
/// next cuts); no acknowledged open or burn is back, and receipts say what happened.
async fn check(server: &Server, ledger: &mut Ledger, tally: &mut Tally, cycle: usize) {
    let client = http();
    for (n, (id, proof, receipt)) in ledger.gone.iter().enumerate() {
        let peek = http_peek(&client, server, id).await;
        assert_eq!(peek.status(), StatusCode::NOT_FOUND, "cycle {cycle}: an acknowledged open or burn came back");
        if n % 8 == 0 {
            let open = http_open(&client, server, id, proof).await.unwrap();
            assert_eq!(open.status(), StatusCode::NOT_FOUND, "cycle {cycle}: an acknowledged open or burn opened again");
        }
        if let Some((rid, state)) = receipt {
            let res = http_receipt(&client, server, rid).await;
            assert_eq!(res.status(), StatusCode::OK, "cycle {cycle}: the receipt of an acknowledged {state} secret was lost");
            let json: serde_json::Value = res.json().await.unwrap();
            assert_eq!(json["state"], *state, "cycle {cycle}: a receipt forgot what happened");
        }
        tally.checks += 1;
    }
    let mut ids: Vec<String> = ledger.live.keys().cloned().collect();
    ids.sort();
    for (n, id) in ids.iter().enumerate() {
        let kept = ledger.live[id].clone();
        let peek = http_peek(&client, server, id).await;
        assert_eq!(peek.status(), StatusCode::OK, "cycle {cycle}: an acknowledged create was lost");
        if let Some((rid, _)) = &kept.receipt {
            let res = http_receipt(&client, server, rid).await;
            assert_eq!(res.json::<serde_json::Value>().await.unwrap()["state"], "waiting", "cycle {cycle}");
        }
        tally.checks += 1;
        if n % 2 == 0 {
            let open = http_open(&client, server, id, &kept.proof).await.unwrap();
            assert_eq!(open.status(), StatusCode::OK, "cycle {cycle}: an acknowledged create does not open");
            assert!(open.bytes().await.unwrap()[..] == kept.ciphertext[..], "cycle {cycle}: a ciphertext changed across the cut");
            ledger.live.remove(id);
            ledger.gone.push((id.clone(), kept.proof, kept.receipt.map(|(rid, _)| (rid, "opened"))));
        }
    }
    ledger.in_doubt = 0;
}

fn start(data: &Path, cycle: usize) -> Server {
    let server = Server::start(Some(data), &[("CINDER_LOG", "info")]);
    std::thread::sleep(Duration::from_millis(100));
    let out = server.output();
    assert!(out.contains("store opened"), "cycle {cycle}: the store did not open cleanly:\n{out}");
    assert!(!out.contains("ERROR"), "cycle {cycle}: the store complained:\n{out}");
    server
}

/// The promise a 201 or a 200 makes holds across power cuts: nothing acknowledged is lost, nothing opened or burned
/// comes back, and the store opens cleanly every time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_power_cuts() {
    let (backing, mnt) = (temp_dir(), temp_dir());
    let data = mnt.path().join("data");
    let mut ledger = Ledger::default();
    let mut tally = Tally::default();
    let cycles = cycles();
    for cycle in 0..=cycles {
        let fs = PowerCut::mount(backing.path(), mnt.path()).expect("mount the power-cut layer (needs root and /dev/fuse)");
        let mut server = start(&data, cycle);
        check(&server, &mut ledger, &mut tally, cycle).await;
        if cycle == cycles {
            server.terminate();
            fs.unmount().unwrap();
            break;
        }
        let shared = Arc::new(Mutex::new(std::mem::take(&mut ledger)));
        let workers = load(&server, cycle, shared.clone()).await;
        tokio::time::sleep(Duration::from_millis(1200)).await;
        // The power goes first, with writes in flight; the process dies with it.
        let stats = fs.cut().unwrap();
        server.kill9();
        for w in workers {
            w.await.unwrap();
        }
        tally.unsynced_bytes_dropped += stats.unsynced_bytes;
        tally.unsynced_namespace_ops_dropped += stats.unsynced_namespace_ops;
        ledger = std::mem::take(&mut *shared.lock().unwrap());
        assert!(!ledger.live.is_empty() && !ledger.gone.is_empty(), "cycle {cycle}: the load was real");
    }
    // Reported with --nocapture (README "Tests" gives the long run).
    eprintln!(
        "power cuts: {cycles} cycles; {} acknowledged creates, {} of them opened or burned (acknowledged), {} checks \
         after cuts; {} unsynced bytes and {} unsynced directory changes dropped; none lost, none back",
        ledger.gone.len() + ledger.live.len(),
        ledger.gone.len(),
        tally.checks,
        tally.unsynced_bytes_dropped,
        tally.unsynced_namespace_ops_dropped
    );
    assert!(tally.checks > 0);
}
