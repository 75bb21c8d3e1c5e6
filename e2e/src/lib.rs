//! Harness for the end-to-end tests: the real release binary, alone in an empty directory, driven by real headless Chromium
//! whose every request passes through a recording proxy, so tests can assert on every byte the browser sends.
//!
//! Everything started here is torn down on drop, so a failing (panicking) test leaves no process behind.

use anyhow::{bail, Context as _, Result};
use bytes::Bytes;
use fantoccini::{Client, ClientBuilder};
use http_body_util::{BodyExt as _, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Hosts that Chromium itself contacts (updates, network time, sign-in, search-engine preconnect) whatever page is open,
/// despite every flag that should stop it. Exact names, so a page's request to, say, a font CDN is still caught.
pub const CHROMIUM_SERVICE_HOSTS: &[&str] = &[
    "start.duckduckgo.com",
    "accounts.google.com",
    "update.googleapis.com",
    "clients2.google.com",
    "optimizationguide-pa.googleapis.com",
    "content-autofill.googleapis.com",
    "safebrowsingohttpgateway.googleapis.com",
    "www.google.com",
];

/// One request the browser sent (to anyone), and what it got back.
#[derive(Clone, Debug)]
pub struct Exchange {
    /// Request method.
    pub method: String,
    /// Request target as the browser sent it to the proxy (absolute form: `http://host:port/path?query`).
    pub uri: String,
    /// Request headers, in order.
    pub headers: Vec<(String, Vec<u8>)>,
    /// Request body.
    pub body: Bytes,
    /// Whether it went to the Cinder server under test (false: a third party, which the proxy refused).
    pub to_server: bool,
    /// Response status; 0 when the server gave no answer (it was stopped, see [`Harness::stop_server`]): the proxy then
    /// closes the browser's connection without a response, as the stopped server itself would have refused it.
    pub status: u16,
    /// Response headers.
    pub response_headers: Vec<(String, String)>,
    /// Response body length as sent over the wire (after content encoding).
    pub response_bytes: usize,
}

impl Exchange {
    /// A response header's value, if present (case-insensitive name).
    pub fn response_header(&self, name: &str) -> Option<&str> {
        self.response_headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Every byte of the request as sent: request line, headers and body.
    pub fn request_bytes(&self) -> Vec<u8> {
        let mut all = format!("{} {}\n", self.method, self.uri).into_bytes();
        for (name, value) in &self.headers {
            all.extend_from_slice(name.as_bytes());
            all.extend_from_slice(b": ");
            all.extend_from_slice(value);
            all.push(b'\n');
        }
        all.extend_from_slice(&self.body);
        all
    }
}

/// Options for [`Harness::start_with`].
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Extra environment for the server (e.g. `CINDER_TTL_CHOICES`).
    pub server_env: Vec<(String, String)>,
    /// More server processes beside the first, started with the same environment (which must then name a shared store,
    /// `CINDER_STORE=redis://…`): a scaled-out site whose instances the browser reaches at [`Harness::base_urls`].
    pub more_servers: usize,
    /// The browser's preferred languages, most preferred first (e.g. `"sv"` or `"sv-SE,sv,en"`): what Chromium puts in
    /// `navigator.languages` and `Accept-Language`. `None`: Chromium's default (English).
    pub browser_languages: Option<String>,
    /// Origins (`host:port`) the browser reaches directly, not through the recording proxy, and whose certificates it
    /// does not check: a TLS reverse proxy in front of the server, with a test certificate. Their traffic is encrypted,
    /// so it is not recorded; a story using them checks what it needs at the proxy.
    pub direct_tls: Vec<String>,
}

/// A running server, proxy and browser.
pub struct Harness {
    /// The server's own origin, e.g. `http://127.0.0.1:41234` (the browser reaches it through the proxy).
    pub base_url: String,
    /// Every server's origin, the first one's ([`Harness::base_url`]) first; see [`Options::more_servers`].
    pub base_urls: Vec<String>,
    /// The recording proxy as an `http://` URL, for other clients (the command line) whose traffic must be checked too.
    pub proxy_url: String,
    /// The WebDriver session.
    pub client: Client,
    /// Where the server keeps its sled data (inside `work`).
    pub data_dir: PathBuf,
    recorded: Arc<Mutex<Vec<Exchange>>>,
    /// What [`Harness::finish`] checks was never sent: (bytes, what they are).
    secrets: Mutex<Vec<(Vec<u8>, String)>>,
    server_log: Arc<Mutex<Vec<String>>>,
    chromedriver: Child,
    server: Child,
    more_servers: Vec<Child>,
    proxy: tokio::task::JoinHandle<()>,
    // Dropped last: the directories the processes run in.
    _work: tempfile::TempDir,
}

/// The workspace root (artifacts and the default binary location hang off it).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("e2e lives below the workspace root").to_path_buf()
}

