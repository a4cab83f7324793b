//! Thin wrappers over browser APIs the app needs (service worker, storage, clipboard).

pub mod clipboard;
pub mod download;
pub mod service_worker;
