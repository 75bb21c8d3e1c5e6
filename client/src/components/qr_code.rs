//! The share link as a QR code, drawn in the browser from the link (never fetched: the link must not leave the browser).

use crate::{i18n, kdf, t};
use leptos::prelude::*;

/// A QR code of `text`, labelled for screen readers. The page's worker draws it ([`kdf::qr_svg`]), so it appears a moment
/// after the link; if the worker cannot be had, there is none.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    let i = i18n();
    let svg = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        if let Some(drawn) = kdf::qr_svg(&text).await {
            svg.set(drawn);
        }
    });
    view! { <div class="qr" role="img" aria-label=t!(i, qr_label) prop:innerHTML=move || svg.get()></div> }
}
