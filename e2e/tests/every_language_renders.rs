//! Every page speaks every language the switcher offers (at least 30) with nothing left untranslated, nothing scrolling
//! sideways at 360 px and no axe-core violation; Arabic, Hebrew and Persian render right to left with links kept left to
//! right; each catalog gives exactly the plural categories the browser's `Intl.PluralRules` knows for its language; a
//! first visit speaks the browser's preferred language; the switcher's choice sets `<html lang>` and is remembered across
//! visits in local storage, never in a cookie; only the chosen catalog is fetched. A screenshot of each page is kept for
//! each script family: English (left to right), Arabic (right to left), Japanese (CJK).

mod common;

use cinder_e2e::{Harness, Options};
use fantoccini::Locator;
use serde_json::Value;

/// Lines that are the same in every language on purpose: the name, the close button of a notice, links.
const SAME_EVERYWHERE: [&str; 2] = ["Cinder", "×"];
/// The languages written right to left.
const RTL: [&str; 3] = ["ar", "he", "fa"];
/// One language per script family, for the screenshots.
const FAMILIES: [&str; 3] = ["en", "ar", "ja"];

/// Every language the switcher offers: (tag, its own name).
async fn languages(h: &Harness) -> anyhow::Result<Vec<(String, String)>> {
    let list =
        h.client.execute("return [...document.querySelectorAll('#lang option')].map(o => [o.value, o.textContent]);", vec![]).await?;
    let list: Vec<(String, String)> = serde_json::from_value(list)?;
    anyhow::ensure!(list.len() >= 30, "only {} languages", list.len());
    Ok(list)
}

async fn choose_language(h: &Harness, tag: &str) -> anyhow::Result<()> {
    h.wait_for("#lang").await?.select_by_value(tag).await?;
    common::wait_until(h, &format!("document.documentElement.lang === '{tag}'")).await
}

/// The page's visible text, line by line, in `tag`; fails on a placeholder or plural separator left in it.
async fn lines(h: &Harness, tag: &str) -> anyhow::Result<Vec<String>> {
    choose_language(h, tag).await?;
    let text = h.client.execute("return document.body.innerText;", vec![]).await?;
    let text = text.as_str().unwrap_or_default().to_owned();
    anyhow::ensure!(!text.contains('{') && !text.contains('}'), "[{tag}] unfilled message: {text}");
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
}

/// Checks the current page in every language: no English line survives in another, the direction follows the language
/// (links stay left to right), nothing scrolls sideways at 360 px, axe-core finds nothing.
async fn check_page(h: &Harness, page: &str, langs: &[(String, String)], failures: &mut Vec<String>) -> anyhow::Result<()> {
    let english = lines(h, "en").await?;
    for (tag, _) in langs {
        let tag = tag.as_str();
        let text = lines(h, tag).await?;
        // The lifetimes offered are the browser's own words (Intl.NumberFormat), not the catalog's: French writes
        // "5 minutes" as English does, and Chromium has no unit names for Irish and Maltese (it writes English ones).
        let intl = h
            .client
            .execute("return [...document.querySelectorAll('#ttl option, #request-ttl option')].map(o => o.textContent);", vec![])
            .await?;
        let intl: Vec<String> = serde_json::from_value(intl)?;
        if tag != "en" {
            for line in &text {
                let untranslated = english.contains(line)
                    && !intl.contains(line)
                    && !SAME_EVERYWHERE.contains(&line.as_str())
                    && !langs.iter().any(|(_, name)| name == line)
                    && !line.starts_with("http")
                    && line.chars().any(char::is_alphabetic);
                if untranslated {
                    failures.push(format!("[{tag}] {page}: `{line}` is still English"));
                }
            }
        }
        let dir = if RTL.contains(&tag) { "rtl" } else { "ltr" };
        let layout = h
            .client
            .execute(
                "return [document.documentElement.dir, getComputedStyle(document.body).direction,
                         document.documentElement.scrollWidth > document.documentElement.clientWidth,
                         [...document.querySelectorAll('.copy-field input, .copy-field textarea')]
                            .filter(e => e.value.startsWith('http') && !e.matches(':dir(ltr)')).length];",
                vec![],
            )
            .await?;
        if layout[0] != dir || layout[1] != dir {
            failures.push(format!("[{tag}] {page}: direction {layout}, wants {dir}"));
        }
        if layout[2] == Value::Bool(true) {
            failures.push(format!("[{tag}] {page}: the page scrolls sideways at 360 px"));
        }
        if layout[3] != 0 {
            failures.push(format!("[{tag}] {page}: a link is not shown left to right"));
        }
        failures.extend(common::axe_violations(h).await?.into_iter().map(|v| format!("[{tag}] {page}: {v}")));
        if FAMILIES.contains(&tag) {
            h.screenshot(&format!("{page}-{tag}")).await?;
        }
    }
    choose_language(h, "en").await
}

