//! `localStorage`, reached without ever throwing.
//!
//! Reaching `window.localStorage` itself throws in some private modes and when
//! site data is blocked (gloo-storage's `raw()` would panic there), and a
//! write throws when the quota is full. Each case comes back as a value the
//! app can explain to the user.

use js_sys::JsString;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::prelude::*;
use web_sys::Storage;

// `getItem` and `setItem` with the text left as a JS string. A long search
// stores over a million characters: a tab compares what is stored with what
// it last saw before every save, and that comparison, done in JS, copies
// nothing into wasm, and the length the browser counts against its cap is
// the string's own.
#[wasm_bindgen]
extern "C" {
    /// A `Storage` seen through those two calls.
    #[wasm_bindgen(js_name = Storage)]
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_text(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_text(this: &TextStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

fn text_storage(storage: &Storage) -> &TextStorage {
    storage.unchecked_ref()
}

/// The key the workspace document is stored under.
pub const WORKSPACE_KEY: &str = "crossroads.workspace";
/// The key of the backup bookkeeping, kept apart so it never enters an export.
pub const META_KEY: &str = "crossroads.meta";

/// Set by the panic hook: after a panic nothing more is written, so whatever
/// was stored before stays exactly as it was.
static WRITES_STOPPED: AtomicBool = AtomicBool::new(false);

/// Stops every later write, for good (until the page reloads).
pub fn stop_writes() {
    WRITES_STOPPED.store(true, Ordering::SeqCst);
}

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    QuotaFull,
    /// Storage refused for another reason (or writes were stopped).
    Refused,
}

/// The page's `localStorage`, or `None` when the browser does not allow it.
/// Using it is part of the check: some browsers hand out the object and
/// throw on first use. Its length reads no stored text.
pub fn local_storage() -> Option<Storage> {
    let storage = leptos::prelude::window().local_storage().ok()??;
    storage.length().ok()?;
    Some(storage)
}

/// The text stored under `key`, if any, as the browser holds it.
pub fn read_text(storage: &Storage, key: &str) -> Option<JsString> {
    text_storage(storage).get_text(key).ok().flatten()
}

/// The text stored under `key`, if any.
pub fn read(storage: &Storage, key: &str) -> Option<String> {
    read_text(storage, key).and_then(|text| text.as_string())
}

/// Stores `text` under `key`.
pub fn write(storage: &Storage, key: &str, text: &str) -> Result<(), WriteError> {
    write_text(storage, key, &JsString::from(text))
}

/// Stores `text`, already a JS string, under `key`.
pub fn write_text(storage: &Storage, key: &str, text: &JsString) -> Result<(), WriteError> {
    if WRITES_STOPPED.load(Ordering::SeqCst) {
        return Err(WriteError::Refused);
    }
    text_storage(storage).set_text(key, text).map_err(|error| {
        if is_quota_error(&error) {
            WriteError::QuotaFull
        } else {
            WriteError::Refused
        }
    })
}

/// Removes `key`.
pub fn remove(storage: &Storage, key: &str) {
    if !WRITES_STOPPED.load(Ordering::SeqCst) {
        let _ = storage.remove_item(key);
    }
}

fn is_quota_error(error: &JsValue) -> bool {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    // Firefox used its own name for years.
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}
