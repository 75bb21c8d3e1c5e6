//! Measures the web client's budgets in real headless Chromium against the release binary: first-load bytes over the wire
//! (create page, open page, answer page, each other language's catalog), create-to-link time for 1 KB of text, and a 25 MiB file encrypted and uploaded. Run by `cargo xtask bench-client`;
//! results go to docs/benchmarks.md. A measurement, not a test: it prints numbers and asserts nothing about speed.

use anyhow::{Context as _, Result};
use cinder_e2e::{Exchange, Harness, Options};
use std::time::Duration;

/// In-page timing from the click on "create" until the share link is on screen (no WebDriver round trips inside).
/// With two arguments the first is typed into the text area first; the last is always WebDriver's callback.
const TIME_CREATE: &str = r#"
const done = arguments[arguments.length - 1];
if (arguments.length === 2) {
  const area = document.getElementById('secret-text');
  area.value = arguments[0];
  area.dispatchEvent(new Event('input', { bubbles: true }));
}
const t0 = performance.now();
document.getElementById('create').click();
(function poll() {
  const link = document.getElementById('share-link');
  if (link && link.value.includes('#')) { done(performance.now() - t0); return; }
  const err = document.getElementById('create-error');
  if (err && err.textContent.trim()) { done('error: ' + err.textContent); return; }
  requestAnimationFrame(poll);
})();
"#;

/// Prints every response body in `exchanges` as sent on the wire, and their total.
fn report(label: &str, exchanges: &[Exchange]) {
    let mut total = 0;
    println!("{label} (bytes over the wire):");
    for e in exchanges.iter().filter(|e| e.to_server) {
        let encoding = e.response_header("content-encoding").unwrap_or("identity").to_owned();
        println!("  {:>8}  {:<9} {}", e.response_bytes, encoding, e.uri.rsplit('/').next().unwrap_or_default());
        total += e.response_bytes;
    }
    println!("  total: {total} bytes ({:.1} KB)", total as f64 / 1000.0);
}

#[tokio::main]
async fn main() -> Result<()> {
    let options = Options { server_env: vec![("CINDER_RATE_LIMIT".into(), "0".into())], ..Default::default() };
    let h = Harness::start_with(options).await?;

    // 1. First load: every byte the server sent for the create page, as encoded on the wire (brotli), in English; then
    // what each other language adds (its catalog, fetched when chosen).
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    report("first load, create page (English)", &h.recorded());
    // One language per script family (Latin, Cyrillic, right to left, CJK) and the largest catalogs.
    for tag in ["sv", "de", "ga", "uk", "el", "ar", "fa", "ja", "zh-Hant", "hi"] {
        let before = h.recorded().len();
        h.wait_for("#lang").await?.select_by_value(tag).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        report(&format!("switching to {tag} adds"), &h.recorded()[before..]);
    }
    h.wait_for("#lang").await?.select_by_value("en").await?;

    // The other bundle's first load, in a fresh browser: a received link's page (this fragment names no stored secret,
    // so the peek answers 404, about as many bytes as a real peek's answer).
    let fresh = Harness::start().await?;
    fresh.client.goto(&fresh.url("/s#AAAAAAAAAAAAAAAAAAAAAA")).await?;
    fresh.wait_for("#open-unavailable").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    report("first load, open page (English)", &fresh.recorded());
    fresh.finish().await?;

    // The request bundle's, in another fresh browser: the page a request link opens (this key, the base point, names no stored
    // request, so the peek answers 404), and what Greek adds there.
    let fresh = Harness::start().await?;
    fresh.client.goto(&fresh.url("/q#AQkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).await?;
    fresh.wait_for("#answer-unavailable").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    report("first load, answer page (English)", &fresh.recorded());
    let before = fresh.recorded().len();
    fresh.wait_for("#lang").await?.select_by_value("el").await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    report("answer page: switching to el adds", &fresh.recorded()[before..]);
    fresh.finish().await?;

    // 2. Create to link, 1 KB of text, no passphrase: median and worst of 20 runs (the first warms up).
    let text = "x".repeat(1024);
    let mut times = Vec::new();
    for _ in 0..21 {
        h.client.goto(&h.url("/")).await?;
        h.wait_for("#secret-text").await?;
        let ms = h.client.execute_async(TIME_CREATE, vec![text.clone().into()]).await?;
        times.push(ms.as_f64().with_context(|| format!("create failed: {ms}"))?);
    }
    times.remove(0);
    times.sort_by(f64::total_cmp);
    println!("create -> link, 1 KB text: median {:.1} ms, p90 {:.1} ms, max {:.1} ms", times[10], times[18], times[19]);

    // 3. A 25 MiB file: picked, encrypted, uploaded on loopback, link on screen.
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("big.bin");
    let data: Vec<u8> = (0..25u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&file, &data)?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#files").await?.send_keys(&file.display().to_string()).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let ms = h.client.execute_async(TIME_CREATE, vec![]).await?;
    let ms = ms.as_f64().with_context(|| format!("file upload failed: {ms}"))?;
    println!("25 MiB file, create -> link (read, encrypt, upload): {:.0} ms", ms);
    h.finish().await
}
