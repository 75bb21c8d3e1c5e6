//! The connection drops while the recipient opens a secret: the page says the server could not be reached and that the
//! attempt may have used the secret up (the server may have consumed it before the answer was lost), and the link stays
//! in the address bar for a retry.

mod common;

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn open_interrupted_says_the_secret_may_be_used_up() -> anyhow::Result<()> {
    let mut h = Harness::start().await?;
    let links = common::create(&h, "opened while the line went down", None, &[]).await?;
    common::visit(&h, &links.share).await?;
    h.wait_for("#open").await?;

    h.stop_server().await?;
    common::click_open(&h, None).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.length > 0").await?;
    h.screenshot("open-interrupted").await?;
    assert_eq!(
        common::text_of(&h, "#open-error").await?,
        "The server cannot be reached. Check your connection and try again. \
         Opening was interrupted and may have used up the secret, even though it was not shown."
    );
    assert_eq!(h.client.current_url().await?.fragment(), Some(links.link_secret()), "the link is kept for a retry");
    h.wait_for("#open").await?;

    let errors = h.console_errors().await?;
    assert!(errors.iter().all(|e| e.contains("/open") && e.contains("net::ERR_")), "console errors: {errors:#?}");
    h.finish().await
}
