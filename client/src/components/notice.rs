//! A heading and a short explanation (link incomplete, secret unavailable, receipt gone...), optionally with a retry button.
//!
//! One component for all of them keeps one copy of the rendering code in the bundle instead of one per page state.

use crate::i18n::Messages;
use crate::{i18n, t, tr};
use leptos::prelude::*;

/// A message from the catalog.
pub type Key = fn(&Messages) -> &'static str;

/// An optional `<h1>`, an optional notice paragraph with an id (the e2e tests look for it) and an optional retry button.
#[component]
pub fn Notice(
    /// The page heading, if this notice brings its own.
    #[prop(optional)]
    heading: Option<Key>,
    /// The explanation.
    #[prop(optional)]
    body: Option<Key>,
    /// The explanation's element id.
    #[prop(optional)]
    id: &'static str,
    /// Offers "refresh", running this.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let i = i18n();
    view! {
        {heading.map(|h| view! { <h1>{tr(i, h)}</h1> }.into_any())}
        {body.map(|b| view! { <p class="notice" id=id>{tr(i, b)}</p> }.into_any())}
        {retry.map(|r| view! { <button type="button" class="secondary" on:click=move |_| r.run(())>{t!(i, refresh)}</button> }.into_any())}
    }
}
