//! Someone who uses only a keyboard creates and opens a secret: every control is reachable with Tab, shows where the focus
//! is, and works with Enter; after each step the focus lands on the new heading.

mod common;

use cinder_e2e::Harness;
use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
use serde_json::Value;

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

/// Presses Tab until the element with `id` has the focus; fails after 30 presses.
async fn tab_to(h: &Harness, id: &str) -> anyhow::Result<()> {
    for _ in 0..30 {
        if h.client.execute("return document.activeElement?.id ?? '';", vec![]).await? == Value::String(id.into()) {
            let outline = h.client.execute("return getComputedStyle(document.activeElement).outlineStyle;", vec![]).await?;
            assert_ne!(outline, Value::String("none".into()), "#{id} shows no focus");
            return Ok(());
        }
        type_keys(h, TAB).await?;
    }
    anyhow::bail!("Tab never reached #{id}")
}

/// Presses keys on whatever has the focus, as a keyboard does (element `send_keys` would treat a file input specially).
async fn type_keys(h: &Harness, keys: &str) -> anyhow::Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys.chars() {
        actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    Ok(h.client.perform_actions(actions).await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_only_create_and_open() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length > 0").await?;

    tab_to(&h, "secret-text").await?;
    type_keys(&h, "typed without a mouse").await?;
    tab_to(&h, "passphrase").await?;
    type_keys(&h, "keys only").await?;
    tab_to(&h, "toggle-passphrase").await?;
    type_keys(&h, ENTER).await?;
    common::wait_until(&h, "document.querySelector('#passphrase').type === 'text'").await?;
    tab_to(&h, "create").await?;
    h.screenshot("keyboard-create-focus").await?;
    type_keys(&h, ENTER).await?;
    let links = common::read_links(&h).await?;
    common::wait_until(&h, "document.activeElement?.tagName === 'H1'").await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    tab_to(&h, "open-passphrase").await?;
    type_keys(&h, &format!("keys only{ENTER}")).await?;
    common::wait_until(&h, "document.querySelector('#opened-destroyed') && document.activeElement?.tagName === 'H1'").await?;
    assert_eq!(common::opened_text(&h).await?, "typed without a mouse");
    h.finish().await
}
