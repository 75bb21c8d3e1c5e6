//! Test helpers shared by the in-process tests and the spawned-binary tests: real sealed secrets, the multipart body
//! a client sends, an in-process app on a real sled directory, and the real `cinder` binary on a free port.
#![allow(dead_code)]

pub mod cli;
pub mod load;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use cinder_server::{app, open_store, AppState, Config};
use shared::api::{CreateReceipt, CreateSecret, CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};
use shared::envelope::request::{AskerSecret, RequestKey};
use shared::envelope::{seal, Argon2Params, LinkSecret, Payload, ReceiptSecret};
use tower::ServiceExt as _;

/// A secret sealed exactly as the browser seals it, with everything a test needs to create, open and burn it.
pub struct Fixture {
    pub text: String,
    pub id: String,
    pub verifier: String,
    pub header: String,
    pub ciphertext: Vec<u8>,
    /// The open proof, derived from the link as an opening browser derives it.
    pub proof: String,
    /// The link's gate, which an opening browser sends with its proof.
    pub gate: String,
    pub gate_verifier: String,
    /// The passphrase it was sealed with, if any.
    pub passphrase: Option<String>,
    pub receipt: Option<ReceiptFixture>,
    /// How many times it may be opened (`None`: left out, once).
    pub views: Option<u32>,
    link: LinkSecret,
    header_bytes: Vec<u8>,
}

pub struct ReceiptFixture {
    pub id: String,
    pub burn_proof: String,
    pub burn_verifier: String,
}

impl Fixture {
    pub fn new(text: &str) -> Fixture {
        Fixture::sealed(text, None)
    }

    /// A secret that needs a passphrase: wrong proofs that carry the gate are counted guesses.
    pub fn with_passphrase(text: &str, passphrase: &str) -> Fixture {
        Fixture::sealed(text, Some(passphrase))
    }

    fn sealed(text: &str, passphrase: Option<&str>) -> Fixture {
        let payload = Payload { text: text.to_owned().into(), files: vec![] };
        let sealed = seal(&payload, passphrase, Argon2Params::DEFAULT).expect("seal");
        let keys = sealed.link.open_keys(&sealed.id, &sealed.header, passphrase).expect("keys");
        Fixture {
            text: text.to_owned(),
            id: sealed.id.to_text(),
            verifier: sealed.verifier.to_text(),
            header: shared::b64::encode(&sealed.header),
            ciphertext: sealed.ciphertext,
            proof: keys.proof.to_text(),
            gate: sealed.link.gate().to_text(),
            gate_verifier: sealed.gate_verifier.to_text(),
            passphrase: passphrase.map(str::to_owned),
            receipt: None,
            views: None,
            link: sealed.link,
            header_bytes: sealed.header,
        }
    }

    pub fn with_receipt(text: &str) -> Fixture {
        Fixture::new(text).and_receipt()
    }

    /// The same secret with a receipt for its creator.
    pub fn and_receipt(self) -> Fixture {
        let mut f = self;
        let rs = ReceiptSecret::generate().expect("receipt secret");
        let burn = rs.burn_proof();
        f.receipt = Some(ReceiptFixture { id: rs.id().to_text(), burn_proof: burn.to_text(), burn_verifier: burn.verifier().to_text() });
        f
    }

    pub fn meta(&self, ttl: u64) -> CreateSecret {
        CreateSecret {
            id: self.id.clone(),
            verifier: self.verifier.clone(),
            ttl,
            header: self.header.clone(),
            receipt: self.receipt.as_ref().map(|r| CreateReceipt { id: r.id.clone(), burn_verifier: r.burn_verifier.clone() }),
            gate_verifier: Some(self.gate_verifier.clone()),
            views: self.views,
        }
    }

    /// The same secret, to be opened `n` times.
    pub fn with_views(self, n: u32) -> Fixture {
        Fixture { views: Some(n), ..self }
    }

    /// The multipart body of `POST /api/v1/secrets` with this secret's metadata.
    pub fn form(&self, ttl: u64) -> (String, Vec<u8>) {
        form(&serde_json::to_vec(&self.meta(ttl)).unwrap(), &self.ciphertext)
    }

