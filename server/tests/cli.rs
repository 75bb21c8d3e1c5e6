//! The command line as a script or a person at a terminal uses it, against the real server binary on a free port:
//! `cinder send` prints only the link, `cinder open` prints the text once and saves files without overwriting, the
//! passphrase comes from a file or the environment (never argv), receipts tell and burn, and every failure has its
//! documented exit code. No terminal here, so nothing prompts (the prompts are for people; scripts pass `--yes`).

mod common;

use std::path::Path;

use common::cli::*;
use common::*;

fn server() -> (tempfile::TempDir, Server) {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[("CINDER_TTL_CHOICES", "5m,1h,7d"), ("CINDER_DEFAULT_TTL", "1h")]);
    (data, server)
}

#[test]
fn a_piped_secret_opens_once_from_the_link_send_printed() {
    let (_data, server) = server();
    let home = temp_dir();
    let link = send(home.path(), &server.base, &[], b"db password: hunter2\n", &[]);
    assert!(link.starts_with(&format!("{}/s#", server.base)), "{link}");

    let out = cinder(home.path(), &["open", "--yes", &link], b"", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "db password: hunter2\n", "the exact text, nothing around it");

    let again = cinder(home.path(), &["open", "--yes", &link], b"", &[]);
    assert_eq!(code(&again), 4, "gone: {}", stderr(&again));
    assert!(stderr(&again).contains("gone"), "{}", stderr(&again));
    assert!(stdout(&again).is_empty());

    // The link can come on stdin instead of argv (out of /proc/*/cmdline).
    let link = send(home.path(), &server.base, &[], b"via stdin", &[]);
    let out = cinder(home.path(), &["open", "--yes", "-"], format!("{link}\n").as_bytes(), &[]);
    assert_eq!(stdout(&out), "via stdin");

    let written: Vec<_> = walk(home.path());
    assert!(written.is_empty(), "send and open wrote nothing of their own: {written:?}");
}

