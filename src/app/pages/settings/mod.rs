//! Settings: one component per section (calendar, currency, sending,
//! lines, thresholds, priorities, your data), each in its own file.

mod currency;
mod decision_lines;
mod default_priorities;
mod holidays;
mod sending;

pub use sending::PrefersWriting;
mod threshold_field;
mod thresholds;
mod weekend_days;
mod your_data;

use leptos::prelude::*;

use currency::Currency;
use decision_lines::DecisionLines;
use default_priorities::DefaultPriorities;
use holidays::Holidays;
use sending::Sending;
use thresholds::Thresholds;
use weekend_days::WeekendDays;
use your_data::YourData;

/// The settings screen. Every change applies as you type; nothing needs saving.
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <h1>"Settings"</h1>
        <p class="lead">
            "Your calendar, your currency and the numbers behind the advice. Changes apply at once; each number shows its default, and whether that comes from the articles or is a Crossroads default, so you can go back to it."
        </p>
        <section class="settings-section" aria-labelledby="settings-calendar">
            <h2 id="settings-calendar" tabindex="-1">"Working days"</h2>
            <p class="hint">"Follow-up dates and deadlines count only working days."</p>
            <WeekendDays />
            <Holidays />
        </section>
        <Currency />
        <Sending />
        <DecisionLines />
        <Thresholds />
        <DefaultPriorities />
        <YourData />
    }
}
