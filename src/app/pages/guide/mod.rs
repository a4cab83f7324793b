//! The guide: a contents page, and one short section per address
//! (`#/guide/{slug}`), so other screens can link a "why?" straight to it.

mod contents;
mod guide_section;

use leptos::prelude::*;

use crate::core::guide;
use contents::Contents;
use guide_section::GuideSection;

/// The guide screen: the contents, or the section `section` names.
#[component]
pub fn Guide(
    /// The section's slug from the address, if any.
    section: Option<String>,
) -> impl IntoView {
    match section {
        None => view! { <Contents /> }.into_any(),
        Some(slug) => match guide::section(&slug) {
            Some(found) => view! { <GuideSection section=found /> }.into_any(),
            None => view! {
                <h1>"That guide topic does not exist"</h1>
                <p>"The address may be mistyped, or the topic may have moved."</p>
                <p>
                    <a href="#/guide">"See every guide topic"</a>
                </p>
            }
            .into_any(),
        },
    }
}
