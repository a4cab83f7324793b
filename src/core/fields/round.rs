//! The fields of one interview round (date, format, private notes), the
//! people met in it, and how a new person met there becomes a contact.

use super::{
    at_position, field, in_order, optional_text, position_text, toggle, Choice, Control, Section,
};
use crate::core::model::{Contact, Opportunity, Round, RoundFormat, Workspace};
use crate::core::validate;

/// The part of a round a field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each name is the field it edits
pub enum RoundField {
    Date,
    Format,
    Notes,
}

impl RoundField {
    /// The field's value as the control shows it.
    pub fn read(self, r: &Round) -> String {
        match self {
            RoundField::Date => optional_text(r.date),
            RoundField::Format => position_text(&RoundFormat::ALL, &r.format),
            RoundField::Notes => r.notes.clone(),
        }
    }

    /// Stores what the user typed or chose, or says what is wrong with it
    /// (and changes nothing).
    pub fn write(self, r: &mut Round, text: &str) -> Result<(), String> {
        match self {
            RoundField::Date => r.date = validate::date(text)?,
            RoundField::Format => r.format = at_position(&RoundFormat::ALL, text)?,
            RoundField::Notes => r.notes = text.to_string(),
        }
        Ok(())
    }
}

fn formats() -> Vec<Choice> {
    in_order(&RoundFormat::ALL, RoundFormat::label)
}

/// One round's fields. Ids are suffixes: on the page each is prefixed with
/// the round's own id, so two rounds never share one.
#[rustfmt::skip]
pub const ROUND: Section<RoundField> = Section {
    legend: "Round",
    fields: &[
        field(RoundField::Date, "date", "Date", "Past or coming up.", Control::Date),
        field(RoundField::Format, "format", "How it was held", "", Control::Choice(formats)),
        field(RoundField::Notes, "notes", "Your notes", "What was said and what to follow up on. Private: never written into a message.", Control::Paragraph),
    ],
};

/// The people a round's "who you met" list offers, as (contact id, label):
/// the contacts linked to this opportunity or working for its employer, and
/// anyone already ticked in one of its rounds, in the contacts' order.
pub fn people_choices(w: &Workspace, o: &Opportunity) -> Vec<(String, String)> {
    let employer = o.employer.trim();
    w.contacts
        .iter()
        .filter(|c| {
            c.opportunity_id.as_deref() == Some(o.id.as_str())
                || (!employer.is_empty() && c.company.trim().eq_ignore_ascii_case(employer))
                || o.rounds.iter().any(|r| r.people.contains(&c.id))
        })
        .map(|c| (c.id.clone(), person_label(c)))
        .collect()
}

/// "Sam Lee, Head of Data", or the name alone.
fn person_label(c: &Contact) -> String {
    match (c.name.trim(), c.title.trim()) {
        ("", _) => "Someone without a name".to_string(),
        (name, "") => name.to_string(),
        (name, title) => [name, title].join(", "),
    }
}

/// Someone new met in a round: a contact with this `name`, linked to the
/// opportunity (at its employer), ticked in the round `round_id`. Refused
/// with a message when the name is empty or the round is gone.
pub fn add_person(
    w: &mut Workspace,
    opportunity_id: &str,
    round_id: &str,
    contact_id: String,
    name: &str,
) -> Result<(), &'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Enter their name");
    }
    let o = if opportunity_id == Workspace::CURRENT_ROLE_ID {
        &mut w.current_role
    } else {
        w.opportunity_mut(opportunity_id)
            .ok_or("This opportunity is gone")?
    };
    let round = o
        .rounds
        .iter_mut()
        .find(|r| r.id == round_id)
        .ok_or("This round is gone")?;
    toggle(&mut round.people, &contact_id, true);
    let contact = Contact {
        id: contact_id,
        name: name.to_string(),
        company: o.employer.trim().to_string(),
        opportunity_id: Some(opportunity_id.to_string()),
        ..Contact::default()
    };
    w.contacts.push(contact);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fields::List;

    #[test]
    fn a_new_person_becomes_a_contact_linked_to_the_opportunity_and_ticked() {
        let mut w = Workspace::default();
        let mut o = Opportunity::new("acme");
        o.employer = "Acme".into();
        let round = o.add_round(None);
        w.opportunities.push(o);
        assert_eq!(
            add_person(&mut w, "acme", &round, "c1".into(), "  "),
            Err("Enter their name")
        );
        assert!(w.contacts.is_empty());
        assert_eq!(
            add_person(&mut w, "acme", "nope", "c1".into(), "Sam"),
            Err("This round is gone")
        );
        assert!(w.contacts.is_empty());
        add_person(&mut w, "acme", &round, "c1".into(), " Sam Lee ").unwrap();
        let c = &w.contacts[0];
        assert_eq!(
            (
                c.name.as_str(),
                c.company.as_str(),
                c.opportunity_id.as_deref()
            ),
            ("Sam Lee", "Acme", Some("acme"))
        );
        assert_eq!(w.opportunities[0].rounds[0].people, ["c1"]);
        let offered = people_choices(&w, &w.opportunities[0]);
        assert_eq!(offered, [("c1".to_string(), "Sam Lee".to_string())]);
    }

    #[test]
    fn the_people_offered_are_this_employers_and_those_already_met() {
        let mut w = Workspace::default();
        let mut o = Opportunity::new("acme");
        o.employer = "Acme".into();
        o.add_round(None);
        o.rounds[0].people.push("met".into());
        let contact = |id: &str, company: &str, linked: Option<&str>| Contact {
            id: id.into(),
            name: id.to_uppercase(),
            company: company.into(),
            opportunity_id: linked.map(str::to_string),
            ..Contact::default()
        };
        w.contacts = vec![
            contact("linked", "", Some("acme")),
            contact("same-company", " acme ", None),
            contact("met", "Elsewhere", None),
            contact("other", "Globex", Some("globex")),
        ];
        let ids: Vec<_> = people_choices(&w, &o)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["linked", "same-company", "met"]);
        assert!(!List::Rounds.has_own_words(&o, "round-1"));
        o.rounds[0].notes = "They asked about SQL.".into();
        assert!(List::Rounds.has_own_words(&o, "round-1"));
    }
}
