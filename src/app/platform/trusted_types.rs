//! The page's default Trusted Types policy. The CSP requires Trusted Types
//! for every script sink (`require-trusted-types-for 'script'`) and allows
//! only this policy (`trusted-types default`); where the browser enforces
//! them, every string written to such a sink passes through here:
//!
//! - HTML (Leptos builds each view's static skeleton through an element's HTML property on
//!   a `<template>`) only when it can run nothing (`core::safe_markup`);
//! - a script address only when it is the service worker's, `sw.js`;
//! - script text never.
//!
//! Browsers without Trusted Types skip all of this.

use crate::core::safe_markup::is_inert;
use leptos::prelude::window;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Creates the policy; call before anything renders.
pub fn install() {
    let get =
        |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name)).ok();
    let Some(factory) = get(&window(), "trustedTypes").filter(|f| !f.is_undefined()) else {
        return;
    };
    let rules = js_sys::Object::new();
    let html = Closure::<dyn Fn(String) -> JsValue>::new(|html: String| {
        if is_inert(&html) {
            JsValue::from_str(&html)
        } else {
            JsValue::NULL
        }
    });
    let script_url = Closure::<dyn Fn(String) -> JsValue>::new(|url: String| {
        if url == "sw.js" {
            JsValue::from_str(&url)
        } else {
            JsValue::NULL
        }
    });
    for (name, rule) in [("createHTML", &html), ("createScriptURL", &script_url)] {
        let _ = js_sys::Reflect::set(&rules, &JsValue::from_str(name), rule.as_ref());
    }
    // The policy lives as long as the page; so do its rules.
    html.forget();
    script_url.forget();
    if let Some(create) =
        get(&factory, "createPolicy").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = create.call2(&factory, &JsValue::from_str("default"), &rules);
    }
}
