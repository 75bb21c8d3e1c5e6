//! Guessing is online and limited: after the server's attempt limit of wrong passphrases the secret is burned.

mod common;

use cinder_e2e::{Harness, Options};

#[tokio::test(flavor = "multi_thread")]
async fn attempt_limit_burns() -> anyhow::Result<()> {
    let h = Harness::start_with(Options { server_env: vec![("CINDER_MAX_ATTEMPTS".into(), "2".into())], ..Default::default() }).await?;
    let links = common::create(&h, "guarded", Some("the right one"), &[]).await?;

    common::visit(&h, &links.share).await?;
    common::click_open(&h, Some("guess one")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.includes('1 attempt left')").await?;
    common::click_open(&h, Some("guess two")).await?;
    // The last wrong guess burns it: the page says it is gone, not "0 attempts left".
    h.wait_for("#open-unavailable").await?;

    // Even the right passphrase is too late now, and the receipt tells the creator.
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'burned'").await?;
    h.finish().await
}
