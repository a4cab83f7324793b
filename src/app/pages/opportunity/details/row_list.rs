use leptos::prelude::*;

use crate::app::forms::{focus_after_redraw, keyed_rows, remove_button};
use crate::app::pages::opportunity::bind::Bind;
use crate::app::route::Route;
use crate::app::state::new_id;
use crate::core::fields::List;
use crate::core::guide::{self, Topic};

/// A link to the guide section that explains a part of the form.
pub fn why_this_matters(topic: Topic) -> AnyView {
    guide::section_for(topic)
        .map(|section| {
            let href = Route::guide_for(topic).href();
            view! { <p class="step-guide">"Why this matters: " <a href=href>{section.title}</a></p> }
        })
        .into_any()
}

/// What a row of a list shows: the opportunity, the row's id (to bind its
/// fields), the prefix for its element ids and its place from 1.
pub type RowView = fn(Bind, StoredValue<String>, String, Signal<usize>) -> AnyView;

/// A list of rows on an opportunity (the rounds, the conditions) under its
/// heading: each row a group named by its place ("Round 2"), removed by a
/// button that asks first when the user wrote something in it, and a button
/// that adds one, and a link to the guide section that explains the list.
/// One function for every such list.
pub fn row_list(
    bind: Bind,
    list: List,
    heading: &'static str,
    hint: &'static str,
    topic: Topic,
    noun: &'static str,
    row: RowView,
) -> AnyView {
    let why = why_this_matters(topic);
    let o = bind.opportunity;
    let ids = Memo::new(move |_| o.with(|o| o.as_ref().map(|o| list.ids(o)).unwrap_or_default()));
    // Once a row is gone, focus moves to the button that adds one, rather
    // than to the top of the page with the removed button (after the list
    // has redrawn).
    let add_id = format!("{noun}s-add");
    let focus_add = StoredValue::new(add_id.clone());
    let heading_id = format!("{noun}s-heading");
    let labelled_by = heading_id.clone();
    let item = move |rid: String| {
        let key = StoredValue::new(rid.clone());
        let prefix = format!("{noun}-{rid}");
        let number = Signal::derive(move || {
            ids.with(|ids| key.with_value(|k| ids.iter().position(|x| x == k).map_or(0, |i| i + 1)))
        });
        let name = Signal::derive(move || format!("{noun} {}", number.get()));
        let has_words = Signal::derive(move || {
            o.with(|o| {
                o.as_ref()
                    .is_some_and(|o| key.with_value(|k| list.has_own_words(o, k)))
            })
        });
        let remove = Callback::new(move |()| {
            bind.update(|o| key.with_value(|k| list.remove(o, k)));
            focus_after_redraw(focus_add.get_value());
        });
        let legend = move || {
            let mut n = name.get();
            n[..1].make_ascii_uppercase();
            n
        };
        view! {
            <li class="item">
                <fieldset class="round">
                    <legend>{legend}</legend>
                    {row(bind, key, prefix.clone(), number)}
                    {remove_button(format!("{prefix}-remove"), name, has_words, remove)}
                </fieldset>
            </li>
        }
        .into_any()
    };
    view! {
        <section class="group" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            <p class="hint">{hint}</p>
            {why}
            <ol class="item-list" role="list">{keyed_rows(move || ids.get(), item)}</ol>
            <button type="button" class="button button-secondary" id=add_id on:click=move |_| bind.update(|o| list.add(o, new_id()))>
                "Add a " {noun}
            </button>
        </section>
    }
    .into_any()
}
