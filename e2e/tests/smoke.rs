//! The first thing a visitor sees: the page loads from the lone binary, the wasm app renders, nothing errors, and the CSP is there;
//! the create page and a received link each load their own bundle only.

use cinder_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn visitor_loads_the_app() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    h.client.goto(&h.url("/")).await?;
    // The wasm app replaces the empty body with its own markup once it has loaded and run.
    h.wait_for("main").await?;
    h.screenshot("home").await?;

    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let third_party = h.third_party_requests();
    assert!(third_party.is_empty(), "third-party requests: {third_party:#?}");

    let recorded = h.recorded();
    let page = recorded.iter().find(|e| e.uri.ends_with('/') && e.method == "GET").expect("the page request was recorded");
    let csp = page.response_header("content-security-policy").expect("the page has a Content-Security-Policy");
    let weak = csp.split([' ', ';']).any(|token| token == "'unsafe-inline'" || token == "'unsafe-eval'");
    assert!(!weak && csp.contains("frame-ancestors 'none'"), "weak CSP: {csp}");
    let wasm = |recorded: &[cinder_e2e::Exchange]| {
        recorded.iter().filter(|e| e.uri.ends_with(".wasm") && e.status == 200).map(|e| e.uri.clone()).collect::<Vec<_>>()
    };
    let served = wasm(&recorded);
    assert!(served.len() == 1 && served[0].contains("/create-"), "only the create bundle's wasm: {served:?}");
    assert!(recorded.iter().all(|e| e.response_header("set-cookie").is_none()), "a response set a cookie");

    // A received link is the other bundle: its page, its wasm, nothing of the create page.
    let before = recorded.len();
    h.client.goto(&h.url("/s#not-a-link")).await?;
    h.wait_for("#open-bad-link").await?;
    let served = wasm(&h.recorded()[before..]);
    assert!(served.len() == 1 && served[0].contains("/open-"), "only the open bundle's wasm: {served:?}");
    let errors = h.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    h.finish().await
}
