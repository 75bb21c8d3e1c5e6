//! The container image of `deploy/container/Containerfile`, built and run without a container engine: umoci builds
//! the same image as an OCI layout from the file's own instructions, its config must say what the file says and its
//! one layer hold only the binary and the data directory; then runc runs it as `docker run --read-only --cap-drop ALL
//! --security-opt no-new-privileges -v VOLUME:/data` would: as the image's numeric user, without capabilities, on a
//! read-only root with only the volume writable. There it must be ready, keep and open secrets for `cinder send` and
//! `cinder open`, pass its HEALTHCHECK, fail to write anywhere else, stop cleanly on SIGTERM as PID 1 and find its
//! secrets again when started anew on the same volume.
//!
//! The run needs the static binary, so plain `cargo test` lists it as ignored: `cargo xtask test` builds the binary (as
//! `cargo xtask static` does) and runs it with `--ignored`, the image's build context named in CINDER_IMAGE_CONTEXT.

mod common;
mod deploy;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use common::cli::{cinder_at, code, stderr, stdout};
use deploy::Containerfile;
use serde_json::{json, Value};

/// The instructions the image is made of; anything else (a RUN, a base image's shell) fails here first.
const KINDS: &[&str] = &["FROM", "COPY", "ENV", "USER", "VOLUME", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD"];

#[test]
fn the_containerfile_runs_the_static_binary_unprivileged_from_scratch() {
    let cf = Containerfile::load();
    for i in &cf.0 {
        assert!(KINDS.contains(&i.keyword.as_str()), "{}: the image is the static binary on scratch, built from {KINDS:?} only", i.keyword);
    }
    assert_eq!(cf.0[0].keyword, "FROM", "FROM comes first");
    assert_eq!(cf.one("FROM").args, "scratch", "no base image: nothing but what the binary needs");
    let (uid, gid) = cf.user();
    assert!(uid != 0 && gid != 0, "USER {uid}:{gid}: not root");
    assert_eq!(cf.env_var("CINDER_DATA_DIR").as_deref(), Some("/data"));
    assert_eq!(cf.env_var("CINDER_LISTEN").as_deref(), Some("0.0.0.0:8080"), "reachable from outside the container");
    assert_eq!(cf.volumes(), ["/data"], "the data directory is a volume");
    assert_eq!(cf.exposed(), ["8080/tcp"], "the port CINDER_LISTEN names");
    assert_eq!(cf.command(), ["/cinder", "serve"]);
    assert_eq!(cf.healthcheck().1, ["/cinder", "healthcheck"], "the binary checks itself: the image has no curl");
    let copies = cf.copies();
    assert_eq!(copies.len(), 2, "the binary and the data directory: {copies:?}");
    assert!(copies.contains(&("cinder".into(), "/cinder".into(), 0, 0)), "the binary belongs to root, so the server cannot change it");
    assert!(copies.contains(&("data".into(), "/data".into(), uid, gid)), "the data directory belongs to the user the server runs as");
}

#[test]
#[ignore = "needs the static binary: `cargo xtask test` runs it with CINDER_IMAGE_CONTEXT set"]
fn the_image_built_from_the_containerfile_serves_read_only_as_its_user_without_capabilities() {
    let context = std::env::var_os("CINDER_IMAGE_CONTEXT")
        .map(PathBuf::from)
        .expect("CINDER_IMAGE_CONTEXT: the folder `cargo xtask static` fills (the static binary and the empty data directory)");
    let cf = Containerfile::load();
    let (uid, gid) = cf.user();
    let binary = context.join("cinder");
    assert!(!has_interpreter(&std::fs::read(&binary).unwrap()), "{}: statically linked (a scratch image has no loader)", binary.display());

    let work = tempfile::tempdir().unwrap();
    let layout = build_image(&cf, &context, work.path());

    // The image's config says what the Containerfile says.
    let (manifest, config) = image_config(&layout);
    assert_eq!(manifest["layers"].as_array().map(Vec::len), Some(1), "one layer: {manifest}");
    let c = &config["config"];
    assert_eq!(c["User"], format!("{uid}:{gid}"));
    assert_eq!(c["Entrypoint"], json!(cf.entrypoint()));
    assert_eq!(c["Cmd"], json!(cf.cmd()));
    assert_eq!(c["Env"], json!(cf.env()));
    assert_eq!(keys(&c["Volumes"]), cf.volumes());
    assert_eq!(keys(&c["ExposedPorts"]), cf.exposed());
    assert_eq!((config["os"].as_str(), config["architecture"].as_str()), (Some("linux"), Some("amd64")));

    // Its layer holds the binary and the data directory, nothing else.
    let bundle = work.path().join("bundle");
    umoci(&["unpack", "--image", &image_ref(&layout)], &[&bundle]);
    let rootfs = bundle.join("rootfs");
    let mut entries: Vec<_> = walk(&rootfs).into_iter().map(|(path, m)| (path, m.uid(), m.gid(), m.is_dir())).collect();
    entries.sort();
    assert_eq!(entries, [("cinder".into(), 0, 0, false), ("data".into(), uid, gid, true)], "the image's files");
    assert_eq!(std::fs::read(rootfs.join("cinder")).unwrap(), std::fs::read(&binary).unwrap());
    let data_mode = std::fs::metadata(rootfs.join("data")).unwrap().permissions().mode() & 0o777;
    assert_eq!(data_mode & 0o077, 0, "the data directory is its owner's alone: {data_mode:o}");

    // The runtime config umoci derives from the image carries its user, command and environment.
    let mut spec: Value = serde_json::from_slice(&std::fs::read(bundle.join("config.json")).unwrap()).unwrap();
    assert_eq!((spec["process"]["user"]["uid"].as_u64(), spec["process"]["user"]["gid"].as_u64()), (Some(uid.into()), Some(gid.into())));
    assert_eq!(spec["process"]["args"], json!(cf.command()));
    for pair in cf.env() {
        assert!(spec["process"]["env"].as_array().unwrap().contains(&json!(pair)), "{pair} reaches the process");
    }

    // As `docker run --read-only --cap-drop ALL --security-opt no-new-privileges -v VOLUME:/data` runs it, in the
    // host's network namespace (the test reaches it on loopback, on a port of its own instead of -p).
    let volume = work.path().join("volume");
    std::fs::create_dir(&volume).unwrap();
    std::fs::set_permissions(&volume, std::fs::Permissions::from_mode(data_mode)).unwrap();
    std::os::unix::fs::chown(&volume, Some(uid), Some(gid)).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let process = &mut spec["process"];
    process["terminal"] = false.into();
    process["noNewPrivileges"] = true.into();
    process["capabilities"] = json!({"bounding": [], "effective": [], "inheritable": [], "permitted": [], "ambient": []});
    for pair in process["env"].as_array_mut().unwrap() {
        if pair.as_str().is_some_and(|p| p.starts_with("CINDER_LISTEN=")) {
            *pair = json!(format!("CINDER_LISTEN=127.0.0.1:{port}"));
        }
    }
    spec["root"]["readonly"] = true.into();
    spec["linux"]["namespaces"].as_array_mut().unwrap().retain(|ns| ns["type"] != "network");
    spec["mounts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"destination": "/data", "type": "bind", "source": volume, "options": ["rbind", "rw"]}));
    std::fs::write(bundle.join("config.json"), serde_json::to_vec_pretty(&spec).unwrap()).unwrap();

    let runtime = work.path().join("runc");
    let mut container = Container::run(&runtime, &bundle, "first");
    let base = format!("http://127.0.0.1:{port}");

    // The process is the image's user, with no capability at all, no way to gain privileges and a read-only root.
    let pid = container.pid();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| {
        status.lines().find_map(|l| l.strip_prefix(&format!("{name}:"))).unwrap_or_default().split_whitespace().collect::<Vec<_>>()
    };
    assert_eq!(field("Uid"), [uid.to_string().as_str(); 4], "{status}");
    assert_eq!(field("Gid"), [gid.to_string().as_str(); 4], "{status}");
    assert!(field("Groups").is_empty(), "no supplementary groups: {status}");
    for caps in ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"] {
        assert_eq!(field(caps), ["0000000000000000"], "{caps}: {status}");
    }
    assert_eq!(field("NoNewPrivs"), ["1"]);
    let mounts = std::fs::read_to_string(format!("/proc/{pid}/mountinfo")).unwrap();
    let options = |at: &str| mounts.lines().map(|l| l.split(' ').collect::<Vec<_>>()).find(|f| f[4] == at).map(|f| f[5].to_owned());
    assert!(options("/").is_some_and(|o| o.split(',').any(|o| o == "ro")), "the root is read-only: {mounts}");
    assert!(options("/data").is_some_and(|o| o.split(',').any(|o| o == "rw")), "the volume is writable: {mounts}");

    // Ready, serving the embedded page, and a secret made and opened by the same binary's command line.
    assert_eq!(http_status(port, "/readyz"), 200, "{}", container.output());
    let (page, html) = http_get(port, "/");
    let wasm = html.split(['"', ' ', '=', '>']).find(|w| w.starts_with("/create-") && w.ends_with("_bg.wasm")).map(str::to_owned);
    let wasm = wasm.unwrap_or_else(|| panic!("the built page is embedded in the static binary (not its stand-in): {html:.400}"));
    assert_eq!((page, http_status(port, &wasm)), (200, 200), "the page and its {wasm}");
    let home = tempfile::tempdir().unwrap();
    let send = |text: &[u8]| {
        let out = cinder_at(&binary, home.path(), &["send", "--server", &base], text, &[]);
        assert_eq!(code(&out), 0, "send: {}", stderr(&out));
        stdout(&out).trim().to_owned()
    };
    let open = |link: &str| cinder_at(&binary, home.path(), &["open", "--yes", link], b"", &[]);
    let link = send(b"the container keeps it");
    let opened = open(&link);
    assert_eq!((code(&opened), stdout(&opened).as_str()), (0, "the container keeps it"), "{}", stderr(&opened));
    assert_eq!(code(&open(&link)), 4, "once");
    let kept = send(b"still here after a restart");

    // The HEALTHCHECK, run inside the container as the runtime runs it.
    let (_, check) = cf.healthcheck();
    let health = container.exec(&[], &check);
    assert!(health.status.success(), "HEALTHCHECK {check:?}: {}", String::from_utf8_lossy(&health.stderr));

    // Nothing outside the volume is writable: a server pointed at another directory cannot even create it.
    let elsewhere = container.exec(&["CINDER_DATA_DIR=/elsewhere", "CINDER_LISTEN=127.0.0.1:0"], &["/cinder", "serve"]);
    let said = String::from_utf8_lossy(&elsewhere.stderr);
    assert!(!elsewhere.status.success() && said.contains("Read-only file system"), "{said}");

    // What the server wrote is on the volume, as the image's user.
    let written = walk(&volume);
    assert!(written.iter().any(|(p, _)| p == "db") && written.iter().any(|(p, _)| p == "ciphertext"), "{written:?}");
    for (path, meta) in &written {
        assert_eq!((meta.uid(), meta.gid()), (uid, gid), "{path}");
    }

    // SIGTERM to PID 1 stops it cleanly; started anew on the same volume, it still holds the unopened secret.
    let stopped = container.stop();
    assert!(stopped.success(), "exit on SIGTERM: {stopped}\n{}", container.output());
    let output = container.output();
    assert!(!output.contains("panicked"), "{output}");
    drop(container);
    let container = Container::run(&runtime, &bundle, "second");
    assert_eq!(http_status(port, "/readyz"), 200, "{}", container.output());
    let opened = open(&kept);
    assert_eq!(stdout(&opened), "still here after a restart", "{}", stderr(&opened));
}

/// Builds the image as the Containerfile says, in an OCI layout under `work`: an empty image (FROM scratch), one
/// layer with what every COPY copies from the build context, then the config of every other instruction.
fn build_image(cf: &Containerfile, context: &Path, work: &Path) -> PathBuf {
    let layout = work.join("oci");
    umoci(&["init", "--layout"], &[&layout]);
    umoci(&["new", "--image", &image_ref(&layout)], &[]);
    let staging = work.join("staging");
    umoci(&["unpack", "--image", &image_ref(&layout)], &[&staging]);
    for (src, dst, uid, gid) in cf.copies() {
        let to = staging.join("rootfs").join(dst.trim_start_matches('/'));
        copy(&context.join(&src), &to, uid, gid);
    }
    umoci(&["repack", "--image", &image_ref(&layout)], &[&staging]);
    let mut config: Vec<String> = vec![];
    let mut set = |flag: &str, value: &str| config.extend([format!("--config.{flag}"), value.to_owned()]);
    let (uid, gid) = cf.user();
    set("user", &format!("{uid}:{gid}"));
    cf.env().iter().for_each(|pair| set("env", pair));
    cf.volumes().iter().for_each(|v| set("volume", v));
    cf.exposed().iter().for_each(|p| set("exposedports", p));
    cf.entrypoint().iter().for_each(|a| set("entrypoint", a));
    cf.cmd().iter().for_each(|a| set("cmd", a));
    let mut args = vec!["config", "--image"];
    let image = image_ref(&layout);
    args.push(&image);
    args.extend(config.iter().map(String::as_str));
    umoci(&args, &[]);
    layout
}

/// COPY: a file, or a folder with its contents, owned by uid:gid with the source's permissions.
fn copy(from: &Path, to: &Path, uid: u32, gid: u32) {
    let meta = std::fs::metadata(from).unwrap_or_else(|e| panic!("{} in the build context: {e}", from.display()));
    if meta.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()), uid, gid);
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
    std::fs::set_permissions(to, meta.permissions()).unwrap();
    std::os::unix::fs::chown(to, Some(uid), Some(gid)).unwrap();
}

