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

use crossroads::core::date::Date;
use crossroads::core::fields::contingency::CONDITION;
use crossroads::core::fields::opportunity::{self, OpportunityField};
use crossroads::core::fields::round::ROUND;
use crossroads::core::fields::{toggle, Control, Field, List, RowKey, Section};
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
    o.add_round(Date::parse("2026-03-10").ok());
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

    // Accepting before the offer, signing before accepting.
    OpportunityField::Accepted
        .write(&mut o, "2026-03-11")
        .unwrap();
    OpportunityField::Signed
        .write(&mut o, "2026-03-10")
        .unwrap();
    let reported: Vec<_> = every_field()
        .into_iter()
        .filter_map(|f| f.key.cross_problem(&o).map(|m| (f.id, m)))
        .collect();
    assert_eq!(
        reported,
        [
            (
                "date-accepted",
                "You accepted before the offer arrived: check both dates"
            ),
            (
                "date-signed",
                "You signed before you accepted: check both dates"
            )
        ]
    );
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

/// What a row's field shows writes back unchanged over the corpus; every
/// choice is kept; a bad date or choice is refused with a message and no
/// change; notes say they are private and make removal ask first; ids are
/// unique.
fn check_rows<K: Copy + Into<RowKey>>(list: List, section: &Section<K>) {
    let mut rows = 0;
    for (name, o) in every_opportunity() {
        for id in list.ids(&o) {
            rows += 1;
            for field in section.fields {
                let key: RowKey = field.key.into();
                let shown = key.read(&o, &id).expect("the row is there");
                let mut written = o.clone();
                key.write(&mut written, &id, &shown).unwrap_or_else(|e| {
                    panic!(
                        "{name} / {id}: {} refuses its own text {shown:?}: {e}",
                        field.id
                    )
                });
                assert_eq!(written, o, "{name} / {id}: {} changed the record", field.id);
            }
        }
    }
    assert!(
        rows > 0 || list == List::Conditions,
        "{}: the corpus has none",
        section.legend
    );
    let mut ids = BTreeSet::new();
    let mut o = Opportunity::default();
    list.add(&mut o, "row".to_string());
    let row = list.ids(&o).remove(0);
    assert_eq!(
        key_read(section.fields[0].key, &o, "gone"),
        None,
        "a row that is gone reads nothing"
    );
    for field in section.fields {
        let key: RowKey = field.key.into();
        assert!(
            ids.insert(field.id),
            "{}: the id {} twice",
            section.legend,
            field.id
        );
        assert!(field.label.chars().next().unwrap().is_uppercase() && !field.label.ends_with('.'));
        assert!(
            field.hint.is_empty() || field.hint.ends_with('.'),
            "{}",
            field.id
        );
        let read = |o: &Opportunity| key.read(o, &row).unwrap();
        match field.control {
            Control::Choice(options) => {
                let options = options();
                assert!(
                    options.iter().any(|(v, _)| *v == read(&o)),
                    "{}: the default is offered",
                    field.id
                );
                for (value, _) in options {
                    key.write(&mut o, &row, &value).unwrap();
                    assert_eq!(read(&o), value, "{}", field.id);
                }
                let before = o.clone();
                for bad in ["not_a_choice", "99", "-1", ""] {
                    assert_eq!(
                        key.write(&mut o, &row, bad),
                        Err("Choose one of the options".to_string())
                    );
                }
                assert_eq!(o, before);
            }
            Control::Date => {
                key.write(&mut o, &row, "2026-03-05").unwrap();
                assert_eq!(read(&o), "2026-03-05");
                let before = o.clone();
                assert_eq!(
                    key.write(&mut o, &row, "5 March"),
                    Err("Enter a real date, like 2026-03-27".to_string())
                );
                assert_eq!(o, before, "{}: a refused date changed the record", field.id);
                key.write(&mut o, &row, "").unwrap();
                assert_eq!(read(&o), "");
            }
            Control::Paragraph => {
                assert!(!list.has_own_words(&o, &row));
                key.write(&mut o, &row, "Private words <b>kept</b> as typed")
                    .unwrap();
                assert_eq!(read(&o), "Private words <b>kept</b> as typed");
                assert!(
                    list.has_own_words(&o, &row),
                    "{}: notes are confirmed before removal",
                    field.id
                );
                assert!(
                    field.hint.contains("Private"),
                    "{}: says it stays private",
                    field.id
                );
            }
            _ => {}
        }
    }
    list.remove(&mut o, &row);
    assert!(list.ids(&o).is_empty());
}

