//! Asking the browser to keep the app's data (`navigator.storage.persist()`).

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The browser's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersistAnswer {
    /// Not answered yet.
    Asking,
    /// The browser will keep the data unless the user clears it.
    Granted,
    /// The browser may clear the data under storage pressure.
    Denied,
    /// This browser has no such setting (or forbids asking here).
    Unsupported,
}

/// Asks for persistent storage, first checking whether it is already granted.
pub async fn request() -> PersistAnswer {
    let navigator = leptos::prelude::window().navigator();
    let has_storage =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    if !has_storage {
        return PersistAnswer::Unsupported;
    }
    let manager = navigator.storage();
    let answer = |value: Result<JsValue, JsValue>| match value.ok().and_then(|v| v.as_bool()) {
        Some(true) => Some(PersistAnswer::Granted),
        Some(false) => Some(PersistAnswer::Denied),
        None => None,
    };
    if let Ok(promise) = manager.persisted() {
        if answer(JsFuture::from(promise).await) == Some(PersistAnswer::Granted) {
            return PersistAnswer::Granted;
        }
    }
    match manager.persist() {
        Ok(promise) => answer(JsFuture::from(promise).await).unwrap_or(PersistAnswer::Unsupported),
        Err(_) => PersistAnswer::Unsupported,
    }
}
