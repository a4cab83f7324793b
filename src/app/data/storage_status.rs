use super::use_data;
use crate::app::platform::persist::PersistAnswer;
use crate::core::storage::contents_phrase;
use leptos::prelude::*;

/// Where the data lives, whether the browser promised to keep it, and when
/// the last backup was made.
#[component]
pub fn StorageStatus() -> impl IntoView {
    let data = use_data();
    let holds = move || {
        format!(
            "This browser holds {}.",
            data.workspace.with(contents_phrase)
        )
    };
    let persist = move || {
        match data.persist.get() {
        PersistAnswer::Asking => "Asking your browser to keep this data…",
        PersistAnswer::Granted => "Your browser has agreed to keep this data unless you clear it yourself.",
        PersistAnswer::Denied => "Your browser has not promised to keep this data: it may clear it when space runs low or after a long time without a visit. Keep a backup.",
        PersistAnswer::Unsupported => "This browser does not say whether it will keep this data. Keep a backup.",
    }
    };
    let last_backup = move || match data.meta.with(|m| m.last_backup) {
        Some(day) => format!("Your last backup from this browser was on {day}."),
        None => "You have not made a backup from this browser yet.".to_string(),
    };
    view! {
        <p>"Everything you enter is stored in this browser only and never sent anywhere."</p>
        <ul class="data-facts">
            <li>{holds}</li>
            <li>{persist}</li>
            <li>{last_backup}</li>
        </ul>
    }
}
