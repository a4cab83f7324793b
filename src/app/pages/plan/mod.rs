//! The plan: every dated follow-up across opportunities, in date order and
//! grouped by how soon, each with a done box and a link to draft its message;
//! and the whole plan as an `.ics` file for a calendar.

use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::format::{long_date, short_date};
use crate::app::platform::download::download_text;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::plan::{calendar_events, plan_entries, PlanEntry, When};
use crate::core::studio::{calendar, template};

/// One step on the plan.
#[component]
fn Step(
    /// The entry.
    entry: PlanEntry,
) -> impl IntoView {
    let state = use_app_state();
    let step_id = entry.step.id.clone();
    let box_id = format!("done-{}", entry.step.id.replace(':', "-"));
    let done = entry.done;
    let draft = entry.step.message.map(|kind| {
        let href = Route::Messages {
            id: Some(entry.opportunity_id.clone()),
            kind: Some(kind.slug()),
        }
        .href();
        view! {
            <a href=href>"Draft the message"<span class="visually-hidden">": " {template(kind).label}</span></a>
        }
    });
    let opportunity_href = Route::Messages {
        id: Some(entry.opportunity_id.clone()),
        kind: None,
    }
    .href();
    let purpose = entry.step.purpose.clone();
    view! {
        <li class="plan-step" class:plan-step-done=done>
            <time datetime=entry.step.date.to_string() title=long_date(entry.step.date)>
                {short_date(entry.step.date)}
            </time>
            <div class="plan-step-body">
                <p class="plan-purpose">{purpose.clone()}</p>
                <p class="plan-meta">
                    <a href=opportunity_href>{entry.title.clone()}</a>
                    {draft.map(|d| view! { " · " {d} })}
                </p>
            </div>
            <div class="choice plan-done">
                <input
                    type="checkbox"
                    id=box_id.clone()
                    prop:checked=done
                    on:change:target=move |ev| {
                        let checked = ev.target().checked();
                        state.workspace.update(|w| w.set_follow_up_done(&step_id, checked));
                    }
                />
                <label for=box_id>
                    "Done"
                    <span class="visually-hidden">": " {purpose}</span>
                </label>
            </div>
        </li>
    }
}

/// The plan screen.
#[component]
pub fn Plan() -> impl IntoView {
    let state = use_app_state();
    let entries = Memo::new(move |_| {
        let today = state.today.get();
        state
            .workspace
            .with(|w| state.assessment.with(|a| plan_entries(w, a, today)))
    });
    let (status, set_status) = signal(String::new());
    let export = move |_| {
        let events = entries.with_untracked(|e| calendar_events(e));
        let now = (js_sys::Date::now() / 1000.0) as i64;
        download_text(
            "crossroads-plan.ics",
            "text/calendar;charset=utf-8",
            &calendar(&events, now),
        );
        set_status.set(format!(
            "Downloaded {} reminders. Open the file to add them to your calendar.",
            events.len()
        ));
    };
    let groups = move || {
        entries.with(|entries| {
            When::ALL
                .into_iter()
                .filter_map(|when| {
                    let items: Vec<PlanEntry> =
                        entries.iter().filter(|e| e.when == when).cloned().collect();
                    if items.is_empty() {
                        return None;
                    }
                    let heading_id = format!("plan-{when:?}").to_lowercase();
                    let labelled_by = heading_id.clone();
                    Some(view! {
                        <section aria-labelledby=labelled_by class="plan-group">
                            <h2 id=heading_id>{when.label()} " (" {items.len()} ")"</h2>
                            <ul class="plan-list" role="list">
                                {items
                                    .into_iter()
                                    .map(|entry| view! { <Step entry=entry /> })
                                    .collect_view()}
                            </ul>
                        </section>
                    })
                })
                .collect_view()
        })
    };
    let is_empty = move || entries.with(Vec::is_empty);

    view! {
        <h1>"Your plan"</h1>
        <p class="lead">
            "Every follow-up for every opportunity, by date. Tick a step when it is done."
        </p>
        {shown_or(
            move || !is_empty(),
            move || view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=export>
                        "Export to calendar (.ics)"
                    </button>
                </div>
                <p class="hint">"Each step becomes an all-day event with a reminder that morning."</p>
                <p class="status" role="status">{move || status.get()}</p>
                {groups}
            }.into_any(),
            move || view! {
                <p>
                    "Nothing is planned yet. Add an opportunity from "
                    <a href=Route::Start.href()>"the start screen"</a>
                    " and its follow-ups appear here."
                </p>
            }.into_any(),
        )}
    }
}