/// The release binary under test: `CINDER_BIN`, else `target/release/cinder`.
pub fn release_binary() -> Result<PathBuf> {
    let bin = std::env::var_os("CINDER_BIN").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target/release/cinder"));
    if !bin.exists() {
        bail!(
            "{} does not exist: run the suite with `cargo xtask test`, which builds the client and the release binary first",
            bin.display()
        );
    }
    Ok(bin)
}

impl Harness {
    /// Starts everything with default options.
    pub async fn start() -> Result<Harness> {
        Self::start_with(Options::default()).await
    }

    /// Starts the server (copied alone into an empty directory), the recording proxy, chromedriver and Chromium.
    pub async fn start_with(options: Options) -> Result<Harness> {
        let work = tempfile::tempdir().context("creating the work directory")?;
        let data_dir = work.path().join("data");
        let server_log = Arc::new(Mutex::new(Vec::new()));
        let (server, server_addr) = start_server(work.path(), &data_dir, &options, server_log.clone()).await?;
        let (mut more_servers, mut addrs) = (Vec::new(), vec![server_addr]);
        for _ in 0..options.more_servers {
            let (child, addr) = start_server(work.path(), &data_dir, &options, server_log.clone()).await?;
            more_servers.push(child);
            addrs.push(addr);
        }
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let base_urls = addrs.iter().map(|a| format!("http://{a}")).collect();
        let (proxy, proxy_addr) = start_proxy(addrs, recorded.clone()).await?;
        let (chromedriver, client) = start_browser(work.path(), proxy_addr, &options).await?;
        Ok(Harness {
            base_url: format!("http://{server_addr}"),
            base_urls,
            proxy_url: format!("http://{proxy_addr}"),
            client,
            data_dir,
            recorded,
            secrets: Mutex::new(Vec::new()),
            server_log,
            chromedriver,
            server,
            more_servers,
            proxy,
            _work: work,
        })
    }

    /// An absolute URL on the server for `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Every request the browser has sent so far.
    pub fn recorded(&self) -> Vec<Exchange> {
        self.recorded.lock().expect("recorder lock").clone()
    }

    /// Requests the browser tried to send anywhere but the server (refused by the proxy), as `METHOD URI`,
    /// leaving out Chromium's own service traffic (see [`CHROMIUM_SERVICE_HOSTS`]).
    pub fn third_party_requests(&self) -> Vec<String> {
        self.recorded()
            .into_iter()
            .filter(|e| !e.to_server && !CHROMIUM_SERVICE_HOSTS.iter().any(|h| e.uri.starts_with(h) || e.uri.contains(&format!("://{h}"))))
            .map(|e| format!("{} {}", e.method, e.uri))
            .collect()
    }

    /// What the server printed so far (stdout and stderr).
    pub fn server_log(&self) -> Vec<String> {
        self.server_log.lock().expect("log lock").clone()
    }

    /// Registers `secret` for [`Harness::finish`], which asserts it was never sent (in any encoding) during the whole
    /// test: the shared steps register every text, passphrase, link and receipt secret they handle, so every story
    /// checks zero knowledge over all its traffic.
    pub fn keep_secret(&self, secret: &[u8], what: &str) {
        if !secret.is_empty() {
            self.secrets.lock().expect("secrets lock").push((secret.to_vec(), what.to_owned()));
        }
    }

    /// Fails if `secret` appears in anything the browser sent (URLs, headers, bodies): raw, base64 (standard or url, padded or not), hex, or percent-encoded.
    pub fn assert_never_sent(&self, secret: &[u8], what: &str) {
        assert!(!secret.is_empty(), "assert_never_sent({what}) needs a non-empty needle");
        let forms = encodings(secret);
        for exchange in self.recorded() {
            let sent = exchange.request_bytes();
            assert!(!contains(&sent, secret), "{what} was sent (raw) in {} {}", exchange.method, exchange.uri);
            for (form, needle) in &forms {
                assert!(!contains(&sent, needle.as_bytes()), "{what} was sent ({form}) in {} {}", exchange.method, exchange.uri);
            }
        }
    }

    /// Console messages at level SEVERE so far (JavaScript errors, CSP violations, failed loads).
    pub async fn console_errors(&self) -> Result<Vec<String>> {
        let logs = self.client.issue_cmd(BrowserLog).await.context("reading the browser log")?;
        Ok(logs
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect())
    }

