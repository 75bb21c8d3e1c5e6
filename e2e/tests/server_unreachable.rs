//! When the server cannot be reached, creating says so plainly, in place, and everything the person entered is still there.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn server_unreachable_keeps_input() -> anyhow::Result<()> {
    let mut h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let attachment = dir.path().join("keep-me.txt");
    std::fs::write(&attachment, "attached before the server went away")?;
    let text = "typed while the server was still up";

    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?.send_keys(text).await?;
    h.wait_for("#passphrase").await?.send_keys("still mine").await?;
    h.client.find(Locator::Css("#files")).await?.send_keys(&attachment.display().to_string()).await?;
    common::wait_until(&h, "document.querySelectorAll('#file-list li').length === 1").await?;
    // The page has its limits and lifetimes (from /config) before the server goes.
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length > 0").await?;

    h.stop_server().await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.length > 0").await?;
    h.screenshot("create-unreachable").await?;
    assert_eq!(common::text_of(&h, "#create-error").await?, "The server cannot be reached. Check your connection and try again.");
    assert_eq!(h.client.execute("return document.querySelector('#create-error').getAttribute('role');", vec![]).await?, "alert");

    // Nothing lost: text, passphrase and file are all still there, and the button works again for a retry.
    assert_eq!(h.client.find(Locator::Css("#secret-text")).await?.prop("value").await?.as_deref(), Some(text));
    assert_eq!(h.client.find(Locator::Css("#passphrase")).await?.prop("value").await?.as_deref(), Some("still mine"));
    assert_eq!(common::text_of(&h, "#file-list li .file-name").await?, "keep-me.txt");
    let button = h.client.execute("return document.querySelector('#create').disabled;", vec![]).await?;
    assert_eq!(button, Value::Bool(false), "the create button is enabled again");
    assert_eq!(common::text_of(&h, "#create-status").await?, "", "no progress message is left behind");
    assert!(h.client.find(Locator::Css("#share-link")).await.is_err(), "no link is shown");

    // With a passphrase, the first thing creating needs from the server is the passphrase worker (its files are fetched
    // on first use, client/src/kdf.rs): that request got no answer, so nothing was sealed or uploaded; the only console
    // errors are that failed load.
    let recorded = h.recorded();
    let attempts: Vec<_> = recorded.iter().filter(|e| e.uri.ends_with("/kdf-worker.js")).collect();
    assert!(!attempts.is_empty() && attempts.iter().all(|e| e.status == 0), "worker loads: {attempts:#?}");
    assert!(!recorded.iter().any(|e| e.method == "POST" && e.uri.ends_with("/api/v1/secrets")), "an upload was attempted");
    let errors = h.console_errors().await?;
    assert!(errors.iter().all(|e| e.contains("/kdf-worker.js") && e.contains("net::ERR_")), "console errors: {errors:#?}");
    h.finish().await
}
