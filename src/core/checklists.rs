//! The checklists from the articles, in our own words: what to have in hand
//! before accepting, before deciding, before replying, when sending a no,
//! after either answer, and on the paths that leave the usual order: taking
//! back a yes, an offer withdrawn, and a counteroffer from the current
//! employer.
//!
//! Item ids are stored in [`Workspace::checklist`] per opportunity, so they are
//! stable: an id, once published, keeps its meaning. Ids are unique across
//! all checklists, so one flat set per opportunity holds every tick.

use crate::core::guide::Topic;
use crate::core::model::{Opportunity, Stage, Workspace};

/// One of the nine checklists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChecklistKind {
    /// Before saying yes to an offer.
    OfferAcceptance,
    /// Before deciding to go on or step back.
    Decision,
    /// The steps before answering an offer either way.
    BeforeReplying,
    /// Sending a decline or a withdrawal.
    SendingDecline,
    /// Once you have accepted.
    AfterAccepting,
    /// Once you have declined or withdrawn.
    AfterDeclining,
    /// Taking back an acceptance, before or after signing.
    BackingOut,
    /// After an employer takes back its offer.
    OfferWithdrawn,
    /// Weighing a counteroffer from the current employer.
    CurrentCounteroffer,
}

/// One thing to do or check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Stable id, stored when ticked.
    pub id: &'static str,
    /// What to do, in a short sentence.
    pub text: &'static str,
    /// The guide topic that explains why, if any.
    pub why: Option<Topic>,
}

/// A checklist: a title, what it is for, and its items in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checklist {
    /// Which checklist.
    pub kind: ChecklistKind,
    /// Stable slug, for element ids and addresses.
    pub slug: &'static str,
    /// The heading.
    pub title: &'static str,
    /// When to use it, in a sentence.
    pub purpose: &'static str,
    /// The items, in the order to do them.
    pub items: &'static [ChecklistItem],
}

const fn item(id: &'static str, text: &'static str, why: Option<Topic>) -> ChecklistItem {
    ChecklistItem { id, text, why }
}

const OFFER_ACCEPTANCE: Checklist = Checklist {
    kind: ChecklistKind::OfferAcceptance,
    slug: "offer-acceptance",
    title: "Before you accept",
    purpose: "A quick test that the offer is complete and right for you before you say yes.",
    items: &[
        item(
            "offer.written_terms",
            "You have the offer in writing, with every term spelled out.",
            Some(Topic::NotObliged),
        ),
        item(
            "offer.pay_meets_priorities",
            "The pay and benefits clear the bar you set for them.",
            Some(Topic::Priorities),
        ),
        item(
            "offer.mobility_in_writing",
            "Any visa or relocation support is written down (skip if you are not moving).",
            Some(Topic::MobilityQuestions),
        ),
        item(
            "offer.role_and_path_clear",
            "The role and where it can lead are clearly described.",
            Some(Topic::Matrix),
        ),
        item(
            "offer.contract_reviewed",
            "You have read the contract's clauses on non-competes and confidentiality.",
            None,
        ),
        item(
            "offer.personal_fit",
            "You have thought through what it means for your family and your life outside work.",
            Some(Topic::OpportunityCost),
        ),
    ],
};

const DECISION: Checklist = Checklist {
    kind: ChecklistKind::Decision,
    slug: "decision",
    title: "Before you decide",
    purpose: "Check these before you tell them you are going on or stepping back.",
    items: &[
        item("decision.facts_checked", "You have checked the contract type, the pay and what a move would involve.", Some(Topic::FactsAndPerceptions)),
        item("decision.goals", "You know whether the job moves you towards your goals for the next one to three years.", Some(Topic::OpportunityCost)),
        item("decision.concerns_sorted", "Each concern is marked as a fact or a perception, and as negotiable or not.", Some(Topic::FactsAndPerceptions)),
        item("decision.own_deadline", "You have set yourself a date to decide by.", Some(Topic::DecisionWindow)),
        item("decision.message_ready", "A short message telling the hiring team is drafted.", Some(Topic::Decline)),
    ],
};

