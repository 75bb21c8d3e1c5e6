//! Cinder's browser client: the `App` component and its router.
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    view! { <main id="app"><h1>"Cinder"</h1></main> }
}
