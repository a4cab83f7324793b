//! What the checker found: a summary of each finding (the words at fault,
//! why, and a fix) and a read-only preview with those words marked.

use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::core::studio::highlight::marked_runs;
use crate::core::studio::{Composed, Finding, Location};

/// Text with the findings at `location` marked, as text nodes and `<mark>`s.
fn marked(text: &str, findings: &[Finding], location: Location) -> impl IntoView {
    marked_runs(text, findings, location)
        .into_iter()
        .map(|(run, is_marked)| {
            let run = run.to_string();
            if is_marked {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

/// The checker's findings on the draft.
#[component]
pub fn Findings(
    /// The composed draft.
    composed: Memo<Composed>,
    /// The checker's findings on it.
    findings: Memo<Vec<Finding>>,
) -> impl IntoView {
    let count = move || findings.with(Vec::len);
    view! {
        <section aria-labelledby="check-heading" class="check">
            <h2 id="check-heading">"Check"</h2>
            {shown_or(
                move || { count() > 0 },
                move || view! {
                    <div class="error-summary">
                        <h3>
                            {move || match count() {
                                1 => "1 thing to look at".to_string(),
                                n => format!("{n} things to look at"),
                            }}
                        </h3>
                        <ul>
                            {move || {
                                let c = composed.get();
                                findings
                                    .get()
                                    .into_iter()
                                    .map(|f| {
                                        let words = f.marked(&c.subject, &c.body).to_string();
                                        let place = match f.location {
                                            Location::Subject => " in the subject",
                                            Location::Body => "",
                                        };
                                        view! {
                                            <li>
                                                <strong>{f.rule.label()} {place}</strong>
                                                {(!words.is_empty())
                                                    .then(|| view! { ": " <q class="finding-words">{words}</q> })}
                                                <p>{f.reason.clone()}</p>
                                                <p class="finding-fix">"Fix: " {f.fix.clone()}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                    <h3 id="preview-heading">"The words at fault, marked"</h3>
                    <div class="preview" role="region" aria-labelledby="preview-heading" tabindex="0">
                        {move || {
                            let c = composed.get();
                            let all = findings.get();
                            view! {
                                {(!c.subject.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="preview-subject">
                                                "Subject: " {marked(&c.subject, &all, Location::Subject)}
                                            </p>
                                        }
                                    })}
                                <p class="preview-body">{marked(&c.body, &all, Location::Body)}</p>
                            }
                        }}
                    </div>
                }.into_any(),
                move || view! {
                    <p class="check-passed">
                        "Checked: thanks, one clear message, nothing left to fill in. Ready to send."
                    </p>
                }.into_any(),
            )}
        </section>
    }
}
