use super::use_data;
use crate::app::state::today;
use crate::app::Route;
use crate::core::storage::BACKUP_REMINDER_DAYS;
use leptos::prelude::*;

/// Reminds the user to export once they have had data for a while without a backup.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let data = use_data();
    let due = Memo::new(move |_| {
        data.problem.with(Option::is_none) && data.meta.with(|m| m.needs_reminder(today()))
    });
    move || {
        due.get().then(|| {
            view! {
                <div class="notice banner" role="status">
                    <p>
                        {format!("You have not made a backup in over {BACKUP_REMINDER_DAYS} days. Some browsers clear a site's data after a while without a visit, so keep a copy elsewhere.")}
                    </p>
                    <a href=Route::Settings.href()>"Export a backup"</a>
                </div>
            }
        })
    }
}