    pub fn receipt(&self) -> &ReceiptFixture {
        self.receipt.as_ref().expect("fixture has a receipt")
    }

    /// Decrypts what the server returned, as the opening browser does.
    pub fn decrypt(&self, ciphertext: &[u8]) -> String {
        let id = shared::envelope::SecretId::from_text(&self.id).unwrap();
        let keys = self.link.open_keys(&id, &self.header_bytes, self.passphrase.as_deref()).unwrap();
        keys.open(&id, &self.header_bytes, ciphertext).expect("decrypts").text.to_string()
    }
}

/// An asker's request, made as the asker's browser makes it.
pub struct AskerFixture {
    pub secret: AskerSecret,
    pub key: RequestKey,
    pub id: String,
}

impl AskerFixture {
    pub fn new() -> AskerFixture {
        let secret = AskerSecret::generate().unwrap();
        let key = secret.request_key();
        let id = key.id().to_text();
        AskerFixture { secret, key, id }
    }

    /// The body of `POST /api/v1/requests`.
    pub fn body(&self, note: &str, ttl: u64) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({
            "id": self.id,
            "answer_verifier": self.key.answer_proof().verifier().to_text(),
            "fetch_verifier": self.secret.fetch_proof().verifier().to_text(),
            "ttl": ttl,
            "note": shared::b64::encode(&self.key.seal_note(note).unwrap()),
        }))
        .unwrap()
    }

    pub fn fetch_proof(&self) -> String {
        self.secret.fetch_proof().to_text()
    }
}

/// The answer to `key` of `text`, sealed as the answerer's page seals it, with the proof `proof`.
pub fn answer_form(key: &RequestKey, proof: &str, text: &str) -> (String, Vec<u8>) {
    let sealed = key.seal_answer(&Payload { text: text.to_owned().into(), files: vec![] }).unwrap();
    let meta = serde_json::to_vec(&serde_json::json!({ "id": key.id().to_text(), "proof": proof })).unwrap();
    form(&meta, &sealed)
}

/// The largest ciphertext length at most `max` that an envelope can have (the server refuses others).
pub fn valid_len(max: usize) -> usize {
    (0..=max).rev().find(|&n| shared::envelope::ciphertext_len_is_valid(n)).expect("some length fits")
}

/// A 32-byte proof that matches nothing.
pub fn wrong_proof() -> String {
    shared::b64::encode(&[7u8; 32])
}

/// A JSON object of string fields.
pub fn json_body(fields: &[(&str, &str)]) -> Vec<u8> {
    let map: serde_json::Map<String, serde_json::Value> = fields.iter().map(|(k, v)| (k.to_string(), (*v).into())).collect();
    serde_json::to_vec(&map).unwrap()
}

/// The body of `POST /api/v1/secrets/open`.
pub fn open_body(id: &str, proof: &str, gate: Option<&str>) -> Vec<u8> {
    match gate {
        Some(g) => json_body(&[("id", id), ("proof", proof), ("gate", g)]),
        None => json_body(&[("id", id), ("proof", proof)]),
    }
}

pub const BOUNDARY: &str = "cinder-test-4f1d3c";

/// A multipart/form-data body with a JSON `meta` part and a raw `ciphertext` part: (content type, body).
pub fn form(meta: &[u8], ciphertext: &[u8]) -> (String, Vec<u8>) {
    form_parts(&[(CREATE_META_FIELD, "application/json", meta), (CREATE_CIPHERTEXT_FIELD, "application/octet-stream", ciphertext)])
}

/// A multipart body with arbitrary parts, for malformed-input tests.
pub fn form_parts(parts: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    for (name, ctype, data) in parts {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\nContent-Type: {ctype}\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

/// A response, fully read.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|_| panic!("not JSON: {:?}", String::from_utf8_lossy(&self.body)))
    }
    pub fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or_default().to_owned()
    }
}

