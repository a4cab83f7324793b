//! Compare: what each option is worth over four years, gross and net in the
//! home currency, as bars and as a table, then how they compare and the
//! assumptions behind every figure.

use leptos::prelude::*;

use super::bar_chart::{Bar, BarChart};
use crate::app::format::money;
use crate::core::compare::{worth_assumptions, worth_comparisons, Column};
use crate::core::money::Money;
use crate::core::worth::Figures;

/// Gross or net of one year's figures.
type Pick = fn(&Figures) -> Money;

/// The four-year totals of every option as bars, gross or net.
fn total_chart(cols: &[Column], title: &str, pick: Pick, net: bool) -> impl IntoView {
    let shown = |c: &Column| !net || c.worth.has_net;
    let scale = cols
        .iter()
        .filter(|c| shown(c))
        .map(|c| pick(&c.worth.total).to_major_f64(&c.currency))
        .fold(0.0, f64::max);
    let bars = cols
        .iter()
        .map(|c| Bar {
            label: c.title.clone(),
            value: shown(c).then(|| pick(&c.worth.total).to_major_f64(&c.currency)),
            text: if shown(c) {
                money(pick(&c.worth.total), &c.currency)
            } else {
                "No tax rate".to_string()
            },
            baseline: c.is_current_role,
        })
        .collect();
    view! { <BarChart title=title.to_string() bars=bars scale=scale /> }
}

/// One row of the year-by-year table.
fn year_row(c: &Column, kind: &str, pick: Pick, known: bool) -> impl IntoView {
    let cell = move |f: &Figures| {
        if known {
            money(pick(f), &c.currency)
        } else {
            "—".to_string()
        }
    };
    view! {
        <tr>
            <th scope="row">{format!("{}, {kind}", c.title)}</th>
            {c.worth.years.iter().map(|f| view! { <td>{cell(f)}</td> }).collect_view()}
            <td>{if known { cell(&c.worth.total) } else { "No tax rate".to_string() }}</td>
        </tr>
    }
}

/// The section on Compare.
#[component]
pub fn WorthSection(
    /// The columns of the comparison.
    cols: Memo<Vec<Column>>,
) -> impl IntoView {
    let gross: Pick = |f| f.gross;
    let net: Pick = |f| f.net;
    let comparisons = Memo::new(move |_| cols.with(|c| worth_comparisons(c)));
    let items = |list: Vec<String>| {
        list.into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="worth-heading">
            <h2 id="worth-heading">"What each offer is worth"</h2>
            <p>"The first four years in your home currency, before and after tax."</p>
            <div class="charts">
                {move || cols.with(|c| total_chart(c, "Four years, gross", gross, false))}
                {move || cols.with(|c| total_chart(c, "Four years, net", net, true))}
            </div>
            <div class="table-scroll" role="region" aria-labelledby="worth-caption" tabindex="0">
                <table class="matrix">
                    <caption id="worth-caption">"Gross and net, year by year"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Option"</th>
                            <th scope="col">"Year 1"</th>
                            <th scope="col">"Year 2"</th>
                            <th scope="col">"Year 3"</th>
                            <th scope="col">"Year 4"</th>
                            <th scope="col">"Four years"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || cols.with(|cs| cs.iter().map(|c| view! {
                            {year_row(c, "gross", gross, true)}
                            {year_row(c, "net", net, c.worth.has_net)}
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
            {move || (!comparisons.with(Vec::is_empty)).then(|| view! {
                <h3>"How they compare"</h3>
                <ul>{items(comparisons.get())}</ul>
            })}
            <h3 id="assumptions-heading">"Assumptions"</h3>
            <ul aria-labelledby="assumptions-heading">
                {move || items(cols.with(|c| worth_assumptions(c)))}
            </ul>
        </section>
    }
}
