//! One link for three people: the creator lets it open three times, the page says how many opens are left before and
//! after each, the receipt lists each open, and the last of them destroys the rest ("I have it, destroy it now").

mod common;

use cinder_e2e::Harness;
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn multi_view_secret() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    h.keep_secret(b"wifi for the whole team", "the secret text");
    common::fill(&h, "#secret-text", "wifi for the whole team").await?;
    let hint = common::text_of(&h, "#views-hint").await?;
    assert!(hint.starts_with("At most 100 times."), "the server's maximum: {hint}");
    common::fill(&h, "#views", "3").await?;
    h.screenshot("create-three-opens").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;
    let label = common::text_of(&h, "label[for=share-link]").await?;
    assert_eq!(label, "Share link", "the count is in the help line under it");
    assert!(common::text_of(&h, "#link-help").await?.contains("can be opened 3 times"));

    // The first of them: three opens before, two after.
    common::visit(&h, &links.share).await?;
    let waiting = common::text_of(&h, "#open-waiting").await?;
    assert!(waiting.contains("3 more times"), "{waiting}");
    common::click_open(&h, None).await?;
    assert_eq!(common::opened_text(&h).await?, "wifi for the whole team");
    let left = common::text_of(&h, "#opened-views-left p").await?;
    assert!(left.contains("2 more times"), "{left}");
    h.screenshot("opened-two-left").await?;

    // The receipt: still waiting, one open listed.
    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'waiting'").await?;
    assert_eq!(common::text_of(&h, "#receipt-state").await?, "Waiting: opened before, 2 opens left.");
    assert_eq!(common::text_of(&h, "#receipt-views").await?, "Can be opened 3 times in all.");
    assert_eq!(h.client.find_all(Locator::Css("#receipt-opens li")).await?.len(), 1);
    h.screenshot("receipt-one-open").await?;

    // The second opens it and destroys the last open; cancelling first keeps it.
    common::visit(&h, &links.share).await?;
    assert!(common::text_of(&h, "#open-waiting").await?.contains("2 more times"));
    common::click_open(&h, None).await?;
    assert_eq!(common::opened_text(&h).await?, "wifi for the whole team");
    h.wait_for("#opened-burn").await?.click().await?;
    h.wait_for("#opened-burn-cancel").await?.click().await?;
    h.wait_for("#opened-burn").await?.click().await?;
    let question = common::text_of(&h, "#opened-burn-question").await?;
    assert!(question.contains("1 remaining open "), "{question}");
    h.screenshot("opened-burn-confirm").await?;
    h.wait_for("#opened-burn-confirm").await?.click().await?;
    h.wait_for("#opened-destroyed").await?;
    let kept = h.wait_for("#opened-text").await?.prop("value").await?;
    assert_eq!(kept.as_deref(), Some("wifi for the whole team"), "the opened text stays on the page");

    common::visit(&h, &links.receipt).await?;
    common::wait_until(&h, "document.querySelector('#receipt-state')?.dataset.state === 'burned'").await?;
    assert_eq!(h.client.find_all(Locator::Css("#receipt-opens li")).await?.len(), 2, "both opens listed");
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    h.finish().await
}
