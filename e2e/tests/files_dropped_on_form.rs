//! A file dragged onto the create form, rather than picked, is listed there and travels with the secret like a picked one.

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

/// What the dropped file holds.
const CONTENTS: &str = "dropped, not picked: door code 8086\n";

#[tokio::test(flavor = "multi_thread")]
async fn file_dropped_on_form_travels_with_secret() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    common::fill(&h, "#secret-text", "see the dropped file").await?;
    common::wait_until(&h, "document.querySelector('#files-hint').textContent.length > 0").await?;

    // A real drag: `dragover` (which the form must accept, or the browser would not allow the drop), then `drop`, both
    // carrying a DataTransfer with the file, dispatched on the drop zone and bubbling to the form.
    let dragover_accepted = h
        .client
        .execute(
            "window.droppedFiles = new DataTransfer();
             window.droppedFiles.items.add(new File([arguments[0]], 'dropped.txt', { type: 'text/plain' }));
             const zone = document.querySelector('fieldset.drop');
             return !zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: window.droppedFiles }));",
            vec![json!(CONTENTS)],
        )
        .await?;
    assert_eq!(dragover_accepted, Value::Bool(true), "the form lets the file be dropped (dragover's default prevented)");
    common::wait_until(&h, "document.querySelector('fieldset.drop').classList.contains('dragging')").await?;
    h.screenshot("create-dragging").await?;
    let drop_handled = h
        .client
        .execute(
            "const zone = document.querySelector('fieldset.drop');
             return !zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: window.droppedFiles }));",
            vec![],
        )
        .await?;
    assert_eq!(drop_handled, Value::Bool(true), "the drop is handled by the page, not by the browser opening the file");
    common::wait_until(&h, "document.querySelectorAll('#file-list li').length === 1").await?;
    assert_eq!(common::text_of(&h, "#file-list li .file-name").await?, "dropped.txt");
    let dragging = h.client.execute("return document.querySelector('fieldset.drop').classList.contains('dragging');", vec![]).await?;
    assert_eq!(dragging, Value::Bool(false), "the drop zone stops highlighting after the drop");
    h.screenshot("create-dropped").await?;

    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;

    let dir = tempfile::tempdir()?;
    common::allow_downloads(&h, dir.path()).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, "see the dropped file");
    let anchors = h.client.find_all(Locator::Css("#opened-files a")).await?;
    assert_eq!(anchors.len(), 1, "exactly the dropped file arrives");
    assert_eq!(anchors[0].attr("download").await?.as_deref(), Some("dropped.txt"));
    let label = anchors[0].text().await?.replace(['\u{2068}', '\u{2069}'], "");
    assert!(label.starts_with("Download dropped.txt ("), "download button: {label}");
    h.screenshot("opened-dropped").await?;
    anchors[0].click().await?;
    let path = dir.path().join("dropped.txt");
    for _ in 0..100 {
        if path.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(std::fs::read_to_string(&path)?, CONTENTS, "the dropped file came back different");

    h.assert_never_sent(b"dropped.txt", "the dropped file's name");
    h.assert_never_sent(CONTENTS.as_bytes(), "the dropped file's contents");
    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
