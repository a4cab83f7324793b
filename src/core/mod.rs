//! The shared core: model, scoring, rules, timelines, templates and checks.
//!
//! Nothing in here imports leptos or web-sys: it is plain Rust, tested with
//! `cargo test` on the host, and the UI only calls into it.

pub mod assess;
pub mod board;
pub mod calendar;
pub mod checklists;
pub mod compare;
pub mod date;
pub mod fields;
pub mod guide;
pub mod message_family;
pub mod message_kind;
pub mod model;
pub mod money;
pub mod negotiation_plan;
pub mod notice;
pub mod number;
pub mod plan;
pub mod quick_start;
pub mod recommend;
pub mod safe_markup;
pub mod scoring;
pub mod settings_form;
pub mod sort;
pub mod steps;
pub mod storage;
pub mod studio;
pub mod text;
pub mod timeline;
pub mod timing;
pub mod validate;
pub mod value;
pub mod worth;
