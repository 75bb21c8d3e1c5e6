//! A file whose name and type were chosen to deceive (a bidi override hiding the real extension, path separators, an
//! HTML media type) reaches the recipient as plain bytes under a plain name: shown and saved as what it is, never
//! rendered as a page of Cinder's origin.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

/// Shows as "report.txt" after "../docs/" climbs a directory, with U+202E turning "lmth.txt" around.
const NAME: &str = "../docs/report\u{202E}lmth.txt";
/// What the recipient sees and saves: separators made `_`, the override dropped, the leading dots trimmed.
const SAFE_NAME: &str = "_docs_reportlmth.txt";
/// An HTML document, which a blob of the creator's type would render at Cinder's origin on "open in new tab".
const CONTENTS: &str = "<!doctype html><title>rendered as Cinder</title><p>this should have been a download</p>\n";

#[tokio::test(flavor = "multi_thread")]
async fn deceptive_file_arrives_as_plain_bytes_under_a_safe_name() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    common::fill(&h, "#secret-text", "the report, as promised").await?;
    // No file system gives a file such a name, so the page gets it as a File made in the page, as if picked.
    h.client
        .execute(
            "const picked = new DataTransfer();
             picked.items.add(new File([arguments[0]], arguments[1], { type: 'text/html' }));
             const input = document.querySelector('#files');
             input.files = picked.files;
             input.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(CONTENTS), json!(NAME)],
        )
        .await?;
    common::wait_until(&h, "document.querySelectorAll('#file-list li').length === 1").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;

    // Without the page's CSP, as in a browser that does not carry it over to blob: documents: the type alone must keep
    // the file from rendering. (It also lets the check below read the blob, which `connect-src 'self'` would refuse.)
    common::cdp(&h, "Page.setBypassCSP", json!({ "enabled": true })).await?;
    let dir = tempfile::tempdir()?;
    common::allow_downloads(&h, dir.path()).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, "the report, as promised");
    let anchors = h.client.find_all(Locator::Css("#opened-files a")).await?;
    assert_eq!(anchors.len(), 1);
    assert_eq!(anchors[0].attr("download").await?.as_deref(), Some(SAFE_NAME));
    let label = anchors[0].text().await?.replace(['\u{2068}', '\u{2069}'], "");
    assert!(label.starts_with(&format!("Download {SAFE_NAME} (")), "download button: {label:?}");
    h.screenshot("opened-safe-name").await?;

    let blob_type = h
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(document.querySelector('#opened-files a').href).then(r => r.blob()).then(b => done(b.type), e => done('failed: ' + e));",
            vec![],
        )
        .await?;
    assert_eq!(blob_type, Value::from("application/octet-stream"), "the creator's text/html is not used");

    anchors[0].click().await?;
    let path = dir.path().join(SAFE_NAME);
    for _ in 0..100 {
        if path.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(std::fs::read_to_string(&path)?, CONTENTS, "saved under the safe name, byte for byte");

    h.assert_never_sent(NAME.as_bytes(), "the file name");
    h.assert_never_sent(CONTENTS.as_bytes(), "the file's contents");
    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
