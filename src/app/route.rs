//! Screens are addressed by the URL fragment (`#/compare`), so every screen
//! survives a reload on any static file server without rewrite rules.

use leptos::prelude::*;

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The dashboard with quick starts.
    Start,
    /// An address the app does not know.
    NotFound(String),
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path {
            "" => Route::Start,
            other => Route::NotFound(other.to_string()),
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The document title for this screen.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Start => "Crossroads",
            Route::NotFound(_) => "Not found · Crossroads",
        }
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route as a signal that follows `hashchange`. Also keeps the document
/// title in step and moves focus to `<main>` on navigation, so screen-reader
/// and keyboard users land on the new content.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::from_hash(&current_hash()));
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| document().set_title(route.get().title()));
    route
}
