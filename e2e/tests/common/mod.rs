//! What the user-story tests do over and over: create a secret through the page, open a link, read what is shown,
//! and reach Chromium features WebDriver lacks (downloads, dark mode) through chromedriver's DevTools bridge.
#![allow(dead_code)] // Each test file uses its own subset.

use anyhow::{anyhow, Context as _, Result};
use cinder_e2e::Harness;
use fantoccini::Locator;
use serde_json::{json, Value};
use std::time::Duration;

/// Deterministic bytes that look random (no pattern brotli or a test could shortcut).
pub fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

/// The links a creator gets.
pub struct Links {
    /// `http://host/s#<link secret>`.
    pub share: String,
    /// `http://host/r#<receipt secret>`.
    pub receipt: String,
}

impl Links {
    /// The link secret (the share link's fragment).
    pub fn link_secret(&self) -> &str {
        self.share.split_once('#').map(|(_, f)| f).unwrap_or_default()
    }

    /// The receipt secret.
    pub fn receipt_secret(&self) -> &str {
        self.receipt.split_once('#').map(|(_, f)| f).unwrap_or_default()
    }
}

/// Sets a text field's value as if typed (one `input` event), which is much faster than typing long text key by key.
pub async fn fill(h: &Harness, css: &str, text: &str) -> Result<()> {
    h.wait_for(css).await?;
    h.client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![json!(css), json!(text)],
        )
        .await?;
    Ok(())
}

/// Opens the create page, fills text (and passphrase), optionally attaches files, clicks "create link" and reads both links.
pub async fn create(h: &Harness, text: &str, passphrase: Option<&str>, files: &[&std::path::Path]) -> Result<Links> {
    h.client.goto(&h.url("/")).await?;
    keep_secret(h, text, "the secret text");
    fill(h, "#secret-text", text).await?;
    if let Some(passphrase) = passphrase {
        keep_secret(h, passphrase, "the passphrase");
        fill(h, "#passphrase", passphrase).await?;
    }
    for file in files {
        let before = h.client.find_all(Locator::Css("#file-list li")).await?.len();
        h.client.find(Locator::Css("#files")).await?.send_keys(&file.display().to_string()).await?;
        wait_until(h, &format!("document.querySelectorAll('#file-list li').length > {before}")).await?;
    }
    h.client.find(Locator::Css("#create")).await?.click().await?;
    read_links(h).await
}

/// Registers what a story typed or received for the zero-knowledge check every story ends with ([`Harness::finish`]).
/// Strings under 6 bytes are left out: so short a needle could turn up by chance in random bytes.
fn keep_secret(h: &Harness, secret: &str, what: &str) {
    if secret.len() >= 6 {
        h.keep_secret(secret.as_bytes(), what);
    }
}

/// Reads the share and receipt links once the link view is shown.
pub async fn read_links(h: &Harness) -> Result<Links> {
    let share = h.wait_for("#share-link").await?.prop("value").await?.context("share link value")?;
    let receipt = h.wait_for("#receipt-link").await?.prop("value").await?.context("receipt link value")?;
    for (link, what) in [(&share, "the link secret"), (&receipt, "the receipt secret")] {
        keep_secret(h, link.split_once('#').map(|(_, f)| f).unwrap_or_default(), what);
    }
    Ok(Links { share, receipt })
}

/// Loads a link as a fresh page (a fragment-only change would not reload an already open page).
pub async fn visit(h: &Harness, link: &str) -> Result<()> {
    h.client.goto("about:blank").await?;
    h.client.goto(link).await?;
    Ok(())
}

/// Opens a share link and clicks "open" (typing the passphrase first if given); returns the opened text.
pub async fn open(h: &Harness, link: &str, passphrase: Option<&str>) -> Result<String> {
    visit(h, link).await?;
    click_open(h, passphrase).await?;
    opened_text(h).await
}

/// On a loaded open page: types the passphrase if given and clicks "open".
pub async fn click_open(h: &Harness, passphrase: Option<&str>) -> Result<()> {
    if let Some(passphrase) = passphrase {
        keep_secret(h, passphrase, "a passphrase typed to open");
        fill(h, "#open-passphrase", passphrase).await?;
    }
    h.wait_for("#open").await?.click().await?;
    Ok(())
}

/// The text of an opened secret ("" when the secret had only files).
pub async fn opened_text(h: &Harness) -> Result<String> {
    // Gone from the server, or (a secret that opens several times) with opens left.
    wait_until(h, "document.querySelector('#opened-destroyed, #opened-views-left')").await?;
    match h.client.find(Locator::Css("#opened-text")).await {
        Ok(area) => Ok(area.prop("value").await?.unwrap_or_default()),
        Err(_) => Ok(String::new()),
    }
}

/// Waits (up to 15 s: Argon2id runs in the page) until a JavaScript expression is true.
pub async fn wait_until(h: &Harness, expression: &str) -> Result<()> {
    let script = format!("return !!({expression});");
    for _ in 0..150 {
        if h.client.execute(&script, vec![]).await? == Value::Bool(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = h.screenshot("last-failure").await;
    Err(anyhow!("timed out waiting for `{expression}`; page: {}", h.client.source().await.unwrap_or_default()))
}

/// The visible text of the element matching `css`.
pub async fn text_of(h: &Harness, css: &str) -> Result<String> {
    Ok(h.wait_for(css).await?.text().await?)
}

/// Runs a Chrome DevTools Protocol command through chromedriver (downloads, emulated media).
pub async fn cdp(h: &Harness, cmd: &str, params: Value) -> Result<Value> {
    h.client.issue_cmd(Cdp { cmd: cmd.to_owned(), params }).await.with_context(|| format!("CDP {cmd}"))
}

#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// Follows the system's dark or light preference as the page sees it.
pub async fn emulate_color_scheme(h: &Harness, scheme: &str) -> Result<()> {
    cdp(h, "Emulation.setEmulatedMedia", json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] })).await?;
    Ok(())
}

/// Lets the browser save downloads into `dir`.
pub async fn allow_downloads(h: &Harness, dir: &std::path::Path) -> Result<()> {
    cdp(h, "Browser.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": dir.display().to_string() })).await?;
    Ok(())
}

/// Runs axe-core on the current page and returns its violations (rule id and the first few offending nodes).
pub async fn axe_violations(h: &Harness) -> Result<Vec<String>> {
    let axe = std::fs::read_to_string(cinder_e2e::workspace_root().join("node_modules/axe-core/axe.min.js"))
        .context("reading node_modules/axe-core/axe.min.js (run `cargo xtask setup`)")?;
    // WebDriver scripts are not subject to the page's CSP, so axe can be injected although the page allows no inline script.
    h.client.execute(&format!("{axe}\nreturn true;"), vec![]).await.context("injecting axe-core")?;
    let result = h
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
                .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await?;
    let violations = result.as_array().with_context(|| format!("axe-core did not report: {result}"))?;
    Ok(violations.iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect())
}
