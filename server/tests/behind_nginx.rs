//! The scaled-out deployment the README describes, run for real: Debian's nginx with `deploy/nginx/cinder.conf` (only
//! its ports, certificate and log paths replaced) in front of three `cinder` processes on one durable Redis. What a
//! user of such a site sees must hold through the proxy: secrets open once and byte for byte, 25 MiB streams, a refused
//! 25 MiB upload hears why (not a 502), the page keeps its headers, the creation limit cannot be dodged by naming one's
//! own address, a dead instance costs no request, and nginx's access log holds no id, proof, receipt id or client address.

mod common;
mod nginx_rig;
mod redis_rig;

use std::path::{Path, PathBuf};

use common::*;
use nginx_rig::{test_paths, Nginx};
use redis_rig::{free_port, Mode, Redis};
use reqwest::StatusCode;

/// nginx in front of three servers on one Redis.
struct Front {
    https: String,
    http_port: u16,
    nginx: Nginx,
    servers: Vec<Server>,
    _redis: Redis,
}

impl Endpoint for Front {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.https)
    }
}

impl Front {
    fn start(extra_env: &[(&str, &str)]) -> Front {
        let redis = Redis::start(Mode::Durable);
        let store = redis.url();
        let mut env = vec![("CINDER_STORE", store.as_str()), ("CINDER_CLIENT_IP_HEADER", "X-Real-IP")];
        env.extend_from_slice(extra_env);
        let servers: Vec<Server> = (0..3).map(|_| Server::start(None, &env)).collect();

        let mut nginx = Nginx::prepare();
        let (http_port, https_port) = (free_port(), free_port());
        let documented = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx/cinder.conf"))
            .expect("deploy/nginx/cinder.conf");
        let mut site = test_paths(&documented, nginx.dir.path())
            .replace("listen 80;", &format!("listen 127.0.0.1:{http_port};"))
            .replace("listen 443 ssl", &format!("listen 127.0.0.1:{https_port} ssl"));
        for (i, server) in servers.iter().enumerate() {
            let documented = format!("127.0.0.1:{}", 8081 + i);
            assert!(site.contains(&documented), "the documented upstream lists {documented}");
            site = site.replace(&documented, &server.addr);
        }
        nginx.start(&site, "", https_port);
        Front { https: format!("https://localhost:{https_port}"), http_port, nginx, servers, _redis: redis }
    }

    /// A client that trusts the test's CA and resolves `localhost` to the loopback address nginx listens on.
    fn client(&self) -> reqwest::Client {
        self.client_from([127, 0, 0, 1])
    }

    /// The same, connecting from another loopback address: another client as nginx and the servers see it.
    fn client_from(&self, source: [u8; 4]) -> reqwest::Client {
        proxy_client(&self.path("ca.pem"), source)
    }

    fn path(&self, file: &str) -> PathBuf {
        self.nginx.path(file)
    }

    fn error_log(&self) -> String {
        self.nginx.error_log()
    }

    fn access_log(&self) -> String {
        self.nginx.access_log()
    }
}