const BEFORE_REPLYING: Checklist = Checklist {
    kind: ChecklistKind::BeforeReplying,
    slug: "before-replying",
    title: "Before you reply",
    purpose: "The steps, in order, before you answer an offer either way.",
    items: &[
        item("reply.criteria_confirmed", "Pause and confirm what your decision rests on: the role, the pay, the move, the timing.", Some(Topic::Priorities)),
        item("reply.channel_chosen", "Choose how to tell them: email, a call or a video call.", Some(Topic::Channel)),
        item("reply.draft_four_parts", "Draft a short message in four parts.", Some(Topic::Decline)),
        item("reply.second_opinion", "Ask someone you trust to read it for tone and clarity.", None),
        item("reply.within_window", "Reply within your decision window, and confirm in writing if you spoke.", Some(Topic::DecisionWindow)),
        item("reply.records_kept", "Keep the offer and your answer for your records.", None),
    ],
};

const SENDING_DECLINE: Checklist = Checklist {
    kind: ChecklistKind::SendingDecline,
    slug: "sending-decline",
    title: "Sending your no",
    purpose: "Everything that makes a decline or withdrawal clean and kind.",
    items: &[
        item(
            "decline.channel_chosen",
            "Choose the channel: email, call or video.",
            Some(Topic::Channel),
        ),
        item(
            "decline.four_parts",
            "Write it in four short parts: thanks, decision, brief reason, open door.",
            Some(Topic::Decline),
        ),
        item(
            "decline.rehearsed",
            "If you are calling, say it out loud once beforehand.",
            Some(Topic::Channel),
        ),
        item(
            "decline.sent_in_time",
            "Send it within your decision window.",
            Some(Topic::DecisionWindow),
        ),
        item(
            "decline.confirmed_in_writing",
            "If you told them on a call, confirm it in writing.",
            Some(Topic::Channel),
        ),
        item("decline.saved", "Save the exchange for your records.", None),
        item(
            "decline.follow_up_planned",
            "Put a friendly follow-up in your calendar, if it fits.",
            Some(Topic::KeepInTouch),
        ),
    ],
};

const AFTER_ACCEPTING: Checklist = Checklist {
    kind: ChecklistKind::AfterAccepting,
    slug: "after-accepting",
    title: "After you accept",
    purpose: "Close the loop so the new start goes smoothly.",
    items: &[
        item(
            "accepted.signed_and_dated",
            "Hold the final offer in writing, with the start date confirmed.",
            Some(Topic::NotObliged),
        ),
        item(
            "accepted.onboarding_plan",
            "Ask for the welcome or relocation plan in writing.",
            Some(Topic::MobilityQuestions),
        ),
        item(
            "accepted.notice_given",
            "Give notice to your current employer, with a plan for handing over.",
            None,
        ),
        item(
            "accepted.others_told",
            "Tell any other employers still considering you, kindly and promptly.",
            Some(Topic::Decline),
        ),
    ],
};

const AFTER_DECLINING: Checklist = Checklist {
    kind: ChecklistKind::AfterDeclining,
    slug: "after-declining",
    title: "After you decline",
    purpose: "Leave on good terms and learn from the choice.",
    items: &[
        item(
            "declined.sent_promptly",
            "Your decline went out promptly and politely.",
            Some(Topic::Decline),
        ),
        item(
            "declined.door_open",
            "You offered to stay in touch, and connected with the people you met.",
            Some(Topic::KeepInTouch),
        ),
        item(
            "declined.reasons_noted",
            "You wrote down why you said no, so the next choice is easier.",
            Some(Topic::Reopen),
        ),
    ],
};

const BACKING_OUT: Checklist = Checklist {
    kind: ChecklistKind::BackingOut,
    slug: "backing-out",
    title: "Before you take back a yes",
    purpose: "If you accepted and now have to step back: the order that keeps the damage small.",
    items: &[
        item(
            "backout.reason_real",
            "Your reason is real: a better offer you hold in writing, or a dealbreaker that came up after you accepted.",
            Some(Topic::BackingOut),
        ),
        item(
            "backout.new_offer_final",
            "Any offer you are leaving for is final and in writing (skip if there is none).",
            Some(Topic::BackingOut),
        ),
        item(
            "backout.contract_terms",
            "You have read the contract's notice and rescission terms, and what it says about the start date (skip if you did not sign).",
            Some(Topic::BackingOut),
        ),
        item(
            "backout.advice",
            "Where a signed contract binds you, you have considered a word with an employment adviser.",
            Some(Topic::BackingOut),
        ),
        item(
            "backout.call_first",
            "You call them first, as early as you can.",
            Some(Topic::Channel),
        ),
        item(
            "backout.written_after",
            "You confirm it in writing the same day.",
            Some(Topic::Channel),
        ),
        item(
            "backout.records",
            "The contract, the date of the call and your confirmation are kept together.",
            None,
        ),
    ],
};