    /// Waits (up to 10 s) for an element matching `css`; on time-out the error carries what the browser sent and logged.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element> {
        match self.client.wait().at_most(Duration::from_secs(10)).for_element(fantoccini::Locator::Css(css)).await {
            Ok(element) => Ok(element),
            Err(e) => {
                let _ = self.screenshot("last-failure").await;
                let requests: Vec<String> = self.recorded().iter().map(|x| format!("{} {} -> {}", x.method, x.uri, x.status)).collect();
                bail!(
                    "no element matches `{css}` ({e}); requests: {requests:#?}; console: {:#?}; server log: {:#?}; page: {}",
                    self.console_errors().await.unwrap_or_default(),
                    self.server_log(),
                    self.client.source().await.unwrap_or_default()
                )
            }
        }
    }

    /// Saves a PNG of the current page as `artifacts/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let png = self.client.screenshot().await.context("taking a screenshot")?;
        let dir = workspace_root().join("artifacts/screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Stops the server (and waits until it has exited), leaving the browser and the proxy running: from then on every request
    /// for the server gets no answer, as when the server is down or the network is gone. Drop still cleans up as usual.
    pub async fn stop_server(&mut self) -> Result<()> {
        self.server.kill().await.context("stopping the server")
    }

    /// Asserts that no secret registered with [`Harness::keep_secret`] was ever sent, then ends the browser session
    /// cleanly; processes are then stopped by drop.
    pub async fn finish(self) -> Result<()> {
        for (secret, what) in self.secrets.lock().expect("secrets lock").iter() {
            self.assert_never_sent(secret, what);
        }
        self.client.clone().close().await.context("closing the browser session")?;
        Ok(())
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        self.proxy.abort();
        // chromedriver leads its own process group, Chromium's processes included: end them all.
        if let Some(pid) = self.chromedriver.id() {
            let _ = std::process::Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
        }
        let _ = self.chromedriver.start_kill();
        let _ = self.server.start_kill();
        for server in &mut self.more_servers {
            let _ = server.start_kill();
        }
    }
}

