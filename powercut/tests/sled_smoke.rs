//! sled 0.34 on a power-cut mount.
//!
//! What sled loses: `Db::flush()` makes sled's log durable with `sync_file_range(2)` only
//! (sled-0.34.7 `src/pagecache/iobuf.rs`), which writes dirty pages back but flushes no disk cache
//! and no metadata, and has no FUSE request at all. sled never fsyncs its directory either. So
//! after a power cut *everything* written since the database was created is gone, flushed or not:
//! even the database directory itself, whose entry in its parent was never made durable. (sled
//! does call `sync_all` on its files in a few places, such as snapshots, but that saves no name.)
//! And once its files and directories are durable, whatever a later `flush()` wrote is lost again:
//! the reopened database has exactly the state of the last fsync.
//!
//! (Dropping a `Db` after the cut panics inside sled: its Drop unwraps a failed `sync_all`. The
//! tests leak the handle instead, which is what a power cut does to a process anyway.)
//!
//! With an extra `File::open(f)?.sync_all()` on every file under sled's directory after `flush()`,
//! plus an fsync of each directory (sled's own, `blobs/`, and the parent), the flushed data survives.

mod common;

use std::fs::{self, File};
use std::path::Path;

use common::{fsync_dir, Rig};

const KEYS: u32 = 200;

fn open(path: &Path) -> sled::Db {
    // No background flusher: only the test's explicit flush() writes the log.
    sled::Config::new().path(path).flush_every_ms(None).open().expect("open sled")
}

fn fill(db: &sled::Db) {
    for i in 0..KEYS {
        db.insert(format!("key{i:05}"), format!("value {i}").into_bytes()).unwrap();
    }
    // Over sled's blob threshold (~128 KiB): stored in a file of its own under blobs/.
    db.insert("big", vec![0xAB; 200 * 1024]).unwrap();
    db.flush().unwrap();
}

/// fsync of every file and directory under `dir`, and of `dir` itself.
fn sync_tree(dir: &Path) {
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            sync_tree(&path);
        } else {
            File::open(&path).unwrap().sync_all().unwrap();
        }
    }
    fsync_dir(dir);
}

fn durable_keys(rig: &Rig) -> Option<usize> {
    let _fs = rig.mount();
    let path = rig.path("db");
    if !path.exists() {
        return None;
    }
    let db = open(&path);
    let n = db.iter().count();
    if n > 0 {
        assert_eq!(db.get("key00000").unwrap().unwrap().as_ref(), b"value 0");
        assert_eq!(db.get("big").unwrap().unwrap().len(), 200 * 1024);
    }
    Some(n)
}

#[test]
fn sled_flush_alone_loses_everything_in_a_power_cut() {
    let rig = Rig::new();
    let fs = rig.mount();
    let db = open(&rig.path("db"));
    fill(&db);
    assert_eq!(db.len(), KEYS as usize + 1);
    let stats = fs.cut().unwrap();
    eprintln!("sled after flush(): a cut drops {stats:?}");
    assert!(stats.unsynced_namespace_ops > 0, "sled's names were never made durable");
    // The machine is "off": sled's Drop would fsync and unwrap the ENOTCONN (it panics), so the
    // handle is leaked, as a real power cut would.
    std::mem::forget(db);
    assert_eq!(durable_keys(&rig), None, "the database directory itself is gone");
}

#[test]
fn sled_flush_plus_fsync_of_every_file_and_directory_survives_a_power_cut() {
    let rig = Rig::new();
    let fs = rig.mount();
    let db = open(&rig.path("db"));
    fill(&db);
    sync_tree(&rig.path("db"));
    fsync_dir(rig.mnt.path());
    let stats = fs.cut().unwrap();
    eprintln!("sled after flush() + fsyncs: a cut drops {stats:?}");
    assert_eq!(stats.unsynced_namespace_ops, 0);
    std::mem::forget(db);
    assert_eq!(durable_keys(&rig), Some(KEYS as usize + 1));
}

#[test]
fn sled_reopens_after_a_clean_unmount() {
    let rig = Rig::new();
    let fs = rig.mount();
    let db = open(&rig.path("db"));
    fill(&db);
    drop(db);
    fs.unmount().unwrap();
    assert_eq!(durable_keys(&rig), Some(KEYS as usize + 1));
}

#[test]
fn sled_loses_what_it_flushed_after_the_last_fsync_even_when_its_files_are_durable() {
    let rig = Rig::new();
    let fs = rig.mount();
    let db = open(&rig.path("db"));
    fill(&db);
    sync_tree(&rig.path("db"));
    fsync_dir(rig.mnt.path());
    for i in 0..KEYS {
        db.insert(format!("later{i:05}"), b"flushed with sync_file_range only".to_vec()).unwrap();
    }
    db.flush().unwrap();
    let stats = fs.cut().unwrap();
    eprintln!("sled, second flush() without fsync: a cut drops {stats:?}");
    assert!(stats.unsynced_bytes > 0);
    std::mem::forget(db);
    let _fs = rig.mount();
    let db = open(&rig.path("db"));
    assert_eq!(db.len(), KEYS as usize + 1, "the fsync'd keys only");
    assert!(db.get("later00000").unwrap().is_none());
}
