//! Asking someone for a secret, as people do it: the asker makes a request on /request and sends its link; the
//! answerer reads the note and sends a text and a file from /q; the asker's private link (/a) sees the answer come and
//! opens it once. On the wire: no note, answer, file, private key or request key in any byte sent, on sled and on
//! Redis. And what the request link does NOT give: whoever else holds it can answer (the first answer wins) but cannot
//! read any answer.

mod common;
#[path = "../../server/tests/redis_rig/mod.rs"]
mod redis_rig;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use cinder_e2e::{Harness, Options};
use fantoccini::Locator;

/// The two links an asker gets: `/q#…` to send, `/a#…` to keep.
struct Request {
    link: String,
    private: String,
}

/// Makes a request on /request with `note` (and the lifetime `ttl`, in seconds, if given); registers both fragments
/// and the note for the zero-knowledge check.
async fn ask(h: &Harness, note: &str, ttl: Option<&str>) -> anyhow::Result<Request> {
    h.client.goto(&h.url("/request")).await?;
    h.keep_secret(note.as_bytes(), "the note");
    common::fill(h, "#request-note", note).await?;
    if let Some(ttl) = ttl {
        common::wait_until(h, &format!("document.querySelector('#request-ttl option[value=\"{ttl}\"]')")).await?;
        h.client.find(Locator::Css("#request-ttl")).await?.select_by_value(ttl).await?;
    }
    h.client.find(Locator::Css("#request")).await?.click().await?;
    let link = h.wait_for("#request-link").await?.prop("value").await?.unwrap_or_default();
    let private = h.wait_for("#private-link").await?.prop("value").await?.unwrap_or_default();
    for (url, what) in [(&link, "the request key"), (&private, "the private key")] {
        let fragment = url.split_once('#').map(|(_, f)| f).unwrap_or_default();
        assert_eq!(fragment.len(), 44, "{what}: {url}");
        h.keep_secret(fragment.as_bytes(), what);
        // The key itself, without its kind byte, in any encoding.
        h.keep_secret(&URL_SAFE_NO_PAD.decode(fragment)?[1..], what);
    }
    assert!(link.contains("/q#") && private.contains("/a#"), "{link} {private}");
    Ok(Request { link, private })
}

/// Answers a request from its link with `text` and `files`; waits until the page says it was sent.
async fn answer(h: &Harness, link: &str, text: &str, files: &[&std::path::Path]) -> anyhow::Result<()> {
    common::visit(h, link).await?;
    h.keep_secret(text.as_bytes(), "the answer");
    common::fill(h, "#answer-text", text).await?;
    for file in files {
        let before = h.client.find_all(Locator::Css("#file-list li")).await?.len();
        h.client.find(Locator::Css("#files")).await?.send_keys(&file.display().to_string()).await?;
        common::wait_until(h, &format!("document.querySelectorAll('#file-list li').length > {before}")).await?;
    }
    h.client.find(Locator::Css("#answer")).await?.click().await?;
    h.wait_for("#answered").await?;
    assert!(!h.client.current_url().await?.as_str().contains('#'), "the request key leaves the address bar once answered");
    Ok(())
}

/// The whole story on whatever store `h` runs on.
async fn asked_answered_opened(h: &Harness) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let (file_name, file_body) = ("vpn-credentials.conf", b"[Interface]\nPrivateKey = not-for-the-server\n".to_vec());
    std::fs::write(dir.path().join(file_name), &file_body)?;
    h.keep_secret(file_name.as_bytes(), "the file name");
    h.keep_secret(&file_body, "the file's contents");
    let note = "the staging database password, please";
    let request = ask(h, note, None).await?;

    // The asker's page, before any answer: the note, and waiting.
    common::visit(h, &request.private).await?;
    common::wait_until(h, "document.querySelector('#asker-state')?.dataset.state === 'waiting'").await?;
    assert_eq!(common::text_of(h, "#asker-note").await?, note);

    // The answerer sees the note and what answering means.
    common::visit(h, &request.link).await?;
    assert_eq!(common::text_of(h, "#answer-note").await?, note);
    h.wait_for("#answer-anyone").await?;
    let text = "hunter2-but-longer-and-better";
    answer(h, &request.link, text, &[&dir.path().join(file_name)]).await?;

    // Answered once: the link now says so.
    common::visit(h, &request.link).await?;
    h.wait_for("#answer-unavailable").await?;

    // The asker sees it came, and opens it once.
    common::visit(h, &request.private).await?;
    common::wait_until(h, "document.querySelector('#asker-state')?.dataset.state === 'answered'").await?;
    h.wait_for("#asker-open").await?.click().await?;
    assert_eq!(common::opened_text(h).await?, text);
    let download = common::text_of(h, "#opened-files a").await?;
    assert!(download.contains(file_name), "{download}");
    assert!(!h.client.current_url().await?.as_str().contains('#'), "the private key leaves the address bar once opened");

    // And never again.
    common::visit(h, &request.private).await?;
    h.wait_for("#asker-gone").await?;
    assert!(h.recorded().iter().any(|e| e.uri.ends_with("/api/v1/requests/answer")), "the capture saw the answer");
    assert!(h.third_party_requests().is_empty(), "third-party requests: {:#?}", h.third_party_requests());
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn request_answered_and_opened() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    asked_answered_opened(&h).await?;
    h.screenshot("request-opened").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn request_answered_and_opened_on_redis() -> anyhow::Result<()> {
    let redis = redis_rig::Redis::start(redis_rig::Mode::Durable);
    let h = Harness::start_with(Options { server_env: vec![("CINDER_STORE".into(), redis.url())], ..Options::default() }).await?;
    asked_answered_opened(&h).await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn third_party_can_answer_but_not_read() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let request = ask(&h, "", None).await?;
    // Someone who saw the request link answers first: the request takes it (the asker's page will say an answer came).
    answer(&h, &request.link, "an answer from whoever saw the link", &[]).await?;
    // The real answerer comes second: refused, and told so; nothing they typed was stored.
    common::visit(&h, &request.link).await?;
    h.wait_for("#answer-unavailable").await?;
    // The request link is no key to the answer: on the asker's page it is refused as a link of the other kind.
    let fragment = request.link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    common::visit(&h, &h.url(&format!("/a#{fragment}"))).await?;
    h.wait_for("#asker-bad-link").await?;
    // The asker's own link still opens the one answer.
    common::visit(&h, &request.private).await?;
    h.wait_for("#asker-open").await?.click().await?;
    assert_eq!(common::opened_text(&h).await?, "an answer from whoever saw the link");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn request_expires() -> anyhow::Result<()> {
    let env = vec![("CINDER_TTL_CHOICES".into(), "3s,1h".into()), ("CINDER_DEFAULT_TTL".into(), "1h".into())];
    let h = Harness::start_with(Options { server_env: env, ..Default::default() }).await?;
    let request = ask(&h, "only for three seconds", Some("3")).await?;
    tokio::time::sleep(std::time::Duration::from_millis(3_500)).await;
    common::visit(&h, &request.link).await?;
    h.wait_for("#answer-unavailable").await?;
    common::visit(&h, &request.private).await?;
    h.wait_for("#asker-gone").await?;
    h.finish().await
}