#[test]
fn files_and_text_arrive_byte_for_byte_and_nothing_is_overwritten() {
    let (_data, server) = server();
    let home = temp_dir();
    let binary: Vec<u8> = (0..70_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(home.path().join("key.bin"), &binary).unwrap();
    std::fs::write(home.path().join("résumé ünïcode.txt"), "ça va ✓\n").unwrap();
    let link = send(home.path(), &server.base, &["key.bin", "résumé ünïcode.txt"], b"two files attached", &[]);

    let out_dir = home.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(out_dir.join("key.bin"), b"already here").unwrap();
    let out = cinder(home.path(), &["open", "--yes", "-o", "out", &link], b"", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "two files attached");
    assert_eq!(std::fs::read(out_dir.join("key.bin")).unwrap(), b"already here", "never overwritten without --force");
    assert_eq!(std::fs::read(out_dir.join("key (1).bin")).unwrap(), binary, "saved under a fresh name instead");
    assert_eq!(std::fs::read_to_string(out_dir.join("résumé ünïcode.txt")).unwrap(), "ça va ✓\n");
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(out_dir.join("key (1).bin")).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "saved files are the owner's alone: {mode:o}");
    assert!(stderr(&out).contains("key (1).bin"), "{}", stderr(&out));

    // --force overwrites; a single binary file is not printed to stdout unless asked with -o -.
    let link = send(home.path(), &server.base, &["key.bin"], b"", &[]);
    let out = cinder(home.path(), &["open", "--yes", "--force", "-o", "out", &link], b"", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(std::fs::read(out_dir.join("key.bin")).unwrap(), binary);
    let link = send(home.path(), &server.base, &["key.bin"], b"", &[]);
    let out = cinder(home.path(), &["open", "--yes", "-o", "-", &link], b"", &[]);
    assert_eq!(out.stdout, binary, "-o - pipes the one file's bytes");

    // Bytes that are not text on stdin travel as a file, whole.
    let link = send(home.path(), &server.base, &[], &binary, &[]);
    let out = cinder(home.path(), &["open", "--yes", "--json", "-o", "in", &link], b"", &[]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"][0]["name"], "stdin");
    assert_eq!(std::fs::read(home.path().join("in/stdin")).unwrap(), binary);
}

#[test]
fn a_wrong_passphrase_says_how_many_attempts_are_left_and_the_right_one_opens() {
    let (_data, server) = server();
    let home = temp_dir();
    std::fs::write(home.path().join("pass"), "correct horse\n").unwrap();
    let link = send(home.path(), &server.base, &["--passphrase-file", "pass"], b"behind a passphrase", &[]);

    let script = cinder(home.path(), &["open", "--yes", &link], b"", &[]);
    assert_eq!(code(&script), 2, "no passphrase and no terminal: a usage error before anything is spent");
    assert!(stderr(&script).contains("passphrase"), "{}", stderr(&script));

    let wrong = cinder(home.path(), &["open", "--yes", &link], b"", &[("CINDER_PASSPHRASE", "wrong horse")]);
    assert_eq!(code(&wrong), 5, "{}", stderr(&wrong));
    assert!(stderr(&wrong).contains("4 attempt(s) left"), "{}", stderr(&wrong));

    let right = cinder(home.path(), &["open", "--yes", "--passphrase-file", "pass", &link], b"", &[]);
    assert_eq!(code(&right), 0, "{}", stderr(&right));
    assert_eq!(stdout(&right), "behind a passphrase");
}

#[test]
fn json_output_carries_the_links_and_a_generated_passphrase() {
    let (_data, server) = server();
    let home = temp_dir();
    let out = cinder(
        home.path(),
        &["send", "--server", &server.base, "--json", "--receipt", "--generate-passphrase", "--expires", "5m"],
        b"for a script",
        &[],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sent: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let passphrase = sent["passphrase"].as_str().unwrap();
    assert_eq!(passphrase.len(), 20);
    let expires = sent["expires_at"].as_u64().unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert!((now + 290..=now + 310).contains(&expires), "5 minutes: {expires} vs {now}");
    // The webhooks' name for this secret, which anyone with the link can compute.
    let link = shared::envelope::LinkSecret::from_fragment(sent["link"].as_str().unwrap().split_once('#').unwrap().1).unwrap();
    assert_eq!(sent["fingerprint"], link.id().fingerprint());

    let receipt = sent["receipt"].as_str().unwrap();
    let status = cinder(home.path(), &["status", "--json", receipt], b"", &[]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&status.stdout).unwrap()["state"], "waiting");

    let out = cinder(home.path(), &["open", "--yes", "--json", sent["link"].as_str().unwrap()], b"", &[("CINDER_PASSPHRASE", passphrase)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let opened: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(opened["text"], "for a script");

    let status = cinder(home.path(), &["status", receipt], b"", &[]);
    assert!(stdout(&status).starts_with("opened "), "{}", stdout(&status));
}

/// `cinder send --receipt`: the share link (stdout, alone) and the receipt link (stderr).
fn send_with_receipt(home: &Path, server: &Server, text: &[u8]) -> (String, String) {
    let out = cinder(home, &["send", "--server", &server.base, "--receipt"], text, &[]);
    assert!(!stdout(&out).contains("/r#"), "stdout holds the share link only");
    let receipt = stderr(&out).split_whitespace().find(|w| w.contains("/r#")).expect("the receipt link on stderr").to_owned();
    (stdout(&out).trim_end().to_owned(), receipt)
}

#[test]
fn status_wait_returns_when_the_secret_is_opened() {
    let (_data, server) = server();
    let home = temp_dir();
    let (link, receipt) = send_with_receipt(home.path(), &server, b"watched from a terminal");
    let dir = home.path().to_owned();
    let started = std::time::Instant::now();
    let watching = std::thread::spawn(move || cinder(&dir, &["status", "--wait", &receipt], b"", &[]));
    std::thread::sleep(std::time::Duration::from_millis(1_500));
    assert!(!watching.is_finished(), "still waiting while nobody opened it");
    let opened = cinder(home.path(), &["open", "--yes", &link], b"", &[]);
    assert_eq!(stdout(&opened), "watched from a terminal");
    let watched = watching.join().unwrap();
    assert_eq!(code(&watched), 0, "{}", stderr(&watched));
    assert!(stdout(&watched).starts_with("opened "), "{}", stdout(&watched));
    assert!(started.elapsed() < std::time::Duration::from_secs(12), "within one turn of 5 s: {:?}", started.elapsed());
}

#[test]
fn a_link_for_three_opens_three_times_and_the_receipt_counts_them() {
    let (_data, server) = server();
    let home = temp_dir();
    let out = cinder(home.path(), &["send", "--server", &server.base, "--receipt", "--views", "3"], b"the team's wifi", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("Opens 3 times"), "{}", stderr(&out));
    let link = stdout(&out).trim_end().to_owned();
    let receipt = stderr(&out).split_whitespace().find(|w| w.contains("/r#")).unwrap().to_owned();
    for left in [2, 1] {
        let opened = cinder(home.path(), &["open", "--yes", &link], b"", &[]);
        assert_eq!(stdout(&opened), "the team's wifi");
        assert!(stderr(&opened).contains(&format!("{left} more time")), "{}", stderr(&opened));
    }
    let status = stdout(&cinder(home.path(), &["status", &receipt], b"", &[]));
    assert!(status.starts_with("waiting: opened 2 of 3 times") && status.contains("1 left"), "{status}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&cinder(home.path(), &["status", "--json", &receipt], b"", &[]))).unwrap();
    assert_eq!((json["views"].clone(), json["views_left"].clone(), json["opens"].as_array().unwrap().len()), (3.into(), 1.into(), 2));
    assert_eq!(stdout(&cinder(home.path(), &["open", "--yes", &link], b"", &[])), "the team's wifi");
    assert_eq!(code(&cinder(home.path(), &["open", "--yes", &link], b"", &[])), 4, "a fourth open finds it gone");
    assert!(stdout(&cinder(home.path(), &["status", &receipt], b"", &[])).starts_with("opened "));
}

#[test]
fn the_opener_burns_the_rest_and_views_out_of_range_are_refused() {
    let (_data, server) = server();
    let home = temp_dir();
    let (link, receipt) = {
        let out = cinder(home.path(), &["send", "--server", &server.base, "--receipt", "--views", "5"], b"read and burn", &[]);
        (stdout(&out).trim_end().to_owned(), stderr(&out).split_whitespace().find(|w| w.contains("/r#")).unwrap().to_owned())
    };
    let opened = cinder(home.path(), &["open", "--yes", "--burn-rest", &link], b"", &[]);
    assert_eq!((code(&opened), stdout(&opened)), (0, "read and burn".to_owned()), "{}", stderr(&opened));
    assert!(stderr(&opened).contains("destroyed"), "{}", stderr(&opened));
    assert_eq!(code(&cinder(home.path(), &["open", "--yes", &link], b"", &[])), 4);
    let status = stdout(&cinder(home.path(), &["status", &receipt], b"", &[]));
    assert!(status.starts_with("burned") && status.contains("opened 1 of 5 times"), "{status}");

    let zero = cinder(home.path(), &["send", "--server", &server.base, "--views", "0"], b"x", &[]);
    assert_eq!(code(&zero), 2, "{}", stderr(&zero));
    let many = cinder(home.path(), &["send", "--server", &server.base, "--views", "101"], b"x", &[]);
    assert_eq!(code(&many), 7, "over the server's maximum: {}", stderr(&many));
    assert!(stderr(&many).contains("at most 100 times"), "{}", stderr(&many));
}

#[test]
fn a_receipt_link_burns_a_waiting_secret_and_then_says_so() {
    let (_data, server) = server();
    let home = temp_dir();
    let (link, receipt) = send_with_receipt(home.path(), &server, b"burn me");

    assert!(stdout(&cinder(home.path(), &["status", &receipt], b"", &[])).starts_with("waiting"));
    let burned = cinder(home.path(), &["burn", "--yes", &receipt], b"", &[]);
    assert_eq!(code(&burned), 0, "{}", stderr(&burned));
    assert!(stdout(&burned).starts_with("burned"));
    assert_eq!(code(&cinder(home.path(), &["open", "--yes", &link], b"", &[])), 4);
    assert_eq!(code(&cinder(home.path(), &["burn", "--yes", &receipt], b"", &[])), 4, "nothing left to burn");
    assert!(stdout(&cinder(home.path(), &["status", &receipt], b"", &[])).starts_with("burned"));
}

#[test]
fn each_failure_has_its_exit_code_and_a_plain_message() {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[("CINDER_MAX_BYTES", "1KiB"), ("CINDER_RATE_LIMIT", "2")]);
    let home = temp_dir();
    let base = server.base.as_str();

    let usage = cinder(home.path(), &["send", "--server", base, "--expires", "2d"], b"x", &[]);
    assert_eq!(code(&usage), 2);
    assert!(stderr(&usage).contains("choose one of 1s, 2s, 1h"), "{}", stderr(&usage));

    let big = cinder(home.path(), &["send", "--server", base], &[b'a'; 2048], &[]);
    assert_eq!(code(&big), 7, "over the size limit: {}", stderr(&big));

    for _ in 0..2 {
        assert_eq!(code(&cinder(home.path(), &["send", "--server", base], b"ok", &[])), 0);
    }
    let limited = cinder(home.path(), &["send", "--server", base], b"one too many", &[]);
    assert_eq!(code(&limited), 7, "rate limited: {}", stderr(&limited));

    let nothing = cinder(home.path(), &["send", "--server", base], b"", &[]);
    assert_eq!(code(&nothing), 2, "{}", stderr(&nothing));

    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let unreachable = cinder(home.path(), &["send", "--server", &format!("http://{dead}")], b"x", &[]);
    assert_eq!(code(&unreachable), 3, "{}", stderr(&unreachable));
    assert!(stderr(&unreachable).contains("unreachable"), "{}", stderr(&unreachable));

    let no_server = cinder(home.path(), &["send"], b"x", &[]);
    assert_eq!(code(&no_server), 2);
    assert!(stderr(&no_server).contains("config.toml"), "{}", stderr(&no_server));

    let not_a_link = cinder(home.path(), &["open", "--yes", "https://example.org/s"], b"", &[]);
    assert_eq!(code(&not_a_link), 2, "{}", stderr(&not_a_link));
    for out in [&usage, &big, &limited, &unreachable, &not_a_link] {
        assert!(stderr(out).starts_with("cinder: "), "one plain line: {}", stderr(out));
        assert!(out.stdout.is_empty(), "nothing on stdout when it fails");
    }
}

#[test]
fn the_server_comes_from_the_config_file_when_not_given() {
    let (_data, server) = server();
    let home = temp_dir();
    let config = home.path().join(".config/cinder");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), format!("server = \"{}\"\n", server.base)).unwrap();
    let out = cinder(home.path(), &["send"], b"configured", &[("CINDER_TOKEN", "creator-token-never-shown")]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with(&server.base));
    assert!(!stdout(&out).contains("creator-token") && !stderr(&out).contains("creator-token"), "the token is never printed");
}

#[test]
fn bare_cinder_prints_help_and_completions_and_man_page_come_from_it() {
    let home = temp_dir();
    let bare = cinder(home.path(), &[], b"", &[]);
    assert_eq!(code(&bare), 2);
    let help = stderr(&bare);
    for command in ["serve", "send", "open", "status", "burn", "completions", "man", "Exit codes"] {
        assert!(help.contains(command), "help names {command}: {help}");
    }
    let bash = cinder(home.path(), &["completions", "bash"], b"", &[]);
    assert_eq!(code(&bash), 0);
    assert!(stdout(&bash).contains("passphrase-file"));
    let man = cinder(home.path(), &["man"], b"", &[]);
    assert!(stdout(&man).starts_with(".ie") || stdout(&man).contains(".TH cinder"), "{}", &stdout(&man)[..200.min(man.stdout.len())]);
}

/// Every file under `dir` (relative paths).
fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path().display().to_string());
        }
    }
    out
}

