//! Helpers shared by the browser tests: a fresh container per test and DOM queries by text and role.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A fresh element on the page to mount one test's view into.
pub fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// The elements matching `selector` inside `root`.
pub fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

/// The first element matching `selector` whose visible text contains `text`.
pub fn by_text(root: &HtmlElement, selector: &str, text: &str) -> Option<HtmlElement> {
    all(root, selector)
        .into_iter()
        .find(|el| el.text_content().unwrap_or_default().contains(text))
}

/// Lets the reactive system and pending events run.
pub async fn settle() {
    leptos::task::tick().await;
    // A hash change is dispatched asynchronously by the browser.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}
