//! Who may create (`CINDER_CREATE`), against the spawned binary: a read-only instance, creator tokens from `cinder token`
//! used by `cinder send`, an identity header believed only from trusted proxies, group rules, address allowlists, and
//! what `/api/v1/config` tells each requester. Opening is never restricted.

mod common;

use std::path::Path;
use std::time::Duration;

use common::cli::{cinder, code, stderr, stdout};
use common::*;
use reqwest::StatusCode;

/// A create of a fresh secret with extra request headers: its status, error code and `WWW-Authenticate`.
async fn create_with(server: &Server, headers: &[(&str, &str)]) -> (StatusCode, String, Option<String>, Fixture) {
    let f = Fixture::new("who may create");
    let (ctype, body) = f.form(TTL);
    let mut req = http().post(server.url("/api/v1/secrets")).header("content-type", ctype).body(body);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let challenge = res.headers().get("www-authenticate").map(|v| v.to_str().unwrap().to_owned());
    let error = if status.is_success() { String::new() } else { res.json::<serde_json::Value>().await.unwrap()["error"].to_string() };
    (status, error.trim_matches('"').to_owned(), challenge, f)
}

/// What `/api/v1/config` says to a requester with these headers: `creating` and `sign_in_url`.
async fn creating(server: &Server, headers: &[(&str, &str)]) -> (String, Option<String>) {
    let mut req = http().get(server.url("/api/v1/config"));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let c: serde_json::Value = req.send().await.unwrap().json().await.unwrap();
    (c["creating"].as_str().unwrap().to_owned(), c["sign_in_url"].as_str().map(str::to_owned))
}

#[tokio::test]
async fn an_open_instance_lets_anyone_create_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(Some(dir.path()), &[]);
    assert_eq!(creating(&server, &[]).await, ("open".into(), None));
    assert_eq!(create_with(&server, &[]).await.0, StatusCode::CREATED);
}

#[tokio::test]
async fn a_read_only_instance_opens_links_but_creates_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Server::start(Some(dir.path()), &[]);
    let (status, _, _, f) = create_with(&writer, &[]).await;
    assert_eq!(status, StatusCode::CREATED);
    writer.terminate();

    let reader = Server::start(Some(dir.path()), &[("CINDER_CREATE", "off")]);
    assert_eq!(creating(&reader, &[]).await.0, "off");
    let (status, error, challenge, _) = create_with(&reader, &[]).await;
    assert_eq!((status, error.as_str(), challenge), (StatusCode::FORBIDDEN, "create_off", None));
    let open = http_open(&http(), &reader, &f.id, &f.proof).await.unwrap();
    assert_eq!(open.status(), StatusCode::OK, "a read-only instance still opens what was made elsewhere");
    assert_eq!(f.decrypt(&open.bytes().await.unwrap()), "who may create");
}

/// `cinder token ARGS` on `file`.
fn token(home: &Path, file: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["token", "--file", file.to_str().unwrap()];
    all.extend_from_slice(args);
    cinder(home, &all, b"", &[])
}

