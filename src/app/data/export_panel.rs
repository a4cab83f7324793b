use super::use_data;
use crate::app::platform::crypto;
use crate::app::platform::download::download_json;
use crate::app::state::today;
use crate::core::storage::{export_file_name, export_json};
use leptos::prelude::*;

/// The shortest passphrase accepted for an encrypted backup.
const MIN_PASSPHRASE_CHARS: usize = 8;

/// Export everything as one JSON file, plain or encrypted with a passphrase.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let data = use_data();
    let (status, set_status) = signal(String::new());
    let (passphrase, set_passphrase) = signal(String::new());
    let (error, set_error) = signal(None::<String>);

    let export_plain = move |_| {
        let day = today();
        let text = data.workspace.with_untracked(|w| export_json(w, day));
        if download_json(&export_file_name(day, false), &text) {
            data.record_backup(day);
            set_status.set("Exported. The file is in your downloads.".into());
        } else {
            set_status
                .set("This browser could not start the download. Nothing was exported.".into());
        }
    };

    let export_encrypted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let secret = passphrase.get_untracked();
        if secret.chars().count() < MIN_PASSPHRASE_CHARS {
            set_error.set(Some(format!(
                "Use a passphrase of at least {MIN_PASSPHRASE_CHARS} characters."
            )));
            return;
        }
        set_error.set(None);
        set_status.set("Encrypting…".into());
        let day = today();
        let text = data.workspace.with_untracked(|w| export_json(w, day));
        leptos::task::spawn_local(async move {
            match crypto::encrypt(&text, &secret).await {
                Ok(file) if download_json(&export_file_name(day, true), &file) => {
                    data.record_backup(day);
                    set_passphrase.set(String::new());
                    set_status.set(
                        "Exported, encrypted. You need the passphrase to open the file.".into(),
                    );
                }
                _ => set_status
                    .set("This browser could not encrypt the file. Nothing was exported.".into()),
            }
        });
    };

    view! {
        <section class="data-panel" aria-labelledby="export-heading">
            <h3 id="export-heading">"Back up your data"</h3>
            <p>"Export saves everything as one file you can keep or open on another device."</p>
            <button type="button" class="button" on:click=export_plain>"Export a backup"</button>
            <form class="stack" on:submit=export_encrypted novalidate>
                <label for="export-passphrase">"Passphrase for an encrypted backup"</label>
                <p class="hint" id="export-passphrase-hint">
                    {format!("At least {MIN_PASSPHRASE_CHARS} characters. Without it the file cannot be opened, so keep it somewhere safe.")}
                </p>
                {move || error.get().map(|e| view! { <p class="field-error" id="export-passphrase-error">{e}</p> })}
                <input
                    id="export-passphrase"
                    type="password"
                    autocomplete="new-password"
                    aria-describedby=move || if error.get().is_some() { "export-passphrase-hint export-passphrase-error" } else { "export-passphrase-hint" }
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=passphrase
                    on:input:target=move |ev| set_passphrase.set(ev.target().value())
                />
                <button type="submit" class="button button-secondary">"Export an encrypted backup"</button>
            </form>
            <p class="data-status" role="status">{status}</p>
        </section>
    }
}
