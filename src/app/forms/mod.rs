//! Form controls that follow the GOV.UK pattern every screen uses: label
//! above, hint under the label, the error next to the field, all linked by
//! `aria-describedby`.

mod checkbox_field;
mod confirm;
mod data_field;
mod frame;
mod id_checkboxes;
mod keyed_rows;
mod parsed_field;
mod remove_button;
mod select_field;
mod shown;
mod text_field;

pub use crate::core::fields::{from_slug, slug_of};
pub use checkbox_field::CheckboxField;
pub use confirm::Confirm;
pub use data_field::{data_field, Look};
pub use id_checkboxes::id_checkboxes;
pub use keyed_rows::keyed_rows;
pub use parsed_field::ParsedField;
pub use remove_button::{focus_after_redraw, remove_button};
pub use select_field::SelectField;
pub use shown::{shown, shown_or};
pub use text_field::TextField;
