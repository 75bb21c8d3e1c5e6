//! The lifetime picker: the server's choices, in words of the visitor's language, its default chosen until one is
//! picked. A secret and a request both have one.

use crate::components::Key;
use crate::{format, i18n, reactive_text, tr};
use leptos::prelude::*;
use shared::api::ServerConfig;

/// A labelled `<select>` (element `id`) of the server's lifetimes (`config`, `None` until `/config` answers); `ttl` holds
/// the visitor's pick (`None`: the server's default). A plain function, not a component, like `file_picker`.
pub fn lifetime(id: &'static str, label: Key, config: RwSignal<Option<ServerConfig>>, ttl: RwSignal<Option<u64>>) -> impl IntoView {
    let i = i18n();
    let chosen = move || ttl.get().or_else(|| config.with(|c| c.as_ref().map(|c| c.default_ttl)));
    view! {
        <div class="field">
            <label for=id>{tr(i, label)}</label>
            <select id=id on:change=move |ev| ttl.set(event_target_value(&ev).parse().ok())>
                {move || {
                    let choices = config.with(|c| c.as_ref().map(|c| c.ttl_choices.clone()).unwrap_or_default());
                    choices
                        .into_iter()
                        .map(|choice| {
                            view! {
                                <option value=choice.to_string() selected=move || chosen() == Some(choice)>
                                    {reactive_text(move || format::ttl(i.lang.get(), choice))}
                                </option>
                            }.into_any()
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
