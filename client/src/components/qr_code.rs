//! The share link as a QR code, drawn here from the link (never fetched: the link must not leave the page).

use crate::{i18n, qr};
use leptos::prelude::*;

/// A QR code of `text`, labelled for screen readers.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    let i = i18n();
    let svg = move || qr::svg(&text, i.m().qr_label()).unwrap_or_default();
    view! { <div class="qr" prop:innerHTML=svg></div> }
}
