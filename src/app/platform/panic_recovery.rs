//! What the user sees if the app panics: a static page, built without the
//! app, that offers the last saved data as a download. Storage writes stop at
//! the same moment, so a half-broken app cannot overwrite good data.

use super::download::download_link;
use super::storage::{self, WORKSPACE_KEY};
use std::sync::Once;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

static INSTALL: Once = Once::new();

/// Installs the panic hook (once): log to the console, stop writes, show the
/// recovery screen.
pub fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            storage::stop_writes();
            console_error_panic_hook::hook(info);
            show_recovery_screen();
        }));
    });
}

fn element(document: &Document, tag: &str, text: Option<&str>) -> Option<HtmlElement> {
    let el: HtmlElement = document.create_element(tag).ok()?.dyn_into().ok()?;
    // Text, never markup: the stored data is user text.
    el.set_text_content(text);
    Some(el)
}

/// Creates `tag` with `text` inside `parent`.
fn add(
    document: &Document,
    parent: &HtmlElement,
    tag: &str,
    text: Option<&str>,
) -> Option<HtmlElement> {
    let el = element(document, tag, text)?;
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Replaces the page with the recovery screen. Safe to call more than once,
/// and when the page has lost its `<body>`.
pub fn show_recovery_screen() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("recovery").is_some() {
        return Some(());
    }
    let body = match document.body() {
        Some(body) => body,
        None => {
            let body: HtmlElement = document.create_element("body").ok()?.dyn_into().ok()?;
            document.document_element()?.append_child(&body).ok()?;
            body
        }
    };
    render_recovery(&document, &body)
}

/// Fills `target` with the recovery view, replacing whatever it held.
pub fn render_recovery(document: &Document, target: &HtmlElement) -> Option<()> {
    let document = document.clone();
    let main = element(&document, "main", None)?;
    main.set_id("recovery");
    main.set_class_name("recovery");
    add(&document, &main, "h1", Some("Something went wrong"))?;
    add(
        &document,
        &main,
        "p",
        Some(
            "Crossroads hit an error it cannot recover from. Your saved data has not been changed.",
        ),
    )?;
    let stored = storage::local_storage().and_then(|s| storage::read(&s, WORKSPACE_KEY));
    let explain = match stored {
        Some(_) => "Download a copy of your data to keep it safe, then reload the app.",
        None => "There was no saved data in this browser to download.",
    };
    add(&document, &main, "p", Some(explain))?;
    let actions = add(&document, &main, "p", None)?;
    if let Some(text) = stored {
        let link = download_link(&document, "crossroads-saved-data.json", &text)?;
        link.set_class_name("button");
        link.set_text_content(Some("Download my data"));
        actions.append_child(&link).ok()?;
    }
    let reload = add(&document, &actions, "a", Some("Reload Crossroads"))?;
    reload.set_attribute("href", "./").ok()?;
    reload.set_class_name("button button-secondary");
    target.set_text_content(None);
    target.append_child(&main).ok()?;
    Some(())
}
