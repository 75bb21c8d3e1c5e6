//! The order of the real binary's system calls, watched with strace: an answer that acknowledges a create, an open or
//! a burn leaves only after what it acknowledges reached stable storage. `kill -9` tests cannot see a missing sync
//! (the page cache survives them); this test and the power-cut test (`power_cut.rs`) can.

mod common;

use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use common::*;
use reqwest::StatusCode;

/// One durability-relevant system call, in the order the kernel finished (syncs) or started (answers) them.
#[derive(Debug, Clone, PartialEq)]
enum Event {
    /// `fdatasync`/`fsync` of a ciphertext file (its final name or a staging file) returned.
    CiphertextSynced,
    /// `fsync` of the ciphertext folder returned: new names and removals are durable.
    FolderSynced,
    /// `fdatasync` of sled's log returned: the metadata batch is durable.
    LogSynced,
    /// A ciphertext file was unlinked (its name in the folder).
    Unlinked(String),
    /// An HTTP response started to leave (its status).
    Answer(u16),
}

/// The path strace's `-y` prints for the fd argument: `7</tmp/x/data/db>`.
fn fd_path(args: &str) -> Option<&str> {
    let start = args.find('<')? + 1;
    Some(&args[start..start + args[start..].find('>')?])
}

fn classify(call: &str, args: &str, data: &Path) -> Option<Event> {
    let ciphertext = data.join("ciphertext");
    match call {
        "fdatasync" | "fsync" => {
            let path = PathBuf::from(fd_path(args)?);
            if path == data.join("db") {
                Some(Event::LogSynced)
            } else if path == ciphertext {
                Some(Event::FolderSynced)
            } else if path.parent() == Some(&ciphertext) {
                Some(Event::CiphertextSynced)
            } else {
                None
            }
        }
        "unlink" | "unlinkat" => {
            let quoted = args.split('"').nth(1)?;
            let path = Path::new(quoted);
            if path.parent() != Some(&ciphertext) {
                return None;
            }
            Some(Event::Unlinked(path.file_name()?.to_str()?.to_owned()))
        }
        "write" | "writev" | "sendto" | "sendmsg" => {
            let at = args.find("\"HTTP/1.1 ")? + "\"HTTP/1.1 ".len();
            args.get(at..at + 3)?.parse().ok().map(Event::Answer)
        }
        _ => None,
    }
}

/// Events of an `strace -f -y -o` file. A call split by another thread (`<unfinished ...>` … `<... resumed>`) counts
/// where it returned for syncs and where it started for answers; syncs count only if they returned 0.
fn events(trace: &str, data: &Path) -> Vec<Event> {
    let mut pending: HashMap<&str, (&str, &str)> = HashMap::new();
    let mut out = Vec::new();
    for line in trace.lines() {
        let Some((pid, rest)) = line.trim_start().split_once(' ') else { continue };
        let rest = rest.trim_start();
        let (call, args, result) = if let Some(resumed) = rest.strip_prefix("<... ") {
            let Some((call, args)) = pending.remove(pid) else { continue };
            if call.starts_with("write") || call.starts_with("send") {
                continue; // counted where it started
            }
            (call, args, resumed.rsplit_once("= ").map(|(_, r)| r))
        } else {
            let Some((call, args)) = rest.split_once('(') else { continue };
            if args.ends_with("<unfinished ...>") {
                pending.insert(pid, (call, args));
                if call.starts_with("write") || call.starts_with("send") {
                    out.extend(classify(call, args, data));
                }
                continue;
            }
            (call, args, rest.rsplit_once("= ").map(|(_, r)| r))
        };
        let Some(event) = classify(call, args, data) else { continue };
        let succeeded = result.is_some_and(|r| r.trim().starts_with('0') || matches!(event, Event::Answer(_) | Event::Unlinked(_)));
        if succeeded {
            out.push(event);
        }
    }
    out
}

