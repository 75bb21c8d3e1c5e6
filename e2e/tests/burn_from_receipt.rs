//! The creator changes their mind: "burn now" on the receipt page, confirmed, destroys the secret before anyone opens it.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn burn_from_receipt() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "sent to the wrong person", None, &[]).await?;

    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'waiting'").await?;
    let expiry = common::text_of(&h, "#receipt-expiry").await?;
    assert!(expiry.starts_with("Expires on ") && expiry.len() > "Expires on .".len(), "the receipt shows the expiry: {expiry}");
    h.screenshot("receipt-waiting").await?;
    // The receipt link is the creator's to come back to: it stays in the address bar, and a reload shows the receipt again.
    assert_eq!(h.client.current_url().await?.fragment(), Some(links.receipt_secret()));
    h.client.refresh().await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'waiting'").await?;

    // The first click only asks; cancelling keeps the secret.
    h.wait_for("#burn").await?.click().await?;
    h.wait_for("#burn-cancel").await?.click().await?;
    h.wait_for("#burn").await?.click().await?;
    h.screenshot("receipt-burn-confirm").await?;
    h.wait_for("#burn-confirm").await?.click().await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'burned'").await?;
    h.wait_for("#burned-done").await?;
    h.screenshot("receipt-burned").await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    h.finish().await
}