const OFFER_WITHDRAWN: Checklist = Checklist {
    kind: ChecklistKind::OfferWithdrawn,
    slug: "offer-withdrawn",
    title: "After an offer is withdrawn",
    purpose: "What to ask, and what to do next, when an employer takes back its offer.",
    items: &[
        item(
            "withdrawn.in_writing",
            "Ask for the withdrawal and its reason in writing.",
            Some(Topic::OfferWithdrawn),
        ),
        item(
            "withdrawn.conditions",
            "Check whether a condition of the offer (a check, references, an approval) played a part.",
            Some(Topic::OfferWithdrawn),
        ),
        item(
            "withdrawn.reopen",
            "Reopen the processes you stepped back from.",
            Some(Topic::OfferWithdrawn),
        ),
        item(
            "withdrawn.carry_on",
            "Carry on with the processes still running, telling them only what they need.",
            Some(Topic::OfferWithdrawn),
        ),
    ],
};

const CURRENT_COUNTEROFFER: Checklist = Checklist {
    kind: ChecklistKind::CurrentCounteroffer,
    slug: "current-counteroffer",
    title: "When your employer counters",
    purpose: "The questions to answer before you weigh a counteroffer from your current employer.",
    items: &[
        item(
            "counter.reason_written",
            "You have written down why you started looking, and which priorities it touches.",
            Some(Topic::LookingReason),
        ),
        item(
            "counter.in_writing",
            "The counteroffer is in writing.",
            Some(Topic::Counteroffers),
        ),
        item(
            "counter.why_now",
            "You know why it comes now, and not before you resigned.",
            Some(Topic::CurrentEmployerCounteroffer),
        ),
        item(
            "counter.what_changes",
            "You know exactly what changes, and from when.",
            Some(Topic::CurrentEmployerCounteroffer),
        ),
        item(
            "counter.trust",
            "You have asked yourself whether trust will survive your having resigned.",
            Some(Topic::CurrentEmployerCounteroffer),
        ),
        item(
            "counter.fixes_reason",
            "It fixes the reason you started looking; if not, your resignation stands.",
            Some(Topic::LookingReason),
        ),
        item(
            "counter.answered_in_time",
            "You answer within 24 to 72 hours.",
            Some(Topic::DecisionWindow),
        ),
    ],
};

/// All nine checklists, in their usual order.
pub const CHECKLISTS: [&Checklist; 9] = [
    &OFFER_ACCEPTANCE,
    &DECISION,
    &BEFORE_REPLYING,
    &SENDING_DECLINE,
    &AFTER_ACCEPTING,
    &AFTER_DECLINING,
    &BACKING_OUT,
    &OFFER_WITHDRAWN,
    &CURRENT_COUNTEROFFER,
];

impl ChecklistKind {
    /// The checklist's content.
    pub fn checklist(self) -> &'static Checklist {
        match self {
            ChecklistKind::OfferAcceptance => &OFFER_ACCEPTANCE,
            ChecklistKind::Decision => &DECISION,
            ChecklistKind::BeforeReplying => &BEFORE_REPLYING,
            ChecklistKind::SendingDecline => &SENDING_DECLINE,
            ChecklistKind::AfterAccepting => &AFTER_ACCEPTING,
            ChecklistKind::AfterDeclining => &AFTER_DECLINING,
            ChecklistKind::BackingOut => &BACKING_OUT,
            ChecklistKind::OfferWithdrawn => &OFFER_WITHDRAWN,
            ChecklistKind::CurrentCounteroffer => &CURRENT_COUNTEROFFER,
        }
    }

    /// Whether this checklist is useful at `stage`.
    pub fn applies_to(self, stage: Stage) -> bool {
        applicable(stage).contains(&self)
    }
}

