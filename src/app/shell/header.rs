use leptos::prelude::*;

use crate::app::Route;

/// The screens listed in the navigation, in the order a user needs them.
fn nav_items() -> Vec<(&'static str, Route)> {
    vec![
        ("Start", Route::Start),
        ("Compare", Route::Compare),
        (
            "Messages",
            Route::Messages {
                id: None,
                kind: None,
            },
        ),
        ("Plan", Route::Plan),
        ("Checklists", Route::Checklists { id: None }),
        ("People", Route::People),
        ("Guide", Route::Guide { section: None }),
        ("Settings", Route::Settings),
    ]
}

/// Product name and the main navigation; the current screen is marked with `aria-current`.
#[component]
pub fn Header(
    /// The screen being shown.
    route: ReadSignal<Route>,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <img src="icons/icon.svg" alt="" width="28" height="28" />
                <span>"Crossroads"</span>
            </a>
            <nav aria-label="Main">
                <ul>
                    {nav_items()
                        .into_iter()
                        .map(|(label, target)| {
                            let href = target.href();
                            // A screen's sub-pages (one opportunity's messages) keep its entry current.
                            let current = move || {
                                (route.get().section() == target.section()).then_some("page")
                            };
                            view! {
                                <li>
                                    <a href=href aria-current=current>
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
