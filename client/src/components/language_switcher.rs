//! The language switcher: every language under its own name; the choice is remembered in local storage, never in a cookie.

use crate::browser;
use crate::i18n::Lang;
use crate::{i18n, t};
use leptos::prelude::*;

/// A labelled `<select>` of the languages.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i = i18n();
    // The visitor's latest pick: a catalog that arrives after they picked another language is not applied.
    let wanted = StoredValue::new(i.lang.get_untracked());
    let on_change = move |ev: leptos::ev::Event| {
        let select: web_sys::HtmlSelectElement = event_target(&ev);
        let Some(lang) = Lang::from_tag(&select.value()) else { return };
        wanted.set_value(lang);
        // Other languages' catalogs are fetched on first use; until one arrives (or if it cannot), the page stays as it is.
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = crate::load_language(lang).await;
            if wanted.get_value() != lang {
                return;
            }
            if loaded {
                browser::remember_language(lang.tag());
                i.lang.set(lang);
            } else {
                let current = i.lang.get_untracked();
                wanted.set_value(current);
                select.set_value(current.tag());
            }
        });
    };
    view! {
        <div class="lang">
            <label for="lang">{t!(i, language_label)}</label>
            <select id="lang" on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.tag() lang=lang.tag() selected=move || i.lang.get() == lang>
                                {lang.endonym()}
                            </option>
                        }.into_any()
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
