//! Thin wrappers over browser APIs the app needs (service worker, storage,
//! files, downloads, Web Crypto and the panic hook).

pub mod clipboard;
pub mod crypto;
pub mod download;
pub mod files;
pub mod panic_recovery;
pub mod persist;
pub mod service_worker;
pub mod storage;
pub mod trusted_types;
