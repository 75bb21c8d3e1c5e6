//! The command line with a person at a terminal: each command runs under a real pseudo-terminal (util-linux's
//! `script`), and the test types as a person would, waiting for each prompt. Passphrases are asked twice when sending
//! and never echoed; `open` asks before it burns the secret and gives another try after a wrong passphrase; a large
//! file shows its progress.

mod common;

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// `cinder ARGS` on a pseudo-terminal, and what it has shown so far (stdout and stderr as the terminal shows them).
struct Terminal {
    child: Child,
    input: ChildStdin,
    screen: Arc<Mutex<String>>,
}

impl Terminal {
    fn run(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Terminal {
        let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_cinder"))
            .chain(args.iter().copied())
            .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
            .collect();
        let mut child = Command::new("script")
            .args(["-qefc", &quoted.join(" "), "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("TERM", "dumb")
            .envs(env.iter().copied())
            .current_dir(home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("script from util-linux");
        let input = child.stdin.take().unwrap();
        let mut output = child.stdout.take().unwrap();
        let screen = Arc::new(Mutex::new(String::new()));
        let shown = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = output.read(&mut buf) {
                if n == 0 {
                    break;
                }
                shown.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Terminal { child, input, screen }
    }

    fn screen(&self) -> String {
        self.screen.lock().unwrap().clone()
    }

    /// Waits until the screen shows `text` (after `from` bytes), then returns where it ends.
    fn expect(&self, text: &str, from: usize) -> usize {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if let Some(at) = screen.get(from..).and_then(|s| s.find(text)) {
                return from + at + text.len();
            }
            assert!(Instant::now() < deadline, "the terminal never showed {text:?}; it shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for a passphrase prompt and then for the terminal to stop echoing. The prompt is written a moment before
    /// echo goes off (rpassword prints, then sets the terminal), and a test types far faster than a person: typed into
    /// that moment, the passphrase would be echoed by the terminal itself, not by `cinder`.
    fn expect_hidden_prompt(&self, text: &str, from: usize) -> usize {
        let at = self.expect(text, from);
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.echo_is_off() {
            assert!(Instant::now() < deadline, "the terminal kept echoing after {text:?}:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(10));
        }
        at
    }

    /// Whether the pseudo-terminal `cinder` runs on has echo off, as `stty` reads it.
    fn echo_is_off(&self) -> bool {
        let Some(cinder) = child_of(self.child.id()) else { return false };
        let Ok(tty) = std::fs::read_link(format!("/proc/{cinder}/fd/0")) else { return false };
        let Ok(out) = Command::new("stty").arg("-F").arg(&tty).arg("-a").output() else { return false };
        String::from_utf8_lossy(&out.stdout).split_whitespace().any(|flag| flag == "-echo")
    }

    fn type_text(&mut self, text: &str) {
        self.input.write_all(text.as_bytes()).unwrap();
        self.input.flush().unwrap();
    }

    /// Waits for the command to end: its exit code and the whole screen.
    fn finish(mut self) -> (i32, String) {
        let status = self.child.wait().unwrap();
        std::thread::sleep(Duration::from_millis(100));
        (status.code().unwrap_or(-1), self.screen())
    }
}

/// A child process of `parent` (what `script` runs on the pseudo-terminal), found by the parent field of /proc/*/stat.
fn child_of(parent: u32) -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|entry| {
        let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
        let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
        // The command name is in parentheses and may hold spaces; the state and the parent follow the last ')'.
        let ppid: u32 = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
        (ppid == parent).then_some(pid)
    })
}

fn link_on(screen: &str, base: &str) -> String {
    let start = screen.find(&format!("{base}/s#")).expect("a share link on the screen");
    screen[start..].split_whitespace().next().unwrap().to_owned()
}

#[test]
fn a_typed_passphrase_is_asked_twice_never_shown_and_opens_after_a_wrong_try() {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[]);
    let home = temp_dir();

    let mut send = Terminal::run(home.path(), &["send", "--server", &server.base, "--passphrase"], &[]);
    let at = send.expect("Type the secret", 0);
    send.type_text("typed at a terminal\n\u{4}");
    let at = send.expect_hidden_prompt("Passphrase for the secret: ", at);
    send.type_text("first-try-typo\n");
    let at = send.expect_hidden_prompt("Same passphrase again: ", at);
    send.type_text("different-typo\n");
    let at = send.expect("did not match", at);
    let at = send.expect_hidden_prompt("Passphrase for the secret: ", at);
    send.type_text("tty-pass-phrase\n");
    send.expect_hidden_prompt("Same passphrase again: ", at);
    send.type_text("tty-pass-phrase\n");
    let (code, screen) = send.finish();
    assert_eq!(code, 0, "{screen}");
    for typed in ["first-try-typo", "different-typo", "tty-pass-phrase"] {
        assert!(!screen.contains(typed), "a typed passphrase was shown: {screen}");
    }
    let link = link_on(&screen, &server.base);

    let mut open = Terminal::run(home.path(), &["open", &link], &[]);
    let at = open.expect("It opens only once. [y/N] ", 0);
    open.type_text("y\n");
    let at = open.expect_hidden_prompt("Passphrase: ", at);
    open.type_text("wrong-pass-phrase\n");
    let at = open.expect("4 attempt(s) left", at);
    open.expect_hidden_prompt("Passphrase: ", at);
    open.type_text("tty-pass-phrase\n");
    let (code, screen) = open.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("typed at a terminal"), "{screen}");
    assert!(!screen.contains("wrong-pass-phrase") && !screen.contains("tty-pass-phrase"), "{screen}");
}

#[test]
fn open_asks_first_and_no_leaves_the_secret_waiting() {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[]);
    let home = temp_dir();
    let link = common::cli::send(home.path(), &server.base, &[], b"still there \x1b]0;retitled\x07 after", &[]);

    let mut open = Terminal::run(home.path(), &["open", &link], &[]);
    open.expect("[y/N] ", 0);
    open.type_text("n\n");
    let (code, screen) = open.finish();
    assert_eq!(code, 1, "not confirmed: {screen}");
    assert!(screen.contains("the link still works"), "{screen}");

    // Still there: and on a terminal its control characters are shown escaped, never sent raw.
    let (code, screen) = Terminal::run(home.path(), &["open", "--yes", &link], &[]).finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("still there \\u{1b}]0;retitled\\u{7} after"), "{screen}");
    assert!(!screen.contains('\u{1b}'), "no raw escape reached the terminal: {screen:?}");
}

#[test]
fn a_large_file_shows_its_progress_on_the_terminal() {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[]);
    let home = temp_dir();
    let big: Vec<u8> = (0..6_000_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    std::fs::write(home.path().join("big.bin"), &big).unwrap();
    // A dumb terminal gets no bar (it could not redraw one in place); a usual one does.
    let xterm = [("TERM", "xterm")];
    let (code, screen) = Terminal::run(home.path(), &["send", "--server", &server.base, "big.bin"], &xterm).finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("uploading"), "a progress line while uploading: {screen}");
    let link = link_on(&screen, &server.base);
    let (code, screen) = Terminal::run(home.path(), &["open", "--yes", "-o", "got", &link], &xterm).finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("downloading"), "a progress line while downloading: {screen}");
    assert_eq!(std::fs::read(home.path().join("got/big.bin")).unwrap(), big);
}

#[test]
fn binary_bytes_never_go_to_a_terminal_and_are_saved_instead() {
    let data = temp_dir();
    let server = Server::start(Some(data.path()), &[]);
    let home = temp_dir();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 9) as u8).collect();
    std::fs::write(home.path().join("blob.bin"), &binary).unwrap();
    let link = common::cli::send(home.path(), &server.base, &["blob.bin"], b"", &[]);
    let (code, screen) = Terminal::run(home.path(), &["open", "--yes", "-o", "-", &link], &[]).finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Not written to stdout"), "{screen}");
    assert_eq!(std::fs::read(home.path().join("blob (1).bin")).unwrap(), binary, "saved beside the original instead");
}
