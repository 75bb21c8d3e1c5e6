//! Real Redis servers for the tests (no mocks): one standalone server, durable or RAM-only, a replica of one, or a
//! three-primary cluster, each on free loopback ports with its files in a temp dir, killed on drop and, should the test process die
//! (kill -9, a panic in a static), by a watchdog that follows the test process.
#![allow(dead_code)]

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const REDIS_SERVER: &str = "/usr/bin/redis-server";
pub const REDIS_CLI: &str = "/usr/bin/redis-cli";

/// How a server keeps its data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `appendonly yes`, `appendfsync always`, `maxmemory-policy noeviction`: what Cinder requires.
    Durable,
    /// No AOF, no snapshots: what Cinder refuses unless told RAM-only is fine.
    RamOnly,
}

/// One `redis-server`.
pub struct Redis {
    pub port: u16,
    mode: Mode,
    cluster: bool,
    /// TLS only (no plain port), with a CA and a certificate for `localhost` / 127.0.0.1 in `dir`.
    tls: bool,
    /// The primary's port, for a replica (`--replicaof`).
    replica_of: Option<u16>,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

/// Ports are handed out from a per-process range, then checked free (the cluster bus needs port + 10000 too).
pub fn free_port() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let base = 20_000 + (std::process::id() % 1_000) as u16 * 20;
    loop {
        let port = base + NEXT.fetch_add(1, Ordering::Relaxed) % 20_000;
        let free = |p: u16| TcpListener::bind(("127.0.0.1", p)).is_ok();
        if port < 55_000 && free(port) && free(port + 10_000) {
            return port;
        }
    }
}

impl Redis {
    /// Starts a standalone server.
    pub fn start(mode: Mode) -> Redis {
        Redis::launch(mode, false)
    }

    /// Starts a durable standalone server that speaks only TLS; [`Redis::ca`] is the CA that signed its certificate.
    pub fn start_tls() -> Redis {
        let mut r = Redis {
            port: free_port(),
            mode: Mode::Durable,
            cluster: false,
            tls: true,
            replica_of: None,
            dir: tempfile::tempdir().unwrap(),
            child: None,
        };
        let sh = |script: &str| {
            let out = Command::new("sh").arg("-c").arg(script).current_dir(r.dir.path()).output().expect("openssl runs");
            assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
        };
        sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 1 -subj /CN=cinder-test-ca 2>/dev/null");
        sh("openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=localhost 2>/dev/null");
        sh("printf 'subjectAltName=DNS:localhost,IP:127.0.0.1' > san && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key \
            -CAcreateserial -out server.pem -days 1 -extfile san 2>/dev/null");
        r.spawn();
        r
    }

    /// The CA certificate of a TLS server.
    pub fn ca(&self) -> std::path::PathBuf {
        self.dir.path().join("ca.pem")
    }

    fn launch(mode: Mode, cluster: bool) -> Redis {
        let mut r =
            Redis { port: free_port(), mode, cluster, tls: false, replica_of: None, dir: tempfile::tempdir().unwrap(), child: None };
        r.spawn();
        r
    }

    /// Starts a durable replica of `primary` (`--replicaof`) and waits until it is in sync.
    pub fn start_replica_of(primary: &Redis) -> Redis {
        let dir = tempfile::tempdir().unwrap();
        let mut r =
            Redis { port: free_port(), mode: Mode::Durable, cluster: false, tls: false, replica_of: Some(primary.port), dir, child: None };
        r.spawn();
        r.wait_in_sync();
        r
    }

