//! A secret nobody opened in time is gone, and its receipt says it expired.

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn expired_secret() -> anyhow::Result<()> {
    let env = vec![("CINDER_TTL_CHOICES".into(), "3s,1h".into()), ("CINDER_DEFAULT_TTL".into(), "1h".into())];
    let h = Harness::start_with(Options { server_env: env, ..Default::default() }).await?;
    h.client.goto(&h.url("/")).await?;
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length === 2").await?;
    h.client.find(Locator::Css("#ttl")).await?.select_by_value("3").await?;
    assert_eq!(common::text_of(&h, "#ttl option[value='3']").await?, "3 seconds");
    common::fill(&h, "#secret-text", "short-lived").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;

    // The receipt outlives its secret for a while (the server keeps it about twice the lifetime).
    tokio::time::sleep(std::time::Duration::from_millis(3_500)).await;
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'expired'").await?;
    h.screenshot("receipt-expired").await?;
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    h.finish().await
}
