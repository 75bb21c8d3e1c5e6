//! An organisation's deployment, as its people meet it: Debian's nginx with `deploy/nginx/cinder-sso.conf` (TLS,
//! HTTP/2) in front of the release binary, with `CINDER_CREATE=restricted`. Someone not signed in sees "sign in", signs
//! in through the identity proxy (a stand-in for oauth2-proxy, in nginx itself), creates in the browser; anyone opens
//! the link. A script creates with a creator token through the same front (a 25 MiB secret, past nginx's default body
//! limit), and a forged identity header from a browser counts for nothing.

mod common;
#[path = "../../server/tests/nginx_rig/mod.rs"]
mod nginx_rig;

use std::process::{Command, Output, Stdio};

use cinder_e2e::{release_binary, Harness, Options};
use fantoccini::Locator;
use nginx_rig::{test_paths, Nginx};
use serde_json::json;

/// A free loopback port (bound, then released for nginx to take).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// What oauth2-proxy does for this story: `/oauth2/start` signs in (a session cookie of its own) and goes back to `rd`;
/// `/oauth2/auth` answers 202 with the person for that cookie, else 401.
fn identity_proxy(port: u16) -> String {
    format!(
        "server {{
    listen 127.0.0.1:{port};
    absolute_redirect off;
    location = /oauth2/start {{
        add_header Set-Cookie \"session=alice-session; Path=/; Secure; HttpOnly; SameSite=Lax\";
        return 302 $arg_rd;
    }}
    location = /oauth2/auth {{
        if ($cookie_session = \"alice-session\") {{
            add_header X-Auth-Request-User \"alice@example.org\" always;
            return 202;
        }}
        return 401;
    }}
}}"
    )
}

/// `cinder ARGS` with `stdin`, trusting the test CA (rustls reads SSL_CERT_FILE), plus `env`.
fn cinder(dir: &std::path::Path, ca: &std::path::Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> anyhow::Result<Output> {
    let mut child = Command::new(release_binary()?)
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", dir)
        .env("SSL_CERT_FILE", ca)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    use std::io::Write as _;
    child.stdin.take().expect("piped").write_all(stdin)?;
    Ok(child.wait_with_output()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_in_people_create_anyone_opens_scripts_use_tokens() -> anyhow::Result<()> {
    let work = tempfile::tempdir()?;
    let tokens = work.path().join("creator-tokens");
    let (https_port, auth_port) = (free_port(), free_port());
    let front = format!("127.0.0.1:{https_port}");
    let env = [
        ("CINDER_CREATE", "restricted"),
        ("CINDER_IDENTITY_HEADER", "X-Forwarded-User"),
        ("CINDER_TRUSTED_PROXIES", "127.0.0.1"),
        ("CINDER_CLIENT_IP_HEADER", "X-Real-IP"),
        ("CINDER_SIGN_IN_URL", "/oauth2/start?rd=/"),
        ("CINDER_CREATOR_TOKENS_FILE", tokens.to_str().unwrap()),
    ];
    let options = Options {
        server_env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        direct_tls: vec![front.clone()],
        ..Options::default()
    };
    let h = Harness::start_with(options).await?;
    let server = h.base_url.trim_start_matches("http://").to_owned();

    let documented = std::fs::read_to_string(cinder_e2e::workspace_root().join("deploy/nginx/cinder-sso.conf"))?;
    let mut nginx = Nginx::prepare();
    let site = test_paths(&documented, nginx.dir.path())
        .replace("listen 443 ssl", &format!("listen {front} ssl"))
        .replace("server 127.0.0.1:8080;", &format!("server {server};"))
        .replace("server 127.0.0.1:4180;", &format!("server 127.0.0.1:{auth_port};"));
    anyhow::ensure!(site.contains(&server) && site.contains(&auth_port.to_string()), "the documented upstreams were replaced");
    nginx.start(&site, &identity_proxy(auth_port), https_port);
    let base = format!("https://{front}");

    // Not signed in: no form, a way to sign in.
    h.client.goto(&format!("{base}/")).await?;
    let says = h.wait_for("#cannot-create-text").await?.text().await?;
    assert!(says.contains("Sign in through your organisation"), "{says}");
    assert!(h.client.find(Locator::Css("#secret-text")).await.is_err(), "no form that would fail");
    h.wait_for("#sign-in").await?.click().await?;

    // Signed in: the form, and a secret made in the browser.
    h.wait_for("#secret-text").await?;
    let text = "the deploy key for the signed-in team";
    common::fill(&h, "#secret-text", text).await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;
    assert!(links.share.starts_with(&format!("{base}/s#")), "the link names the front: {}", links.share);

    // Anyone opens it: a fresh visitor without the session.
    h.client.delete_all_cookies().await?;
    assert_eq!(common::open(&h, &links.share, None).await?, text);

    // A browser that forges the identity header gets nothing from it: nginx overwrites it, Cinder says "sign in".
    h.client.goto(&format!("{base}/privacy")).await?;
    let forged = h
        .client
        .execute_async(
            "fetch('/api/v1/config', {headers: {'X-Forwarded-User': 'mallory@example.org'}}).then(r => r.json()).then(arguments[0]);",
            vec![],
        )
        .await?;
    assert_eq!(forged["creating"], json!("sign_in"), "{forged}");

    // A script: refused without a token (exit 6), a 25 MiB secret with one, opened through the front.
    let ca = nginx.path("ca.pem");
    let made = cinder(work.path(), &ca, &["token", "new", "--name", "ci", "--file", tokens.to_str().unwrap()], b"", &[])?;
    anyhow::ensure!(made.status.success(), "token new: {}", String::from_utf8_lossy(&made.stderr));
    let token = String::from_utf8(made.stdout)?.trim().to_owned();
    let big: Vec<u8> = (0..25u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(work.path().join("big.bin"), &big)?;
    // Refused before its body is read, the 25 MiB upload still hears why: the server reads the rest before answering, so
    // nginx (streaming the body) passes the 401 on instead of a 502.
    let refused = cinder(work.path(), &ca, &["send", "--server", &base, "big.bin"], b"", &[])?;
    assert_eq!(refused.status.code(), Some(6), "{}", String::from_utf8_lossy(&refused.stderr));
    let sent = cinder(work.path(), &ca, &["send", "--server", &base, "big.bin"], b"", &[("CINDER_TOKEN", &token)])?;
    anyhow::ensure!(sent.status.success(), "send with a token: {} {}", String::from_utf8_lossy(&sent.stderr), nginx.error_log());
    let link = String::from_utf8(sent.stdout)?.trim().to_owned();
    std::fs::create_dir(work.path().join("out"))?;
    let opened = cinder(work.path(), &ca, &["open", "--yes", "-o", "out", "-"], link.as_bytes(), &[])?;
    anyhow::ensure!(opened.status.success(), "open: {}", String::from_utf8_lossy(&opened.stderr));
    assert!(std::fs::read(work.path().join("out/big.bin"))? == big, "25 MiB came back byte for byte");

    // The browser spoke HTTP/2 to nginx; nginx's log holds no address; Cinder's log holds no person and no token.
    let access = nginx.access_log();
    assert!(access.lines().any(|l| l.contains(" HTTP/2.0 GET / ")), "{access}");
    assert!(access.lines().any(|l| l.contains(" HTTP/2.0 POST /api/v1/secrets 201 ")), "{access}");
    assert!(!access.contains("127.0.0.1"), "{access}");
    let log = h.server_log().join("\n");
    assert!(!log.contains("alice") && !log.contains(&token[10..]), "{log}");
    h.finish().await
}
