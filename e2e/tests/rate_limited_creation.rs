//! Someone creating secrets too fast is told to wait, in words, and what they wrote stays in the form for later.

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn rate_limited_creation_says_so() -> anyhow::Result<()> {
    let h = Harness::start_with(Options { server_env: vec![("CINDER_RATE_LIMIT".into(), "1".into())], ..Default::default() }).await?;
    common::create(&h, "the first one", None, &[]).await?;

    h.client.goto(&h.url("/")).await?;
    common::fill(&h, "#secret-text", "one too many").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.length > 0").await?;
    assert_eq!(common::text_of(&h, "#create-error").await?, "Too many requests in a short time. Wait a minute and try again.");
    assert_eq!(h.client.find(Locator::Css("#secret-text")).await?.prop("value").await?.as_deref(), Some("one too many"));
    h.screenshot("create-rate-limited").await?;
    h.finish().await
}