fn encodings(secret: &[u8]) -> Vec<(&'static str, String)> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    use base64::Engine as _;
    let hex_lower: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    let percent: String =
        secret.iter().map(|&b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect();
    vec![
        ("base64", STANDARD.encode(secret)),
        ("base64 unpadded", STANDARD_NO_PAD.encode(secret)),
        ("base64url", URL_SAFE.encode(secret)),
        ("base64url unpadded", URL_SAFE_NO_PAD.encode(secret)),
        ("hex", hex_lower.clone()),
        ("HEX", hex_lower.to_uppercase()),
        ("percent-encoded", percent),
    ]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Chromedriver's (Selenium-compatible) browser log endpoint.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

async fn start_server(work: &Path, data_dir: &Path, options: &Options, log: Arc<Mutex<Vec<String>>>) -> Result<(Child, SocketAddr)> {
    // The binary runs alone in an otherwise empty directory: it must carry the whole app.
    let bin = work.join("cinder");
    if !bin.exists() {
        std::fs::copy(release_binary()?, &bin).context("copying the release binary")?;
    }
    let mut cmd = Command::new(&bin);
    cmd.arg("serve")
        .current_dir(work)
        .env_clear()
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_DATA_DIR", data_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    for (k, v) in &options.server_env {
        cmd.env(k, v);
    }
    // Another test in this process may fork (to start its own processes) while the copy above still has the binary open
    // for writing; the forked child holds that descriptor until it execs, and meanwhile exec here fails with ETXTBSY.
    let mut attempts = 0;
    let mut child = loop {
        match cmd.spawn() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && attempts < 50 => {
                attempts += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            spawned => break spawned.context("starting the server")?,
        }
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    for stream in [Box::new(stdout) as Box<dyn tokio::io::AsyncRead + Unpin + Send>, Box::new(stderr)] {
        let (tx, log) = (tx.clone(), log.clone());
        tokio::spawn(async move {
            let mut lines = BufReader::new(stream).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(addr) = line.split("listening on http://").nth(1) {
                    let _ = tx.send(addr.split_whitespace().next().unwrap_or_default().to_owned());
                }
                log.lock().expect("log lock").push(line);
            }
        });
    }
    let addr = tokio::time::timeout(Duration::from_secs(20), rx.recv())
        .await
        .context("the server did not say `listening on http://…` within 20 s")?
        .context("the server exited before listening")?;
    Ok((child, addr.parse().with_context(|| format!("parsing the server address {addr:?}"))?))
}

async fn start_proxy(servers: Vec<SocketAddr>, recorded: Arc<Mutex<Vec<Exchange>>>) -> Result<(tokio::task::JoinHandle<()>, SocketAddr)> {
    let servers = Arc::new(servers);
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let upstream = hyper_util::client::legacy::Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (recorded, upstream, servers) = (recorded.clone(), upstream.clone(), servers.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| forward(req, servers.clone(), upstream.clone(), recorded.clone()));
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
    Ok((task, addr))
}

type Upstream = hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

async fn forward(
    req: Request<Incoming>,
    servers: Arc<Vec<SocketAddr>>,
    upstream: Upstream,
    recorded: Arc<Mutex<Vec<Exchange>>>,
) -> Result<Response<Full<Bytes>>, Box<dyn std::error::Error + Send + Sync>> {
    let (parts, body) = req.into_parts();
    let body = body.collect().await?.to_bytes();
    let authority = parts.uri.authority().map(|a| a.as_str().to_owned()).unwrap_or_default();
    let server = servers.iter().find(|s| s.to_string() == authority).copied();
    let to_server = parts.method != hyper::Method::CONNECT && server.is_some();
    let mut exchange = Exchange {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: parts.headers.iter().map(|(n, v)| (n.to_string(), v.as_bytes().to_vec())).collect(),
        body: body.clone(),
        to_server,
        status: StatusCode::FORBIDDEN.as_u16(),
        response_headers: Vec::new(),
        response_bytes: 0,
    };
    let response = if let Some(server) = server.filter(|_| to_server) {
        let path = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let mut builder = Request::builder().method(parts.method.clone()).uri(format!("http://{server}{path}"));
        for (name, value) in &parts.headers {
            if !matches!(name.as_str(), "proxy-connection" | "connection" | "keep-alive") {
                builder = builder.header(name, value);
            }
        }
        match upstream.request(builder.body(Full::new(body)).expect("valid forwarded request")).await {
            Ok(resp) => {
                let (parts, body) = resp.into_parts();
                let body = body.collect().await?.to_bytes();
                let mut out = Response::builder().status(parts.status);
                for (name, value) in &parts.headers {
                    out = out.header(name, value);
                }
                out.body(Full::new(body)).expect("valid response")
            }
            Err(e) => {
                // No server: record the attempt, then close the browser's connection without an answer (a 502 from here
                // would be an answer, which a browser talking to a stopped server directly never gets).
                exchange.status = 0;
                recorded.lock().expect("recorder lock").push(exchange);
                return Err(e.into());
            }
        }
    } else {
        Response::builder()
            .status(StatusCode::FORBIDDEN)
            .body(Full::new(Bytes::from_static(b"third-party request refused by the e2e proxy")))
            .expect("valid response")
    };
    exchange.status = response.status().as_u16();
    exchange.response_bytes = hyper::body::Body::size_hint(response.body()).exact().unwrap_or_default() as usize;
    exchange.response_headers =
        response.headers().iter().map(|(n, v)| (n.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    recorded.lock().expect("recorder lock").push(exchange);
    Ok(response)
}

async fn start_browser(work: &Path, proxy: SocketAddr, options: &Options) -> Result<(Child, Client)> {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
        probe.local_addr()?.port()
    };
    let mut chromedriver = Command::new(CHROMEDRIVER);
    chromedriver
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .kill_on_drop(true);
    let chromedriver = chromedriver.spawn().with_context(|| format!("starting {CHROMEDRIVER} (run `cargo xtask setup`)"))?;
    let webdriver = format!("http://127.0.0.1:{port}");
    let profile = work.join("chromium-profile");
    let mut caps = serde_json::json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                // Keep Chromium's own traffic (updates, time, sign-in, hints, search preconnects) out of the recording.
                "--disable-client-side-phishing-detection", "--disable-default-apps", "--disable-domain-reliability",
                "--disable-extensions", "--disable-component-extensions-with-background-pages", "--no-default-browser-check",
                "--no-pings", "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,OptimizationGuideModelDownloading,OptimizationHintsFetching,OptimizationTargetPrediction,Translate,MediaRouter,AutofillServerCommunication,InterestFeedContentSuggestions,SignInProfileCreation,PrivacySandboxSettings4",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                format!("--user-data-dir={}", profile.display()),
                // Every request, loopback included, goes through the recording proxy.
                format!("--proxy-server=http://{proxy}"),
                format!("--proxy-bypass-list={}", ["<-loopback>".to_owned()].iter().chain(&options.direct_tls).cloned().collect::<Vec<_>>().join(";")),
            ],
        },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    if !options.direct_tls.is_empty() {
        caps["goog:chromeOptions"]["args"].as_array_mut().expect("args").push("--ignore-certificate-errors".into());
    }
    if let Some(languages) = &options.browser_languages {
        // `--lang` sets the UI language, `intl.accept_languages` what pages see (`navigator.languages`, `Accept-Language`).
        let chrome = &mut caps["goog:chromeOptions"];
        let first = languages.split(',').next().unwrap_or_default();
        chrome["args"].as_array_mut().expect("args").push(format!("--lang={first}").into());
        chrome["prefs"] = serde_json::json!({ "intl": { "accept_languages": languages } });
    }
    let caps = caps.as_object().expect("object").clone();
    let mut last_error = None;
    for _ in 0..50 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&webdriver)
            .await
        {
            Ok(client) => return Ok((chromedriver, client)),
            Err(e) => {
                last_error = Some(e);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    bail!("could not start a Chromium session: {last_error:?}")
}
