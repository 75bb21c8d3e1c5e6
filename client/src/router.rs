//! A seven-route router: the path picks the page, in-app links push history without reloading, Back and Forward work.
//!
//! leptos_router did the same for about a third of the whole first-load budget (its generic matching is monomorphised
//! per route), and seven fixed paths need none of its features.

use leptos::prelude::*;

/// The pages, by path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: create a secret.
    Create,
    /// `/s#<link secret>`: open a secret.
    Open,
    /// `/r#<receipt secret>`: the creator's receipt.
    Receipt,
    /// `/privacy`.
    Privacy,
    /// `/request`: ask someone for a secret.
    Request,
    /// `/q#<request key>`: answer a request.
    Answer,
    /// `/a#<asker's secret>`: the asker's private page, which opens the answer.
    Asker,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route for a URL path (a trailing slash is tolerated).
    pub fn from_path(path: &str) -> Route {
        match path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path) {
            "/" | "" => Route::Create,
            "/s" => Route::Open,
            "/r" => Route::Receipt,
            "/privacy" => Route::Privacy,
            "/request" => Route::Request,
            "/q" => Route::Answer,
            "/a" => Route::Asker,
            _ => Route::NotFound,
        }
    }
}

/// The current path, shared through context, and which routes this bundle renders itself.
#[derive(Clone, Copy)]
pub struct Location {
    path: RwSignal<String>,
    serves: fn(Route) -> bool,
}

impl Location {
    /// Tracks the address bar: Back and Forward update the path (or load the page, for a route of the other bundle).
    pub fn new(serves: fn(Route) -> bool) -> Location {
        let path = RwSignal::new(current_path());
        let _ = window_event_listener_untyped("popstate", move |_| {
            let now = current_path();
            if serves(Route::from_path(&now)) {
                path.set(now);
            } else {
                let _ = window().location().reload();
            }
        });
        Location { path, serves }
    }

    /// The current route (tracked).
    pub fn route(&self) -> Route {
        self.path.with(|p| Route::from_path(p))
    }

    /// Goes to a path: without reloading when this bundle renders it, as a page load when the other one does.
    pub fn push(&self, path: &str) {
        if !(self.serves)(Route::from_path(path)) {
            let _ = window().location().assign(path);
            return;
        }
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
        self.path.set(path.to_owned());
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// An in-app link: a real `<a href>` (so it works opened in a new tab) that navigates without a reload on a plain click.
#[component]
pub fn Link(href: &'static str, #[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let location = expect_context::<Location>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            location.push(href);
        }
    };
    // "false" rather than no attribute: an always-present text attribute is one less view type (smaller wasm), and
    // `aria-current="false"` means the same to assistive technology as its absence.
    let current = move || if location.route() == Route::from_path(href) { "page" } else { "false" };
    view! {
        <a href=href class=class on:click=on_click aria-current=current>
            {children()}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_pick_their_pages() {
        assert_eq!(Route::from_path("/"), Route::Create);
        assert_eq!(Route::from_path("/s"), Route::Open);
        assert_eq!(Route::from_path("/s/"), Route::Open);
        assert_eq!(Route::from_path("/r"), Route::Receipt);
        assert_eq!(Route::from_path("/privacy"), Route::Privacy);
        assert_eq!(Route::from_path("/request"), Route::Request);
        assert_eq!(Route::from_path("/q"), Route::Answer);
        assert_eq!(Route::from_path("/a/"), Route::Asker);
        assert_eq!(Route::from_path("/requests"), Route::NotFound);
        assert_eq!(Route::from_path("/secret"), Route::NotFound);
        assert_eq!(Route::from_path("/s/extra"), Route::NotFound);
    }
}
