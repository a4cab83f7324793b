//! Filling `{slot}` markers in template text from [`MessageFields`].

use super::fields::{placeholder, MessageFields};

/// Replaces every `{slot}` in `template` with its value, or with a visible
/// `[placeholder]` when the field is empty, so a gap is never silent.
pub(crate) fn fill(template: &str, fields: &MessageFields) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match fields.slot(name) {
                    Some(value) => out.push_str(&value),
                    None => out.push_str(&placeholder(name)),
                }
                rest = &after[close + 1..];
            }
            None => {
                // An unmatched brace is plain text, not a slot.
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_slots_and_marks_gaps() {
        let fields = MessageFields {
            role: "Data Analyst".into(),
            ..MessageFields::default()
        };
        assert_eq!(
            fill("The {role} role, {contact_name}.", &fields),
            "The Data Analyst role, [contact name]."
        );
        assert_eq!(fill("no slots {", &fields), "no slots {");
    }
}
