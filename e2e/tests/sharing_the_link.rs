//! What the creator sees and can do once the link exists, and the create form's defaults: a QR code drawn in the page,
//! a `mailto:` that carries the share link (never the receipt), the receipt set apart as private; the passphrase can be
//! shown and hidden, the lifetime starts at the server's default (7 days), and the password generator follows the
//! length and character classes asked for, locally.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::Value;

async fn js(h: &Harness, expression: &str) -> anyhow::Result<Value> {
    Ok(h.client.execute(&format!("return {expression};"), vec![]).await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn create_form_defaults_and_passphrase_toggle() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length > 0").await?;
    assert_eq!(js(&h, "document.getElementById('ttl').value").await?, Value::String("604800".into()), "7 days preselected");
    let labels = js(&h, "[...document.querySelectorAll('#ttl option')].map(o => o.textContent)").await?;
    assert_eq!(labels.as_array().map(Vec::len), Some(5), "the server's five choices: {labels}");

    common::fill(&h, "#passphrase", "hunter2").await?;
    let kind = || js(&h, "document.getElementById('passphrase').type");
    assert_eq!(kind().await?, Value::String("password".into()), "hidden at first");
    h.client.find(Locator::Css("#toggle-passphrase")).await?.click().await?;
    assert_eq!(kind().await?, Value::String("text".into()), "shown after the toggle");
    assert_eq!(js(&h, "document.getElementById('toggle-passphrase').getAttribute('aria-pressed')").await?, Value::String("true".into()));
    h.client.find(Locator::Css("#toggle-passphrase")).await?.click().await?;
    assert_eq!(kind().await?, Value::String("password".into()), "hidden again");
    assert_eq!(js(&h, "document.getElementById('passphrase').value").await?, Value::String("hunter2".into()), "nothing lost");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn password_generator_follows_length_and_classes() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    h.client.find(Locator::Css("details.generator summary")).await?.click().await?;
    common::fill(&h, "#gen-length", "32").await?;
    // Symbols start unticked; untick capitals too.
    assert_eq!(js(&h, "document.getElementById('gen-symbols').checked").await?, Value::Bool(false));
    h.client.find(Locator::Css("#gen-upper")).await?.click().await?;
    h.client.find(Locator::Css("#generate")).await?.click().await?;
    common::wait_until(&h, "document.getElementById('generated')?.value.length > 0").await?;
    let generated = js(&h, "document.getElementById('generated').value").await?;
    let generated = generated.as_str().unwrap_or_default().to_owned();
    assert_eq!(generated.chars().count(), 32, "{generated}");
    assert!(generated.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()), "only the chosen classes: {generated}");
    h.keep_secret(generated.as_bytes(), "the generated password");

    // "Use as passphrase" puts it in the passphrase field; nothing is created yet.
    h.client.find(Locator::Css("#generated-use")).await?.click().await?;
    assert_eq!(js(&h, "document.getElementById('passphrase').value").await?, Value::String(generated.clone()));

    // No class at all: a clear message instead of a password.
    for class in ["#gen-lower", "#gen-digits"] {
        h.client.find(Locator::Css(class)).await?.click().await?;
    }
    h.client.find(Locator::Css("#generate")).await?.click().await?;
    common::wait_until(&h, "document.getElementById('generator-error').textContent.length > 0").await?;
    assert!(h.recorded().iter().filter(|e| e.to_server).all(|e| e.method == "GET"), "generating sends nothing");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn link_view_offers_qr_email_and_a_private_receipt() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "share me", None, &[]).await?;

    // The QR code is an inline SVG drawn in the browser (by the page's worker, a moment after the link shows), labelled,
    // and no request carried the link to draw it.
    common::wait_until(&h, "document.querySelector('.qr svg') !== null").await?;
    let qr = js(&h, "document.querySelector('.qr').outerHTML").await?;
    let qr = qr.as_str().unwrap_or_default();
    assert!(qr.contains(r#"role="img""#) && qr.contains("aria-label=\"QR code") && qr.contains("<path d=\"M"), "QR: {qr}");
    // (Matching "qr" in URLs would also hit base64url ids by chance: instead, all that follows the create request is the
    // worker's own files, fetched by their names alone.)
    let recorded = h.recorded();
    let created = recorded.iter().rposition(|e| e.method == "POST" && e.uri.ends_with("/api/v1/secrets")).expect("the create request");
    let after: Vec<&str> = recorded[created + 1..].iter().filter(|e| e.to_server).map(|e| e.uri.as_str()).collect();
    let worker_file = |uri: &&str| {
        let path = uri.strip_prefix(&h.url("/")).unwrap_or(uri);
        path == "kdf-worker.js"
            || (path.starts_with("kdf-") && (path.ends_with(".js") || path.ends_with("_bg.wasm")) && !path.contains(['?', '#']))
    };
    assert!(after.iter().all(worker_file), "the link view fetched only the worker: {after:?}");

    // "Share by email" hands the share link to the mail program; the server never sees it, and the receipt stays out.
    let mailto = js(&h, "document.getElementById('share-email').getAttribute('href')").await?;
    let mailto = mailto.as_str().unwrap_or_default().to_owned();
    assert!(mailto.starts_with("mailto:?"), "{mailto}");
    let encoded_share = links.share.replace(':', "%3A").replace('/', "%2F").replace('#', "%23");
    assert!(mailto.contains(&links.share) || mailto.contains(&encoded_share), "the share link is in the mail: {mailto}");
    let receipt_secret = links.receipt.split_once('#').map(|(_, f)| f).unwrap_or_default();
    assert!(!mailto.contains(receipt_secret), "the receipt never goes into the mail");

    // The receipt link has its own box, headed as the creator's alone.
    assert_eq!(common::text_of(&h, "#receipt-heading").await?, "Only for you: the receipt");
    let label = js(&h, "document.querySelector('label[for=receipt-link]').textContent").await?;
    assert_eq!(label, Value::String("Receipt link (private)".into()));
    assert_ne!(links.share, links.receipt);
    h.screenshot("link-view").await?;
    h.finish().await
}
