use std::sync::Arc;

use leptos::prelude::*;

type When = Arc<dyn Fn() -> bool + Send + Sync>;
type Part = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// `children` while `when` holds, else `fallback`: what Leptos's `<Show>`
/// does (the condition is a memo, so the part is only rebuilt when it flips),
/// but compiled once for every use instead of once per place it is written.
pub fn shown_or(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> AnyView + Send + Sync + 'static,
    fallback: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView {
    show(Arc::new(when), Arc::new(children), Some(Arc::new(fallback)))
}

/// `children` while `when` holds, else nothing (see [`shown_or`]).
pub fn shown(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView {
    show(Arc::new(when), Arc::new(children), None)
}

fn show(when: When, children: Part, fallback: Option<Part>) -> AnyView {
    let holds = Memo::new(move |_| when());
    (move || {
        if holds.get() {
            children()
        } else {
            fallback
                .as_ref()
                .map(|f| f())
                .unwrap_or_else(|| ().into_any())
        }
    })
    .into_any()
}
