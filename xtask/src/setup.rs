//! Installs the toolchain a fresh Debian/Ubuntu machine lacks, one checked step at a time, and nothing that is already there.
//!
//! Versions and pitfalls (measured on fresh machines of the project's kind): trunk 0.21.14 (0.22 needs a newer rustc), the
//! wasm-bindgen CLI matching Cargo.lock (installed without --locked), wasm-opt from npm binaryen 132 (Debian's breaks the
//! wasm), the compiler pinned by `rust-toolchain.toml` (the client build relies on its unstable flags' spelling), and the
//! crates of the client build fetched ahead, since trunk runs cargo `--offline` (Trunk.toml).

use crate::run;
use anyhow::{bail, Context as _, Result};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_MAJOR: &str = "132";
const SCHEMATHESIS_VERSION: &str = "4.32.5";
/// The static binary's target (`cargo xtask static`).
pub const MUSL: &str = "x86_64-unknown-linux-musl";

/// schemathesis in a venv of its own (Debian's Python refuses a global pip install), outside the clone so it outlives
/// a clean checkout.
pub fn schemathesis() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(format!(".local/share/cinder-tools/schemathesis-{SCHEMATHESIS_VERSION}/bin/schemathesis"))
}

/// The cargo home tools are installed into: the user's, even while a CI run points `CARGO_HOME` at an empty one
/// (`TOOLS_HOME` keeps it), so installed tools outlive that run while crates do not.
pub fn tools_home() -> Option<PathBuf> {
    std::env::var_os(TOOLS_HOME)
        .or_else(|| std::env::var_os("CARGO_HOME"))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
}

/// Set by [`fresh_cargo_home`]: the cargo home whose `bin/` holds the installed tools.
const TOOLS_HOME: &str = "CINDER_TOOLS_CARGO_HOME";

/// Puts the tools this repository installs (npm's local bin, cargo's bin) first on PATH for every later command.
pub fn extend_path(root: &Path) {
    let mut paths = vec![root.join("node_modules/.bin")];
    if let Some(home) = tools_home() {
        paths.push(home.join("bin"));
    }
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::set_var("PATH", std::env::join_paths(paths).expect("PATH entries contain no separator"));
}

/// For CI: every later cargo command of this run uses an EMPTY cargo home (registry, git checkouts), so a crate that
/// only an earlier run had downloaded cannot hide a missing fetch step, as one did for std's crates (issue 9).
/// The machine's cargo configuration (registry settings) is carried over; installed tools stay where they are.
pub fn fresh_cargo_home(root: &Path) -> Result<()> {
    let tools = tools_home().context("no HOME or CARGO_HOME to find cargo's tools in")?;
    let fresh = root.join("target/ci-cargo-home");
    if fresh.exists() {
        std::fs::remove_dir_all(&fresh).with_context(|| format!("emptying {}", fresh.display()))?;
    }
    std::fs::create_dir_all(&fresh).with_context(|| format!("creating {}", fresh.display()))?;
    for config in ["config.toml", "config", "credentials.toml"] {
        let from = tools.join(config);
        if from.is_file() {
            std::fs::copy(&from, fresh.join(config)).with_context(|| format!("copying {}", from.display()))?;
        }
    }
    eprintln!("[setup] CI: crates come from an empty cargo home ({}); tools stay in {}", fresh.display(), tools.display());
    std::env::set_var(TOOLS_HOME, &tools);
    std::env::set_var("CARGO_HOME", &fresh);
    Ok(())
}

struct Step {
    name: &'static str,
    /// The least a command must need for this step to run (building and serving need less than the static build, the
    /// static build less than the test suite).
    need: Need,
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
    if let Some(home) = tools_home() {
        cmd.arg("--root").arg(home);
    }
    run(&format!("cargo install {}", args.join(" ")), &mut cmd)
}

