//! Power cuts under the real binary: the data directory lives on a FUSE layer (`powercut`) that drops every write not
//! yet synced, exactly what a disk that honours only explicit flushes could lose. A `kill -9` keeps the page cache and
//! cannot tell a real sync from none; this can.
//!
//! Each cycle: mount, start `cinder`, check everything the previous cycle acknowledged, run mixed load (creates small
//! and over sled's blob threshold, opens, burns through receipts), cut the power (writes in flight are dropped with
//! everything else not yet synced), `kill -9` the server, repeat.
//! `CINDER_POWER_CUT_CYCLES` sets the number of cycles (default 4; the longer run is in README "Tests").

mod common;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::load::{self, Ledger, Load, OnFailure};
use common::*;
use powercut::PowerCut;

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

/// Eight clients; their secrets: every fourth one over sled's ~128 KiB blob threshold (opaque bytes to the server),
/// every other one with a receipt. A worker stops at its first unacknowledged request (the power is gone).
fn power_cut_load(cycle: usize) -> Load {
    let fixture = move |worker: usize, i: usize| {
        let mut f = Fixture::new(&format!("cycle {cycle} worker {worker} #{i}"));
        if i % 4 == 1 {
            f.ciphertext.resize(valid_len(160 * 1024), (i % 251) as u8);
        }
        if i.is_multiple_of(2) {
            f = f.and_receipt();
        }
        f
    };
    Load { workers: 8, fixture: Arc::new(fixture), on_failure: OnFailure::Stop }
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
        // Half of what is live is opened now, half stays for the next cuts.
        tally.checks += load::check(&server, &mut ledger, 2, &format!("cycle {cycle}")).await;
        if cycle == cycles {
            server.terminate();
            fs.unmount().unwrap();
            break;
        }
        let shared = Arc::new(Mutex::new(std::mem::take(&mut ledger)));
        let workers = load::spawn(std::slice::from_ref(&server.base), &power_cut_load(cycle), &shared, &Arc::new(AtomicBool::new(false)));
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
