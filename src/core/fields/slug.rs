//! Enum values as the text a drop-down holds: their serde names, the same
//! words the saved data uses.

use serde::{de::DeserializeOwned, Serialize};

/// The serde name of a unit enum value ("on_site").
pub fn slug_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The enum value with this serde name, if there is one.
pub fn from_slug<T: DeserializeOwned>(slug: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(slug.to_string())).ok()
}
