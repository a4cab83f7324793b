//! The effects that connect the workspace to the outside world: a debounced
//! save after each change, a last save when the page is hidden, other tabs'
//! saves merged in, and the request to keep the data.

use super::context::DataContext;
use crate::app::platform::persist;
use crate::app::platform::storage::{local_storage, META_KEY, WORKSPACE_KEY};
use crate::core::storage::StorageMeta;
use leptos::prelude::*;
use std::time::Duration;

/// Quiet time after the last change before saving: typing does not write
/// on every key, and a pause of this length is saved.
const SAVE_DELAY: Duration = Duration::from_millis(400);

pub(super) fn start(data: DataContext) {
    // Save after each change, debounced.
    Effect::new(move |_| {
        data.workspace.track();
        if let Some(handle) = data.pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || data.save_now(), SAVE_DELAY).ok();
        data.pending.set_value(handle);
    });

    // The tab may be closed before the delay is over.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| data.save_now());

    let on_storage = window_event_listener(leptos::ev::storage, move |event| match event.key() {
        // `localStorage.clear()` in another tab.
        None => other_tab_saved(data),
        Some(key) if key == WORKSPACE_KEY => other_tab_saved(data),
        Some(key) if key == META_KEY => data
            .meta
            .set(StorageMeta::parse(event.new_value().as_deref())),
        Some(_) => {}
    });
    on_cleanup(move || {
        on_hide.remove();
        on_storage.remove();
        if let Some(handle) = data.pending.try_get_value().flatten() {
            handle.clear();
        }
    });

    leptos::task::spawn_local(async move {
        let answer = persist::request().await;
        data.persist.try_set(answer);
    });
}

/// Another tab saved (or cleared storage): merge in what storage holds now.
fn other_tab_saved(data: DataContext) {
    if let Some(storage) = local_storage() {
        data.catch_up(&storage);
    }
}
