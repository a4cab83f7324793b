//! Crossroads: decide what to do after an interview or an offer, and say it well.
//!
//! [`core`] is plain Rust (model, scoring, rules, timelines, templates, checks)
//! and builds and tests on any target. The user interface in `app` is compiled
//! for the browser (wasm32) only and calls into the core.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
