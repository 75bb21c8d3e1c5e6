//! Thin wrappers over the browser APIs the pages use, so pages read as behaviour and the web-sys details live in one place.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the visitor's language choice is remembered (local storage: no cookies).
const LANG_KEY: &str = "cinder.lang";

fn window() -> web_sys::Window {
    web_sys::window().expect("running in a browser window")
}

/// The URL fragment (without `#`), if any.
pub fn fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// Removes the fragment from the address bar and the current history entry (Back will not bring it back); what the
/// browser recorded in its list of visited addresses at load stays there.
pub fn forget_fragment() {
    let location = window().location();
    let without = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&without));
    }
}

/// The page's origin, e.g. `https://cinder.example`, for building links.
pub fn origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The visitor's remembered language, if any.
pub fn remembered_language() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the visitor's language choice in local storage.
pub fn remember_language(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, tag);
    }
}

/// Sets `<html lang>` (screen readers pick their voice from it) and the document title.
pub fn set_document_language(lang: crate::i18n::Lang) {
    if let Some(root) = window().document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
        // The layout mirrors through logical CSS properties; `dir` on the root is all it needs.
        let _ = root.set_attribute("dir", if lang.dir() == crate::i18n::Dir::Rtl { "rtl" } else { "ltr" });
    }
}

/// Sets the tab title.
pub fn set_title(title: &str) {
    if let Some(document) = window().document() {
        document.set_title(title);
    }
}

/// Moves the keyboard focus to the element with this id (if it is on the page), selecting its text when `select` is set
/// and it is an input or a text area. By id rather than by node reference: the pages already name these elements.
pub fn focus(id: &str, select: bool) {
    let Some(element) = window().document().and_then(|d| d.get_element_by_id(id)) else { return };
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
    if select {
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    }
}

/// Copies text to the clipboard; false if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    // navigator.clipboard is still behind web-sys's unstable flag, so reach it by name.
    let Ok(clipboard) = Reflect::get(&window().navigator(), &"clipboard".into()) else { return false };
    let Ok(write) = Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<Function>()) else {
        return false;
    };
    match write.call1(&clipboard, &text.into()).and_then(|p| p.dyn_into::<Promise>()) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// A local date and time for a Unix timestamp in seconds, in the given language.
pub fn format_time(lang: &str, unix_seconds: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(unix_seconds as f64 * 1000.0));
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang, &options).into()
}

/// Current time as Unix seconds.
pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Copies bytes into a JS Blob of the given media type.
pub fn blob(bytes: &[u8], media_type: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
}

/// An object URL for downloading bytes; revoke it with [`revoke_object_url`] when the page goes away.
///
/// Always `application/octet-stream`, whatever type the creator's browser named: an object URL is of this origin, so
/// "open in new tab" on an `text/html` or `image/svg+xml` one would render the creator's document as Cinder's page.
/// As bytes it can only be saved.
pub fn object_url(bytes: &[u8]) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(&blob(bytes, "application/octet-stream").ok()?).ok()
}

/// Releases an object URL.
pub fn revoke_object_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Reads a picked file's bytes.
pub async fn read_file(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Leaves a named mark on the performance timeline (the e2e benchmark measures create → link between two marks).
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// Whether the page is in a background tab or a minimised window (the receipt page then polls less often).
pub fn page_hidden() -> bool {
    window().document().is_some_and(|d| d.hidden())
}

// Notifications are reached by name, like the clipboard: web-sys's `Notification` bindings would add a feature and
// generated glue for three calls.
fn notification_class() -> Option<Function> {
    Reflect::get(&window(), &"Notification".into()).ok()?.dyn_into::<Function>().ok()
}

fn notification_permission() -> Option<String> {
    Reflect::get(&notification_class()?.into(), &"permission".into()).ok()?.as_string()
}

/// Whether asking for notifications could succeed: the browser has them and has not been told "never" for this page.
pub fn can_notify() -> bool {
    notification_permission().is_some_and(|p| p != "denied")
}

/// Asks the person whether this page may show notifications (answered at once if they had decided before): `Some(true)`
/// for yes, `Some(false)` for no, `None` if they dismissed the question or the browser could not ask.
pub async fn ask_to_notify() -> Option<bool> {
    let class = notification_class()?;
    let ask = Reflect::get(&class, &"requestPermission".into()).ok()?.dyn_into::<Function>().ok()?;
    let promise = ask.call0(&class).ok()?.dyn_into::<Promise>().ok()?;
    match JsFuture::from(promise).await.ok()?.as_string()?.as_str() {
        "granted" => Some(true),
        "denied" => Some(false),
        _ => None,
    }
}

/// Shows a system notification, if permission was granted. It carries only what the page shows in words: never a link.
pub fn notify(title: &str, body: &str) {
    let Some(class) = notification_class() else { return };
    if notification_permission().as_deref() != Some("granted") {
        return;
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"body".into(), &body.into());
    let _ = Reflect::construct(&class, &Array::of2(&title.into(), &options));
}