/// Creates `f` through `front` and opens it there, checking every answer and the bytes.
async fn create_and_open(client: &reqwest::Client, front: &Front, f: &Fixture) {
    assert_eq!(http_create(client, front, f, TTL).await.status(), StatusCode::CREATED, "nginx: {}", front.error_log());
    assert_eq!(http_peek(client, front, &f.id).await.status(), StatusCode::OK);
    let open = http_open(client, front, &f.id, &f.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK);
    assert_eq!(f.decrypt(&open.bytes().await.unwrap()), f.text);
    assert_eq!(http_open(client, front, &f.id, &f.proof).await.unwrap().status(), StatusCode::NOT_FOUND, "opens once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn secrets_open_once_through_nginx_and_its_log_holds_nothing_secret() {
    let front = Front::start(&[]);
    let client = front.client();

    let page = client.get(front.url("/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csp = page.headers().get("content-security-policy").expect("the page keeps its CSP through nginx");
    assert!(csp.to_str().unwrap().contains("default-src 'none'"), "{csp:?}");
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let redirect = plain.get(format!("http://127.0.0.1:{}/", front.http_port)).send().await.unwrap();
    assert_eq!(redirect.status(), StatusCode::MOVED_PERMANENTLY, "plain HTTP only redirects to HTTPS");

    let mut secrets = Vec::new();
    for i in 0..12 {
        let f = Fixture::with_receipt(&format!("through nginx {i}"));
        create_and_open(&client, &front, &f).await;
        let status = http_receipt(&client, &front, &f.receipt().id).await;
        assert_eq!(status.status(), StatusCode::OK);
        assert_eq!(status.json::<serde_json::Value>().await.unwrap()["state"], "opened");
        secrets.push(f);
    }
    let burnable = Fixture::with_receipt("burned through nginx");
    assert_eq!(http_create(&client, &front, &burnable, TTL).await.status(), StatusCode::CREATED);
    let r = burnable.receipt();
    assert_eq!(http_burn(&client, &front, &r.id, &r.burn_proof).await.unwrap().status(), StatusCode::OK);
    secrets.push(burnable);

    let log = front.access_log();
    assert!(log.lines().count() >= 12 * 5, "nginx logged the requests: {log}");
    for f in &secrets {
        let r = f.receipt();
        for (what, value) in [("id", &f.id), ("proof", &f.proof), ("receipt id", &r.id), ("burn proof", &r.burn_proof)] {
            assert!(!log.contains(value.as_str()), "nginx's access log holds a secret's {what}");
        }
    }
    assert!(!log.contains("127.0.0.1"), "nginx's access log holds no client address: {log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_25_mib_secret_streams_through_nginx_byte_for_byte() {
    let front = Front::start(&[]);
    let client = front.client();
    let text: String = (0..25 * 1024 * 1024 - 64).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let f = Fixture::new(&text);
    create_and_open(&client, &front, &f).await;
    let temp = walk_files(&front.path("proxy-temp")) + walk_files(&front.path("client_body-temp"));
    assert_eq!(temp, 0, "no ciphertext was staged in nginx's temporary files");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_refused_25_mib_upload_hears_why_through_nginx() {
    // Refused before its body is read. nginx streams the body (proxy_request_buffering off): had the server answered and
    // closed while it was still sending, nginx would have reported 502, and the client would not learn why.
    let front = Front::start(&[("CINDER_RATE_LIMIT", "1")]);
    let client = front.client();
    assert_eq!(http_create(&client, &front, &Fixture::new("the minute's one"), TTL).await.status(), StatusCode::CREATED);
    let text: String = (0..25 * 1024 * 1024 - 64).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let big = Fixture::new(&text);
    for _ in 0..2 {
        let res = http_create(&client, &front, &big, TTL).await;
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS, "nginx: {}", front.error_log());
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"], "rate_limited", "{body}");
    }
    assert!(!front.error_log().contains("prematurely"), "no upstream closed early: {}", front.error_log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_client_cannot_dodge_the_creation_limit_by_naming_its_own_address() {
    let front = Front::start(&[("CINDER_RATE_LIMIT", "3")]);
    let client = front.client();
    let spoofs = ["X-Real-IP", "X-Forwarded-For", "Forwarded"];
    let mut statuses = Vec::new();
    for i in 0..6 {
        let f = Fixture::new(&format!("limited {i}"));
        let (ctype, body) = f.form(TTL);
        let (name, value) = match spoofs[i % 3] {
            "Forwarded" => ("Forwarded", format!("for=10.9.8.{i}")),
            other => (other, format!("10.9.8.{i}")),
        };
        let res =
            client.post(front.url("/api/v1/secrets")).header("content-type", ctype).header(name, value).body(body).send().await.unwrap();
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses, [201, 201, 201, 429, 429, 429], "one client, however it names itself, shares one budget");
    // nginx names each client to the servers: another address still has its own budget.
    let other = front.client_from([127, 0, 0, 2]);
    let f = Fixture::new("another client");
    assert_eq!(http_create(&other, &front, &f, TTL).await.status(), StatusCode::CREATED, "another client is not limited");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_dead_instance_behind_nginx_costs_no_request() {
    let mut front = Front::start(&[]);
    let client = front.client();
    front.servers[1].kill9();
    for i in 0..15 {
        create_and_open(&client, &front, &Fixture::new(&format!("one instance down {i}"))).await;
    }
}

/// How many files are under `dir` (0 if it does not exist).
fn walk_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries.flatten().map(|e| if e.path().is_dir() { walk_files(&e.path()) } else { 1 }).sum()
}
