use super::use_data;
use crate::app::platform::{crypto, files};
use crate::core::model::Workspace;
use crate::core::storage::{
    contents_phrase, parse_import, EncryptedExport, ImportError, ImportPreview, Incoming,
    MAX_IMPORT_BYTES,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where the import stands.
// One at a time, held in a signal; a Box would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq)]
enum Step {
    /// No file chosen, or the last one was dealt with.
    Idle,
    /// An encrypted file waits for its passphrase.
    NeedsPassphrase(EncryptedExport),
    /// A readable file waits for "merge" or "replace".
    Ready(Workspace),
}

/// The next step for a file's bytes.
fn read(bytes: &[u8]) -> Result<Step, ImportError> {
    match parse_import(bytes)? {
        Incoming::Plain { workspace, .. } => Ok(Step::Ready(workspace)),
        Incoming::Encrypted(envelope) => Ok(Step::NeedsPassphrase(envelope)),
    }
}

/// Import a backup: shows what the file holds, then merge or replace. A bad
/// file gets a clear message and changes nothing.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let data = use_data();
    let (step, set_step) = signal(Step::Idle);
    let (error, set_error) = signal(None::<String>);
    let (status, set_status) = signal(String::new());
    let (passphrase, set_passphrase) = signal(String::new());

    let fail = move |e: ImportError| {
        set_error.set(Some(e.to_string()));
        set_step.set(Step::Idle);
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Lets the same file be chosen again after a fix.
        input.set_value("");
        set_error.set(None);
        set_status.set(String::new());
        leptos::task::spawn_local(async move {
            match files::read_bytes(&file, MAX_IMPORT_BYTES).await {
                Err(bytes) if bytes > MAX_IMPORT_BYTES => fail(ImportError::TooLarge { bytes }),
                Err(_) => fail(ImportError::NotJson),
                Ok(bytes) => match read(&bytes) {
                    Ok(next) => set_step.set(next),
                    Err(e) => fail(e),
                },
            }
        });
    };

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Step::NeedsPassphrase(envelope) = step.get_untracked() else {
            return;
        };
        let secret = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            match crypto::decrypt(&envelope, &secret).await {
                None => set_error.set(Some(ImportError::WrongPassphrase.to_string())),
                Some(plain) => match read(&plain) {
                    Ok(Step::Ready(workspace)) => {
                        set_error.set(None);
                        set_passphrase.set(String::new());
                        set_step.set(Step::Ready(workspace));
                    }
                    Ok(_) => fail(ImportError::WrongShape("it is encrypted twice".into())),
                    Err(e) => fail(e),
                },
            }
        });
    };

    let finish = move |message: String| {
        set_step.set(Step::Idle);
        set_status.set(message);
    };

    let pending = move || match step.get() {
        Step::Idle => None,
        Step::NeedsPassphrase(_) => Some(
            view! {
                <form class="stack" on:submit=open novalidate>
                    <label for="import-passphrase">"This file is encrypted. Passphrase"</label>
                    <input
                        id="import-passphrase"
                        type="password"
                        autocomplete="current-password"
                        aria-describedby="import-error"
                        prop:value=passphrase
                        on:input:target=move |ev| set_passphrase.set(ev.target().value())
                    />
                    <button type="submit" class="button">"Open the file"</button>
                </form>
            }
            .into_any(),
        ),
        Step::Ready(incoming) => {
            let preview = data
                .workspace
                .with_untracked(|ours| ImportPreview::of(&incoming, ours));
            let here = format!(
                "Replace removes what is in this browser now ({}, with your priorities and settings) and keeps only the file's contents.",
                data.workspace.with_untracked(contents_phrase)
            );
            let for_replace = incoming.clone();
            Some(
                view! {
                    <div class="import-preview">
                        <p>
                            <strong>{preview.holds()}</strong>
                        </p>
                        <p>{preview.merge_adds()}</p>
                        <p>{here}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    data.merge_in(&incoming);
                                    finish("Merged. The new records are saved in this browser.".into());
                                }
                            >
                                "Merge"
                            </button>
                            <button
                                type="button"
                                class="button button-danger"
                                on:click=move |_| {
                                    data.replace_all(for_replace.clone());
                                    finish("Replaced. This browser now holds the file's contents.".into());
                                }
                            >
                                "Replace everything"
                            </button>
                            <button type="button" class="button button-secondary" on:click=move |_| finish(String::new())>
                                "Cancel"
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
            )
        }
    };

    view! {
        <section class="data-panel" aria-labelledby="import-heading">
            <h3 id="import-heading">"Restore from a backup"</h3>
            <p class="hint" id="import-hint">
                {format!("A Crossroads export, plain or encrypted, up to {} MB. You see what it holds before anything changes.", MAX_IMPORT_BYTES / (1024 * 1024))}
            </p>
            <label for="import-file">"Choose a backup file"</label>
            <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" on:change=on_file />
            <p class="field-error" id="import-error" role="alert">{move || error.get()}</p>
            {pending}
            <p class="data-status" role="status">{status}</p>
        </section>
    }
}
