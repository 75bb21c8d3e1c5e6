//! A secret protected by a passphrase: a wrong guess says so, with the attempts left, and keeps the secret; the right one opens it.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn wrong_passphrase_keeps_secret() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let (text, passphrase) = ("launch code 0000", "correct horse battery staple");
    // A one-time passphrase is nothing for a password manager to save and sync: the field asks them not to.
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#passphrase").await?;
    let hints = h
        .client
        .execute(
            "const p = document.querySelector('#passphrase');
             return [p.getAttribute('autocomplete'), p.hasAttribute('data-1p-ignore'), p.getAttribute('data-lpignore')];",
            vec![],
        )
        .await?;
    assert_eq!(hints, serde_json::json!(["off", true, "true"]), "passphrase field hints");
    let links = common::create(&h, text, Some(passphrase), &[]).await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    h.screenshot("open-passphrase").await?;
    common::click_open(&h, Some("wrong horse")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.includes('4')").await?;
    let error = common::text_of(&h, "#open-error").await?;
    assert!(error.contains("Wrong passphrase") && error.contains("4 attempts left"), "{error}");
    h.screenshot("open-wrong-passphrase").await?;

    // The secret is still there: the right passphrase, on the same page, opens it.
    common::click_open(&h, Some(passphrase)).await?;
    assert_eq!(common::opened_text(&h).await?, text);

    h.assert_never_sent(passphrase.as_bytes(), "the passphrase");
    h.assert_never_sent(b"wrong horse", "the wrong passphrase");
    h.assert_never_sent(text.as_bytes(), "the plaintext");
    h.finish().await
}
