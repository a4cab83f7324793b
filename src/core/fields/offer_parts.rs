//! The parts of the details step that belong to an offer (accepting and
//! signing, the offer's conditions, new terms after a no or a push back):
//! when each is shown, and what the counteroffer fields say about the terms
//! against the reason the user started looking. A part with anything
//! entered in it is always shown, so a change of stage never hides data.

use crate::core::model::{Addresses, Opportunity, Stage, Workspace};
use crate::core::text::join_words;

/// Whether there is, or was, an offer: an offer stage or one after it
/// (accepted, backed out, withdrawn by the employer), or a date the offer
/// arrived.
pub fn had_offer(o: &Opportunity) -> bool {
    o.stage.has_offer()
        || matches!(
            o.stage,
            Stage::Accepted | Stage::BackedOut | Stage::OfferWithdrawn
        )
        || o.dates.offer.is_some()
}

/// "Accepting and signing": once there is an offer, or once a yes or a
/// signature is recorded.
pub fn shows_accepting(o: &Opportunity) -> bool {
    had_offer(o) || o.dates.accepted.is_some() || o.dates.signed.is_some() || o.contract_signed
}

/// The offer's conditions: once there is an offer, or once one is listed.
pub fn shows_conditions(o: &Opportunity) -> bool {
    had_offer(o) || !o.contingencies.is_empty()
}

/// New terms from the employer: once the stage says they came back
/// (Counteroffer), after a no (they may yet), or once anything about them
/// is entered. Not on every open offer: a push back that brings new terms
/// is recorded as the Counteroffer stage, which then shows the form.
pub fn shows_counteroffer(o: &Opportunity) -> bool {
    let c = &o.counteroffer;
    matches!(o.stage, Stage::Counteroffer | Stage::Declined)
        || c.is_made()
        || !c.improves.is_empty()
        || !c.summary.trim().is_empty()
}

/// What the offer parts of an opportunity still at an earlier stage say in
/// their place, so the user knows where they went.
pub const OFFER_PARTS_LATER: &str = "Accepting, signing and the offer's conditions appear here once there is an offer: set the stage, or the date the offer arrived.";