fn image_ref(layout: &Path) -> String {
    format!("{}:cinder", layout.display())
}

fn umoci(args: &[&str], paths: &[&Path]) {
    let out = Command::new("umoci").args(args).args(paths).output().expect("umoci (the README's test command installs it)");
    assert!(out.status.success(), "umoci {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The image's manifest and config, read from the layout as any OCI tool reads them.
fn image_config(layout: &Path) -> (Value, Value) {
    let read = |path: PathBuf| -> Value { serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap() };
    let blob = |digest: &Value| read(layout.join("blobs/sha256").join(digest.as_str().unwrap().strip_prefix("sha256:").unwrap()));
    let index = read(layout.join("index.json"));
    let tagged = index["manifests"].as_array().unwrap().iter().find(|m| m["annotations"]["org.opencontainers.image.ref.name"] == "cinder");
    let manifest = blob(&tagged.expect("the tag cinder")["digest"]);
    let config = blob(&manifest["config"]["digest"]);
    (manifest, config)
}

fn keys(map: &Value) -> Vec<String> {
    map.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

/// Every path under `dir` (relative) with its metadata, not following links.
fn walk(dir: &Path) -> Vec<(String, std::fs::Metadata)> {
    let mut found = vec![];
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                todo.push(path.clone());
            }
            found.push((path.strip_prefix(dir).unwrap().display().to_string(), meta));
        }
    }
    found
}

