//! The browser user interface. Components hold core values in signals and call
//! into [`crate::core`]; they never re-implement a rule.

pub mod data;
mod format;
mod forms;
mod pages;
pub mod platform;
mod prerender;
mod route;
mod shell;
mod state;

use leptos::prelude::*;

pub use route::Route;

/// The name of the performance mark set once a click is handled: the
/// benchmarks and the end-to-end tests read it.
const INTERACTIVE_MARK: &str = "crossroads-interactive";

/// Mounts the app on `<body>`, in place of the prerendered start screen.
/// Called once by `main`.
pub fn start() {
    platform::trusted_types::install();
    platform::panic_recovery::install();
    prerender::when_settled(mount);
}

fn mount() {
    leptos::mount::mount_to_body(App);
    prerender::hand_over();
    // Every event handler is attached once the mount has returned.
    if let Some(performance) = window().performance() {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}

/// The whole app: shell around the screen the address names.
#[component]
pub fn App() -> impl IntoView {
    let route = route::use_hash_route();
    let update = platform::service_worker::register();
    let stored = data::StoredData::load();
    let state = state::AppState::provide(stored.workspace.clone());
    data::provide_data(state.workspace, stored);

    view! {
        <shell::SkipLink />
        <shell::Header route=route />
        <shell::UpdateNotice update=update />
        <main id="main" tabindex="-1">
            // Inside the landmark, before the screen: read first, never lost outside a region.
            <data::LoadBanner />
            <data::NewerBanner />
            <data::SaveWarning />
            <data::SpaceWarning />
            <data::BackupReminder />
            {move || match route.get() {
                Route::Start => pages::Start().into_any(),
                Route::Compare => pages::Compare().into_any(),
                Route::Print { id } => view! { <pages::Print id=id /> }.into_any(),
                Route::Opportunity { id, step } => view! { <pages::Opportunity id=id step=step /> }.into_any(),
                Route::Messages { id, kind } => view! { <pages::Messages id=id kind=kind /> }.into_any(),
                Route::Plan => pages::Plan().into_any(),
                Route::Checklists { id } => view! { <pages::Checklists id=id /> }.into_any(),
                Route::People => pages::People().into_any(),
                Route::Guide { section } => view! { <pages::Guide section=section /> }.into_any(),
                Route::Settings => pages::Settings().into_any(),
                Route::NotFound(path) => view! { <pages::NotFound path=path /> }.into_any(),
            }}
            <data::UndoBar />
        </main>
        <shell::Footer />
    }
}
