//! Too much to store is refused in the page, with a clear message, before anything is encrypted or sent. The size is the
//! browser's own Intl unit ("64 kB" in English).

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn too_large_input_rejected() -> anyhow::Result<()> {
    let h = Harness::start_with(Options { server_env: vec![("CINDER_MAX_BYTES".into(), "64KiB".into())], ..Default::default() }).await?;
    let dir = tempfile::tempdir()?;
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![7u8; 100 * 1024])?;

    h.client.goto(&h.url("/")).await?;
    common::wait_until(&h, "document.querySelector('#files-hint').textContent.includes('64')").await?;
    h.client.find(Locator::Css("#files")).await?.send_keys(&big.display().to_string()).await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.length > 0").await?;
    let error = common::text_of(&h, "#create-error").await?;
    assert_eq!(error, "That is too large: at most 64 kB in total.");
    assert!(h.client.find(Locator::Css("#file-list")).await.is_err(), "the file was not attached");
    h.screenshot("create-too-large").await?;

    // Text alone can be too large too.
    common::fill(&h, "#secret-text", &"x".repeat(70 * 1024)).await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.includes('too large')").await?;
    assert!(h.recorded().iter().all(|e| !(e.method == "POST" && e.uri.contains("/api/v1/secrets"))), "nothing was uploaded");

    // An empty secret gets its own message.
    common::fill(&h, "#secret-text", "").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.includes('Write a secret')").await?;
    h.finish().await
}
