use std::sync::Arc;

use leptos::prelude::*;

/// The rows of a list of records, keyed by id, each made by `row`: added and
/// removed rows come and go without rebuilding the others. Every list of
/// records uses this one function, so Leptos's keyed list is compiled once
/// rather than once per screen (a `<For>` per list cost 3–6 KB of wasm).
pub fn keyed_rows(
    ids: impl Fn() -> Vec<String> + Send + Sync + 'static,
    row: impl Fn(String) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    rows(Arc::new(ids), Arc::new(row))
}

type Ids = Arc<dyn Fn() -> Vec<String> + Send + Sync>;
type Row = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

fn rows(ids: Ids, row: Row) -> AnyView {
    view! { <For each=move || ids() key=|id| id.clone() children=move |id| row(id) /> }.into_any()
}
