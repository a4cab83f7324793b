use leptos::prelude::*;

use crate::app::route::Route;
use crate::core::guide::{self, Section};

fn href(slug: &str) -> String {
    Route::Guide {
        section: Some(slug.to_string()),
    }
    .href()
}

/// One section of the guide: the answer first, then the reasons, then where to read on.
#[component]
pub fn GuideSection(
    /// The section to show.
    section: &'static Section,
) -> impl IntoView {
    let (previous, next) = guide::neighbours(section.slug);
    view! {
        <p class="breadcrumb">
            <a href="#/guide">"Guide"</a>
        </p>
        <article class="guide-section" aria-labelledby=section.slug>
            <h1 id=section.slug>{section.title}</h1>
            <p class="lead">{section.summary}</p>
            {section.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            {(!section.points.is_empty())
                .then(|| {
                    view! {
                        <ul class="guide-points">
                            {section.points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </article>
        <section aria-labelledby="guide-see-also">
            <h2 id="guide-see-also">"Read next"</h2>
            <ul>
                {section
                    .see_also
                    .iter()
                    .filter_map(|slug| guide::section(slug))
                    .map(|s| {
                        view! {
                            <li>
                                <a href=href(s.slug)>{s.title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <nav class="pager" aria-label="Guide pages">
            {previous
                .map(|s| {
                    view! {
                        <a class="pager-previous" href=href(s.slug)>
                            <span class="pager-label">"Previous"</span>
                            {s.title}
                        </a>
                    }
                })}
            {next
                .map(|s| {
                    view! {
                        <a class="pager-next" href=href(s.slug)>
                            <span class="pager-label">"Next"</span>
                            {s.title}
                        </a>
                    }
                })}
        </nav>
    }
}