/// std's own workspace in the rust-src component, which `-Zbuild-std` compiles for the client.
fn std_workspace() -> Option<PathBuf> {
    let sysroot = output("rustc", &["--print", "sysroot"])?;
    Some(Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml"))
}

/// `cargo fetch` of the client build's crates (the workspace's and std's); offline, it only checks they are there.
fn fetch_client_crates(root: &Path, offline: bool) -> Result<()> {
    let std = std_workspace().context("rustc --print sysroot failed")?;
    let quiet = |cmd: &mut Command| {
        if offline {
            cmd.arg("--offline").stdout(Stdio::null()).stderr(Stdio::null());
        }
    };
    let mut workspace = Command::new("cargo");
    // Every platform's crates (no --target): host build scripts and proc macros are built too.
    workspace.args(["fetch", "--locked"]).current_dir(root);
    quiet(&mut workspace);
    // std's manifest uses unstable features; its lock file ships with rust-src and is not changed.
    let mut library = Command::new("cargo");
    library.args(["fetch", "--locked", "--manifest-path"]).arg(&std).env("RUSTC_BOOTSTRAP", "1");
    quiet(&mut library);
    if offline {
        let ok = |cmd: &mut Command| cmd.status().is_ok_and(|s| s.success());
        return if ok(&mut workspace) && ok(&mut library) { Ok(()) } else { bail!("not all fetched") };
    }
    run("cargo fetch (the workspace's crates)", &mut workspace)?;
    run("cargo fetch (std's crates, rebuilt for the client)", &mut library)
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
        need: Need::Build,
        present: |_| output("rustup", &["target", "list", "--installed"]).is_some_and(|t| t.lines().any(|l| l == "wasm32-unknown-unknown")),
        install: |_, _| {
            run("rustup target add wasm32-unknown-unknown", Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        },
        hint: "seconds",
    },
    Step {
        name: "Rust component rust-src (the client's std is rebuilt for size)",
        need: Need::Build,
        present: |_| {
            output("rustc", &["--print", "sysroot"])
                .is_some_and(|sysroot| Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/std/Cargo.toml").exists())
        },
        install: |_, _| run("rustup component add rust-src", Command::new("rustup").args(["component", "add", "rust-src"])),
        hint: "about 10 s",
    },
    Step {
        name: "crates of the client build (the workspace's and std's: trunk builds offline)",
        need: Need::Build,
        present: |root| fetch_client_crates(root, true).is_ok(),
        install: |root, _| fetch_client_crates(root, false),
        hint: "about 30 s of downloads",
    },
    Step {
        name: "clang (ring's C code for wasm32)",
        need: Need::Build,
        present: |_| output("clang", &["--version"]).is_some(),
        install: |_, apt| apt.install(&["clang"]),
        hint: "about 10 s",
    },
    Step {
        name: "Chromium + chromedriver (browser tests)",
        need: Need::Tests,
        present: |_| Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists(),
        install: |_, apt| apt.install(&["chromium", "chromium-driver"]),
        hint: "about 60 s",
    },
    Step {
        // The durability tests watch the server's syscalls (sync before answer) and cut power under it (FUSE: as root
        // the mount is a plain mount(2); fusermount3 is what a non-root run needs).
        name: "strace + fuse3 (durability tests)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/strace").exists() && Path::new("/usr/bin/fusermount3").exists(),
        install: |_, apt| apt.install(&["strace", "fuse3"]),
        hint: "about 10 s",
    },
    Step {
        // The Redis store's tests start their own servers (standalone and a three-primary cluster) on free loopback
        // ports; the packaged service is not used. Debian 12 ships 7.0.15 (GETDEL, PXAT, functions; no WAITAOF).
        name: "redis-server + redis-tools (Redis store tests)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/redis-server").exists() && Path::new("/usr/bin/redis-cli").exists(),
        install: |_, apt| apt.install(&["redis-server", "redis-tools"]),
        hint: "about 10 s",
    },
    Step {
        // tests/systemd_unit.rs checks deploy/systemd/cinder.service with `systemd-analyze verify` and `security`; no
        // running systemd is needed.
        name: "systemd-analyze (the systemd unit's checks)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/systemd-analyze").exists(),
        install: |_, apt| apt.install(&["systemd"]),
        hint: "about 20 s",
    },
    Step {
        // tests/behind_nginx.rs runs deploy/nginx/cinder.conf in front of three servers; it starts its own nginx on
        // free loopback ports (the packaged service is not used).
        name: "nginx (the tested reverse-proxy configuration)",
        need: Need::Tests,
        present: |_| Path::new("/usr/sbin/nginx").exists(),
        install: |_, apt| apt.install(&["nginx"]),
        hint: "about 10 s",
    },
    Step {
        // tests/behind_caddy.rs runs deploy/caddy/Caddyfile and Caddyfile-sso the same way, on its own ports.
        name: "caddy (the tested Caddy configurations)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/caddy").exists(),
        install: |_, apt| apt.install(&["caddy"]),
        hint: "about 10 s",
    },
    Step {
        name: "Rust target x86_64-unknown-linux-musl (the static binary)",
        need: Need::Static,
        present: |_| output("rustup", &["target", "list", "--installed"]).is_some_and(|t| t.lines().any(|l| l == MUSL)),
        install: |_, _| run(&format!("rustup target add {MUSL}"), Command::new("rustup").args(["target", "add", MUSL])),
        hint: "about 10 s",
    },
    Step {
        // ring's C code needs a C compiler for musl (musl-gcc); `file` tells that the result is statically linked.
        name: "musl-tools + file (the static binary)",
        need: Need::Static,
        present: |_| Path::new("/usr/bin/musl-gcc").exists() && Path::new("/usr/bin/file").exists(),
        install: |_, apt| apt.install(&["musl-tools", "file"]),
        hint: "about 5 s",
    },
    Step {
        // tests/container_image.rs builds deploy/container/Containerfile as an OCI layout (umoci) and runs it (runc):
        // no container engine needed.
        name: "umoci + runc (the container image's test)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/umoci").exists() && Path::new("/usr/sbin/runc").exists(),
        install: |_, apt| apt.install(&["umoci", "runc"]),
        hint: "about 10 s",
    },
    Step {
        // tests/deploy_manifests.rs lints deploy/'s compose files and Kubernetes manifests.
        name: "yamllint (deploy/'s YAML)",
        need: Need::Tests,
        present: |_| Path::new("/usr/bin/yamllint").exists(),
        install: |_, apt| apt.install(&["yamllint"]),
        hint: "about 5 s",
    },
    Step {
        name: "schemathesis 4.32.5 (the API checked against its OpenAPI document)",
        need: Need::Tests,
        present: |_| output(&schemathesis().to_string_lossy(), &["--version"]).is_some_and(|v| v.contains(SCHEMATHESIS_VERSION)),
        install: |_, apt| {
            if output("python3", &["-m", "venv", "--help"]).is_none() {
                apt.install(&["python3", "python3-venv"])?;
            }
            let venv = schemathesis().parent().and_then(Path::parent).expect("bin/schemathesis in a venv").to_owned();
            run("python3 -m venv", Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
            let pip = venv.join("bin/pip");
            run("pip install schemathesis", Command::new(pip).args(["install", "-q", &format!("schemathesis=={SCHEMATHESIS_VERSION}")]))
        },
        hint: "about 1 min",
    },
    Step {
        name: "Node.js + npm (for wasm-opt and axe-core)",
        need: Need::Build,
        present: |_| output("npm", &["--version"]).is_some(),
        install: |_, apt| apt.install(&["nodejs", "npm"]),
        hint: "about 30 s",
    },
    Step {
        name: "npm packages: binaryen 132 (wasm-opt), terser (JS glue), axe-core",
        need: Need::Build,
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
        need: Need::Build,
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
        need: Need::Build,
        present: |_| output("trunk", &["--version"]).is_some_and(|v| v.split_whitespace().nth(1) == Some(TRUNK_VERSION)),
        install: |_, _| cargo_install(&["--locked", "trunk", "--version", TRUNK_VERSION, "--force"]),
        hint: "about 10 min, the longest step; only on a fresh machine",
    },
];

/// What a command needs installed; each level includes the ones before it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// Building and running the service.
    Build,
    /// Building the static binary too (`cargo xtask static`).
    Static,
    /// Everything, the test suite included.
    Tests,
}

/// Checks every step `need` asks for and installs what is missing, with a line of progress per step.
pub fn ensure(root: &Path, need: Need) -> Result<()> {
    let apt = Apt { updated: Cell::new(false) };
    let steps: Vec<&Step> = STEPS.iter().filter(|s| s.need <= need).collect();
    let total = steps.len();
    for (i, step) in steps.into_iter().enumerate() {
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
