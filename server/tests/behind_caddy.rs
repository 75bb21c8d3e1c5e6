//! The Caddy configurations the README offers, run for real: Debian's caddy 2.6 with `deploy/caddy/Caddyfile` and
//! `deploy/caddy/Caddyfile-sso` (only the site address, certificate and ports replaced) in front of the binary. What a
//! user meets through them must hold: TLS with HTTP/2, plain HTTP only redirecting, a 25 MiB secret byte for byte, the
//! page's own headers, a creation limit nobody dodges by naming their own address, creating only when signed in (a
//! forged identity header counts for nothing, and neither does an identity proxy's answer without a person), opening
//! for anyone, and no id, proof or client address in what Caddy writes.

mod common;
mod nginx_rig;
mod redis_rig;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use nginx_rig::test_certificates;
use redis_rig::free_port;
use reqwest::StatusCode;

const CADDY: &str = "/usr/bin/caddy";

/// What oauth2-proxy does for these tests, as one more Caddy site: `/oauth2/start` signs in (a session cookie of its
/// own); `/oauth2/auth` answers 202 with the person for that cookie, 204 without a person for the cookie `nobody`, else
/// 401. Any `Host` (Caddy passes the site's on).
fn identity_proxy(port: u16) -> String {
    format!(
        "http://:{port} {{
\troute /oauth2/start {{
\t\theader Set-Cookie \"session=alice-session; Path=/; Secure; HttpOnly; SameSite=Lax\"
\t\tredir {{query.rd}} 302
\t}}
\troute /oauth2/auth {{
\t\t@alice header Cookie *session=alice-session*
\t\t@nobody header Cookie *session=nobody*
\t\theader @alice X-Auth-Request-User alice@example.org
\t\trespond @alice 202
\t\trespond @nobody 204
\t\trespond 401
\t}}
}}
"
    )
}

/// Caddy, running a deploy/caddy file in front of one `cinder serve` on a sled directory.
struct Front {
    dir: tempfile::TempDir,
    https_port: u16,
    http_port: u16,
    caddy: Child,
    server: Server,
    _data: tempfile::TempDir,
}

impl Endpoint for Front {
    fn url(&self, path: &str) -> String {
        format!("https://localhost:{}{path}", self.https_port)
    }
}

