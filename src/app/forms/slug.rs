use serde::{de::DeserializeOwned, Serialize};

/// The snake-case name serde gives an enum variant, used as an option value.
pub fn slug_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The enum variant with this snake-case name.
pub fn from_slug<T: DeserializeOwned>(slug: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(slug.to_string())).ok()
}