/// The checklists that apply at `stage`, the most pressing first. The
/// current employer's counteroffer is added by [`for_opportunity`], which
/// knows whether there is one.
fn applicable(stage: Stage) -> &'static [ChecklistKind] {
    use ChecklistKind::*;
    match stage {
        Stage::Exploring | Stage::Interviewing => &[Decision, SendingDecline],
        Stage::VerbalOffer | Stage::WrittenOffer | Stage::Counteroffer => {
            &[OfferAcceptance, BeforeReplying, Decision, SendingDecline]
        }
        Stage::Accepted => &[AfterAccepting, BackingOut],
        Stage::Declined | Stage::Withdrawn => &[AfterDeclining, SendingDecline],
        Stage::ClosedByEmployer => &[AfterDeclining],
        Stage::OfferWithdrawn => &[OfferWithdrawn],
        Stage::BackedOut => &[BackingOut, AfterDeclining],
    }
}

/// Every checklist ordered for `stage`: the ones that apply first, the most
/// pressing at the top, then the rest in their usual order.
pub fn for_stage(stage: Stage) -> Vec<&'static Checklist> {
    ordered(applicable(stage), None)
}

/// Every checklist ordered for `o` in `workspace`: [`for_stage`], with the
/// counteroffer checklist first while the current employer's counteroffer
/// is on the table and `o` is an offer or the job accepted.
pub fn for_opportunity(workspace: &Workspace, o: &Opportunity) -> Vec<&'static Checklist> {
    ordered(
        applicable(o.stage),
        countered(workspace, o).then_some(ChecklistKind::CurrentCounteroffer),
    )
}

/// Whether `kind` is useful for `o` in `workspace`: it applies to the stage,
/// or it is the counteroffer checklist while the current employer's
/// counteroffer is open. The split [`for_opportunity`] orders by.
pub fn applies_for(workspace: &Workspace, o: &Opportunity, kind: ChecklistKind) -> bool {
    kind.applies_to(o.stage)
        || (kind == ChecklistKind::CurrentCounteroffer && countered(workspace, o))
}

/// The current employer made a counteroffer while `o` is an offer or the
/// job accepted.
fn countered(workspace: &Workspace, o: &Opportunity) -> bool {
    workspace.current_role.counteroffer.is_made()
        && (o.stage.has_offer() || o.stage == Stage::Accepted)
}

fn ordered(first: &[ChecklistKind], lead: Option<ChecklistKind>) -> Vec<&'static Checklist> {
    let leading: Vec<ChecklistKind> = lead.into_iter().chain(first.iter().copied()).collect();
    let rest = CHECKLISTS
        .iter()
        .map(|c| c.kind)
        .filter(|k| !leading.contains(k));
    leading
        .iter()
        .copied()
        .chain(rest)
        .map(ChecklistKind::checklist)
        .collect()
}

/// How far through a checklist an opportunity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Items ticked.
    pub done: usize,
    /// Items in the checklist.
    pub total: usize,
}

impl Progress {
    /// "3 of 6 done".
    pub fn label(self) -> String {
        format!("{} of {} done", self.done, self.total)
    }

