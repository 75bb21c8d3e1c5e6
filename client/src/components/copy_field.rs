//! A read-only field with a copy button: for links, which must be copied whole and exactly, and for an opened secret's text.

use crate::browser;
use crate::i18n::Messages;
use crate::{i18n, t, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A labelled read-only input (or text area, for multi-line text) holding `value`, a copy button, and a polite confirmation.
#[component]
pub fn CopyField(
    /// The element id of the field (the e2e tests find links by it).
    id: &'static str,
    /// Its label, from the catalog.
    label: fn(&Messages) -> &'static str,
    /// The text to show and copy.
    value: String,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let i = i18n();
    let status = RwSignal::new(String::new());
    // Select the text so the visitor can copy it by hand if the clipboard is refused.
    let select = move || browser::focus(id, true);
    let copied_value = value.clone();
    let copy = move |_| {
        let text = copied_value.clone();
        spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            if !ok {
                select();
            }
            status.set(if ok { i.m().copied() } else { i.m().copy_failed() }.to_owned());
        });
    };
    let status_id = format!("{id}-status");
    let rows = value.lines().count().clamp(3, 16).to_string();
    let field = if multiline {
        view! { <textarea id=id dir="auto" readonly rows=rows spellcheck="false" prop:value=value></textarea> }.into_any()
    } else {
        view! {
            <input id=id type="text" dir="auto" readonly value=value spellcheck="false" autocomplete="off" on:focus=move |_| select() />
        }
        .into_any()
    };
    view! {
        <div class="copy-field">
            <label for=id>{tr(i, label)}</label>
            {field}
            <div class="row">
                <button type="button" class="secondary" id=format!("{id}-copy") on:click=copy aria-describedby=status_id.clone()>
                    {t!(i, copy)}
                </button>
                <span class="status small" id=status_id role="status" aria-live="polite">
                    {move || status.get()}
                </span>
            </div>
        </div>
    }
}
