use crate::app::data::{ArchivePanel, ErasePanel, ExportPanel, ImportPanel, StorageStatus};
use leptos::prelude::*;

/// Where the data lives, backup, restore and erase.
#[component]
pub fn YourData() -> impl IntoView {
    view! {
        <section aria-labelledby="your-data">
            <h2 id="your-data">"Your data"</h2>
            <StorageStatus />
            <ExportPanel />
            <ImportPanel />
            <ArchivePanel />
            <ErasePanel />
        </section>
    }
}
