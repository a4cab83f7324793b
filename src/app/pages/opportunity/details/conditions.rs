use leptos::prelude::*;

use super::row_list::row_list;
use crate::app::forms::Look;
use crate::app::pages::opportunity::bind::Bind;
use crate::core::fields::contingency::CONDITION;
use crate::core::fields::{List, RowKey};
use crate::core::guide::Topic;

/// The conditions an offer depends on (a background check, references, the
/// right to work), each with where it stands.
pub fn conditions(bind: Bind) -> AnyView {
    row_list(
        bind,
        List::Conditions,
        "Conditions of the offer",
        "What the offer depends on, such as a background check or references, and where each stands.",
        Topic::AfterYes,
        "condition",
        |bind, key, prefix, _| {
            let field = |i: usize| {
                let f = &CONDITION.fields[i];
                bind.row_field(key, &prefix, Look::from(f), RowKey::from(f.key))
            };
            view! {
                <div class="item-row">{field(0)} {field(1)} {field(2)}</div>
                {field(3)}
            }
            .into_any()
        },
    )
}
