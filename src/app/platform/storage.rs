//! `localStorage`, reached without ever throwing.
//!
//! Reaching `window.localStorage` itself throws in some private modes and when
//! site data is blocked (gloo-storage's `raw()` would panic there), and a
//! write throws when the quota is full. Each case comes back as a value the
//! app can explain to the user.

use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsValue;
use web_sys::Storage;

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
/// Reading the app's key is part of the check: some browsers hand out the
/// object and throw on first use.
pub fn local_storage() -> Option<Storage> {
    let storage = leptos::prelude::window().local_storage().ok()??;
    storage.get_item(WORKSPACE_KEY).ok()?;
    Some(storage)
}

/// The text stored under `key`, if any.
pub fn read(storage: &Storage, key: &str) -> Option<String> {
    storage.get_item(key).ok().flatten()
}

/// Stores `text` under `key`.
pub fn write(storage: &Storage, key: &str, text: &str) -> Result<(), WriteError> {
    if WRITES_STOPPED.load(Ordering::SeqCst) {
        return Err(WriteError::Refused);
    }
    storage.set_item(key, text).map_err(|error| {
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
