//! Running `cinder`'s client commands as a script would: a clean environment, a fresh HOME the test can inspect, stdin
//! given, stdout and stderr kept apart. Shared by the command-line tests.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `cinder ARGS` with `stdin`, a clean environment (plus `env`) and `home` as HOME and working directory.
pub fn cinder(home: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    cinder_at(Path::new(env!("CARGO_BIN_EXE_cinder")), home, args, stdin, env)
}

/// [`cinder`] with another build of the binary (the static one).
pub fn cinder_at(binary: &Path, home: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(binary)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .envs(env.iter().copied())
        .current_dir(home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().expect("exited")
}

/// `cinder send --server BASE ARGS` from a script: the link (its one line of stdout).
pub fn send(home: &Path, base: &str, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> String {
    let mut all = vec!["send", "--server", base];
    all.extend_from_slice(args);
    let out = cinder(home, &all, stdin, env);
    assert_eq!(code(&out), 0, "send failed: {}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "stdout is the link alone: {text:?}");
    text.trim_end().to_owned()
}