#[tokio::test]
async fn creator_tokens_let_scripts_create_until_revoked() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = home.path().join("creator-tokens");
    let made = token(home.path(), &file, &["new", "--name", "ci-deploy", "--expires", "90d"]);
    assert_eq!(code(&made), 0, "{}", stderr(&made));
    let ci = stdout(&made).trim().to_owned();
    assert!(ci.starts_with("cinder_ct_") && ci.len() == 53, "a recognisable token, printed alone: {ci:?}");
    assert!(stderr(&made).contains("shown only now"));
    let other = stdout(&token(home.path(), &file, &["new", "--name", "backup"])).trim().to_owned();
    let stored = std::fs::read_to_string(&file).unwrap();
    assert!(!stored.contains(&ci[10..]) && !stored.contains(&other[10..]), "the file keeps hashes only:\n{stored}");
    let dup = token(home.path(), &file, &["new", "--name", "ci-deploy"]);
    assert_eq!(code(&dup), 2, "a name is used once: {}", stderr(&dup));
    let list = stdout(&token(home.path(), &file, &["list"]));
    assert!(list.contains("ci-deploy\texpires ") && list.contains("backup\tnever expires"), "{list}");

    let server =
        Server::start(Some(dir.path()), &[("CINDER_CREATE", "restricted"), ("CINDER_CREATOR_TOKENS_FILE", file.to_str().unwrap())]);
    assert_eq!(creating(&server, &[]).await, ("sign_in".into(), None));
    let (status, error, challenge, _) = create_with(&server, &[]).await;
    assert_eq!((status, error.as_str()), (StatusCode::UNAUTHORIZED, "unauthorized"));
    assert_eq!(challenge.as_deref(), Some(r#"Bearer realm="cinder""#));
    let bearer = format!("Bearer {ci}");
    assert_eq!(create_with(&server, &[("authorization", &bearer)]).await.0, StatusCode::CREATED);
    let wrong = format!("Bearer {}x", &ci[..ci.len() - 1]);
    let (status, _, challenge, _) = create_with(&server, &[("authorization", &wrong)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(challenge.as_deref(), Some(r#"Bearer realm="cinder", error="invalid_token""#));

    // The command line: refused without a token (exit 6, saying what to do), works with one; anyone opens the link.
    let send = |env: &[(&str, &str)]| cinder(home.path(), &["send", "--server", &server.base], b"for the pipeline", env);
    let refused = send(&[]);
    assert_eq!(code(&refused), 6, "{}", stderr(&refused));
    assert!(stderr(&refused).contains("sign in through your organisation, or send a creator token"), "{}", stderr(&refused));
    let sent = send(&[("CINDER_TOKEN", &ci)]);
    assert_eq!(code(&sent), 0, "{}", stderr(&sent));
    let link = stdout(&sent).trim().to_owned();
    let opened = cinder(home.path(), &["open", "--yes", "-"], link.as_bytes(), &[]);
    assert_eq!((code(&opened), stdout(&opened).as_str()), (0, "for the pipeline"), "{}", stderr(&opened));

    // Revoked: refused within about a second, without a restart; the other token still works.
    let revoked = token(home.path(), &file, &["revoke", "ci-deploy"]);
    assert_eq!(code(&revoked), 0, "{}", stderr(&revoked));
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    assert_eq!(code(&send(&[("CINDER_TOKEN", &ci)])), 6, "a revoked token stops working");
    assert_eq!(code(&send(&[("CINDER_TOKEN", &other)])), 0);

    // Expired: refused. A token made while the server runs works without a restart.
    let brief = stdout(&token(home.path(), &file, &["new", "--name", "brief", "--expires", "1s"])).trim().to_owned();
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    assert_eq!(create_with(&server, &[("authorization", &format!("Bearer {brief}"))]).await.0, StatusCode::UNAUTHORIZED);
    let fresh = stdout(&token(home.path(), &file, &["new", "--name", "fresh"])).trim().to_owned();
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    assert_eq!(create_with(&server, &[("authorization", &format!("Bearer {fresh}"))]).await.0, StatusCode::CREATED);

    let log = server.output();
    for t in [&ci, &other, &brief, &fresh] {
        assert!(!log.contains(&t[10..]), "no token in the log:\n{log}");
    }
    assert!(!log.contains("ci-deploy"), "no token name in the log either");
}

#[tokio::test]
async fn an_identity_header_counts_only_from_a_trusted_proxy() {
    let dir = tempfile::tempdir().unwrap();
    let rules =
        [("CINDER_CREATE", "restricted"), ("CINDER_IDENTITY_HEADER", "X-Forwarded-User"), ("CINDER_SIGN_IN_URL", "/oauth2/start?rd=/")];
    let trusted = Server::start(Some(dir.path()), &[&rules[..], &[("CINDER_TRUSTED_PROXIES", "127.0.0.1")]].concat());
    let alice = [("x-forwarded-user", "alice@example.org")];
    assert_eq!(creating(&trusted, &alice).await.0, "allowed");
    assert_eq!(creating(&trusted, &[]).await, ("sign_in".into(), Some("/oauth2/start?rd=/".into())));
    assert_eq!(create_with(&trusted, &alice).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&trusted, &[]).await.0, StatusCode::UNAUTHORIZED);
    drop(trusted);

    // The same header from a peer outside CINDER_TRUSTED_PROXIES: refused, and said in the log (without the address).
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = Server::start(Some(dir.path()), &[&rules[..], &[("CINDER_TRUSTED_PROXIES", "10.0.0.0/8")]].concat());
    let (status, error, ..) = create_with(&elsewhere, &alice).await;
    assert_eq!((status, error.as_str()), (StatusCode::FORBIDDEN, "untrusted_identity"));
    assert_eq!(creating(&elsewhere, &alice).await.0, "not_allowed");
    let log = elsewhere.output();
    assert!(log.contains("identity header from a peer outside CINDER_TRUSTED_PROXIES"), "{log}");
    assert!(log.lines().filter(|l| l.contains("identity")).all(|l| !l.contains("127.0.0.1")), "{log}");
    assert!(!log.contains("alice"), "{log}");
}

#[tokio::test]
async fn only_allowed_groups_may_create() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        Some(dir.path()),
        &[
            ("CINDER_CREATE", "restricted"),
            ("CINDER_IDENTITY_HEADER", "Remote-User"),
            ("CINDER_GROUPS_HEADER", "Remote-Groups"),
            ("CINDER_ALLOWED_GROUPS", "secrets,admins"),
            ("CINDER_TRUSTED_PROXIES", "127.0.0.0/8"),
        ],
    );
    let outsider = [("remote-user", "bob"), ("remote-groups", "staff,ops")];
    let (status, error, ..) = create_with(&server, &outsider).await;
    assert_eq!((status, error.as_str()), (StatusCode::FORBIDDEN, "forbidden"));
    assert_eq!(creating(&server, &outsider).await.0, "not_allowed");
    let member = [("remote-user", "carol"), ("remote-groups", "staff, admins")];
    assert_eq!(create_with(&server, &member).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&server, &[("remote-user", "dave"), ("remote-groups", "staff|secrets")]).await.0, StatusCode::CREATED);
}

#[tokio::test]
async fn allowlisted_addresses_may_create_as_a_trusted_proxy_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    let local = Server::start(Some(dir.path()), &[("CINDER_CREATE", "restricted"), ("CINDER_CREATE_ALLOW_CIDRS", "127.0.0.0/8")]);
    assert_eq!(creating(&local, &[]).await.0, "allowed");
    assert_eq!(create_with(&local, &[]).await.0, StatusCode::CREATED);
    drop(local);

    let dir = tempfile::tempdir().unwrap();
    let proxied = Server::start(
        Some(dir.path()),
        &[
            ("CINDER_CREATE", "restricted"),
            ("CINDER_CREATE_ALLOW_CIDRS", "10.20.0.0/16,2001:db8::/32"),
            ("CINDER_CLIENT_IP_HEADER", "X-Forwarded-For"),
            ("CINDER_TRUSTED_PROXIES", "127.0.0.1"),
        ],
    );
    assert_eq!(create_with(&proxied, &[("x-forwarded-for", "10.20.3.4")]).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&proxied, &[("x-forwarded-for", "2001:db8::7")]).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&proxied, &[("x-forwarded-for", "192.0.2.1")]).await.0, StatusCode::UNAUTHORIZED);
    let forged = [("x-forwarded-for", "10.20.3.4, 192.0.2.1")];
    assert_eq!(create_with(&proxied, &forged).await.0, StatusCode::UNAUTHORIZED, "the proxy's entry is the rightmost one");
}