impl Front {
    /// `file` (in deploy/caddy) in front of a server started with `env`, and the identity proxy's stand-in.
    fn start(file: &str, env: &[(&str, &str)]) -> Front {
        let data = temp_dir();
        let server = Server::start(Some(data.path()), env);
        let dir = temp_dir();
        test_certificates(dir.path());
        let (https_port, http_port, auth_port) = (free_port(), free_port(), free_port());
        let documented = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/caddy").join(file))
            .unwrap_or_else(|e| panic!("deploy/caddy/{file}: {e}"));
        let d = |f: &str| dir.path().join(f).display().to_string();
        let site = documented
            .replace("cinder.example.org {", &format!("localhost {{\n\ttls {} {}", d("site.pem"), d("site.key")))
            .replace("127.0.0.1:8080", &server.addr)
            .replace("127.0.0.1:4180", &format!("127.0.0.1:{auth_port}"));
        // Ports of the test's own, and no admin endpoint (port 2019 is one per machine), in the file's global options.
        let site = site.replacen("\n{\n", &format!("\n{{\n\tadmin off\n\thttp_port {http_port}\n\thttps_port {https_port}\n"), 1);
        assert!(site.contains("\n\tadmin off\n") && site.contains("\nlocalhost {\n"), "the test found the file's global options and site");
        let config = format!("{site}\n{}", identity_proxy(auth_port));
        std::fs::write(dir.path().join("Caddyfile"), config).unwrap();
        let log = std::fs::File::create(dir.path().join("caddy.log")).unwrap();
        let caddy = Command::new(CADDY)
            .args(["run", "--adapter", "caddyfile", "--config", &d("Caddyfile")])
            // Caddy keeps its state (certificates, locks, autosave) under these.
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("caddy from Debian's package (the README's test command installs it)");
        let mut front = Front { dir, https_port, http_port, caddy, server, _data: data };
        let deadline = Instant::now() + Duration::from_secs(15);
        for port in [https_port, http_port, auth_port] {
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(front.caddy.try_wait().unwrap().is_none(), "caddy exited: {}", front.log());
                assert!(Instant::now() < deadline, "caddy did not start: {}", front.log());
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        front
    }

    /// A client that trusts the test's CA and resolves `localhost` to the loopback address Caddy listens on, connecting
    /// from `source` (another loopback address is another client as Caddy and the server see it).
    fn client_from(&self, source: [u8; 4]) -> reqwest::Client {
        proxy_client(&self.path("ca.pem"), source)
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    /// Everything Caddy wrote (it has no access log: this is its own log).
    fn log(&self) -> String {
        std::fs::read_to_string(self.path("caddy.log")).unwrap_or_default()
    }

    /// The protocol Caddy agrees to over TLS when a client offers HTTP/2 and HTTP/1.1 (ALPN), as `openssl` reports it.
    fn negotiated_protocol(&self) -> String {
        let out = Command::new("openssl")
            .args(["s_client", "-connect", &format!("127.0.0.1:{}", self.https_port), "-servername", "localhost"])
            .args(["-alpn", "h2,http/1.1", "-CAfile", &self.path("ca.pem").display().to_string()])
            .stdin(Stdio::null())
            .output()
            .expect("openssl runs");
        let text = String::from_utf8_lossy(&out.stdout);
        text.lines().find_map(|l| l.strip_prefix("ALPN protocol: ")).unwrap_or("none").trim().to_owned()
    }
}

impl Drop for Front {
    fn drop(&mut self) {
        let _ = self.caddy.kill();
        let _ = self.caddy.wait();
    }
}

/// Where the server believes trusted proxies: Caddy on loopback, naming the client in `X-Real-IP`.
const BEHIND_CADDY: [(&str, &str); 2] = [("CINDER_CLIENT_IP_HEADER", "X-Real-IP"), ("CINDER_TRUSTED_PROXIES", "127.0.0.1")];

/// Creates `f` through `front` with `extra` headers, opens it there with no header at all, checking every answer.
async fn create_and_open(client: &reqwest::Client, front: &Front, f: &Fixture, extra: &[(&str, &str)]) {
    let (ctype, body) = f.form(TTL);
    let mut create = client.post(front.url("/api/v1/secrets")).header("content-type", ctype).body(body);
    for (name, value) in extra {
        create = create.header(*name, *value);
    }
    let res = create.send().await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED, "{}; caddy: {}", res.text().await.unwrap(), front.log());
    let open = http_open(client, front, &f.id, &f.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(f.decrypt(&open.bytes().await.unwrap()), f.text, "byte for byte");
    assert_eq!(http_open(client, front, &f.id, &f.proof).await.unwrap().status(), StatusCode::NOT_FOUND, "opens once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn secrets_open_once_through_caddy_and_it_writes_nothing_secret() {
    let front = Front::start("Caddyfile", &BEHIND_CADDY);
    // A client address of its own, to look for afterwards.
    let client = front.client_from([127, 0, 0, 3]);
    assert_eq!(front.negotiated_protocol(), "h2", "HTTP/2 over TLS");

    let page = client.get(front.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csp = page.headers().get("content-security-policy").expect("the page keeps its CSP through Caddy");
    assert!(csp.to_str().unwrap().contains("default-src 'none'"), "{csp:?}");
    assert!(page.headers().get("strict-transport-security").is_some(), "Caddy adds HSTS");
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let redirect = plain.get(format!("http://127.0.0.1:{}/", front.http_port)).send().await.unwrap();
    assert_eq!(redirect.status(), StatusCode::PERMANENT_REDIRECT, "plain HTTP only redirects to HTTPS");
    assert!(redirect.headers()["location"].to_str().unwrap().starts_with("https://"));

    // 25 MiB: past what a proxy's default might take, streamed both ways.
    let text: String = (0..25 * 1024 * 1024 - 64).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let mut secrets = vec![Fixture::new(&text)];
    create_and_open(&client, &front, &secrets[0], &[]).await;
    for i in 0..5 {
        let f = Fixture::with_receipt(&format!("through caddy {i}"));
        create_and_open(&client, &front, &f, &[]).await;
        let status = http_receipt(&client, &front, &f.receipt().id).await;
        assert_eq!(status.json::<serde_json::Value>().await.unwrap()["state"], "opened");
        secrets.push(f);
    }
    // Too large: Cinder's own answer reaches the client (not a reset connection), and says why. The body is a little
    // past the limit, as a client that misjudged it sends: Cinder reads and drops the rest, so Caddy delivers the answer.
    // (A body declared far past the limit is refused unread; Caddy may then pass on a 502 or a cut answer.)
    let too_big = Fixture::new("too large");
    let over = shared::envelope::ciphertext_limit(25 << 20) as usize + 1024;
    let (ctype, body) = form(&serde_json::to_vec(&too_big.meta(TTL)).unwrap(), &vec![0; over]);
    let refused = client.post(front.url("/api/v1/secrets")).header("content-type", ctype).body(body).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::PAYLOAD_TOO_LARGE, "caddy: {}", front.log());
    assert_eq!(refused.json::<serde_json::Value>().await.unwrap()["error"], "too_large");

    let log = front.log();
    assert!(log.contains("server running"), "the log is Caddy's: {log}");
    for f in &secrets {
        assert!(!log.contains(f.id.as_str()) && !log.contains(f.proof.as_str()), "Caddy's log holds a secret's id or proof");
    }
    assert!(!log.contains("127.0.0.3"), "Caddy's log holds no client address: {log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_cannot_dodge_the_creation_limit_through_caddy() {
    let mut env = BEHIND_CADDY.to_vec();
    env.push(("CINDER_RATE_LIMIT", "3"));
    let front = Front::start("Caddyfile", &env);
    let client = front.client_from([127, 0, 0, 1]);
    let spoofs = [("X-Real-IP", "10.9.8.1"), ("X-Forwarded-For", "10.9.8.2"), ("Forwarded", "for=10.9.8.3")];
    let mut statuses = Vec::new();
    for i in 0..6 {
        let (ctype, body) = Fixture::new(&format!("limited {i}")).form(TTL);
        let (name, value) = spoofs[i % 3];
        let res =
            client.post(front.url("/api/v1/secrets")).header("content-type", ctype).header(name, value).body(body).send().await.unwrap();
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses, [201, 201, 201, 429, 429, 429], "one client, however it names itself, shares one budget");
    let other = front.client_from([127, 0, 0, 2]);
    assert_eq!(http_create(&other, &front, &Fixture::new("another client"), TTL).await.status(), StatusCode::CREATED);
}

/// `cinder token new --name NAME` on `file`: the token it prints.
fn new_token(file: &Path, name: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cinder"))
        .args(["token", "--file", file.to_str().unwrap(), "new", "--name", name])
        .env("HOME", file.parent().unwrap())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// What `/api/v1/config` tells a requester sending `headers`: (`creating`, `sign_in_url`).
async fn creating(client: &reqwest::Client, front: &Front, headers: &[(&str, &str)]) -> (String, serde_json::Value) {
    let mut req = client.get(front.url("/api/v1/config"));
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let config: serde_json::Value = req.send().await.unwrap().json().await.unwrap();
    (config["creating"].as_str().unwrap().to_owned(), config["sign_in_url"].clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn only_people_signed_in_create_through_caddy_and_anyone_opens() {
    let tokens = temp_dir();
    let file = tokens.path().join("creator-tokens");
    let token = new_token(&file, "ci");
    let mut env = BEHIND_CADDY.to_vec();
    env.extend([
        ("CINDER_CREATE", "restricted"),
        ("CINDER_IDENTITY_HEADER", "X-Forwarded-User"),
        ("CINDER_SIGN_IN_URL", "/oauth2/start?rd=/"),
        ("CINDER_CREATOR_TOKENS_FILE", file.to_str().unwrap()),
    ]);
    let front = Front::start("Caddyfile-sso", &env);
    let client = front.client_from([127, 0, 0, 1]);
    let forged = ("X-Forwarded-User", "mallory@example.org");

    // Not signed in, whatever the client calls itself: the page offers sign-in, a create is refused with a challenge.
    assert_eq!(creating(&client, &front, &[]).await, ("sign_in".to_owned(), serde_json::json!("/oauth2/start?rd=/")));
    assert_eq!(creating(&client, &front, &[forged]).await.0, "sign_in", "a forged identity header counts for nothing");
    for headers in [vec![], vec![forged]] {
        let (ctype, body) = Fixture::new("not signed in").form(TTL);
        let mut req = client.post(front.url("/api/v1/secrets")).header("content-type", ctype).body(body);
        for (name, value) in headers {
            req = req.header(name, value);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "caddy: {}", front.log());
        assert_eq!(res.headers()["www-authenticate"], r#"Bearer realm="cinder""#);
    }
    // An identity proxy that says yes without naming anyone does not make one up.
    assert_eq!(creating(&client, &front, &[("Cookie", "session=nobody")]).await.0, "sign_in");

    // Signing in goes through the identity proxy's own pages; signed in, the person creates.
    let start = client.get(front.url("/oauth2/start?rd=/")).send().await.unwrap();
    assert_eq!(start.status(), StatusCode::FOUND);
    let cookie = start.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let signed_in = ("Cookie", cookie.as_str());
    assert_eq!(creating(&client, &front, &[signed_in]).await.0, "allowed");
    assert_eq!(creating(&client, &front, &[signed_in, forged]).await.0, "allowed");
    create_and_open(&client, &front, &Fixture::new("from someone signed in"), &[signed_in, forged]).await;

    // A script sends a creator token instead: 25 MiB through the same front, opened by anyone.
    let text: String = (0..25 * 1024 * 1024 - 64).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let bearer = format!("Bearer {token}");
    create_and_open(&client, &front, &Fixture::new(&text), &[("Authorization", &bearer)]).await;

    let logs = front.server.output() + &front.log();
    for word in ["alice", "mallory", "cinder_ct_"] {
        assert!(!logs.contains(word), "no identity or token in the logs ({word}): {logs}");
    }
}
