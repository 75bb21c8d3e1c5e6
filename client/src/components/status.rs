//! Live regions: screen readers announce progress politely and errors at once. They stay in the DOM (empty when idle),
//! because a live region inserted together with its text is often not announced.

use leptos::prelude::*;

/// A polite status line (progress, confirmations).
#[component]
pub fn StatusMessage(#[prop(into)] text: Signal<String>, #[prop(optional)] id: &'static str) -> impl IntoView {
    view! {
        <p class="status" id=id role="status" aria-live="polite">
            {text}
        </p>
    }
}

/// An assertive error line.
#[component]
pub fn ErrorMessage(#[prop(into)] text: Signal<String>, #[prop(optional)] id: &'static str) -> impl IntoView {
    view! {
        <p class=move || if text.with(String::is_empty) { "error empty" } else { "error" } id=id role="alert">
            {text}
        </p>
    }
}
