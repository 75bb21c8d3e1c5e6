//! Memory under hostile clients (bench/server/memory.sh): drives a running server over raw HTTP/1.1 and reads the
//! server's memory from `/proc/<pid>/status` (same machine). Prints one Markdown table row per point:
//!
//! 1. idle after start;
//! 2. `CONCURRENT` concurrent uploads of a `BIG_MIB` MiB ciphertext each, at full speed: peak RSS;
//! 3. `CONCURRENT` concurrent opens of those secrets by slow readers (`SLOW_RATE` bytes/s each, for `SLOW_SECS`
//!    seconds, then they hang up; slow, never stalled, so the server's write-stall timeout does not cut them): peak RSS;
//! 4. `STORED` secrets of `STORED_MIB` MiB created one after another (about 1 GiB), then 5 s idle: RSS;
//! 5. `TRICKLERS` uploads declaring the largest body the server takes, trickling at `SLOW_RATE`, and meanwhile a 1 KiB
//!    create sent chunked (no Content-Length): its latency, five times.
//!
//! Peaks are the kernel's high-water mark (`VmHWM`), reset before each point by writing 5 to `/proc/<pid>/clear_refs`
//! (needs the same user as the server, or root), and the highest `VmRSS` sampled every 20 ms as a cross-check.
//!
//! Usage: bench_memory HOST:PORT PID (settings from the environment, defaults below)

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ring::rand::{SecureRandom as _, SystemRandom};
use shared::envelope::Proof;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

const BOUNDARY: &str = "cinder-bench-memory-5b1e";
const MIB: usize = 1 << 20;
/// AES-GCM tag: a valid ciphertext is a padding bucket plus this (whole MiB counts are buckets at these sizes).
const TAG: usize = 16;

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |v| v.parse().unwrap_or_else(|_| panic!("{name} must be a number")))
}

/// A secret this tool made: its id and proof.
struct Made {
    id: String,
    proof: String,
}

fn new_secret(rng: &SystemRandom) -> (Made, String) {
    let (mut id, mut proof) = ([0u8; 16], [0u8; 32]);
    rng.fill(&mut id).unwrap();
    rng.fill(&mut proof).unwrap();
    let proof = Proof::from_text(&shared::b64::encode(&proof)).unwrap();
    let id = shared::b64::encode(&id);
    let meta = format!(r#"{{"id":"{id}","verifier":"{}","ttl":3600,"header":"AQA"}}"#, proof.verifier().to_text());
    (Made { id, proof: proof.to_text() }, meta)
}

/// The multipart body around a ciphertext of `len` bytes: (head, tail).
fn framing(meta: &str) -> (String, String) {
    let head = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{meta}\r\n\
         --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"ciphertext\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    );
    (head, format!("\r\n--{BOUNDARY}--\r\n"))
}

/// Reads a response head; returns the status and the Content-Length (if any), leaving the body in the stream except
/// for what came with the head (returned too).
async fn read_head(s: &mut TcpStream) -> std::io::Result<(u16, Option<u64>, Vec<u8>)> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        let n = s.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed before a response"));
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_string();
            let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
            let len =
                head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)));
            return Ok((status, len, buf[end + 4..].to_vec()));
        }
    }
}

/// Writes `bytes`, as one chunk if `chunked`.
async fn send(s: &mut TcpStream, bytes: &[u8], chunked: bool) -> std::io::Result<()> {
    if !chunked {
        return s.write_all(bytes).await;
    }
    let mut framed = format!("{:x}\r\n", bytes.len()).into_bytes();
    framed.extend_from_slice(bytes);
    framed.extend_from_slice(b"\r\n");
    s.write_all(&framed).await
}

