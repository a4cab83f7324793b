//! Thin wrappers over browser APIs the app needs (service worker, storage, clipboard).

pub mod service_worker;
