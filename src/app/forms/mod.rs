//! Form controls that follow the GOV.UK pattern every screen uses: label
//! above, hint under the label, the error next to the field, all linked by
//! `aria-describedby`.

mod checkbox_field;
mod frame;
mod parsed_field;
mod select_field;
mod slug;
mod text_field;

pub use checkbox_field::CheckboxField;
pub use parsed_field::ParsedField;
pub use select_field::SelectField;
pub use slug::{from_slug, slug_of};
pub use text_field::TextField;