#[tokio::test]
async fn each_person_has_a_rate_limit_of_their_own_and_is_never_stored() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        Some(dir.path()),
        &[
            ("CINDER_CREATE", "restricted"),
            ("CINDER_IDENTITY_HEADER", "X-Forwarded-User"),
            ("CINDER_TRUSTED_PROXIES", "127.0.0.1"),
            ("CINDER_RATE_LIMIT", "2"),
        ],
    );
    let erin = [("x-forwarded-user", "erin-the-person")];
    assert_eq!(create_with(&server, &erin).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&server, &erin).await.0, StatusCode::CREATED);
    assert_eq!(create_with(&server, &erin).await.0, StatusCode::TOO_MANY_REQUESTS);
    let frank = [("x-forwarded-user", "frank-the-person")];
    assert_eq!(create_with(&server, &frank).await.0, StatusCode::CREATED, "same address, another person, another bucket");
    let mut server = server;
    server.terminate();
    for entry in walk(dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        for name in [&b"erin-the-person"[..], b"frank-the-person"] {
            assert!(!bytes.windows(name.len()).any(|w| w == name), "{} holds an identity", entry.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn settings_that_could_never_apply_are_refused_at_startup() {
    let dir = tempfile::tempdir().unwrap();
    for (env, says) in [
        (&[("CINDER_CREATE", "restricted")][..], "nobody could create"),
        (&[("CINDER_CREATE", "sometimes")], "invalid value"),
        (&[("CINDER_IDENTITY_HEADER", "X-Forwarded-User")], "only applies with CINDER_CREATE=restricted"),
        (&[("CINDER_CREATE", "restricted"), ("CINDER_IDENTITY_HEADER", "X-Forwarded-User")], "needs CINDER_TRUSTED_PROXIES"),
        (&[("CINDER_CREATE", "restricted"), ("CINDER_CREATE_ALLOW_CIDRS", "10.0.0.0/33")], "CINDER_CREATE_ALLOW_CIDRS"),
        (&[("CINDER_TRUSTED_PROXIES", "localhost")], "CINDER_TRUSTED_PROXIES"),
        (
            &[("CINDER_CREATE", "restricted"), ("CINDER_CREATE_ALLOW_CIDRS", "10.0.0.0/8"), ("CINDER_CLIENT_IP_HEADER", "X-Real-IP")],
            "set CINDER_TRUSTED_PROXIES too",
        ),
        (
            &[("CINDER_CREATE", "restricted"), ("CINDER_CREATE_ALLOW_CIDRS", "10.0.0.0/8"), ("CINDER_SIGN_IN_URL", "javascript:x")],
            "CINDER_SIGN_IN_URL",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
            .arg("serve")
            .env("CINDER_DATA_DIR", dir.path())
            .env("CINDER_LISTEN", "127.0.0.1:0")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && text.contains(says), "{env:?}: {text}");
    }
    let garbled = dir.path().join("tokens");
    std::fs::write(&garbled, "not a token line\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cinder"))
        .arg("serve")
        .env("CINDER_DATA_DIR", dir.path())
        .env("CINDER_LISTEN", "127.0.0.1:0")
        .env("CINDER_CREATE", "restricted")
        .env("CINDER_CREATOR_TOKENS_FILE", &garbled)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && text.contains("tokens:1:"), "the line is named: {text}");
}