    /// Every item is ticked.
    pub fn is_complete(self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

/// The progress of `opportunity_id` through `checklist`. Ticks whose ids are
/// no longer in the checklist are ignored, so an edit to the list never
/// reports more done than there is.
pub fn progress(workspace: &Workspace, opportunity_id: &str, checklist: &Checklist) -> Progress {
    Progress {
        done: checklist
            .items
            .iter()
            .filter(|i| workspace.is_checked(opportunity_id, i.id))
            .count(),
        total: checklist.items.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::guide::section_for;
    use std::collections::HashSet;

    #[test]
    fn item_ids_and_slugs_are_unique_across_all_checklists() {
        let mut ids = HashSet::new();
        let mut slugs = HashSet::new();
        for c in CHECKLISTS {
            assert!(slugs.insert(c.slug), "{}", c.slug);
            assert_eq!(c.kind.checklist(), c);
            assert!(!c.items.is_empty());
            for i in c.items {
                assert!(ids.insert(i.id), "duplicate item id {}", i.id);
                assert!(!i.text.contains('!'));
            }
        }
    }

    #[test]
    fn sizes_follow_the_articles() {
        let sizes: Vec<usize> = CHECKLISTS.iter().map(|c| c.items.len()).collect();
        assert_eq!(sizes, [6, 5, 6, 7, 4, 3, 7, 4, 7]);
    }

    #[test]
    fn every_why_link_lands_in_the_guide() {
        for c in CHECKLISTS {
            for i in c.items {
                if let Some(topic) = i.why {
                    assert!(section_for(topic).is_some(), "{}", i.id);
                }
            }
        }
    }

    #[test]
    fn each_stage_lists_all_nine_with_applicable_first() {
        for stage in Stage::ALL {
            let ordered = for_stage(stage);
            assert_eq!(ordered.len(), CHECKLISTS.len(), "{stage:?}");
            let kinds: HashSet<_> = ordered.iter().map(|c| c.kind).collect();
            assert_eq!(kinds.len(), CHECKLISTS.len());
            let applies: Vec<bool> = ordered.iter().map(|c| c.kind.applies_to(stage)).collect();
            assert!(applies[0], "{stage:?}: the first one applies");
            let first_not = applies.iter().position(|a| !a).unwrap_or(CHECKLISTS.len());
            assert!(
                applies[first_not..].iter().all(|a| !a),
                "{stage:?}: applicable ones come first"
            );
        }
    }

    #[test]
    fn the_relevant_checklist_leads_for_each_stage() {
        use ChecklistKind::*;
        let table = [
            (Stage::Interviewing, Decision),
            (Stage::WrittenOffer, OfferAcceptance),
            (Stage::Counteroffer, OfferAcceptance),
            (Stage::Accepted, AfterAccepting),
            (Stage::Declined, AfterDeclining),
            (Stage::Withdrawn, AfterDeclining),
            (Stage::OfferWithdrawn, OfferWithdrawn),
            (Stage::BackedOut, BackingOut),
        ];
        for (stage, kind) in table {
            assert_eq!(for_stage(stage)[0].kind, kind, "{stage:?}");
        }
    }

    #[test]
    fn a_counteroffer_from_the_current_employer_leads_while_it_is_open() {
        use crate::core::date::Date;
        let mut w = Workspace::default();
        let offer = Opportunity {
            stage: Stage::WrittenOffer,
            ..Opportunity::new("a")
        };
        let interviewing = Opportunity {
            stage: Stage::Interviewing,
            ..Opportunity::new("b")
        };
        assert_eq!(for_opportunity(&w, &offer), for_stage(offer.stage));
        w.current_role.counteroffer.received = Date::from_ymd(2026, 11, 20);
        assert_eq!(
            for_opportunity(&w, &offer)[0].kind,
            ChecklistKind::CurrentCounteroffer
        );
        assert_eq!(for_opportunity(&w, &offer).len(), CHECKLISTS.len());
        let applying: Vec<bool> = for_opportunity(&w, &offer)
            .iter()
            .map(|c| applies_for(&w, &offer, c.kind))
            .collect();
        assert_eq!(
            applying,
            [true, true, true, true, true, false, false, false, false]
        );
        assert_eq!(
            for_opportunity(&w, &interviewing),
            for_stage(interviewing.stage)
        );
    }

    #[test]
    fn progress_counts_only_this_opportunity_and_this_list() {
        let mut w = Workspace::default();
        let c = ChecklistKind::OfferAcceptance.checklist();
        assert_eq!(progress(&w, "a", c).label(), "0 of 6 done");
        w.set_checked("a", c.items[0].id, true);
        w.set_checked("a", c.items[2].id, true);
        w.set_checked("a", c.items[4].id, true);
        w.set_checked("b", c.items[1].id, true);
        w.set_checked("a", "an.item.that.was.removed", true);
        w.set_checked("a", DECISION.items[0].id, true);
        let p = progress(&w, "a", c);
        assert_eq!(p.label(), "3 of 6 done");
        assert!(!p.is_complete());
        for i in c.items {
            w.set_checked("a", i.id, true);
        }
        assert!(progress(&w, "a", c).is_complete());
        w.set_checked("a", c.items[0].id, false);
        assert_eq!(progress(&w, "a", c).done, 5);
    }
}