fn key_read<K: Into<RowKey>>(key: K, o: &Opportunity, id: &str) -> Option<String> {
    key.into().read(o, id)
}

#[test]
fn rounds_and_conditions_read_and_write_like_the_opportunity_fields() {
    check_rows(List::Rounds, &ROUND);
    check_rows(List::Conditions, &CONDITION);
}

#[test]
fn the_new_fields_of_an_offer_and_the_current_role_round_trip_and_refuse_bad_input() {
    let mut o = Opportunity::default();
    let cases: [(OpportunityField, &str, &str); 7] = [
        (OpportunityField::Accepted, "2026-03-12", "2026-03-12"),
        (OpportunityField::ContractSigned, "true", "true"),
        (OpportunityField::Signed, "2026-03-13", "2026-03-13"),
        (OpportunityField::NoticeCount, " 3 ", "3"),
        (OpportunityField::NoticeUnit, "2", "2"),
        (OpportunityField::Resignation, "2026-04-01", "2026-04-01"),
        (
            OpportunityField::CounterofferReceived,
            "2026-03-20",
            "2026-03-20",
        ),
    ];
    for (field, typed, shown) in cases {
        field.write(&mut o, typed).unwrap();
        assert_eq!(field.read(&o), shown, "{field:?}");
    }
    assert_eq!(o.notice_period.count, 3);
    assert_eq!(
        o.notice_period.unit,
        crossroads::core::model::NoticeUnit::Months
    );
    assert!(o.contract_signed);
    for (field, bad, message) in [
        (
            OpportunityField::NoticeCount,
            "400",
            "Enter a whole number from 0 to 365, or leave it empty",
        ),
        (
            OpportunityField::NoticeCount,
            "two",
            "Enter a whole number from 0 to 365, or leave it empty",
        ),
        (
            OpportunityField::NoticeCount,
            "1.5",
            "Enter a whole number from 0 to 365, or leave it empty",
        ),
        (
            OpportunityField::Signed,
            "tomorrow",
            "Enter a real date, like 2026-03-27",
        ),
        (
            OpportunityField::NoticeUnit,
            "fortnights",
            "Choose one of the options",
        ),
    ] {
        let before = o.clone();
        assert_eq!(
            field.write(&mut o, bad),
            Err(message.to_string()),
            "{field:?}"
        );
        assert_eq!(o, before, "{field:?} changed the record refusing {bad:?}");
    }
    OpportunityField::NoticeCount.write(&mut o, "").unwrap();
    assert_eq!(o.notice_period.count, 0, "empty is not entered");
    assert_eq!(OpportunityField::NoticeCount.read(&o), "");

    // The private words are kept as typed, and say they are private.
    OpportunityField::LookingReason
        .write(&mut o, "No growth path")
        .unwrap();
    OpportunityField::CounterofferSummary
        .write(&mut o, "10% more")
        .unwrap();
    assert_eq!(o.looking_reason.text, "No growth path");
    assert_eq!(o.counteroffer.summary, "10% more");
    for section in [
        &opportunity::LOOKING,
        &opportunity::COUNTEROFFER,
        &opportunity::NEW_TERMS,
    ] {
        for field in section
            .fields
            .iter()
            .filter(|f| matches!(f.control, Control::Paragraph))
        {
            assert!(field.hint.starts_with("Private"), "{}", field.id);
        }
    }
}

#[test]
fn ticking_criteria_or_people_adds_once_and_unticking_removes() {
    let mut list = vec!["growth".to_string()];
    toggle(&mut list, "base_pay", true);
    toggle(&mut list, "growth", true);
    assert_eq!(list, ["growth", "base_pay"]);
    toggle(&mut list, "growth", false);
    toggle(&mut list, "nothing", false);
    assert_eq!(list, ["base_pay"]);
}
