use leptos::prelude::*;

use super::threshold_field::ThresholdField;
use crate::core::settings_form::{Group, THRESHOLDS};

/// Every number the advice uses, grouped as the advice is.
#[component]
pub fn Thresholds() -> impl IntoView {
    view! {
        <section class="settings-section" aria-labelledby="settings-thresholds">
            <h2 id="settings-thresholds" tabindex="-1">"Thresholds"</h2>
            <p class="hint">
                "The figures behind the advice. Each default says where it comes from: the articles, where they give a figure, or a Crossroads default where they give none. Change one only if your situation calls for it."
            </p>
            {Group::ALL
                .into_iter()
                .map(|group| {
                    view! {
                        <h3>{group.title()}</h3>
                        {THRESHOLDS
                            .iter()
                            .filter(|t| t.group == group)
                            .map(|t| view! { <ThresholdField threshold=t /> })
                            .collect_view()}
                    }
                })
                .collect_view()}
        </section>
    }
}
