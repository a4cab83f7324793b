//! Form controls that follow the GOV.UK pattern every screen uses: label
//! above, hint under the label, the error next to the field.

mod text_field;

pub use text_field::TextField;