/// Whether an ELF executable names a dynamic loader (a PT_INTERP program header).
fn has_interpreter(elf: &[u8]) -> bool {
    assert!(elf.starts_with(b"\x7fELF") && elf[4] == 2 && elf[5] == 1, "a 64-bit little-endian ELF file");
    let at = |o: usize, n: usize| elf[o..o + n].iter().rev().fold(0usize, |acc, b| acc << 8 | usize::from(*b));
    let (offset, size, count) = (at(32, 8), at(54, 2), at(56, 2));
    (0..count).any(|i| at(offset + i * size, 4) == 3)
}

/// The status code of a GET on the container's port.
fn http_status(port: u16, path: &str) -> u16 {
    http_get(port, path).0
}

/// A GET on the container's port: status code and the whole answer.
fn http_get(port: u16, path: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = vec![];
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    (answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0), answer)
}

/// A container runc runs from the bundle, its output collected; killed and deleted on drop.
struct Container {
    runtime: PathBuf,
    id: String,
    child: Child,
    output: Arc<Mutex<String>>,
}

impl Container {
    /// Starts it and waits until the server says it listens.
    fn run(runtime: &Path, bundle: &Path, name: &str) -> Container {
        let id = format!("cinder-test-{}-{name}", std::process::id());
        let mut child = Command::new("runc")
            .arg("--root")
            .arg(runtime)
            .args(["run", "--bundle"])
            .arg(bundle)
            .arg(&id)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runc (the README's test command installs it)");
        let output = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let pipes: [Box<dyn std::io::Read + Send>; 2] = [Box::new(child.stdout.take().unwrap()), Box::new(child.stderr.take().unwrap())];
        for pipe in pipes {
            let (output, tx) = (output.clone(), tx.clone());
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    if line.contains("listening on http://") {
                        let _ = tx.send(());
                    }
                    let mut all = output.lock().unwrap();
                    all.push_str(&line);
                    all.push('\n');
                }
            });
        }
        drop(tx);
        let container = Container { runtime: runtime.to_owned(), id, child, output };
        assert!(rx.recv_timeout(Duration::from_secs(60)).is_ok(), "the container did not start: {}", container.output());
        container
    }

    fn runc(&self) -> Command {
        let mut cmd = Command::new("runc");
        cmd.arg("--root").arg(&self.runtime);
        cmd
    }

    /// The container's first process, as the host sees it.
    fn pid(&self) -> u32 {
        let state = self.runc().args(["state", &self.id]).output().unwrap();
        let state: Value = serde_json::from_slice(&state.stdout).unwrap_or_else(|_| panic!("runc state: {state:?}"));
        state["pid"].as_u64().expect("a pid").try_into().unwrap()
    }

    /// Runs a command inside, as the container's process runs (its user, capabilities, environment plus `env`).
    fn exec(&self, env: &[&str], args: &[impl AsRef<std::ffi::OsStr> + std::fmt::Debug]) -> Output {
        let mut cmd = self.runc();
        cmd.args(["exec"]);
        for pair in env {
            cmd.args(["--env", pair]);
        }
        cmd.arg(&self.id).args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while child.try_wait().unwrap().is_none() {
            assert!(Instant::now() < deadline, "runc exec {args:?} did not finish");
            std::thread::sleep(Duration::from_millis(50));
        }
        child.wait_with_output().unwrap()
    }

    /// SIGTERM to its first process, and its exit.
    fn stop(&mut self) -> std::process::ExitStatus {
        let sent = self.runc().args(["kill", &self.id, "TERM"]).status().unwrap();
        assert!(sent.success(), "runc kill TERM");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "no exit within 30 s of SIGTERM: {}", self.output());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = self.runc().args(["kill", &self.id, "KILL"]).stderr(Stdio::null()).status();
        let _ = self.child.wait();
        let _ = self.runc().args(["delete", "--force", &self.id]).stderr(Stdio::null()).status();
    }
}