/// Whether the counteroffer on `o` (the current role's, or new terms from
/// an employer) addresses the reason the user started looking, in plain
/// words; empty while nothing about a counteroffer is entered.
pub fn reason_check(w: &Workspace, o: &Opportunity) -> String {
    let terms = &o.counteroffer;
    let current = o.id == Workspace::CURRENT_ROLE_ID;
    if !terms.is_made() {
        if terms.improves.is_empty() && terms.summary.trim().is_empty() {
            return String::new();
        }
        return "Add the date they made it, and it is checked against why you started looking."
            .to_string();
    }
    let reason = &w.current_role.looking_reason;
    let names = |ids: Vec<&String>| -> String {
        join_words(
            &ids.into_iter()
                .map(|id| w.priorities.spoken_name(id))
                .collect::<Vec<_>>(),
        )
    };
    let untouched = || {
        names(
            reason
                .criteria
                .iter()
                .filter(|c| !terms.improves.contains(c))
                .collect(),
        )
    };
    let mut said = match terms.addresses(reason) {
        Addresses::NoReasonRecorded if current => {
            "Not checked yet: write down why you started looking, above, with the priorities it is about.".to_string()
        }
        Addresses::NoReasonRecorded => {
            "Not checked yet: write down why you started looking, with the priorities it is about, on your current role.".to_string()
        }
        Addresses::Fully => format!(
            "It addresses why you started looking: it improves {}.",
            names(reason.criteria.iter().collect())
        ),
        Addresses::Partly => format!(
            "It addresses only part of why you started looking: it leaves {} untouched.",
            untouched()
        ),
        Addresses::No => format!(
            "It does not address why you started looking: it leaves {} untouched.",
            untouched()
        ),
    };
    if !current && o.stage != Stage::Counteroffer {
        said.push_str(" The advice weighs these terms once the stage is Counteroffer.");
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::model::{Contingency, CounterofferTerms, LookingReason};

    fn day(d: u32) -> Option<Date> {
        Date::from_ymd(2026, 11, d)
    }

    #[test]
    fn the_offer_parts_show_from_the_offer_on_and_whenever_they_hold_data() {
        use Stage::*;
        let at = |stage| Opportunity {
            stage,
            ..Opportunity::new("o")
        };
        // (stage, accepting and conditions, new terms)
        let cases = [
            (Exploring, false, false),
            (Interviewing, false, false),
            (VerbalOffer, true, false),
            (WrittenOffer, true, false),
            (Counteroffer, true, true),
            (Accepted, true, false),
            (Declined, false, true),
            (Withdrawn, false, false),
            (ClosedByEmployer, false, false),
            (OfferWithdrawn, true, false),
            (BackedOut, true, false),
        ];
        for (stage, offer, counter) in cases {
            let o = at(stage);
            assert_eq!(shows_accepting(&o), offer, "{stage:?}: accepting");
            assert_eq!(shows_conditions(&o), offer, "{stage:?}: conditions");
            assert_eq!(shows_counteroffer(&o), counter, "{stage:?}: new terms");
        }
        // A declined offer that had arrived keeps its offer parts.
        let mut declined = at(Declined);
        declined.dates.offer = day(2);
        assert!(shows_accepting(&declined) && shows_conditions(&declined));

        // Anything entered keeps its part on screen at any stage.
        type Entry = fn(&mut Opportunity);
        type Shown = fn(&Opportunity) -> bool;
        let entries: [(Entry, Shown); 7] = [
            (|o| o.dates.accepted = day(3), shows_accepting),
            (|o| o.dates.signed = day(3), shows_accepting),
            (|o| o.contract_signed = true, shows_accepting),
            (
                |o| o.contingencies.push(Contingency::default()),
                shows_conditions,
            ),
            (|o| o.counteroffer.received = day(3), shows_counteroffer),
            (
                |o| o.counteroffer.improves.push("base_pay".into()),
                shows_counteroffer,
            ),
            (
                |o| o.counteroffer.summary = "More pay".into(),
                shows_counteroffer,
            ),
        ];
        for (i, (enter, shown)) in entries.into_iter().enumerate() {
            let mut o = at(Interviewing);
            assert!(!shown(&o), "entry {i}: hidden while empty");
            enter(&mut o);
            assert!(shown(&o), "entry {i}: shown once it holds data");
        }
    }

    #[test]
    fn the_reason_check_says_in_words_how_far_the_terms_go() {
        let mut w = Workspace::default();
        w.current_role.looking_reason = LookingReason {
            criteria: vec!["trajectory".into(), "total_rewards".into()],
            text: "Private words".into(),
        };
        let terms = |received, improves: &[&str], summary: &str| CounterofferTerms {
            received,
            improves: improves.iter().map(|s| s.to_string()).collect(),
            summary: summary.into(),
        };
        let mut offer = Opportunity::new("acme");
        offer.stage = Stage::Counteroffer;
        let cases = [
            (terms(None, &[], " "), ""),
            (
                terms(None, &["base_pay"], ""),
                "Add the date they made it, and it is checked against why you started looking.",
            ),
            (
                terms(day(20), &["base_pay"], ""),
                "It does not address why you started looking: it leaves career trajectory and total rewards untouched.",
            ),
            (
                terms(day(20), &["total_rewards", "base_pay"], ""),
                "It addresses only part of why you started looking: it leaves career trajectory untouched.",
            ),
            (
                terms(day(20), &["total_rewards", "trajectory"], ""),
                "It addresses why you started looking: it improves career trajectory and total rewards.",
            ),
        ];
        for (counter, said) in cases {
            offer.counteroffer = counter.clone();
            assert_eq!(reason_check(&w, &offer), said, "{counter:?}");
            w.current_role.counteroffer = counter.clone();
            let current = w.current_role.clone();
            assert_eq!(
                reason_check(&w, &current),
                said,
                "current role, {counter:?}"
            );
        }
        // Never the user's own words.
        assert!(!reason_check(&w, &offer).contains("Private"));

        // New terms on an offer not yet at the Counteroffer stage: the
        // advice waits for it, and says so.
        offer.stage = Stage::Declined;
        assert!(reason_check(&w, &offer)
            .ends_with(" The advice weighs these terms once the stage is Counteroffer."));

        // Without a reason recorded, where to record it.
        w.current_role.looking_reason.criteria.clear();
        offer.stage = Stage::Counteroffer;
        assert_eq!(
            reason_check(&w, &offer),
            "Not checked yet: write down why you started looking, with the priorities it is about, on your current role."
        );
        let current = w.current_role.clone();
        assert_eq!(
            reason_check(&w, &current),
            "Not checked yet: write down why you started looking, above, with the priorities it is about."
        );
    }
}
