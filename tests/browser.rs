//! Browser tests: components mounted in headless Chromium with wasm-bindgen-test.
//! Run by scripts/test.sh (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod data;
    pub mod shell;
    pub mod support;
}