/// `cinder request` prints a request link; `cinder answer` reads its note and seals a secret to it; the asker's private
/// link says whether the answer came (`status`) and opens it once (`open`), with `--wait` for one not there yet.
#[test]
fn asking_for_a_secret_and_answering_it_from_the_terminal() {
    let (_data, server) = server();
    let home = temp_dir();
    let out = cinder(home.path(), &["request", "--server", &server.base, "--json"], b"the VPN key for the new laptop, please\n", &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let made: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (request, private) = (made["request"].as_str().unwrap().to_owned(), made["private"].as_str().unwrap().to_owned());
    assert!(request.starts_with(&format!("{}/q#", server.base)) && private.starts_with(&format!("{}/a#", server.base)), "{made}");

    let waiting = cinder(home.path(), &["status", &private], b"", &[]);
    assert!(stdout(&waiting).starts_with("waiting: no answer yet"), "{}", stdout(&waiting));
    let early = cinder(home.path(), &["open", "--yes", &private], b"", &[]);
    assert_eq!(code(&early), 1, "{}", stderr(&early));
    assert!(stderr(&early).contains("no answer yet"), "{}", stderr(&early));

    // The asker waits for the answer while it is being given.
    let waiter = {
        let (home, private) = (home.path().to_owned(), private.clone());
        std::thread::spawn(move || cinder(&home, &["open", "--yes", "--wait", "-o", "got", &private], b"", &[]))
    };
    std::fs::write(home.path().join("vpn.conf"), b"[Interface]\nPrivateKey = abc\n").unwrap();
    let answered = cinder(home.path(), &["answer", "--yes", &request, "vpn.conf"], b"here it is", &[]);
    assert_eq!(code(&answered), 0, "{}", stderr(&answered));
    assert!(stderr(&answered).contains("the VPN key for the new laptop, please"), "the answerer sees the note: {}", stderr(&answered));
    let again = cinder(home.path(), &["answer", "--yes", &request], b"a second answer", &[]);
    assert_eq!(code(&again), 4, "{}", stderr(&again));
    assert!(stderr(&again).contains("answered already"), "{}", stderr(&again));

    let opened = waiter.join().unwrap();
    assert_eq!(code(&opened), 0, "{}", stderr(&opened));
    assert_eq!(stdout(&opened), "here it is");
    assert_eq!(std::fs::read(home.path().join("got/vpn.conf")).unwrap(), b"[Interface]\nPrivateKey = abc\n");
    let twice = cinder(home.path(), &["open", "--yes", &private], b"", &[]);
    assert_eq!(code(&twice), 4, "the answer opens once: {}", stderr(&twice));
    assert_eq!(code(&cinder(home.path(), &["status", &private], b"", &[])), 4, "and the request is gone with it");
}

#[test]
fn requests_refuse_what_cannot_work_with_usage_errors() {
    let (_data, server) = server();
    let home = temp_dir();
    let long = vec![b'x'; 1023];
    let out = cinder(home.path(), &["request", "--server", &server.base], &long, &[]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("at most 1022"), "{}", stderr(&out));
    let out = cinder(home.path(), &["request", "--server", &server.base], b"", &[]);
    assert_eq!(code(&out), 0, "a request needs no note: {}", stderr(&out));
    let request = stdout(&out).trim().to_owned();
    assert!(stderr(&out).contains("/a#"), "the private link goes to stderr: {}", stderr(&out));
    let private = stderr(&out).split_whitespace().find(|w| w.contains("/a#")).unwrap().to_owned();
    // Each link where the other belongs is refused before anything is sent.
    assert_eq!(code(&cinder(home.path(), &["answer", "--yes", &private], b"x", &[])), 2);
    assert_eq!(code(&cinder(home.path(), &["open", "--yes", &request], b"", &[])), 2);
    let empty = cinder(home.path(), &["answer", "--yes", &request], b"", &[]);
    assert_eq!(code(&empty), 2, "nothing to send: {}", stderr(&empty));
    assert!(stdout(&cinder(home.path(), &["status", &private], b"", &[])).starts_with("waiting"), "refusals spent nothing");
}
