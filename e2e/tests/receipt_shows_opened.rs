//! The creator's receipt page says when the secret was opened.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn receipt_shows_opened() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "did they read it?", None, &[]).await?;
    common::open(&h, &links.share, None).await?;

    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;
    let state = common::text_of(&h, "#receipt-state").await?;
    assert!(state.starts_with("Opened on "), "{state}");
    // Nothing to burn any more.
    assert!(h.client.find(fantoccini::Locator::Css("#burn")).await.is_err());
    h.screenshot("receipt-opened").await?;
    h.finish().await
}
