//! An operator names their instance and gives an imprint and a note for links that are gone (`CINDER_INSTANCE_FILE`):
//! every page shows the name and the imprint, a gone link and its receipt show the note in the visitor's language (else
//! English), all as text with only https: and mailto: links, under the very CSP the server always sends.

mod common;

use cinder_e2e::{Harness, Options};
use serde_json::Value;

const NAME: &str = "Example Corp secrets";
/// Markup in the operator's text must stay text; the line break is kept.
const IMPRINT: &str = "Example Corp GmbH <i>Street 1</i>, Berlin.\nContact: security@example.org or https://example.org/imprint";
const GONE_EN: &str = "If you did not open this link, tell security@example.org.";
const GONE_SV: &str = "Öppnade du inte länken? Säg till security@example.org.";

/// The policy as `server/src/routes/mod.rs` writes it (a Rust string continued over lines), so "unchanged" is exact.
fn source_csp() -> String {
    let source = include_str!("../../server/src/routes/mod.rs");
    let literal = source.split("pub const CSP: &str = \"").nth(1).and_then(|rest| rest.split("\";").next()).expect("the CSP constant");
    literal.split("\\\n").map(str::trim_start).collect()
}

async fn js(h: &Harness, script: &str) -> anyhow::Result<Value> {
    Ok(h.client.execute(script, vec![]).await?)
}

async fn choose_language(h: &Harness, tag: &str) -> anyhow::Result<()> {
    h.wait_for("#lang").await?.select_by_value(tag).await?;
    common::wait_until(h, &format!("document.documentElement.lang === '{tag}'")).await
}

/// The page shows the instance's name (header and tab title) and its imprint, as text with its two addresses as links.
async fn check_chrome(h: &Harness) -> anyhow::Result<()> {
    common::wait_until(h, &format!("document.querySelector('#instance-name')?.textContent === '{NAME}'")).await?;
    common::wait_until(h, &format!("document.title.endsWith(' · {NAME}')")).await?;
    let imprint = js(h, "return document.querySelector('#instance-imprint').innerText;").await?;
    assert!(imprint.as_str().unwrap_or_default().ends_with(IMPRINT), "imprint: {imprint}");
    assert_eq!(js(h, "return document.querySelector('#instance-imprint i');").await?, Value::Null, "markup stays text");
    let links = js(h, "return [...document.querySelectorAll('#instance-imprint a')].map(a => a.getAttribute('href'));").await?;
    assert_eq!(links, serde_json::json!(["mailto:security@example.org", "https://example.org/imprint"]));
    Ok(())
}

/// The gone note on this page: its text (after the label) and its one link.
async fn gone_note(h: &Harness) -> anyhow::Result<(String, Value)> {
    let shown = common::text_of(h, "#instance-gone").await?;
    let link = js(h, "return document.querySelector('#instance-gone a')?.getAttribute('href');").await?;
    Ok((shown, link))
}

#[tokio::test(flavor = "multi_thread")]
async fn instance_words_are_shown() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("instance.toml");
    let toml = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    std::fs::write(
        &file,
        format!("name = \"{NAME}\"\nimprint = \"{}\"\n\n[gone]\nen = \"{}\"\nsv = \"{}\"\n", toml(IMPRINT), toml(GONE_EN), toml(GONE_SV)),
    )?;
    let env = vec![("CINDER_INSTANCE_FILE".into(), file.display().to_string())];
    let h = Harness::start_with(Options { server_env: env, ..Default::default() }).await?;

    // The create page (its bundle) and, after opening, the open page (the other bundle) both carry the name and imprint.
    h.client.goto(&h.url("/")).await?;
    check_chrome(&h).await?;
    assert_eq!(js(&h, "return document.title;").await?, format!("Share a secret · {NAME}").as_str());
    h.screenshot("instance-create").await?;
    let configs = h.recorded().iter().filter(|e| e.uri.ends_with("/api/v1/config")).count();
    assert_eq!(configs, 1, "the header and the create form share one /config");
    let links = common::create(&h, "for the right eyes only", None, &[]).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, "for the right eyes only");
    assert!(h.client.find(fantoccini::Locator::Css("#instance-gone")).await.is_err(), "no gone note beside an opened secret");

    // Opened, so gone: the open page shows the note in English, its address a mail link.
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    check_chrome(&h).await?;
    let (shown, link) = gone_note(&h).await?;
    assert_eq!(shown, format!("A note from the operator of this service: {GONE_EN}"));
    assert_eq!(link, "mailto:security@example.org");
    h.screenshot("instance-gone-en").await?;

    // In Swedish: its own note and label; in Bulgarian, which has none, the English note under a Bulgarian label.
    choose_language(&h, "sv").await?;
    common::wait_until(&h, "document.querySelector('#instance-gone')?.textContent.includes('Öppnade')").await?;
    assert_eq!(gone_note(&h).await?.0, format!("Ett meddelande från den som driver tjänsten: {GONE_SV}"));
    assert!(common::text_of(&h, "#instance-imprint").await?.starts_with("Tjänsten drivs av: Example Corp GmbH"));
    assert_eq!(js(&h, "return document.title;").await?, format!("En hemlighet till dig · {NAME}").as_str());
    h.screenshot("instance-gone-sv").await?;
    choose_language(&h, "bg").await?;
    common::wait_until(&h, "document.querySelector('#instance-gone')?.textContent.startsWith('Бележка')").await?;
    assert_eq!(gone_note(&h).await?.0, format!("Бележка от оператора на тази услуга: {GONE_EN}"));

    // The creator's receipt says "opened" and carries the note too (the language choice is remembered: Bulgarian).
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;
    assert!(gone_note(&h).await?.0.ends_with(GONE_EN));
    choose_language(&h, "sv").await?;
    common::wait_until(&h, "document.querySelector('#instance-gone')?.textContent.includes('Öppnade')").await?;
    check_chrome(&h).await?;

    // Nothing of this needed a weaker policy: every page and API answer carried the server's one CSP, the pages hold no
    // inline style or script, and the browser reported no violation.
    let csp = source_csp();
    assert!(csp.starts_with("default-src 'none';") && !csp.contains("unsafe-inline"), "{csp}");
    for e in h.recorded().iter().filter(|e| e.to_server && e.status == 200) {
        assert_eq!(e.response_header("content-security-policy"), Some(csp.as_str()), "{} {}", e.method, e.uri);
    }
    assert_eq!(js(&h, "return document.querySelectorAll('[style], script:not([src])').length;").await?, 0);
    // The one error the browser logs is the gone link's peek, answered 404; a CSP refusal would show here too.
    let errors = h.console_errors().await?;
    assert!(errors.iter().all(|e| e.contains("/api/v1/secrets/peek") && e.contains("404")), "console errors: {errors:#?}");
    h.finish().await
}
