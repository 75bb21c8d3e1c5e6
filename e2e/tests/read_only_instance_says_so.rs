//! Where creating will not work, the page says why instead of showing a form that would fail: an instance that only
//! opens links (`CINDER_CREATE=off`), and a restricted one for someone no rule lets in (no sign-in page configured, so
//! no button to one). Every other page still works there.

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;

/// The create page on a server started with `env`: its notice, once the config has arrived.
async fn notice_on(env: &[(&str, &str)], shot: &str) -> anyhow::Result<(Harness, String)> {
    let server_env = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let h = Harness::start_with(Options { server_env, ..Default::default() }).await?;
    h.client.goto(&h.url("/")).await?;
    common::wait_until(&h, "document.querySelector('#cannot-create-text') !== null").await?;
    assert!(h.client.find(Locator::Css("#secret-text")).await.is_err(), "no form that would fail");
    assert!(h.client.find(Locator::Css("#create")).await.is_err(), "no create button");
    let violations = common::axe_violations(&h).await?;
    assert!(violations.is_empty(), "axe: {violations:#?}");
    h.screenshot(shot).await?;
    let text = common::text_of(&h, "#cannot-create-text").await?;
    Ok((h, text))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_instance_that_only_opens_links_says_so() -> anyhow::Result<()> {
    let (h, text) = notice_on(&[("CINDER_CREATE", "off")], "create-off").await?;
    assert!(text.starts_with("This instance only opens links"), "{text}");
    // The privacy page is still there.
    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("h1").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restricted_instance_asks_to_sign_in_first() -> anyhow::Result<()> {
    // Only an office range may create; this browser comes from loopback.
    let env = [("CINDER_CREATE", "restricted"), ("CINDER_CREATE_ALLOW_CIDRS", "10.11.0.0/16")];
    let (h, text) = notice_on(&env, "create-sign-in").await?;
    assert!(text.starts_with("Only people of this organisation may create secrets here"), "{text}");
    assert!(h.client.find(Locator::Css("#sign-in")).await.is_err(), "no sign-in button without CINDER_SIGN_IN_URL");
    h.finish().await
}
