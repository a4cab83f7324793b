//! The app shell: landmarks, one heading, navigation that follows the address.

use super::support::{all, by_text, container, settle};
use crossroads::app::App;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn unknown_address_offers_the_way_back_and_following_it_shows_the_start_screen() {
    leptos::prelude::window()
        .location()
        .set_hash("#/no-such-screen")
        .unwrap();
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), App);
    settle().await;

    let h1 = all(&root, "main h1");
    assert_eq!(h1.len(), 1, "exactly one h1 inside main");
    assert_eq!(h1[0].text_content().unwrap(), "This page does not exist");

    by_text(&root, "main a", "Go to the start page")
        .expect("a link back to the start")
        .click();
    settle().await;

    let h1 = all(&root, "main h1");
    assert_eq!(h1.len(), 1);
    assert!(
        h1[0]
            .text_content()
            .unwrap()
            .starts_with("Decide what to do next"),
        "start screen heading, got {:?}",
        h1[0].text_content()
    );
    let current = all(&root, "nav a[aria-current=page]");
    assert_eq!(current.len(), 1, "one navigation item is marked current");
    assert_eq!(current[0].text_content().unwrap(), "Start");
}

#[wasm_bindgen_test]
async fn footer_promises_privacy() {
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    let footer = by_text(&root, "footer", "stays in this browser");
    assert!(footer.is_some(), "the privacy promise is in the footer");
}
