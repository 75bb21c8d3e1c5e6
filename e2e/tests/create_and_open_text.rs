//! A person writes a secret, sends the link, and the recipient reads it once; a second visit finds it gone.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn create_and_open_text() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let text = "the vault code is 4711 — ünïcødé ✓";
    let links = common::create(&h, text, None, &[]).await?;
    h.screenshot("link").await?;
    assert!(links.share.starts_with(&h.url("/s#")), "share link: {}", links.share);
    assert!(links.receipt.starts_with(&h.url("/r#")), "receipt link: {}", links.receipt);
    assert_eq!(links.link_secret().len(), 22);

    common::visit(&h, &links.share).await?;
    h.wait_for("#open").await?;
    h.screenshot("open").await?;
    // The peek told the page when the secret expires (7 days by default), before anything is opened.
    let expires = common::text_of(&h, "#open-expires").await?;
    assert!(expires.starts_with("Available until ") && expires.len() > "Available until .".len(), "expiry shown: {expires}");
    // The key stays in the address bar until the secret is opened (reload_before_opening.rs), then leaves it.
    assert_eq!(h.client.current_url().await?.fragment(), Some(links.link_secret()));
    common::click_open(&h, None).await?;
    assert_eq!(common::opened_text(&h).await?, text);
    assert_eq!(h.client.current_url().await?.fragment(), None, "the key is wiped from the address bar once opened");
    h.screenshot("opened").await?;

    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.assert_never_sent(text.as_bytes(), "the plaintext");
    h.assert_never_sent(links.link_secret().as_bytes(), "the link secret");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn open_secret_twice() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "only once", None, &[]).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, "only once");

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    h.screenshot("open-unavailable").await?;
    // A dead link is not kept in the address bar either.
    assert_eq!(h.client.current_url().await?.fragment(), None);
    h.finish().await
}
