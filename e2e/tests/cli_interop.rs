//! The command line and the web page speak one envelope: what the browser made, `cinder open` opens byte for byte, and
//! what `cinder send` made, the browser opens, files, unicode names and passphrases included; receipts work across
//! them both ways, and so do requests (made on one side, answered on the other, opened where they were made). The
//! CLI's traffic goes through the same recording proxy, so the zero-knowledge check covers it too.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use cinder_e2e::{release_binary, Harness};

/// `cinder ARGS` in `dir` with `stdin`, its HTTP through the harness's recording proxy.
fn cinder(h: &Harness, dir: &Path, args: &[&str], stdin: &[u8]) -> anyhow::Result<Output> {
    let mut child = Command::new(release_binary()?)
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", dir)
        .env("HTTP_PROXY", &h.proxy_url)
        .env("http_proxy", &h.proxy_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    use std::io::Write as _;
    child.stdin.take().expect("piped").write_all(stdin)?;
    let out = child.wait_with_output()?;
    anyhow::ensure!(out.status.success(), "cinder {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    Ok(out)
}

fn cli_requests(h: &Harness) -> usize {
    h.recorded().iter().filter(|e| e.to_server && e.headers.iter().any(|(n, v)| n == "user-agent" && v.starts_with(b"cinder/"))).count()
}

const PASSPHRASE: &str = "correct horse battery staple";

#[tokio::test(flavor = "multi_thread")]
async fn what_the_browser_made_opens_in_the_cli_and_the_cli_reads_and_burns_its_receipts() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let files = [("figures.bin", common::noise(200_000, 3)), ("naïve résumé ✓.txt", "ünïcödé body\n".as_bytes().to_vec())];
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes)?;
        h.keep_secret(name.as_bytes(), "a file name");
    }
    h.keep_secret(&files[0].1[5000..5032], "a slice of a file");
    let paths: Vec<_> = files.iter().map(|(name, _)| dir.path().join(name)).collect();
    let paths: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
    let text = "made in the browser, opened in a terminal";
    let links = common::create(&h, text, Some(PASSPHRASE), &paths).await?;

    std::fs::write(dir.path().join("pass"), PASSPHRASE)?;
    let out = cinder(&h, dir.path(), &["open", "--yes", "--passphrase-file", "pass", "-o", "out", &links.share], b"")?;
    assert_eq!(String::from_utf8(out.stdout)?, text);
    for (name, bytes) in &files {
        assert_eq!(&std::fs::read(dir.path().join("out").join(name))?, bytes, "{name} arrived different");
    }
    let status = cinder(&h, dir.path(), &["status", &links.receipt], b"")?;
    assert!(String::from_utf8(status.stdout)?.starts_with("opened "));

    // Without a passphrase, text only.
    let plain = common::create(&h, "no passphrase, from the page", None, &[]).await?;
    let out = cinder(&h, dir.path(), &["open", "--yes", &plain.share], b"")?;
    assert_eq!(String::from_utf8(out.stdout)?, "no passphrase, from the page");

    let waiting = common::create(&h, "burned from a terminal", None, &[]).await?;
    let burned = cinder(&h, dir.path(), &["burn", "--yes", &waiting.receipt], b"")?;
    assert!(String::from_utf8(burned.stdout)?.starts_with("burned"));
    common::visit(&h, &waiting.share).await?;
    h.wait_for("#open-unavailable").await?;

    assert!(cli_requests(&h) >= 6, "the CLI's requests went through the recording proxy");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn what_the_cli_sent_opens_in_the_browser_and_the_page_reads_its_receipt() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let files = [("backup.key", common::noise(120_000, 11)), ("ünïcode ✓ name.txt", "from the terminal\n".as_bytes().to_vec())];
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes)?;
        h.keep_secret(name.as_bytes(), "a file name");
    }
    h.keep_secret(&files[0].1[7000..7032], "a slice of a file");
    let text = "sent from a terminal, opened in the browser";
    h.keep_secret(text.as_bytes(), "the secret text");
    h.keep_secret(PASSPHRASE.as_bytes(), "the passphrase");
    std::fs::write(dir.path().join("pass"), PASSPHRASE)?;
    let out = cinder(
        &h,
        dir.path(),
        &["send", "--server", &h.base_url, "--passphrase-file", "pass", "--receipt", "--json", files[0].0, files[1].0],
        text.as_bytes(),
    )?;
    let sent: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let (share, receipt) = (sent["link"].as_str().expect("link"), sent["receipt"].as_str().expect("receipt"));
    for (link, what) in [(share, "the link secret"), (receipt, "the receipt secret")] {
        h.keep_secret(link.split_once('#').expect("a fragment").1.as_bytes(), what);
    }

    let downloads = dir.path().join("downloads");
    std::fs::create_dir(&downloads)?;
    common::allow_downloads(&h, &downloads).await?;
    assert_eq!(common::open(&h, share, Some(PASSPHRASE)).await?, text);
    for anchor in h.client.find_all(fantoccini::Locator::Css("#opened-files a")).await? {
        anchor.click().await?;
    }
    for (name, bytes) in &files {
        let path = downloads.join(name);
        for _ in 0..100 {
            if path.exists() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(&std::fs::read(&path)?, bytes, "{name} came back different");
    }

    common::visit(&h, receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'opened'").await?;

    // Without a passphrase, text only; and a CLI-made receipt burned from the page.
    let plain_text = "no passphrase, from a terminal";
    h.keep_secret(plain_text.as_bytes(), "the secret text");
    let out = cinder(&h, dir.path(), &["send", "--server", &h.base_url, "--json", "--receipt"], plain_text.as_bytes())?;
    let plain: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(common::open(&h, plain["link"].as_str().expect("link"), None).await?, plain_text);
    let out = cinder(&h, dir.path(), &["send", "--server", &h.base_url, "--json", "--receipt"], b"burned from the page")?;
    let burnable: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    common::visit(&h, burnable["receipt"].as_str().expect("receipt")).await?;
    h.wait_for("#burn").await?.click().await?;
    h.wait_for("#burn-confirm").await?.click().await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'burned'").await?;
    let status = cinder(&h, dir.path(), &["status", burnable["receipt"].as_str().expect("receipt")], b"")?;
    assert!(String::from_utf8(status.stdout)?.starts_with("burned"));
    assert!(cli_requests(&h) >= 5, "the CLI's requests went through the recording proxy");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_made_in_the_browser_is_answered_from_the_cli_and_the_waiting_page_sees_it() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let note = "the router's admin password";
    h.keep_secret(note.as_bytes(), "the note");
    h.client.goto(&h.url("/request")).await?;
    common::fill(&h, "#request-note", note).await?;
    h.client.find(fantoccini::Locator::Css("#request")).await?.click().await?;
    let link = h.wait_for("#request-link").await?.prop("value").await?.unwrap_or_default();
    let private = h.wait_for("#private-link").await?.prop("value").await?.unwrap_or_default();
    for (url, what) in [(&link, "the request key"), (&private, "the private key")] {
        h.keep_secret(url.split_once('#').expect("a fragment").1.as_bytes(), what);
    }

    // The asker's page waits; the answer comes from a terminal, with a file; the page notices on its own.
    common::visit(&h, &private).await?;
    common::wait_until(&h, "document.querySelector('#asker-state')?.dataset.state === 'waiting'").await?;
    let (file_name, file_body) = ("router-backup.cfg", common::noise(50_000, 5));
    std::fs::write(dir.path().join(file_name), &file_body)?;
    h.keep_secret(file_name.as_bytes(), "a file name");
    h.keep_secret(&file_body[1000..1032], "a slice of a file");
    let text = "answered from a terminal";
    h.keep_secret(text.as_bytes(), "the answer");
    let out = cinder(&h, dir.path(), &["answer", "--yes", &link, file_name], text.as_bytes())?;
    assert!(String::from_utf8(out.stderr)?.contains(note), "the CLI shows the asker's note");
    common::wait_until(&h, "document.querySelector('#asker-state')?.dataset.state === 'answered'").await?;
    assert!(!common::text_of(&h, "#asker-changed").await?.is_empty(), "the change is announced");
    h.wait_for("#asker-open").await?.click().await?;
    assert_eq!(common::opened_text(&h).await?, text);
    assert!(common::text_of(&h, "#opened-files a").await?.contains(file_name));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_made_in_the_cli_is_answered_in_the_browser_and_opened_in_the_cli() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let note = "which port does the backup run on?";
    h.keep_secret(note.as_bytes(), "the note");
    let out = cinder(&h, dir.path(), &["request", "--server", &h.base_url, "--json"], note.as_bytes())?;
    let made: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let (link, private) = (made["request"].as_str().expect("request"), made["private"].as_str().expect("private"));
    for (url, what) in [(link, "the request key"), (private, "the private key")] {
        h.keep_secret(url.split_once('#').expect("a fragment").1.as_bytes(), what);
    }
    let waiting = cinder(&h, dir.path(), &["status", private], b"")?;
    assert!(String::from_utf8(waiting.stdout)?.starts_with("waiting"));

    common::visit(&h, link).await?;
    assert_eq!(common::text_of(&h, "#answer-note").await?, note);
    let text = "port 2222, from the browser";
    h.keep_secret(text.as_bytes(), "the answer");
    common::fill(&h, "#answer-text", text).await?;
    h.client.find(fantoccini::Locator::Css("#answer")).await?.click().await?;
    h.wait_for("#answered").await?;

    let out = cinder(&h, dir.path(), &["open", "--yes", private], b"")?;
    assert_eq!(String::from_utf8(out.stdout)?, text);
    assert!(cli_requests(&h) >= 4, "the CLI's requests went through the recording proxy");
    h.finish().await
}
