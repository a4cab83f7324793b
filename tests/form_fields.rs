//! The forms described as data (`core::fields`): every field of every
//! section, over every opportunity of the corpus and over generated input.
//!
//! - What a field shows writes back to the same record (nothing changes by
//!   looking at a form and leaving it).
//! - Every drop-down choice is stored and shown again, and each value of the
//!   enum is offered exactly once.
//! - Bad input is refused with a message and changes nothing.
//! - Ids are unique on a page, labels and hints are plain sentences.

#[path = "support/corpus.rs"]
mod corpus;

use crossroads::core::fields::opportunity::{self, OpportunityField};
use crossroads::core::fields::{Control, Field};
use crossroads::core::model::Opportunity;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn every_field() -> Vec<&'static Field<OpportunityField>> {
    let mut fields: Vec<_> = opportunity::ALL
        .iter()
        .flat_map(|s| s.fields.iter())
        .collect();
    fields.push(&opportunity::MOVING_COUNTRY);
    fields
}

fn every_opportunity() -> Vec<(String, Opportunity)> {
    corpus::corpus()
        .into_iter()
        .flat_map(|case| {
            let mut list: Vec<_> = case
                .workspace
                .opportunities
                .iter()
                .map(|o| (format!("{} / {}", case.name, o.employer), o.clone()))
                .collect();
            list.push((
                format!("{} / current role", case.name),
                case.workspace.current_role,
            ));
            list
        })
        .collect()
}

#[test]
fn what_a_field_shows_writes_back_to_the_same_record() {
    let opportunities = every_opportunity();
    assert!(
        opportunities.len() > 50,
        "the corpus is too small to mean much"
    );
    for (name, o) in &opportunities {
        for field in every_field() {
            let shown = field.key.read(o);
            let mut written = o.clone();
            field.key.write(&mut written, &shown).unwrap_or_else(|e| {
                panic!("{name}: {} refuses its own text {shown:?}: {e}", field.id)
            });
            assert_eq!(
                &written, o,
                "{name}: {} changed the record by writing {shown:?}",
                field.id
            );
        }
    }
}

#[test]
fn every_choice_is_stored_and_shown_again_and_each_value_is_offered_once() {
    let mut o = Opportunity::default();
    for field in every_field() {
        let Control::Choice(options) = field.control else {
            continue;
        };
        let options = options();
        let values: BTreeSet<_> = options.iter().map(|(v, _)| v.clone()).collect();
        let labels: BTreeSet<_> = options.iter().map(|(_, l)| *l).collect();
        assert_eq!(
            values.len(),
            options.len(),
            "{}: a value is offered twice",
            field.id
        );
        assert_eq!(
            labels.len(),
            options.len(),
            "{}: two choices read the same",
            field.id
        );
        assert!(
            values.contains(&field.key.read(&Opportunity::default())),
            "{}: the default is not offered",
            field.id
        );
        for (value, label) in &options {
            assert!(
                !value.is_empty() && !label.is_empty(),
                "{}: an empty choice",
                field.id
            );
            field.key.write(&mut o, value).unwrap();
            assert_eq!(
                &field.key.read(&o),
                value,
                "{}: {value} is not shown again",
                field.id
            );
        }
        let before = o.clone();
        assert!(
            field.key.write(&mut o, "not_a_choice").is_err(),
            "{}: an unknown value was taken",
            field.id
        );
        assert_eq!(o, before);
    }
}

#[test]
fn ids_are_unique_and_words_are_plain_sentences() {
    let mut ids = BTreeSet::new();
    for field in every_field() {
        assert!(ids.insert(field.id), "the id {} is used twice", field.id);
        assert!(
            field.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}: not a plain id",
            field.id
        );
        let first = field.label.chars().next().unwrap();
        assert!(
            first.is_uppercase(),
            "{}: the label starts in lower case",
            field.id
        );
        assert!(
            !field.label.ends_with('.'),
            "{}: a label is not a sentence",
            field.id
        );
        if !field.hint.is_empty() {
            assert!(
                field.hint.ends_with('.'),
                "{}: the hint is not a full sentence",
                field.id
            );
        }
    }
    for section in opportunity::ALL {
        assert!(!section.fields.is_empty() && !section.legend.is_empty());
    }
}

#[test]
fn a_flag_is_on_with_any_text_and_off_when_empty() {
    for field in every_field()
        .into_iter()
        .filter(|f| matches!(f.control, Control::Flag))
    {
        let mut o = Opportunity::default();
        field.key.write(&mut o, "true").unwrap();
        assert_eq!(field.key.read(&o), "true", "{}", field.id);
        field.key.write(&mut o, "").unwrap();
        assert_eq!(field.key.read(&o), "", "{}", field.id);
    }
}

#[test]
fn dates_out_of_order_are_reported_on_the_later_field_only() {
    let mut o = Opportunity::default();
    OpportunityField::Interview
        .write(&mut o, "2026-03-10")
        .unwrap();
    OpportunityField::Offer.write(&mut o, "2026-03-01").unwrap();
    OpportunityField::OfferDeadline
        .write(&mut o, "2026-02-20")
        .unwrap();
    let reported: Vec<_> = every_field()
        .into_iter()
        .filter(|f| f.key.cross_problem(&o).is_some())
        .map(|f| f.id)
        .collect();
    assert_eq!(reported, ["date-offer", "date-deadline"]);
    OpportunityField::Offer.write(&mut o, "2026-03-12").unwrap();
    OpportunityField::OfferDeadline
        .write(&mut o, "2026-03-20")
        .unwrap();
    assert!(every_field()
        .iter()
        .all(|f| f.key.cross_problem(&o).is_none()));
}

fn parsed_fields() -> Vec<&'static Field<OpportunityField>> {
    every_field()
        .into_iter()
        .filter(|f| f.control.is_parsed())
        .collect()
}

proptest! {
    /// Whatever is typed into a number or date field is either stored so that
    /// it shows again as the same value, or refused with a message and no change.
    #[test]
    fn typed_text_is_stored_faithfully_or_refused_without_a_change(
        text in prop_oneof![
            "[0-9]{0,7}",
            "[0-9]{1,3}[,.][0-9]{1,3}",
            "-?[0-9 ,.]{0,9}",
            "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
            "\\PC{0,12}",
        ],
        pick in 0usize..64,
    ) {
        let fields = parsed_fields();
        let field = fields[pick % fields.len()];
        let mut o = Opportunity::default();
        let before = o.clone();
        match field.key.write(&mut o, &text) {
            Ok(()) => {
                let shown = field.key.read(&o);
                let mut again = o.clone();
                prop_assert!(field.key.write(&mut again, &shown).is_ok());
                prop_assert_eq!(again, o, "{} stored {:?} but shows {:?}", field.id, text, shown);
            }
            Err(message) => {
                prop_assert_eq!(o, before, "{} changed the record while refusing {:?}", field.id, text);
                prop_assert!(!message.is_empty());
            }
        }
    }
}