/// The app in process, on a real sled directory.
pub struct TestApp {
    pub router: Router,
    pub config: Config,
    _dir: tempfile::TempDir,
}

/// Settings for in-process tests: short TTL choices for expiry, no rate limit unless asked.
pub fn test_args(extra: &[&str]) -> Vec<String> {
    let defaults = [("--ttl-choices", "1s,2s,1h"), ("--default-ttl", "1h"), ("--rate-limit", "0")];
    let mut args = vec!["cinder".to_string()];
    for (flag, value) in defaults {
        if !extra.contains(&flag) {
            args.extend([flag.to_string(), value.to_string()]);
        }
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

pub const TTL: u64 = 3600;

impl TestApp {
    pub fn new() -> TestApp {
        TestApp::with_args(&[])
    }

    pub fn with_args(extra: &[&str]) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let mut args = test_args(extra);
        args.extend(["--data-dir".to_string(), dir.path().display().to_string()]);
        let config = Config::from_arg_list(args).expect("config");
        // sled opens without awaiting anything, so this sync helper can poll it once.
        let store = futures_util::FutureExt::now_or_never(open_store(&config)).expect("sled opens at once").expect("store");
        let router = app(AppState::new(config.clone(), store));
        TestApp { router, config, _dir: dir }
    }

    pub async fn send(&self, req: Request<Body>) -> Answer {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let (parts, body) = res.into_parts();
        let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        Answer { status: parts.status, headers: parts.headers, body }
    }

    pub async fn request(&self, method: Method, uri: &str, ctype: Option<&str>, body: Vec<u8>) -> Answer {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(c) = ctype {
            req = req.header("content-type", c);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    pub async fn get(&self, uri: &str) -> Answer {
        self.request(Method::GET, uri, None, vec![]).await
    }

    pub async fn post_json(&self, uri: &str, body: Vec<u8>) -> Answer {
        self.request(Method::POST, uri, Some("application/json"), body).await
    }

    pub async fn create_form(&self, (ctype, body): (String, Vec<u8>)) -> Answer {
        self.request(Method::POST, "/api/v1/secrets", Some(&ctype), body).await
    }

    pub async fn create(&self, f: &Fixture, ttl: u64) -> Answer {
        self.create_form(f.form(ttl)).await
    }

    pub async fn peek(&self, id: &str) -> Answer {
        self.post_json("/api/v1/secrets/peek", json_body(&[("id", id)])).await
    }

    pub async fn open(&self, id: &str, proof: &str) -> Answer {
        self.post_json("/api/v1/secrets/open", open_body(id, proof, None)).await
    }

    /// An open attempt with the link's gate, as a browser holding the link sends it.
    pub async fn open_gated(&self, id: &str, proof: &str, gate: &str) -> Answer {
        self.post_json("/api/v1/secrets/open", open_body(id, proof, Some(gate))).await
    }

    /// The opener's burn of the opens left: the same body as an open.
    pub async fn burn_rest(&self, id: &str, proof: &str, gate: Option<&str>) -> Answer {
        self.post_json("/api/v1/secrets/burn", open_body(id, proof, gate)).await
    }

    pub async fn receipt(&self, rid: &str) -> Answer {
        self.post_json("/api/v1/receipts/status", json_body(&[("receipt", rid)])).await
    }

    pub async fn burn(&self, rid: &str, proof: &str) -> Answer {
        self.post_json("/api/v1/receipts/burn", json_body(&[("receipt", rid), ("proof", proof)])).await
    }
}

/// The real `cinder` binary on a free port, with its output captured line by line.
pub struct Server {
    child: Child,
    pub base: String,
    pub addr: String,
    output: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts the binary on `127.0.0.1:0` with `data_dir` (None: the binary's default) and extra environment.
    pub fn start(data_dir: Option<&Path>, env: &[(&str, &str)]) -> Server {
        Server::start_with(Path::new(env!("CARGO_BIN_EXE_cinder")), None, data_dir, env)
    }

    /// Starts `binary` in `cwd`.
    pub fn start_with(binary: &Path, cwd: Option<&Path>, data_dir: Option<&Path>, env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(binary);
        cmd.arg("serve");
        cmd.env("CINDER_LISTEN", "127.0.0.1:0")
            .env("CINDER_TTL_CHOICES", "1s,2s,1h")
            .env("CINDER_DEFAULT_TTL", "1h")
            .env("CINDER_RATE_LIMIT", "0")
            .env_remove("CINDER_DATA_DIR")
            .env_remove("RUST_LOG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(d) = data_dir {
            cmd.env("CINDER_DATA_DIR", d);
        }
        if let Some(c) = cwd {
            cmd.current_dir(c);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn cinder");
        let output = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel::<String>();
        let mut readers = Vec::new();
        let pipes: [Box<dyn std::io::Read + Send>; 2] = [Box::new(child.stdout.take().unwrap()), Box::new(child.stderr.take().unwrap())];
        for pipe in pipes {
            let (output, tx) = (output.clone(), tx.clone());
            readers.push(std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    output.lock().unwrap().push_str(&line);
                    output.lock().unwrap().push('\n');
                    if let Some(rest) = line.split("listening on http://").nth(1) {
                        let _ = tx.send(rest.trim().to_owned());
                    }
                }
            }));
        }
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(addr) => addr,
            Err(_) => {
                let _ = child.kill();
                panic!("server did not start: {}", output.lock().unwrap());
            }
        };
        Server { child, base: format!("http://{addr}"), addr, output, readers }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// SIGKILL: no chance to flush anything.
    pub fn kill9(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM, then waits for the process to exit (and its output to be read).
    pub fn terminate(&mut self) -> ExitStatus {
        self.signal("-TERM")
    }

    /// Sends `signal` (as `kill` spells it, e.g. `-INT`) and waits for the process to exit.
    pub fn signal(&mut self, signal: &str) -> ExitStatus {
        let status = Command::new("kill").args([signal, &self.child.id().to_string()]).status().unwrap();
        assert!(status.success());
        self.wait()
    }

    pub fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }

    /// The process started (a wrapper such as strace, when one was given as the binary).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the process to exit on its own (and its output to be read).
    pub fn wait(&mut self) -> ExitStatus {
        let status = self.child.wait().unwrap();
        for r in self.readers.drain(..) {
            r.join().unwrap();
        }
        status
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where the http_* helpers send requests: a spawned server, or a proxy in front of some.
pub trait Endpoint {
    /// The full URL of `path` (which starts with `/`).
    fn url(&self, path: &str) -> String;
}

impl Endpoint for Server {
    fn url(&self, path: &str) -> String {
        Server::url(self, path)
    }
}

/// A client for a TLS proxy in front of spawned servers: it trusts the test CA in `ca_pem`, resolves `localhost` to the
/// loopback address the proxy listens on, and connects from `source` (another loopback address is another client as
/// the proxy and the servers see it). Redirects are answers, not followed.
pub fn proxy_client(ca_pem: &Path, source: [u8; 4]) -> reqwest::Client {
    let ca = reqwest::Certificate::from_pem(&std::fs::read(ca_pem).unwrap()).unwrap();
    reqwest::Client::builder()
        .add_root_certificate(ca)
        .local_address(std::net::IpAddr::from(source))
        .resolve("localhost", ([127, 0, 0, 1], 0).into())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A reqwest client for the spawned server.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(64).build().unwrap()
}

pub async fn http_create(client: &reqwest::Client, server: &impl Endpoint, f: &Fixture, ttl: u64) -> reqwest::Response {
    let (ctype, body) = f.form(ttl);
    client.post(server.url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await.unwrap()
}

pub async fn http_open(client: &reqwest::Client, server: &impl Endpoint, id: &str, proof: &str) -> reqwest::Result<reqwest::Response> {
    client.post(server.url("/api/v1/secrets/open")).header("content-type", "application/json").body(open_body(id, proof, None)).send().await
}

/// `POST /api/v1/requests/answer` of `text` to `asker`'s request with the proof `proof`, as the answerer's page sends it.
pub fn http_answer(
    client: &reqwest::Client,
    server: &impl Endpoint,
    asker: &AskerFixture,
    proof: &str,
    text: &str,
) -> reqwest::RequestBuilder {
    let (ctype, body) = answer_form(&asker.key, proof, text);
    client.post(server.url("/api/v1/requests/answer")).header("content-type", ctype).body(body)
}

/// A JSON POST to the spawned server.
pub async fn http_post(client: &reqwest::Client, server: &impl Endpoint, path: &str, body: Vec<u8>) -> reqwest::Result<reqwest::Response> {
    client.post(server.url(path)).header("content-type", "application/json").body(body).send().await
}

pub async fn http_peek(client: &reqwest::Client, server: &impl Endpoint, id: &str) -> reqwest::Response {
    http_post(client, server, "/api/v1/secrets/peek", json_body(&[("id", id)])).await.unwrap()
}

pub async fn http_receipt(client: &reqwest::Client, server: &impl Endpoint, rid: &str) -> reqwest::Response {
    http_post(client, server, "/api/v1/receipts/status", json_body(&[("receipt", rid)])).await.unwrap()
}

pub async fn http_burn(client: &reqwest::Client, server: &impl Endpoint, rid: &str, proof: &str) -> reqwest::Result<reqwest::Response> {
    http_post(client, server, "/api/v1/receipts/burn", json_body(&[("receipt", rid), ("proof", proof)])).await
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

pub fn path_of(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().to_path_buf()
}

/// `n` opens of `f` with its proof, spread over `servers` and released at once: the bodies of the 200s (every other
/// answer must be 404).
pub async fn race_opens(client: &reqwest::Client, servers: &[Server], f: &Fixture, n: usize) -> Vec<Bytes> {
    let barrier = Arc::new(tokio::sync::Barrier::new(n));
    let body = open_body(&f.id, &f.proof, Some(&f.gate));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let request = client
                .post(servers[i % servers.len()].url("/api/v1/secrets/open"))
                .header("content-type", "application/json")
                .body(body.clone());
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                let res = request.send().await.expect("request");
                let status = res.status();
                (status, res.bytes().await.expect("body"))
            })
        })
        .collect();
    let mut winners = Vec::new();
    for t in tasks {
        let (status, body) = t.await.unwrap();
        match status {
            reqwest::StatusCode::OK => winners.push(body),
            reqwest::StatusCode::NOT_FOUND => {}
            other => panic!("unexpected {other}: {}", String::from_utf8_lossy(&body)),
        }
    }
    winners
}

/// `n` requests released at once, spread over `servers`, every other one opening `f` and the rest burning it from its
/// receipt: (opens answered 200, burns answered 200). Every other answer must be 404 (open) or 409 (burn).
pub async fn race_open_and_burn(client: &reqwest::Client, servers: &[Server], f: &Fixture, n: usize) -> (usize, usize) {
    let barrier = Arc::new(tokio::sync::Barrier::new(n));
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let server = &servers[i % servers.len()];
            let (url, body) = if i % 2 == 0 {
                (server.url("/api/v1/secrets/open"), open_body(&f.id, &f.proof, Some(&f.gate)))
            } else {
                (server.url("/api/v1/receipts/burn"), json_body(&[("receipt", &f.receipt().id), ("proof", &f.receipt().burn_proof)]))
            };
            let request = client.post(url).header("content-type", "application/json").body(body);
            let barrier = barrier.clone();
            tokio::spawn(async move {
                barrier.wait().await;
                (i % 2 == 0, request.send().await.unwrap().status())
            })
        })
        .collect();
    let (mut opened, mut burned) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            (true, reqwest::StatusCode::OK) => opened += 1,
            (false, reqwest::StatusCode::OK) => burned += 1,
            (true, reqwest::StatusCode::NOT_FOUND) | (false, reqwest::StatusCode::CONFLICT) => {}
            (open, status) => panic!("unexpected {status} (open: {open})"),
        }
    }
    (opened, burned)
}
