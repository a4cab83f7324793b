use leptos::prelude::*;

use crate::app::route::Route;
use crate::core::guide::SECTIONS;

/// Every guide section in reading order, each with its one-line answer.
#[component]
pub fn Contents() -> impl IntoView {
    view! {
        <h1>"Guide"</h1>
        <p class="lead">
            "Short answers to the questions people ask between an interview and a decision. Each one takes a minute to read."
        </p>
        <ol class="guide-contents" role="list">
            {SECTIONS
                .iter()
                .map(|s| {
                    let href = Route::Guide {
                        section: Some(s.slug.to_string()),
                    }
                        .href();
                    view! {
                        <li>
                            <h2>
                                <a href=href>{s.title}</a>
                            </h2>
                            <p>{s.summary}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
