//! Your data in the browser: undo after a deletion, the banner for unreadable
//! stored data, and the recovery screen.

use super::support::{all, by_text, container, settle};
use crossroads::app::data::{provide_data, DataContext, LoadBanner, StoredData, UndoBar};
use crossroads::app::platform::panic_recovery::render_recovery;
use crossroads::app::platform::storage::{local_storage, WORKSPACE_KEY};
use crossroads::core::model::{Goals, Opportunity, Workspace};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// The data context the last mounted view provided.
    static DATA: Cell<Option<DataContext>> = const { Cell::new(None) };
}

fn data() -> DataContext {
    DATA.with(|c| c.get().expect("a view provided the data context"))
}

fn seed(text: Option<&str>) {
    let storage = local_storage().expect("storage in the test browser");
    match text {
        Some(text) => storage.set_item(WORKSPACE_KEY, text).unwrap(),
        None => storage.remove_item(WORKSPACE_KEY).unwrap(),
    }
}

#[wasm_bindgen_test]
async fn deleting_an_opportunity_offers_undo_and_undo_puts_it_back() {
    seed(None);
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), || {
        let stored = StoredData::load();
        let data = provide_data(RwSignal::new(stored.workspace.clone()), stored);
        DATA.with(|c| c.set(Some(data)));
        view! { <UndoBar /> }
    });
    data().workspace.update(|w| {
        w.opportunities.push(Opportunity {
            id: "a".into(),
            employer: "Acme".into(),
            ..Opportunity::default()
        })
    });
    settle().await;
    assert!(by_text(&root, "[role=status]", "You deleted").is_none());

    data().delete_opportunity("a");
    settle().await;
    assert!(data()
        .workspace
        .with_untracked(|w| w.opportunities.is_empty()));
    assert!(
        by_text(
            &root,
            "[role=status]",
            "You deleted the opportunity “Acme”."
        )
        .is_some(),
        "the undo bar names what was deleted"
    );

    by_text(&root, "button", "Undo")
        .expect("an Undo button")
        .click();
    settle().await;
    assert_eq!(
        data().workspace.with_untracked(|w| w.opportunities.len()),
        1
    );
    assert!(by_text(&root, "[role=status]", "You deleted").is_none());
    seed(None);
}

#[wasm_bindgen_test]
async fn unreadable_stored_data_gets_a_banner_and_is_not_overwritten() {
    seed(Some("{ this is not json"));
    let root = container();
    let _app = leptos::mount::mount_to(root.clone(), || {
        let stored = StoredData::load();
        let data = provide_data(RwSignal::new(stored.workspace.clone()), stored);
        DATA.with(|c| c.set(Some(data)));
        view! { <LoadBanner /> }
    });
    settle().await;
    assert!(
        by_text(&root, "[role=alert]", "could not be read").is_some(),
        "a banner says the data could not be read"
    );
    assert!(by_text(&root, "button", "Download the original").is_some());

    data()
        .workspace
        .update(|w| w.goals.one_year = "typed after load".into());
    data().save_now();
    let stored = local_storage().unwrap().get_item(WORKSPACE_KEY).unwrap();
    assert_eq!(
        stored.as_deref(),
        Some("{ this is not json"),
        "the original is untouched"
    );
    seed(None);
}

#[wasm_bindgen_test]
fn the_recovery_screen_offers_the_saved_data_and_shows_it_as_text_only() {
    let saved = serde_json::to_string(&Workspace {
        goals: Goals {
            one_year: "<img src=x onerror=alert(1)>".into(),
            ..Goals::default()
        },
        ..Workspace::default()
    })
    .unwrap();
    seed(Some(&saved));
    let root = container();
    render_recovery(&document(), &root).expect("rendered");
    assert_eq!(
        all(&root, "h1")[0].text_content().unwrap(),
        "Something went wrong"
    );
    let link = by_text(&root, "a", "Download my data").expect("a download link");
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"));
    assert_eq!(
        link.get_attribute("download").as_deref(),
        Some("crossroads-saved-data.json")
    );
    assert!(all(&root, "img").is_empty(), "stored text is never markup");
    assert_eq!(
        local_storage().unwrap().get_item(WORKSPACE_KEY).unwrap(),
        Some(saved)
    );
    seed(None);
}