fn hex_name(id: &str) -> String {
    let id = shared::envelope::SecretId::from_text(id).unwrap();
    id.0.iter().map(|b| format!("{b:02x}")).collect()
}

/// Position of the first `want` after `from`.
fn after(window: &[Event], from: usize, want: &Event) -> Option<usize> {
    window[from..].iter().position(|e| e == want).map(|p| p + from)
}

/// Every 201 of a create leaves after its ciphertext, then the folder, then sled's log were synced; every 200 of an
/// open or a burn leaves after the log was synced and the secret's file was unlinked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledgement_waits_for_its_sync() {
    let dir = temp_dir();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let data = data.canonicalize().unwrap();
    let trace = dir.path().join("trace.txt");
    let wrapper = dir.path().join("traced-cinder");
    std::fs::write(
        &wrapper,
        "#!/bin/sh\nexec strace -f -qq -y -s 24 -o \"$TRACE\" \
         -e trace=fdatasync,fsync,write,writev,sendto,sendmsg,unlink,unlinkat \"$CINDER\" serve\n",
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let env = [("TRACE", trace.to_str().unwrap()), ("CINDER", env!("CARGO_BIN_EXE_cinder"))];
    let mut server = Server::start_with(&wrapper, None, Some(&data), &env);
    let client = http();

    // Small ones are written whole under their final name; large ones through a staging file and a hard link.
    let secrets: Vec<Fixture> = (0..6)
        .map(|i| {
            let mut f = Fixture::with_receipt(&format!("traced #{i}"));
            if i % 2 == 1 {
                f.ciphertext.resize(valid_len(300 * 1024), 1);
            }
            f
        })
        .collect();
    let mut expected = Vec::new();
    for f in &secrets {
        assert_eq!(http_create(&client, &server, f, TTL).await.status(), StatusCode::CREATED);
        expected.push(("create", hex_name(&f.id)));
    }
    for f in &secrets[..3] {
        let res = http_open(&client, &server, &f.id, &f.proof).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.bytes().await.unwrap().len(), f.ciphertext.len());
        expected.push(("open", hex_name(&f.id)));
    }
    for f in &secrets[3..] {
        let r = f.receipt();
        assert_eq!(http_burn(&client, &server, &r.id, &r.burn_proof).await.unwrap().status(), StatusCode::OK);
        expected.push(("burn", hex_name(&f.id)));
    }

    // Stop the traced server itself (strace's child), so strace writes out everything and exits.
    let pids = std::process::Command::new("pgrep").args(["-P", &server.pid().to_string()]).output().unwrap();
    let pid = String::from_utf8(pids.stdout).unwrap().trim().to_owned();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    server.wait();

    let trace = std::fs::read_to_string(&trace).unwrap();
    let events = events(&trace, &data);
    let answers: Vec<usize> = events.iter().enumerate().filter(|(_, e)| matches!(e, Event::Answer(_))).map(|(i, _)| i).collect();
    assert_eq!(answers.len(), expected.len(), "one answer per request:\n{events:?}");
    let mut start = 0;
    for (&end, (what, name)) in answers.iter().zip(&expected) {
        let window = &events[start..end];
        match *what {
            "create" => {
                assert_eq!(events[end], Event::Answer(201));
                let ordered = after(window, 0, &Event::CiphertextSynced)
                    .and_then(|d| after(window, d, &Event::FolderSynced))
                    .and_then(|f| after(window, f, &Event::LogSynced));
                assert!(ordered.is_some(), "create {name}: answered before ciphertext, folder and log were synced: {window:?}");
            }
            _ => {
                assert_eq!(events[end], Event::Answer(200));
                let ordered = after(window, 0, &Event::LogSynced).and_then(|l| after(window, l, &Event::Unlinked(name.clone())));
                assert!(ordered.is_some(), "{what} {name}: answered before the log sync and the unlink: {window:?}");
            }
        }
        start = end + 1;
    }
}
