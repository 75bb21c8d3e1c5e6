//! The creator leaves the receipt page open: when the recipient opens the secret, the page says so by itself, without a
//! reload, in its live region, and with a system notification because the creator asked for one; then it stops asking.

mod common;

use std::process::Command;
use std::time::Duration;

use cinder_e2e::{release_binary, Harness};
use serde_json::{json, Value};

/// Requests the page made for the receipt's state so far.
fn status_checks(h: &Harness) -> usize {
    h.recorded().iter().filter(|e| e.to_server && e.uri.ends_with("/api/v1/receipts/status")).count()
}

#[tokio::test(flavor = "multi_thread")]
async fn receipt_notices_opening() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let text = "read this while they watch";
    let links = common::create(&h, text, None, &[]).await?;

    // The creator's browser would ask them; here the permission is granted up front, as if they had said yes.
    common::cdp(&h, "Browser.grantPermissions", json!({ "permissions": ["notifications"], "origin": h.url("") })).await?;
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'waiting'").await?;
    let watching = common::text_of(&h, "#receipt-watching").await?;
    assert!(watching.starts_with("While this page is open"), "{watching}");
    // Records each notification the page shows (title and body), and marks this page so a reload would show.
    h.client
        .execute(
            "window.stillTheSamePage = true;
             window.shownNotes = [];
             const Real = window.Notification;
             window.Notification = class extends Real {
                 constructor(title, options) { window.shownNotes.push([title, options?.body ?? '']); super(title, options); }
             };
             return true;",
            vec![],
        )
        .await?;
    h.wait_for("#receipt-notify").await?.click().await?;
    let on = common::text_of(&h, "#receipt-notify-on").await?;
    assert!(on.starts_with("You will also get a browser notification"), "{on}");
    assert!(h.client.find(fantoccini::Locator::Css("#receipt-notify")).await.is_err(), "asked once, the button goes");
    let violations = common::axe_violations(&h).await?;
    assert!(violations.is_empty(), "axe on the watching receipt: {violations:?}");
    h.screenshot("receipt-watching").await?;

    // The recipient opens it elsewhere: in a terminal.
    let home = tempfile::tempdir()?;
    let out = Command::new(release_binary()?)
        .args(["open", "--yes", &links.share])
        .env_clear()
        .env("HOME", home.path())
        .env("HTTP_PROXY", &h.proxy_url)
        .env("http_proxy", &h.proxy_url)
        .output()?;
    anyhow::ensure!(out.status.success(), "cinder open failed: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout)?, text);

    // Within one check (5 s while the page is shown) the page knows, without a reload.
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;
    assert_eq!(h.client.execute("return window.stillTheSamePage === true;", vec![]).await?, Value::Bool(true), "no reload");
    let changed = common::text_of(&h, "#receipt-changed").await?;
    assert!(changed.starts_with("It changed while you were watching. Opened on "), "{changed}");
    assert_eq!(common::text_of(&h, "#receipt-changed").await?, changed);
    let notes = h.client.execute("return window.shownNotes;", vec![]).await?;
    let notes = notes.as_array().cloned().unwrap_or_default();
    assert_eq!(notes.len(), 1, "one notification: {notes:?}");
    assert_eq!(notes[0][0], "Cinder");
    let body = notes[0][1].as_str().unwrap_or_default();
    assert!(body.starts_with("Opened on "), "{body}");
    assert!(!body.contains(links.receipt_secret()) && !body.contains(links.link_secret()), "a notification carries no link: {body}");
    assert!(h.client.find(fantoccini::Locator::Css("#receipt-watching")).await.is_err(), "nothing left to watch for");
    h.screenshot("receipt-noticed-opening").await?;

    // Once it is over, the page stops asking.
    let checks = status_checks(&h);
    tokio::time::sleep(Duration::from_secs(7)).await;
    assert_eq!(status_checks(&h), checks, "no checks after the secret was opened");
    h.finish().await
}

/// Where the browser has been told never to notify for this page, the button is not offered at all (a click could
/// only fail); the page still watches and says so.
#[tokio::test(flavor = "multi_thread")]
async fn no_notification_button_where_the_browser_blocks_them() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "watched without notifications", None, &[]).await?;
    let origin = h.url("");
    let denied = json!({ "permission": { "name": "notifications" }, "setting": "denied", "origin": origin });
    common::cdp(&h, "Browser.setPermission", denied).await?;
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'waiting'").await?;
    h.wait_for("#receipt-watching").await?;
    assert_eq!(h.client.execute("return Notification.permission;", vec![]).await?, Value::from("denied"));
    assert!(h.client.find(fantoccini::Locator::Css("#receipt-notify")).await.is_err(), "no button that cannot work");
    h.finish().await
}
