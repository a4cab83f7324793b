//! Copying text: the Clipboard API where the browser offers it (secure
//! contexts only), else a hidden textarea and `execCommand("copy")`.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let navigator = window().navigator();
    let has_api = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if has_api && window().is_secure_context() {
        let promise = navigator.clipboard().write_text(&text);
        if JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    copy_with_textarea(&text)
}

/// The old way, for browsers or contexts without the Clipboard API: select
/// the text in an off-screen textarea and ask the document to copy it.
fn copy_with_textarea(text: &str) -> bool {
    let document = document();
    let Some(body) = document.body() else {
        return false;
    };
    let active = document.active_element();
    let Ok(area) = document
        .create_element("textarea")
        .map(|e| e.unchecked_into::<web_sys::HtmlTextAreaElement>())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    area.set_class_name("visually-hidden");
    let _ = body.append_child(&area);
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    // Give focus back to the button the user pressed.
    if let Some(element) = active.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
    copied
}
