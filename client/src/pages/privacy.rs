//! The privacy page: the promises, in plain words, in every language.

use crate::pages::page_title;
use crate::{i18n, t};
use leptos::prelude::*;

/// What Cinder stores, and what it never does.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.privacy_title());
    view! {
        <h1>{t!(i, privacy_title)}</h1>
        <ul class="promises">
            <li>{t!(i, privacy_encryption)}</li>
            <li>{t!(i, privacy_stored)}</li>
            <li>{t!(i, privacy_deleted)}</li>
            <li>{t!(i, privacy_tracking)}</li>
            <li>{t!(i, privacy_logs)}</li>
            <li>{t!(i, privacy_language)}</li>
        </ul>
    }
}
