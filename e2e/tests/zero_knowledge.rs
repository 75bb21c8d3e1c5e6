//! Zero knowledge, proven on the wire: every byte the browser sends while people create, open, guess, check receipts and
//! burn is captured, and none of the plaintext, passphrase, file contents or names, link secret or receipt secret appears
//! in it, raw or encoded. Along the way: no cookies, and no request anywhere but the page's own origin.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn nothing_secret_leaves_the_browser() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let (text, passphrase) = ("the plaintext: meet at the old mill at nine", "a passphrase nobody else knows");
    let (file_name, file_body) = ("payroll-2026-confidential.csv", b"name,salary\nalice,123456\nbob,654321\n".to_vec());
    std::fs::write(dir.path().join(file_name), &file_body)?;

    // Create with text, passphrase and a file; guess wrong once, then open; check the receipt.
    let links = common::create(&h, text, Some(passphrase), &[&dir.path().join(file_name)]).await?;
    common::visit(&h, &links.share).await?;
    common::click_open(&h, Some("not the passphrase")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.length > 0").await?;
    common::click_open(&h, Some(passphrase)).await?;
    assert_eq!(common::opened_text(&h).await?, text);
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;

    // A second secret, burned from its receipt; the password generator used on the way.
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    h.client.find(Locator::Css("details.generator summary")).await?.click().await?;
    h.wait_for("#generate").await?.click().await?;
    let generated = h.wait_for("#generated").await?.prop("value").await?.unwrap_or_default();
    h.client.find(Locator::Css(".generator .row button")).await?.click().await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let burned = common::read_links(&h).await?;
    common::visit(&h, &burned.receipt).await?;
    h.wait_for("#burn").await?.click().await?;
    h.wait_for("#burn-confirm").await?.click().await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'burned'").await?;

    let recorded = h.recorded();
    assert!(recorded.iter().any(|e| e.method == "POST" && e.uri.ends_with("/api/v1/secrets")), "the capture saw the creates");
    for (needle, what) in [
        (text.as_bytes(), "the plaintext"),
        (passphrase.as_bytes(), "the passphrase"),
        (b"not the passphrase".as_slice(), "a wrong passphrase"),
        (file_name.as_bytes(), "the file name"),
        (file_body.as_slice(), "the file's contents"),
        (generated.as_bytes(), "the generated password"),
    ] {
        h.assert_never_sent(needle, what);
    }
    for links in [&links, &burned] {
        for (fragment, what) in [(links.link_secret(), "a link secret"), (links.receipt_secret(), "a receipt secret")] {
            assert_eq!(fragment.len(), 22, "{what}: {fragment}");
            h.assert_never_sent(fragment.as_bytes(), what);
            h.assert_never_sent(&URL_SAFE_NO_PAD.decode(fragment)?, what);
        }
    }

    // Privacy promises seen on the wire: own origin only, no cookies either way, no referrer.
    assert!(h.third_party_requests().is_empty(), "third-party requests: {:#?}", h.third_party_requests());
    for e in &recorded {
        assert!(e.response_header("set-cookie").is_none(), "{} {} set a cookie", e.method, e.uri);
        for (name, _) in &e.headers {
            assert!(!name.eq_ignore_ascii_case("cookie") && !name.eq_ignore_ascii_case("referer"), "{} {} sent {name}", e.method, e.uri);
        }
    }
    assert_eq!(h.client.execute("return document.cookie;", vec![]).await?, Value::String(String::new()));
    // The wrong guess's 403 is logged by the browser as a failed load; anything else (CSP, scripts) is an error.
    let errors: Vec<String> = h.console_errors().await?.into_iter().filter(|e| !e.contains("status of 403")).collect();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
