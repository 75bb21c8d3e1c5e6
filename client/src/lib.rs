//! Cinder's browser client: the `App` component, its router and the language every page speaks.
//!
//! Pure logic (catalog, formatting, password generation) lives in modules without browser calls so native tests
//! cover it; `browser` and `api` hold nearly all the web-sys code (pages keep to event targets and picked files).

pub mod api;
pub mod browser;
pub mod components;
pub mod format;
pub mod i18n;
pub mod intl;
pub mod kdf;
pub mod pages;
pub mod router;
pub mod wire;

use i18n::{Lang, Messages};
use leptos::prelude::*;
use router::{Link, Location, Route};

/// One of the three bundles the client is built as, so that no first load carries another's pages: `create` (the
/// create page, not found), `open` (open, receipt, privacy) and `request` (asking for a secret, answering, the asker's
/// page: the only one with X25519 code). A route a bundle lacks is a full page load, which the server answers with
/// the other bundle's HTML (`server/src/routes/assets.rs`).
#[derive(Clone, Copy)]
pub struct Bundle {
    /// Whether this bundle renders `route`.
    pub serves: fn(Route) -> bool,
    /// The page for a route it serves.
    pub page: fn(Route) -> AnyView,
    /// The messages its pages show (and their names, which only this names: see [`i18n::PartKeys`]), and so which
    /// catalog files it fetches.
    pub keys: i18n::PartKeys,
    /// Its English catalog file, compiled in (`client/i18n/<part>/en.json`).
    pub english: &'static str,
}

/// The bundle behind `/` and every unknown path.
pub const CREATE: Bundle = Bundle {
    serves: |route| matches!(route, Route::Create | Route::NotFound),
    page: |route| match route {
        Route::Create => view! { <pages::CreatePage /> }.into_any(),
        _ => view! { <pages::NotFound /> }.into_any(),
    },
    keys: i18n::PartKeys::CREATE,
    english: include_str!("../i18n/create/en.json"),
};

/// The bundle behind the links people receive (`/s`), the creator's receipt (`/r`) and the privacy page.
pub const OPEN: Bundle = Bundle {
    serves: |route| matches!(route, Route::Open | Route::Receipt | Route::Privacy),
    page: |route| match route {
        Route::Open => view! { <pages::OpenPage /> }.into_any(),
        Route::Receipt => view! { <pages::ReceiptPage /> }.into_any(),
        Route::Privacy => view! { <pages::PrivacyPage /> }.into_any(),
        // Only if the server sent this page for a path that is not the bundle's (it does not).
        _ => view! { <pages::NotFound /> }.into_any(),
    },
    keys: i18n::PartKeys::OPEN,
    english: include_str!("../i18n/open/en.json"),
};

/// The bundle behind requests: asking for a secret (`/request`), answering one (`/q`), the asker's page (`/a`).
pub const REQUEST: Bundle = Bundle {
    serves: |route| matches!(route, Route::Request | Route::Answer | Route::Asker),
    page: |route| match route {
        Route::Request => view! { <pages::AskPage /> }.into_any(),
        Route::Answer => view! { <pages::AnswerPage /> }.into_any(),
        Route::Asker => view! { <pages::AskerPage /> }.into_any(),
        _ => view! { <pages::NotFound /> }.into_any(),
    },
    keys: i18n::PartKeys::REQUEST,
    english: include_str!("../i18n/request/en.json"),
};

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

/// What the operator has the page say (`shared::api::Instance`), shared through context; `None` until `/config` answers,
/// and for an instance without words.
#[derive(Clone, Copy)]
pub struct InstanceWords(pub RwSignal<Option<shared::api::Instance>>);

impl InstanceWords {
    /// The instance's name, if it has one (tracked).
    pub fn name(&self) -> Option<String> {
        self.0.with(|w| w.as_ref().and_then(|w| w.name.clone()))
    }
}