/// Creates a secret of `len` ciphertext bytes (made of `fill` repeated). `rate`: bytes per second for the
/// ciphertext (0 = as fast as possible). `chunked`: no Content-Length. Returns the status and the time from connect
/// to the response head.
async fn create(addr: &str, meta: &str, len: usize, fill: &[u8], rate: u64, chunked: bool) -> std::io::Result<(u16, Duration)> {
    let started = Instant::now();
    let mut s = TcpStream::connect(addr).await?;
    s.set_nodelay(true)?;
    let (head, tail) = framing(meta);
    let total = head.len() + len + tail.len();
    let length = if chunked { "Transfer-Encoding: chunked".to_string() } else { format!("Content-Length: {total}") };
    s.write_all(
        format!(
            "POST /api/v1/secrets HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\n{length}\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    )
    .await?;
    send(&mut s, head.as_bytes(), chunked).await?;
    let step = if rate == 0 { 256 * 1024 } else { (rate / 10).max(1) as usize };
    let mut sent = 0;
    while sent < len {
        let n = step.min(len - sent);
        let mut part = Vec::with_capacity(n);
        while part.len() < n {
            let at = (sent + part.len()) % fill.len();
            let take = (n - part.len()).min(fill.len() - at);
            part.extend_from_slice(&fill[at..at + take]);
        }
        send(&mut s, &part, chunked).await?;
        sent += n;
        if rate != 0 {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    send(&mut s, tail.as_bytes(), chunked).await?;
    if chunked {
        s.write_all(b"0\r\n\r\n").await?;
    }
    let (status, _, _) = read_head(&mut s).await?;
    Ok((status, started.elapsed()))
}

/// Opens a secret and reads its ciphertext at `rate` bytes/s for at most `secs` (0 = to the end, as fast as possible).
/// Returns the status and the body bytes read.
async fn open(addr: &str, made: &Made, rate: u64, secs: u64) -> std::io::Result<(u16, u64)> {
    let mut s = TcpStream::connect(addr).await?;
    let body = format!(r#"{{"id":"{}","proof":"{}"}}"#, made.id, made.proof);
    s.write_all(
        format!(
            "POST /api/v1/secrets/open HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
    .await?;
    let (status, len, early) = read_head(&mut s).await?;
    let len = len.unwrap_or(0);
    let mut got = early.len() as u64;
    let started = Instant::now();
    let step = if rate == 0 { 256 * 1024 } else { (rate / 10).max(1) as usize };
    let mut buf = vec![0u8; step];
    while got < len && (secs == 0 || started.elapsed() < Duration::from_secs(secs)) {
        let mut want = step;
        while want > 0 {
            let n = s.read(&mut buf[..want]).await?;
            if n == 0 {
                return Ok((status, got));
            }
            got += n as u64;
            want -= n;
        }
        if rate != 0 {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    Ok((status, got))
}

/// The server's memory, from `/proc/<pid>/status`.
struct Proc {
    pid: u32,
}

impl Proc {
    /// A number of `/proc/<pid>/status` (memory fields are in kB).
    fn field(&self, key: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).expect("the server is running");
        status.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(':')?.split_whitespace().next()?.parse().ok()).unwrap_or(0)
    }
    fn rss(&self) -> u64 {
        self.field("VmRSS")
    }
    fn hwm(&self) -> u64 {
        self.field("VmHWM")
    }
    /// Resets the high-water mark to the current RSS.
    fn reset_peak(&self) {
        std::fs::write(format!("/proc/{}/clear_refs", self.pid), "5").expect("writing /proc/<pid>/clear_refs (same user or root)");
    }
    fn threads(&self) -> u64 {
        self.field("Threads")
    }
    /// Starts a point: the peak reset, RSS sampled until its row is printed.
    fn begin(&self) -> Point<'_> {
        self.reset_peak();
        Point { p: self, sampler: Sampler::start(self.pid) }
    }
}

/// One measured point of the table.
struct Point<'a> {
    p: &'a Proc,
    sampler: Sampler,
}

impl Point<'_> {
    /// Prints the point's row: what was done and its result, then the server's peak, sampled peak, RSS and threads.
    fn row(self, n: u32, what: &str, result: &str) {
        let Point { p, sampler } = self;
        println!("| {n} | {what} | {result} | {} | {} | {} | {} |", mb(p.hwm()), mb(sampler.stop()), mb(p.rss()), p.threads());
    }
}

/// Samples VmRSS every 20 ms while a point runs; `stop()` returns the highest sample.
struct Sampler {
    max: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Sampler {
    fn start(pid: u32) -> Sampler {
        let max = Arc::new(AtomicU64::new(0));
        let m = max.clone();
        let task = tokio::spawn(async move {
            let p = Proc { pid };
            loop {
                m.fetch_max(p.rss(), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        });
        Sampler { max, task }
    }
    fn stop(self) -> u64 {
        self.task.abort();
        self.max.load(Ordering::Relaxed)
    }
}

fn mb(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, addr, pid] = &args[..] else {
        eprintln!("usage: bench_memory HOST:PORT PID");
        std::process::exit(2);
    };
    let addr = addr.clone();
    let p = Proc { pid: pid.parse().expect("PID is a number") };
    let concurrent = env("CONCURRENT", 50) as usize;
    let big = env("BIG_MIB", 25) as usize * MIB + TAG;
    let slow_rate = env("SLOW_RATE", 64 * 1024);
    let slow_secs = env("SLOW_SECS", 20);
    let stored = env("STORED", 45) as usize;
    let stored_len = env("STORED_MIB", 23) as usize * MIB + TAG;
    let tricklers = env("TRICKLERS", 6) as usize;
    // The largest body the server takes: the largest ciphertext (25.5 MiB + tag at the default CINDER_MAX_BYTES).
    let largest = env("LARGEST_CIPHERTEXT", 51 * 512 * 1024 + TAG as u64) as usize;

    let rng = SystemRandom::new();
    let mut fill = vec![0u8; MIB];
    rng.fill(&mut fill).unwrap();
    let fill: Arc<[u8]> = fill.into();

    println!("| point | what | result | peak RSS, VmHWM (MB) | peak RSS, sampled (MB) | RSS after (MB) | server threads after |");
    println!("|---|---|---|---:|---:|---:|---:|");
    println!("| 1 | idle after start | | {} | | {} | {} |", mb(p.hwm()), mb(p.rss()), p.threads());

    // 2. Concurrent large uploads.
    let point = p.begin();
    let started = Instant::now();
    let uploads: Vec<_> = (0..concurrent)
        .map(|_| {
            let (made, meta) = new_secret(&rng);
            let (addr, fill) = (addr.clone(), fill.clone());
            tokio::spawn(async move { (made, create(&addr, &meta, big, &fill, 0, false).await) })
        })
        .collect();
    let mut made = Vec::new();
    let mut statuses = std::collections::BTreeMap::new();
    for u in uploads {
        let (m, r) = u.await.unwrap();
        let status = r.map(|(s, _)| s).unwrap_or(0);
        *statuses.entry(status).or_insert(0) += 1;
        if status == 201 {
            made.push(m);
        }
    }
    let took = started.elapsed();
    point.row(
        2,
        &format!("{concurrent} concurrent uploads of {:.1} MiB", big as f64 / MIB as f64),
        &format!("statuses {statuses:?} in {:.1} s", took.as_secs_f64()),
    );

    // 3. Concurrent opens, slow readers.
    let point = p.begin();
    let opens: Vec<_> = made
        .into_iter()
        .map(|m| {
            let addr = addr.clone();
            tokio::spawn(async move { open(&addr, &m, slow_rate, slow_secs).await })
        })
        .collect();
    let mut statuses = std::collections::BTreeMap::new();
    let mut read = 0;
    for o in opens {
        let (status, got) = o.await.unwrap().unwrap_or((0, 0));
        *statuses.entry(status).or_insert(0) += 1;
        read += got;
    }
    point.row(
        3,
        &format!("{concurrent} concurrent opens, readers at {} KiB/s for {slow_secs} s", slow_rate / 1024),
        &format!("statuses {statuses:?}, {:.1} MiB read in all", read as f64 / MIB as f64),
    );

    // 4. About 1 GiB stored, created one after another, then idle.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let point = p.begin();
    let mut statuses = std::collections::BTreeMap::new();
    for _ in 0..stored {
        let (_, meta) = new_secret(&rng);
        let status = create(&addr, &meta, stored_len, &fill, 0, false).await.map(|(s, _)| s).unwrap_or(0);
        *statuses.entry(status).or_insert(0) += 1;
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    point.row(
        4,
        &format!(
            "{stored} × {:.1} MiB stored ({:.2} GiB), created one by one, then 5 s idle",
            stored_len as f64 / MIB as f64,
            (stored * stored_len) as f64 / (1 << 30) as f64
        ),
        &format!("statuses {statuses:?}"),
    );

    // 5. A small chunked create while large uploads trickle.
    let point = p.begin();
    let trickling: Vec<_> = (0..tricklers)
        .map(|_| {
            let (_, meta) = new_secret(&rng);
            let (addr, fill) = (addr.clone(), fill.clone());
            tokio::spawn(async move { create(&addr, &meta, largest, &fill, slow_rate, false).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut latencies = Vec::new();
    let mut statuses = std::collections::BTreeMap::new();
    for _ in 0..5 {
        let (_, meta) = new_secret(&rng);
        let (status, took) = create(&addr, &meta, 1024 + TAG, &fill, 0, true).await.unwrap_or((0, Duration::ZERO));
        *statuses.entry(status).or_insert(0) += 1;
        latencies.push(took.as_secs_f64() * 1000.0);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for t in &trickling {
        t.abort();
    }
    let lat: Vec<String> = latencies.iter().map(|l| format!("{l:.1}")).collect();
    point.row(
        5,
        &format!(
            "1 KiB create, chunked, while {tricklers} uploads declaring {:.1} MiB trickle at {} KiB/s",
            largest as f64 / MIB as f64,
            slow_rate / 1024
        ),
        &format!("statuses {statuses:?}, latency {} ms", lat.join(" / ")),
    );
}
