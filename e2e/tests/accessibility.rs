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

    // Requests: the form, the links, the answer page with a note and a file, the asker's page answered, the answer.
    h.client.goto(&h.url("/request")).await?;
    common::wait_until(&h, "document.querySelectorAll('#request-ttl option').length > 0").await?;
    common::fill(&h, "#request-note", "the database password\nfor staging").await?;
    check(&h, "request", &mut failures).await?;
    h.client.find(Locator::Css("#request")).await?.click().await?;
    let asked = h.wait_for("#request-link").await?.prop("value").await?.unwrap_or_default();
    let private = h.wait_for("#private-link").await?.prop("value").await?.unwrap_or_default();
    check(&h, "requested", &mut failures).await?;
    common::visit(&h, &asked).await?;
    h.wait_for("#answer-note").await?;
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("answer.txt"), "an answer file")?;
    h.client.find(Locator::Css("#files")).await?.send_keys(&dir.path().join("answer.txt").display().to_string()).await?;
    h.wait_for("#file-list li").await?;
    check(&h, "answer", &mut failures).await?;
    common::fill(&h, "#answer-text", "accessible answer").await?;
    h.client.find(Locator::Css("#answer")).await?.click().await?;
    h.wait_for("#answered").await?;
    check(&h, "answered", &mut failures).await?;
    common::visit(&h, &private).await?;
    h.wait_for("#asker-open").await?;
    check(&h, "asker-answered", &mut failures).await?;
    h.client.find(Locator::Css("#asker-open")).await?.click().await?;
    common::opened_text(&h).await?;
    check(&h, "asker-opened", &mut failures).await?;

    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("ul.promises").await?;
    check(&h, "privacy", &mut failures).await?;
    h.client.goto(&h.url("/nowhere")).await?;
    h.wait_for("main h1").await?;
    check(&h, "not-found", &mut failures).await?;

    assert!(failures.is_empty(), "axe violations:\n{}", failures.join("\n"));
    h.finish().await
}
