//! The recipient's tab reloads before they click "open" (they pressed reload, or the browser discarded the tab and
//! restores it): the link still works, because the key stays in the address bar until the secret is opened.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn reload_before_opening_still_opens() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let text = "survives a reload before the click";
    let links = common::create(&h, text, Some("reload-proof passphrase"), &[]).await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    h.client.refresh().await?;
    h.wait_for("#open-passphrase").await?;
    assert_eq!(h.client.current_url().await?.fragment(), Some(links.link_secret()), "the key is still in the address bar");
    h.screenshot("open-after-reload").await?;

    common::click_open(&h, Some("reload-proof passphrase")).await?;
    assert_eq!(common::opened_text(&h).await?, text);
    assert_eq!(h.client.current_url().await?.fragment(), None, "once opened, the key leaves the address bar");

    // Reloading now finds no key, so nothing about a secret is asked of the server: the page says the link is incomplete.
    // (Every page reads `/config`, which names no secret, for the instance's words.)
    let opens_before = h.recorded().len();
    h.client.refresh().await?;
    h.wait_for("#open-bad-link").await?;
    let to_api: Vec<_> = h
        .recorded()
        .into_iter()
        .skip(opens_before)
        .filter(|e| e.uri.contains("/api/") && !(e.method == "GET" && e.uri.ends_with("/api/v1/config")))
        .collect();
    assert!(to_api.is_empty(), "a reload after opening called the API: {to_api:#?}");

    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