    /// Waits until a replica's link to its primary is up (the initial sync done).
    pub fn wait_in_sync(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.cli(&["info", "replication"]).contains("master_link_status:up") {
            assert!(Instant::now() < deadline, "replica on port {} did not sync: {}", self.port, self.log());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `connected_slaves` of a primary.
    pub fn connected_replicas(&self) -> u32 {
        let info = self.cli(&["info", "replication"]);
        info.lines().find_map(|l| l.trim().strip_prefix("connected_slaves:")).and_then(|n| n.parse().ok()).unwrap_or(0)
    }

    fn spawn(&mut self) {
        let d = |f: &str| self.dir.path().join(f).display().to_string();
        let mut args: Vec<String> = if self.tls {
            vec!["--port".into(), "0".into(), "--tls-port".into(), self.port.to_string(), "--tls-cert-file".into(), d("server.pem")]
                .into_iter()
                .chain(["--tls-key-file".into(), d("server.key"), "--tls-ca-cert-file".into(), d("ca.pem")])
                .chain(["--tls-auth-clients".into(), "no".into()])
                .collect()
        } else {
            vec!["--port".into(), self.port.to_string()]
        };
        args.extend([
            "--bind".into(),
            "127.0.0.1".into(),
            "--dir".into(),
            self.dir.path().display().to_string(),
            "--save".into(),
            "".into(),
            "--daemonize".into(),
            "no".into(),
            "--maxmemory-policy".into(),
            "noeviction".into(),
            "--logfile".into(),
            self.dir.path().join("redis.log").display().to_string(),
        ]);
        if self.mode == Mode::Durable {
            args.extend(["--appendonly", "yes", "--appendfsync", "always"].map(String::from));
        } else {
            args.extend(["--appendonly", "no"].map(String::from));
        }
        if self.cluster {
            args.extend(["--cluster-enabled".into(), "yes".into(), "--cluster-config-file".into()]);
            args.push(self.dir.path().join("nodes.conf").display().to_string());
            // A dead primary is marked failed (cluster_state:fail) after this, not the default 15 s: tests stay short.
            args.extend(["--cluster-node-timeout".into(), "3000".into()]);
        }
        if let Some(primary) = self.replica_of {
            args.extend(["--replicaof".into(), "127.0.0.1".into(), primary.to_string()]);
        }
        // The watchdog: a shell that starts redis-server and kills it once the test process is gone.
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "{REDIS_SERVER} {} & r=$!; trap 'kill -9 $r 2>/dev/null; exit' TERM; while kill -0 {} 2>/dev/null && kill -0 $r 2>/dev/null; do sleep 0.5; done; kill -9 $r 2>/dev/null",
            quoted.join(" "),
            std::process::id()
        );
        let child = Command::new("sh").arg("-c").arg(script).stdin(Stdio::null()).stdout(Stdio::null()).spawn().unwrap();
        self.child = Some(child);
        self.wait_ready();
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.ping() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("redis-server on port {} did not start: {}", self.port, self.log());
    }

    /// Its log (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("redis.log")).unwrap_or_default()
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `redis://127.0.0.1:PORT/` (`rediss://localhost:PORT/` for TLS).
    pub fn url(&self) -> String {
        if self.tls {
            format!("rediss://localhost:{}/", self.port)
        } else {
            format!("redis://127.0.0.1:{}/", self.port)
        }
    }

    fn ping(&self) -> bool {
        if self.tls {
            self.cli(&["ping"]).trim() == "PONG"
        } else {
            ping(self.port)
        }
    }

    /// Kills it like a crash or power loss of the process (SIGKILL: no shutdown save).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            // The watchdog shell kills redis-server on TERM.
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let _ = child.wait();
        }
        // Gone once its ports are free again (a PING that times out on a busy machine would say so too early, and a
        // restart on the same port would then fail to bind).
        let free = |p: u16| TcpListener::bind(("127.0.0.1", p)).is_ok();
        let deadline = Instant::now() + Duration::from_secs(10);
        while !(free(self.port) && (!self.cluster || free(self.port + 10_000))) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Kills and starts it again on the same port and data directory (what it had synced comes back).
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }

    /// Starts it again after [`Redis::kill`].
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "running");
        self.spawn();
    }

    /// Runs `redis-cli -p PORT ARGS...` and returns its stdout.
    pub fn cli(&self, args: &[&str]) -> String {
        if self.tls {
            let ca = self.ca().display().to_string();
            let mut all = vec!["--tls", "--cacert", &ca];
            all.extend_from_slice(args);
            return cli(self.port, &all);
        }
        cli(self.port, args)
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn cli(port: u16, args: &[&str]) -> String {
    let out = Command::new(REDIS_CLI).arg("-p").arg(port.to_string()).args(args).output().expect("redis-cli runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ping(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(200)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
    let mut buf = [0u8; 7];
    s.write_all(b"PING\r\n").is_ok() && s.read_exact(&mut buf).is_ok() && &buf == b"+PONG\r\n"
}

/// Three primaries, all 16384 slots assigned; without replicas, or with one replica each.
pub struct Cluster {
    pub nodes: Vec<Redis>,
}

impl Cluster {
    /// Three primaries, no replicas.
    pub fn start() -> Cluster {
        Cluster::launch(0)
    }

    /// Three primaries with one replica each (six nodes), every replica in sync.
    pub fn start_with_replicas() -> Cluster {
        Cluster::launch(1)
    }

    fn launch(replicas: usize) -> Cluster {
        let nodes: Vec<Redis> = (0..3 * (1 + replicas)).map(|_| Redis::launch(Mode::Durable, true)).collect();
        let addrs: Vec<String> = nodes.iter().map(|n| format!("127.0.0.1:{}", n.port)).collect();
        let out = Command::new(REDIS_CLI)
            .arg("--cluster")
            .arg("create")
            .args(&addrs)
            .args(["--cluster-replicas", &replicas.to_string(), "--cluster-yes"])
            .output()
            .expect("redis-cli --cluster create runs");
        assert!(out.status.success(), "cluster create failed: {}", String::from_utf8_lossy(&out.stdout));
        let cluster = Cluster { nodes };
        cluster.wait_state("ok");
        for i in (0..cluster.nodes.len()).filter(|&i| !cluster.is_primary(i)) {
            cluster.nodes[i].wait_in_sync();
        }
        cluster
    }

    /// Whether node `i` is a primary now (a failover changes it).
    pub fn is_primary(&self, i: usize) -> bool {
        self.nodes[i].cli(&["info", "replication"]).contains("role:master")
    }

    /// The node that owns `key`'s slot now: the primary that answers for it rather than redirecting (MOVED).
    pub fn owner_of(&self, key: &str) -> usize {
        (0..self.nodes.len())
            .filter(|&i| self.nodes[i].child.is_some() && self.is_primary(i))
            .find(|&i| !self.nodes[i].cli(&["exists", key]).contains("MOVED"))
            .unwrap_or_else(|| panic!("no primary owns {key}"))
    }

    /// Waits until replica `r` has everything primary `p` has written so far (replication offsets).
    pub fn wait_replicated(&self, p: usize, r: usize) {
        let offset = |i: usize, field: &str| -> u64 {
            let info = self.nodes[i].cli(&["info", "replication"]);
            info.lines().find_map(|l| l.trim().strip_prefix(field)).and_then(|n| n.parse().ok()).unwrap_or(0)
        };
        let (want, started) = (offset(p, "master_repl_offset:"), Instant::now());
        while offset(r, "slave_repl_offset:") < want {
            assert!(started.elapsed() < Duration::from_secs(10), "replica {r} did not catch up with primary {p}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The replica of primary `i`.
    pub fn replica_of(&self, i: usize) -> usize {
        let port = format!("master_port:{}", self.nodes[i].port);
        (0..self.nodes.len()).find(|&r| self.nodes[r].cli(&["info", "replication"]).contains(&port)).expect("a replica")
    }

    /// `redis+cluster://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3/`, as CINDER_STORE takes it.
    pub fn url(&self) -> String {
        let hosts: Vec<String> = self.nodes.iter().map(|n| format!("127.0.0.1:{}", n.port)).collect();
        format!("redis+cluster://{}/", hosts.join(","))
    }

    /// Waits until every running node says `cluster_state:STATE` (`ok` or `fail`); how long that took.
    pub fn wait_state(&self, state: &str) -> Duration {
        let (started, want) = (Instant::now(), format!("cluster_state:{state}"));
        loop {
            let running = self.nodes.iter().filter(|n| n.child.is_some());
            if running.map(|n| n.cli(&["cluster", "info"])).all(|info| info.contains(&want)) {
                return started.elapsed();
            }
            assert!(started.elapsed() < Duration::from_secs(30), "the cluster did not reach {want}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The node URLs, as the store's cluster target takes them.
    pub fn node_urls(&self) -> Vec<String> {
        self.nodes.iter().map(Redis::url).map(|u| u.trim_end_matches('/').to_owned()).collect()
    }
}

/// One cluster for the whole test process (starting one takes a second or two); tests keep apart by key prefix.
pub fn shared_cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(Cluster::start)
}

/// A key prefix no other test of this process uses.
pub fn unique_prefix() -> String {
    static N: AtomicU16 = AtomicU16::new(0);
    format!("t{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}
