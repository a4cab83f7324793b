use super::use_data;
use leptos::prelude::*;

/// One row: an opportunity's title and stage, and a button that moves it.
fn row(
    id: String,
    title: String,
    stage: &'static str,
    action: &'static str,
    archive: bool,
) -> impl IntoView {
    let data = use_data();
    let label = format!("{action}: {title}");
    let on_click = move |_| {
        data.workspace.update(|w| {
            if archive {
                w.archive(&id);
            } else {
                w.unarchive(&id);
            }
        });
    };
    view! {
        <li>
            <span>{title}" ("{stage}")"</span>" "
            <button type="button" class="button button-secondary" aria-label=label on:click=on_click>{action}</button>
        </li>
    }
}

/// The archive: closed opportunities put away out of every list and out of
/// the advice, still stored and exported, and brought back with one click.
#[component]
pub fn ArchivePanel() -> impl IntoView {
    let data = use_data();
    let closed = move || {
        data.workspace.with(|w| {
            w.opportunities
                .iter()
                .filter(|o| o.stage.is_settled())
                .map(|o| row(o.id.clone(), o.title(), o.stage.label(), "Archive", true))
                .collect_view()
        })
    };
    let archived = move || {
        data.workspace.with(|w| {
            w.archived_opportunities
                .iter()
                .map(|o| {
                    row(
                        o.id.clone(),
                        o.title(),
                        o.stage.label(),
                        "Bring back",
                        false,
                    )
                })
                .collect_view()
        })
    };
    let none_closed = move || {
        data.workspace
            .with(|w| !w.opportunities.iter().any(|o| o.stage.is_settled()))
    };
    let none_archived = move || data.workspace.with(|w| w.archived_opportunities.is_empty());
    view! {
        <section class="data-panel" aria-labelledby="archive-heading">
            <h3 id="archive-heading">"Archive"</h3>
            <p>"Closed opportunities you archive leave every list and the advice, but stay stored and in your backups. Archiving does not free space; deleting does."</p>
            <h4>"Closed, not archived"</h4>
            <p hidden=move || !none_closed()>"None."</p>
            <ul class="archive-list" aria-label="Closed opportunities">{closed}</ul>
            <h4>"Archived"</h4>
            <p hidden=move || !none_archived()>"Nothing is archived."</p>
            <ul class="archive-list" aria-label="Archived opportunities">{archived}</ul>
        </section>
    }
}
