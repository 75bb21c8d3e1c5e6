//! A scaled-out site, as a user meets it: three `cinder` processes on one durable Redis. A secret made in the browser
//! through server A opens through server B, exactly once; its receipt, read through server C, says it was opened; a
//! secret for two opens once on B and once on C, then nowhere; and nothing secret left the browser on the way.

mod common;
#[path = "../../server/tests/redis_rig/mod.rs"]
mod redis_rig;

use cinder_e2e::{Harness, Options};
use redis_rig::{Mode, Redis};

/// `link` with its origin replaced by `base` (the path and the fragment, which carries the secret, stay).
fn through(link: &str, base: &str) -> String {
    let rest = link.splitn(4, '/').nth(3).expect("an absolute link");
    format!("{base}/{rest}")
}

#[tokio::test(flavor = "multi_thread")]
async fn created_on_one_server_opened_on_another_receipt_on_a_third() -> anyhow::Result<()> {
    let redis = Redis::start(Mode::Durable);
    let options = Options { server_env: vec![("CINDER_STORE".into(), redis.url())], more_servers: 2, ..Options::default() };
    let h = Harness::start_with(options).await?;
    let [a, b, c] = &h.base_urls[..] else { anyhow::bail!("three servers expected, got {:?}", h.base_urls) };
    assert!(a != b && b != c && a != c, "three distinct servers");

    let text = "made on A, opened on B";
    let links = common::create(&h, text, None, &[]).await?;
    assert!(links.share.starts_with(a.as_str()), "the page made its link on the server it came from: {}", links.share);

    assert_eq!(common::open(&h, &through(&links.share, b), None).await?, text);
    // Another instance cannot open it again.
    common::visit(&h, &through(&links.share, c)).await?;
    h.wait_for("#open-unavailable").await?;

    common::visit(&h, &through(&links.receipt, c)).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;

    // A secret for two: made on A, opened once on B and once on C, then gone; the receipt on A lists both opens.
    h.client.goto(&h.url("/")).await?;
    h.keep_secret(b"for two, over three servers", "the secret text");
    common::fill(&h, "#secret-text", "for two, over three servers").await?;
    common::fill(&h, "#views", "2").await?;
    h.client.find(fantoccini::Locator::Css("#create")).await?.click().await?;
    let two = common::read_links(&h).await?;
    for base in [b, c] {
        assert_eq!(common::open(&h, &through(&two.share, base), None).await?, "for two, over three servers");
    }
    common::visit(&h, &through(&two.share, a)).await?;
    h.wait_for("#open-unavailable").await?;
    common::visit(&h, &through(&two.receipt, a)).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;
    common::wait_until(&h, "document.querySelectorAll('#receipt-opens li').length === 2").await?;

    let served: Vec<String> = h.recorded().iter().filter(|e| e.to_server).map(|e| e.uri.clone()).collect();
    for (name, base) in [("A", a), ("B", b), ("C", c)] {
        assert!(served.iter().any(|u| u.starts_with(base.as_str())), "the browser spoke to server {name}: {served:?}");
    }
    h.finish().await
}