/// The app's language context.
pub fn i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive message: `key` of the current catalog.
///
/// Every call returns the same closure type, so the view code that renders it is generated once rather than once per
/// message (per-message closures cost tens of kilobytes of wasm).
pub fn tr(i: I18n, key: fn(&Messages) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || key(i.m())
}

/// A reactive text built by `f` (a formatted message, a size, a date), as a signal.
///
/// Like [`tr`], it keeps the rendering code to one copy: every such text is a `Signal<String>` to the view layer.
pub fn reactive_text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    derived_text(std::sync::Arc::new(f))
}

/// [`reactive_text`]'s signal, outside the generic function so that Leptos' code for it exists once.
fn derived_text(f: std::sync::Arc<dyn Fn() -> String + Send + Sync>) -> Signal<String> {
    Signal::derive(move || f())
}

/// `view` while `when` holds, like `<Show>` (the condition is memoised, so `view` is rebuilt only when it flips); every use
/// shares one copy of the rendering code, where each `<Show>` had its own.
pub fn show(when: impl Fn() -> bool + Send + Sync + 'static, view: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    shown(std::sync::Arc::new(when), std::sync::Arc::new(view))
}

/// [`show`]'s view, outside the generic function so that its type (and rendering code) is the same for every use.
fn shown(when: std::sync::Arc<dyn Fn() -> bool + Send + Sync>, view: std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    let when = Memo::new(move |_| when());
    move || when.get().then(|| view())
}

/// `t!(i, key)`: shorthand for [`tr`] with a catalog field.
#[macro_export]
macro_rules! t {
    ($i:expr, $key:ident) => {
        $crate::tr($i, $crate::i18n::Messages::$key)
    };
}

/// Starts a bundle: picks the visitor's language, fetches its catalog unless it is English (so the first paint is already
/// in their language), then mounts the app. A catalog that cannot be had means English.
pub fn start(bundle: Bundle) {
    i18n::begin(bundle.keys, bundle.english);
    let remembered = browser::remembered_language();
    let preferred = browser::preferred_languages();
    let lang = Lang::choose(remembered.as_deref(), preferred.iter().map(String::as_str));
    wasm_bindgen_futures::spawn_local(async move {
        let lang = if load_language(lang).await { lang } else { Lang::En };
        leptos::mount::mount_to_body(move || view! { <App bundle lang /> });
    });
}

/// Makes `lang`'s catalog available, fetching it if needed; false if it could not be had.
pub async fn load_language(lang: Lang) -> bool {
    if lang.is_loaded() {
        return true;
    }
    match api::catalog(lang).await {
        Some(messages) => {
            lang.install(messages);
            true
        }
        None => false,
    }
}

/// The whole application, with the pages of `bundle`, speaking `lang` at first.
#[component]
pub fn App(bundle: Bundle, lang: Lang) -> impl IntoView {
    let lang = RwSignal::new(lang);
    provide_context(I18n { lang });
    Effect::new(move |_| browser::set_document_language(lang.get()));
    let i = i18n();
    let words = InstanceWords(RwSignal::new(None));
    provide_context(words);
    // The create page reads the same answer for its limits (`api::config` asks once per page load).
    leptos::task::spawn_local(async move {
        if let Ok(config) = api::config().await {
            words.0.set(config.instance);
        }
    });
    let location = Location::new(bundle.serves);
    provide_context(location);
    let page = move || (bundle.page)(location.route());

    view! {
            <header class="top">
                <Link href="/" class="brand">
                    <span class="brand-name">{t!(i, app_name)}</span>
                    <components::InstanceName />
                    <span class="tagline">{t!(i, tagline)}</span>
                </Link>
                <components::LanguageSwitcher />
            </header>
            <main id="main" tabindex="-1">
                {page}
            </main>
            <footer class="bottom">
                <p>{t!(i, footer_note)}</p>
                <components::Imprint />
                <nav>
                    <Link href="/">{t!(i, nav_create)}</Link>
                    <Link href="/request">{t!(i, nav_request)}</Link>
                    <Link href="/privacy">{t!(i, nav_privacy)}</Link>
                </nav>
            </footer>
    }
}
