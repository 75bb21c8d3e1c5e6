//! Cinder's browser client: the `App` component, its router and the language every page speaks.
//!
//! Pure logic (catalog, formatting, password generation, QR drawing) lives in modules without browser calls so native tests
//! cover it; `browser` and `api` hold the only web-sys code.

pub mod api;
pub mod browser;
pub mod components;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod password;
pub mod qr;

use i18n::{Lang, Messages};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The language the app currently speaks, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The chosen language; setting it re-renders every message.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The current catalog (tracked: use inside reactive closures).
    pub fn m(&self) -> &'static Messages {
        self.lang.get().messages()
    }
}

/// The app's language context.
pub fn i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive message: `t!(i, key)` is a closure returning `key` in the current language.
#[macro_export]
macro_rules! t {
    ($i:expr, $key:ident) => {
        move || $i.m().$key
    };
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let remembered = browser::remembered_language();
    let preferred = browser::preferred_languages();
    let lang = RwSignal::new(Lang::choose(remembered.as_deref(), preferred.iter().map(String::as_str)));
    provide_context(I18n { lang });
    Effect::new(move |_| browser::set_document_language(lang.get().tag()));
    let i = i18n();

    view! {
        <Router>
            <header class="top">
                <A href="/" attr:class="brand">
                    <span class="brand-name">{t!(i, app_name)}</span>
                    <span class="tagline">{t!(i, tagline)}</span>
                </A>
                <components::LanguageSwitcher />
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=pages::NotFound>
                    <Route path=path!("/") view=pages::CreatePage />
                    <Route path=path!("/s") view=pages::OpenPage />
                    <Route path=path!("/r") view=pages::ReceiptPage />
                    <Route path=path!("/privacy") view=pages::PrivacyPage />
                </Routes>
            </main>
            <footer class="bottom">
                <p>{t!(i, footer_note)}</p>
                <nav>
                    <A href="/">{t!(i, nav_create)}</A>
                    <A href="/privacy">{t!(i, nav_privacy)}</A>
                </nav>
            </footer>
        </Router>
    }
}
