//! Any path the app does not know.

use crate::pages::page_title;
use crate::router::Link;
use crate::{i18n, t};
use leptos::prelude::*;

/// "Page not found", with the way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.not_found_title());
    view! {
        <h1>{t!(i, not_found_title)}</h1>
        <p>{t!(i, not_found_body)}</p>
        <p><Link href="/">{t!(i, nav_create)}</Link></p>
    }
}
