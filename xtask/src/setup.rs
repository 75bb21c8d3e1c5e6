//! Installs the toolchain a fresh Debian/Ubuntu machine lacks, one checked step at a time, and nothing that is already there.
//!
//! Versions and pitfalls (measured on the team's build machines, in the team's TOOLCHAIN notes outside this repository): trunk 0.21.14 (0.22 needs a newer rustc), the wasm-bindgen CLI
//! matching Cargo.lock (installed without --locked), wasm-opt from npm binaryen 132 (Debian's breaks the wasm).

use crate::run;
use anyhow::{bail, Context as _, Result};
use std::cell::Cell;
use std::path::Path;
use std::process::{Command, Stdio};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_MAJOR: &str = "132";

/// Puts the tools this repository installs (npm's local bin, cargo's bin) first on PATH for every later command.
pub fn extend_path(root: &Path) {
    let mut paths = vec![root.join("node_modules/.bin")];
    if let Some(home) =
        std::env::var_os("CARGO_HOME").map(Into::into).or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
    {
        paths.push(Path::new(&home).join("bin"));
    }
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::set_var("PATH", std::env::join_paths(paths).expect("PATH entries contain no separator"));
}

struct Step {
    name: &'static str,
    /// Whether the machine already has it.
    present: fn(&Path) -> bool,
    /// How to get it (called only when absent); the hint says how long that takes on a 2-core machine.
    install: fn(&Path, &Apt) -> Result<()>,
    hint: &'static str,
}

/// Runs `apt-get update` at most once per setup, and only if something must come from apt.
struct Apt {
    updated: Cell<bool>,
}

impl Apt {
    fn install(&self, packages: &[&str]) -> Result<()> {
        if !self.updated.get() {
            run("apt-get update", &mut privileged("apt-get", &["update", "-qq"]))?;
            self.updated.set(true);
        }
        let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
        args.extend_from_slice(packages);
        run(&format!("apt-get install {}", packages.join(" ")), privileged("apt-get", &args).env("DEBIAN_FRONTEND", "noninteractive"))
    }
}

fn privileged(program: &str, args: &[&str]) -> Command {
    let is_root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if is_root {
        let mut cmd = Command::new(program);
        cmd.args(args);
        cmd
    } else {
        let mut cmd = Command::new("sudo");
        cmd.arg("-E").arg(program).args(args);
        cmd
    }
}

/// Stdout of a command, or None when it cannot run or fails.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn cargo_install(args: &[&str]) -> Result<()> {
    let mut cmd = Command::new("cargo");
    cmd.arg("install").args(args);
    run(&format!("cargo install {}", args.join(" ")), &mut cmd)
}

/// The wasm-bindgen version Cargo.lock resolved, which the CLI must match exactly.
fn locked_wasm_bindgen(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == r#"name = "wasm-bindgen""# {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")).and_then(|v| v.strip_suffix('"')) {
                return Ok(v.to_owned());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen entry")
}

const STEPS: &[Step] = &[
    Step {
        name: "Rust target wasm32-unknown-unknown",
        present: |_| output("rustup", &["target", "list", "--installed"]).is_some_and(|t| t.lines().any(|l| l == "wasm32-unknown-unknown")),
        install: |_, _| {
            run("rustup target add wasm32-unknown-unknown", Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        },
        hint: "seconds",
    },
    Step {
        name: "Rust component rust-src (the client's std is rebuilt for size)",
        present: |_| {
            output("rustc", &["--print", "sysroot"])
                .is_some_and(|sysroot| Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/std/Cargo.toml").exists())
        },
        install: |_, _| run("rustup component add rust-src", Command::new("rustup").args(["component", "add", "rust-src"])),
        hint: "about 10 s",
    },
    Step {
        name: "clang (ring's C code for wasm32)",
        present: |_| output("clang", &["--version"]).is_some(),
        install: |_, apt| apt.install(&["clang"]),
        hint: "about 10 s",
    },
    Step {
        name: "Chromium + chromedriver (browser tests)",
        present: |_| Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists(),
        install: |_, apt| apt.install(&["chromium", "chromium-driver"]),
        hint: "about 60 s",
    },
    Step {
        name: "Node.js + npm (for wasm-opt and axe-core)",
        present: |_| output("npm", &["--version"]).is_some(),
        install: |_, apt| apt.install(&["nodejs", "npm"]),
        hint: "about 30 s",
    },
    Step {
        name: "npm packages: binaryen 132 (wasm-opt), terser (JS glue), axe-core",
        present: |root| {
            output(&root.join("node_modules/.bin/wasm-opt").to_string_lossy(), &["--version"]).is_some_and(|v| v.contains(BINARYEN_MAJOR))
                && root.join("node_modules/axe-core/axe.min.js").exists()
                && root.join("node_modules/terser/bin/terser").exists()
        },
        install: |root, _| run("npm ci", Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root)),
        hint: "a few seconds",
    },
    Step {
        name: "wasm-bindgen CLI (matching Cargo.lock)",
        present: |root| {
            let want = locked_wasm_bindgen(root).unwrap_or_default();
            output("wasm-bindgen", &["--version"]).is_some_and(|v| v.split_whitespace().nth(1) == Some(want.as_str()))
                && output("wasm-bindgen-test-runner", &["--version"]).is_some()
        },
        // Not --locked: its own lock pins a webpki-roots the registry lacks.
        install: |root, _| cargo_install(&["wasm-bindgen-cli", "--version", &locked_wasm_bindgen(root)?, "--force"]),
        hint: "about 2.5 min",
    },
    Step {
        name: "trunk 0.21.14",
        present: |_| output("trunk", &["--version"]).is_some_and(|v| v.split_whitespace().nth(1) == Some(TRUNK_VERSION)),
        install: |_, _| cargo_install(&["--locked", "trunk", "--version", TRUNK_VERSION, "--force"]),
        hint: "about 10 min, the longest step; only on a fresh machine",
    },
];

/// Checks every step and installs what is missing, with a line of progress per step.
pub fn ensure(root: &Path) -> Result<()> {
    let apt = Apt { updated: Cell::new(false) };
    let total = STEPS.len();
    for (i, step) in STEPS.iter().enumerate() {
        if (step.present)(root) {
            eprintln!("[setup {}/{total}] {}: present", i + 1, step.name);
            continue;
        }
        eprintln!("[setup {}/{total}] {}: missing, installing ({})", i + 1, step.name, step.hint);
        (step.install)(root, &apt).with_context(|| format!("installing {}", step.name))?;
        if !(step.present)(root) {
            bail!("{} still missing after installing it", step.name);
        }
    }
    Ok(())
}
