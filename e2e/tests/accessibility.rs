//! axe-core finds no accessibility violation on any page, in the light and in the dark theme, at phone and desktop widths;
//! no page scrolls sideways at 360 px, and the theme follows the system's preference.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;

async fn check(h: &Harness, page: &str, failures: &mut Vec<String>) -> anyhow::Result<()> {
    let mut backgrounds = Vec::new();
    for scheme in ["light", "dark"] {
        common::emulate_color_scheme(h, scheme).await?;
        backgrounds.push(h.client.execute("return getComputedStyle(document.body).backgroundColor;", vec![]).await?);
        for (width, height) in [(360, 740), (1280, 900)] {
            h.client.set_window_size(width, height).await?;
            failures.extend(common::axe_violations(h).await?.into_iter().map(|v| format!("{page} ({scheme}, {width}px): {v}")));
            let sideways = "return document.documentElement.scrollWidth > document.documentElement.clientWidth;";
            if h.client.execute(sideways, vec![]).await? == serde_json::Value::Bool(true) {
                failures.push(format!("{page} ({scheme}, {width}px): the page scrolls sideways"));
            }
            h.screenshot(&format!("{page}-{scheme}-{width}px")).await?;
        }
    }
    if backgrounds[0] == backgrounds[1] {
        failures.push(format!("{page}: the same background in light and dark ({})", backgrounds[0]));
    }
    common::emulate_color_scheme(h, "light").await
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let mut failures = Vec::new();

    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length > 0").await?;
    check(&h, "create", &mut failures).await?;
    h.client.find(Locator::Css("details.generator summary")).await?.click().await?;
    h.wait_for("#generate").await?.click().await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    common::wait_until(&h, "document.querySelector('#create-error').textContent.length > 0").await?;
    check(&h, "create-generator-and-error", &mut failures).await?;

    common::fill(&h, "#secret-text", "accessible").await?;
    common::fill(&h, "#passphrase", "pass").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;
    check(&h, "link", &mut failures).await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    check(&h, "open", &mut failures).await?;
    common::click_open(&h, Some("wrong")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.length > 0").await?;
    check(&h, "open-wrong-passphrase", &mut failures).await?;
    common::click_open(&h, Some("pass")).await?;
    common::opened_text(&h).await?;
    check(&h, "opened", &mut failures).await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    check(&h, "unavailable", &mut failures).await?;

    let fresh = common::create(&h, "to burn", None, &[]).await?;
    common::visit(&h, &fresh.receipt).await?;
    h.wait_for("#burn").await?.click().await?;
    h.wait_for("#burn-confirm").await?;
    check(&h, "receipt-confirm", &mut failures).await?;
    common::visit(&h, &links.receipt).await?;
    h.wait_for("#receipt-state").await?;
    check(&h, "receipt", &mut failures).await?;

    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("ul.promises").await?;
    check(&h, "privacy", &mut failures).await?;
    h.client.goto(&h.url("/nowhere")).await?;
    h.wait_for("main h1").await?;
    check(&h, "not-found", &mut failures).await?;

    assert!(failures.is_empty(), "axe violations:\n{}", failures.join("\n"));
    h.finish().await
}
