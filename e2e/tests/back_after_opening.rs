//! A recipient reads a secret, goes elsewhere (here: to the create page, the other bundle) and comes Back: the secret is
//! not on screen again, whatever the browser's back/forward cache kept.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn back_after_opening_shows_nothing() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let text = "read me once, then never again";
    let links = common::create(&h, text, None, &[]).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, text);

    // The header's home link: from the open bundle, a page load of the create bundle.
    h.client.find(Locator::Css("header a.brand")).await?.click().await?;
    h.wait_for("#secret-text").await?;
    h.client.back().await?;
    h.wait_for("main h1").await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let page = h.client.execute("return document.documentElement.outerHTML;", vec![]).await?;
    assert!(!page.as_str().unwrap_or_default().contains(text), "the opened secret is back on screen");
    assert_eq!(h.client.current_url().await?.fragment(), None, "the key did not come back either");
    h.screenshot("back-after-opening").await?;

    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
