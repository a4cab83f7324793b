use leptos::prelude::*;

use crate::core::compare::bar_length;
use crate::core::number::fixed;

/// The drawing's width in SVG units; it scales to the screen.
const WIDTH: usize = 400;
/// The longest bar, leaving room for the value written after it.
const BAR: f64 = 300.0;
/// One row: the label line, then the bar. Whole units, so the positions are
/// written as integers.
const ROW: usize = 46;

/// One bar: its label, its value (`None` draws no bar and says "Unknown"),
/// the value written out, and whether it is the current role.
#[derive(Clone)]
pub struct Bar {
    /// What the bar stands for.
    pub label: String,
    /// The value on the chart's scale.
    pub value: Option<f64>,
    /// The value as written next to the bar.
    pub text: String,
    /// Draws in the muted colour, so the baseline stands apart.
    pub baseline: bool,
}

/// A horizontal bar chart in inline SVG, labels and values written out. The
/// same figures are in the table that follows it, for screen readers.
#[component]
pub fn BarChart(
    /// The chart's title, also its accessible name.
    title: String,
    /// The bars, top to bottom.
    bars: Vec<Bar>,
    /// The value that fills the bar width.
    scale: f64,
) -> impl IntoView {
    let height = ROW * bars.len() + 4;
    let summary = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.text))
        .collect::<Vec<_>>()
        .join("; ");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = ROW * i;
            let length = b.value.map_or(0.0, |v| bar_length(v, scale, BAR));
            view! {
                <g>
                    <text x="0" y=y + 14 class="chart-label">{b.label}</text>
                    <rect
                        x="0"
                        y=y + 20
                        width=fixed(length.max(1.0), 1)
                        height="16"
                        rx="2"
                        class=if b.baseline { "chart-bar chart-bar-baseline" } else { "chart-bar" }
                    />
                    <text x=fixed(length + 6.0, 1) y=y + 33 class="chart-value">{b.text}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{title.clone()}</figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                width="100%"
                role="img"
                aria-label=format!("{title}. {summary}")
                preserveAspectRatio="xMinYMin meet"
            >
                {rows}
            </svg>
        </figure>
    }
}