#[tokio::test(flavor = "multi_thread")]
async fn each_language_renders() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.set_window_size(360, 740).await?;
    h.client.goto(&h.url("/")).await?;
    h.wait_for("#secret-text").await?;
    common::wait_until(&h, "document.querySelectorAll('#ttl option').length > 0").await?;
    let langs = languages(&h).await?;
    let mut failures = Vec::new();
    // Open every folded part so its text is checked too.
    h.client.find(Locator::Css("details.generator summary")).await?.click().await?;
    h.wait_for("#generate").await?.click().await?;
    check_page(&h, "create", &langs, &mut failures).await?;

    common::fill(&h, "#secret-text", "multilingual").await?;
    common::fill(&h, "#passphrase", "pass").await?;
    // Two opens: every page then also shows its words for a secret that opens more than once.
    common::fill(&h, "#views", "2").await?;
    h.client.find(Locator::Css("#create")).await?.click().await?;
    let links = common::read_links(&h).await?;
    check_page(&h, "link", &langs, &mut failures).await?;

    common::visit(&h, &links.share).await?;
    h.wait_for("#open-passphrase").await?;
    check_page(&h, "open", &langs, &mut failures).await?;
    common::click_open(&h, Some("wrong")).await?;
    common::wait_until(&h, "document.querySelector('#open-error').textContent.length > 0").await?;
    check_page(&h, "open-wrong-passphrase", &langs, &mut failures).await?;
    // The count's form comes from the browser's plural rules: Ukrainian's "few" for 4.
    choose_language(&h, "uk").await?;
    let wrong = common::text_of(&h, "#open-error").await?;
    assert!(wrong.contains("4 спроби"), "Ukrainian plural for 4: {wrong}");
    choose_language(&h, "en").await?;
    common::click_open(&h, Some("pass")).await?;
    common::opened_text(&h).await?;
    check_page(&h, "opened", &langs, &mut failures).await?;
    h.wait_for("#opened-burn").await?.click().await?;
    h.wait_for("#opened-burn-question").await?;
    check_page(&h, "opened-burn-question", &langs, &mut failures).await?;
    h.wait_for("#opened-burn-cancel").await?.click().await?;

    common::visit(&h, &links.receipt).await?;
    h.wait_for("#receipt-opens").await?;
    check_page(&h, "receipt", &langs, &mut failures).await?;
    // The last open.
    common::visit(&h, &links.share).await?;
    common::click_open(&h, Some("pass")).await?;
    h.wait_for("#opened-destroyed").await?;
    common::visit(&h, &links.share).await?;
    h.wait_for("#open-unavailable").await?;
    check_page(&h, "unavailable", &langs, &mut failures).await?;
    // Requests: the form, the two links, the answerer's page and the asker's (no note: a note is the asker's words, the
    // same in every language).
    h.client.goto(&h.url("/request")).await?;
    common::wait_until(&h, "document.querySelectorAll('#request-ttl option').length > 0").await?;
    check_page(&h, "request", &langs, &mut failures).await?;
    h.client.find(Locator::Css("#request")).await?.click().await?;
    let asked = h.wait_for("#request-link").await?.prop("value").await?.unwrap_or_default();
    let private = h.wait_for("#private-link").await?.prop("value").await?.unwrap_or_default();
    check_page(&h, "requested", &langs, &mut failures).await?;
    common::visit(&h, &asked).await?;
    h.wait_for("#answer-anyone").await?;
    check_page(&h, "answer", &langs, &mut failures).await?;
    common::visit(&h, &private).await?;
    common::wait_until(&h, "document.querySelector('#asker-state')?.dataset.state === 'waiting'").await?;
    check_page(&h, "asker", &langs, &mut failures).await?;
    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("ul.promises").await?;
    check_page(&h, "privacy", &langs, &mut failures).await?;
    h.client.goto(&h.url("/nowhere")).await?;
    h.wait_for("main h1").await?;
    check_page(&h, "not-found", &langs, &mut failures).await?;
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn catalogs_give_the_plural_categories_the_browser_knows() -> anyhow::Result<()> {
    // Each catalog's plural message has a text for exactly the categories Intl.PluralRules can answer for its language:
    // none the page could never show, none missing for a count it will show.
    let h = Harness::start().await?;
    h.client.goto(&h.url("/privacy")).await?;
    h.wait_for("ul.promises").await?;
    let mismatches = h
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const tags = [...document.querySelectorAll('#lang option')].map(o => o.value);
             Promise.all(tags.map(tag => fetch('/i18n/open/' + tag + '.json').then(r => r.json()).then(c => {
                 const given = Object.keys(c.open_wrong_passphrase).sort().join(' ');
                 const known = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort().join(' ');
                 return given === known ? null : tag + ': catalog ' + given + ', Intl ' + known;
             }))).then(r => done(r.filter(x => x))).catch(e => done(['failed: ' + e]));",
            vec![],
        )
        .await?;
    assert_eq!(mismatches, Value::Array(vec![]), "{mismatches}");
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
    assert!(fetched.len() == 1 && fetched[0].ends_with("/i18n/create/uk.json"), "only the chosen catalog is fetched: {fetched:?}");

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
    assert!(catalogs.len() == 1 && catalogs[0].0.ends_with("/i18n/create/sv.json") && catalogs[0].1 == 200, "catalogs: {catalogs:?}");
    // Followed, not chosen: nothing is remembered until the visitor picks a language themselves.
    assert_eq!(h.client.execute("return localStorage.getItem('cinder.lang');", vec![]).await?, Value::Null);
    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
