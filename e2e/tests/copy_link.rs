//! The creator copies the links with one click: the clipboard then holds exactly the link, and the page says so; where the
//! browser refuses the clipboard, the page says that instead and selects the link for copying by hand.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::{json, Value};

/// The clipboard's text as the page reads it.
async fn clipboard(h: &Harness) -> anyhow::Result<Value> {
    Ok(h.client
        .execute_async("const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('read failed: ' + e));", vec![])
        .await?)
}

/// Allows or refuses the page's clipboard access (Chromium lets pages write to it, but not read it, unless told).
async fn clipboard_permission(h: &Harness, name: &str, setting: &str) -> anyhow::Result<()> {
    common::cdp(h, "Browser.setPermission", json!({ "permission": { "name": name }, "setting": setting, "origin": h.base_url })).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_button_copies_link() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "copy the link, not the secret", None, &[]).await?;
    clipboard_permission(&h, "clipboard-read", "granted").await?;
    h.client.execute_async("navigator.clipboard.writeText('stale').then(arguments[0]);", vec![]).await?;
    assert_eq!(clipboard(&h).await?, "stale");
    assert_eq!(common::text_of(&h, "#share-link-status").await?, "", "no status before copying");

    h.client.find(Locator::Css("#share-link-copy")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#share-link-status').textContent.length > 0").await?;
    h.screenshot("link-copied").await?;
    assert_eq!(common::text_of(&h, "#share-link-status").await?, "Copied to the clipboard.");
    assert_eq!(clipboard(&h).await?, Value::String(links.share.clone()), "the clipboard holds the share link");

    h.client.find(Locator::Css("#receipt-link-copy")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#receipt-link-status').textContent.length > 0").await?;
    assert_eq!(common::text_of(&h, "#receipt-link-status").await?, "Copied to the clipboard.");
    assert_eq!(clipboard(&h).await?, Value::String(links.receipt.clone()), "the clipboard holds the receipt link");

    // The recipient copies the opened text the same way.
    assert_eq!(common::open(&h, &links.share, None).await?, "copy the link, not the secret");
    clipboard_permission(&h, "clipboard-read", "granted").await?;
    h.client.find(Locator::Css("#opened-text-copy")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#opened-text-status').textContent.length > 0").await?;
    assert_eq!(common::text_of(&h, "#opened-text-status").await?, "Copied to the clipboard.");
    assert_eq!(clipboard(&h).await?, Value::String("copy the link, not the secret".into()), "the clipboard holds the text");

    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_refused_selects_link() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "the clipboard says no", None, &[]).await?;
    clipboard_permission(&h, "clipboard-write", "denied").await?;

    h.client.find(Locator::Css("#share-link-copy")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#share-link-status').textContent.length > 0").await?;
    h.screenshot("link-copy-failed").await?;
    assert_eq!(common::text_of(&h, "#share-link-status").await?, "Copying failed: select the text and copy it yourself.");
    // The whole link is focused and selected, ready for Ctrl+C.
    let selected = h
        .client
        .execute("const e = document.activeElement; return e.id + ' ' + e.value.substring(e.selectionStart, e.selectionEnd);", vec![])
        .await?;
    assert_eq!(selected, Value::String(format!("share-link {}", links.share)));
    h.finish().await
}
