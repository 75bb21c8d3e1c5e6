//! The language switcher: every language under its own name; the choice is remembered in local storage, never in a cookie.

use crate::browser;
use crate::i18n::Lang;
use crate::{i18n, t};
use leptos::prelude::*;

/// A labelled `<select>` of the languages.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i = i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            browser::remember_language(lang.tag());
            i.lang.set(lang);
        }
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
