//! Every page speaks English, Swedish, Bulgarian and Ukrainian with nothing left untranslated; a first visit speaks the
//! browser's preferred language; the switcher's choice sets `<html lang>` and is remembered across visits in local storage,
//! never in a cookie; only the chosen catalog is fetched.

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;
use serde_json::Value;
use std::collections::BTreeMap;

const LANGUAGES: [&str; 4] = ["en", "sv", "bg", "uk"];
/// Visible lines that are the same in every language on purpose: the name, the languages' own names, links.
const SAME_EVERYWHERE: [&str; 6] = ["Cinder", "English", "Svenska", "Български", "Українська", "×"];

async fn choose_language(h: &Harness, tag: &str) -> anyhow::Result<()> {
    h.wait_for("#lang").await?.select_by_value(tag).await?;
    common::wait_until(h, &format!("document.documentElement.lang === '{tag}'")).await
}

/// The page's visible text, line by line, in `tag`; fails on a placeholder or plural separator left in it.
async fn lines(h: &Harness, tag: &str) -> anyhow::Result<Vec<String>> {
    choose_language(h, tag).await?;
    let text = h.client.execute("return document.body.innerText;", vec![]).await?;
    let text = text.as_str().unwrap_or_default().to_owned();
    assert!(!text.contains('{') && !text.contains('|'), "[{tag}] unfilled message: {text}");
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

/// Checks the current page in every language: no English line survives in another language.
async fn check_page(h: &Harness, page: &str) -> anyhow::Result<()> {
    let mut texts = BTreeMap::new();
    for tag in LANGUAGES {
        texts.insert(tag, lines(h, tag).await?);
        h.screenshot(&format!("{page}-{tag}")).await?;
    }
    let english = &texts["en"];
    for tag in ["sv", "bg", "uk"] {
        for line in &texts[tag] {
            let untranslated = english.contains(line)
                && !SAME_EVERYWHERE.contains(&line.as_str())
                && !line.starts_with("http")
                && line.chars().any(char::is_alphabetic);
            assert!(!untranslated, "[{tag}] {page}: `{line}` is still English");
        }
    }
    choose_language(h, "en").await
}

#[tokio::test(flavor = "multi_thread")]
async fn each_language_renders() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    // Open every folded part so its text is checked too.
    h.client.find(Locator::Css("details.generator summary")).await?.click().await?;
    h.wait_for("#generate").await?.click().await?;
    check_page(&h, "create").await?;

    common::fill(&h, "#secret-text", "multilingual").await?;
    common::fill(&h, "#passphrase", "pass").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;
    check_page(&h, "link").await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    check_page(&h, "open").await?;
    common::click_open(&h, Some("wrong")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.length > 0").await?;
    check_page(&h, "open-wrong-passphrase").await?;
    common::click_open(&h, Some("pass")).await?;
    common::opened_text(&h).await?;
    check_page(&h, "opened").await?;

    common::visit(&h, &links.receipt).await?;
    h.wait_for("#receipt-state").await?;
    check_page(&h, "receipt").await?;
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    check_page(&h, "unavailable").await?;
    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("ul.promises").await?;
    check_page(&h, "privacy").await?;
    h.client.goto(&h.url("/nowhere")).await?;
    h.wait_for("main h1").await?;
    check_page(&h, "not-found").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn language_choice_is_remembered_without_cookies() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    let catalogs = || h.recorded().into_iter().filter(|e| e.uri.contains("/i18n/")).map(|e| e.uri).collect::<Vec<_>>();
    assert!(catalogs().is_empty(), "an English first load fetches no catalog: {:?}", catalogs());
    choose_language(&h, "uk").await?;
    assert_eq!(h.client.title().await?, "Поділіться секретом · Cinder");
    let fetched = catalogs();
    assert!(fetched.len() == 1 && fetched[0].ends_with("/i18n/uk.json"), "only the chosen catalog is fetched: {fetched:?}");

    h.client.goto("about:blank").await?;
    h.client.goto(&h.url("/privacy")).await?;
    common::wait_until(&h, "document.documentElement.lang === 'uk' && document.querySelector('h1')?.textContent === 'Конфіденційність'")
        .await?;
    assert_eq!(h.client.execute("return document.cookie;", vec![]).await?, Value::String(String::new()));
    assert!(h.recorded().iter().all(|e| e.headers.iter().all(|(name, _)| !name.eq_ignore_ascii_case("cookie"))));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn browser_language_is_followed() -> anyhow::Result<()> {
    let h = Harness::start_with(Options { browser_languages: Some("sv".into()), ..Default::default() }).await?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    // The first paint is already Swedish: the app mounts only once the catalog is there.
    assert_eq!(common::text_of(&h, "main h1").await?, "Dela en hemlighet");
    assert_eq!(h.client.execute("return document.documentElement.lang;", vec![]).await?, "sv");
    assert_eq!(h.client.title().await?, "Dela en hemlighet · Cinder");
    assert_eq!(h.wait_for("#lang").await?.prop("value").await?.as_deref(), Some("sv"), "the switcher shows Swedish");
    h.screenshot("create-browser-sv").await?;

    let page = h.recorded().into_iter().find(|e| e.method == "GET" && e.uri == h.url("/")).expect("the page request was recorded");
    let accept = page.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("accept-language")).map(|(_, v)| v.clone());
    assert_eq!(accept.as_deref(), Some(&b"sv"[..]), "the browser asks for Swedish");
    let catalogs: Vec<_> = h.recorded().into_iter().filter(|e| e.uri.contains("/i18n/")).map(|e| (e.uri, e.status)).collect();
    assert!(catalogs.len() == 1 && catalogs[0].0.ends_with("/i18n/sv.json") && catalogs[0].1 == 200, "catalogs: {catalogs:?}");
    // Followed, not chosen: nothing is remembered until the visitor picks a language themselves.
    assert_eq!(h.client.execute("return localStorage.getItem('cinder.lang');", vec![]).await?, Value::Null);
    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
