//! The start screen's board: every opportunity grouped by stage, the open
//! processes first, each with its next dated step and the deadline that
//! matters at its stage. The dates come from the plan ([`plan_entries`])
//! and the decision window ([`decision_dates`]); nothing is worked out
//! twice.

use crate::core::assess::Assessment;
use crate::core::date::Date;
use crate::core::model::{Stage, Workspace};
use crate::core::plan::plan_entries;
use crate::core::timing::decision_dates;

/// Which deadline a card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// The employer's own deadline for an answer to the offer.
    AnswerDue,
    /// No deadline given: the first working day once the 48–72 hours after
    /// the offer have run out.
    DecideBy,
    /// Before an offer: the day the employer said they would decide.
    TheyDecide,
}

impl DeadlineKind {
    /// The words before how soon it is ("Answer due" in 3 days).
    pub fn label(self) -> &'static str {
        match self {
            DeadlineKind::AnswerDue => "Answer due",
            DeadlineKind::DecideBy => "Decide",
            DeadlineKind::TheyDecide => "They decide",
        }
    }
}

/// One card of the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The opportunity.
    pub id: String,
    /// "Role at Employer".
    pub title: String,
    /// Its stage.
    pub stage: Stage,
    /// The first follow-up step on or after today not marked done: its date
    /// and what it is for.
    pub next: Option<(Date, String)>,
    /// The deadline that matters at this stage, if one is known.
    pub deadline: Option<(DeadlineKind, Date)>,
}

/// The opportunities at one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The stage.
    pub stage: Stage,
    /// Its cards' opportunity ids, in the workspace's order.
    pub ids: Vec<String>,
}

/// The board: every card, and the cards grouped by stage.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Board {
    /// Every opportunity's card, in the workspace's order.
    pub cards: Vec<Card>,
    /// The cards grouped by stage (see [`groups`]).
    pub groups: Vec<Group>,
}

impl Board {
    /// The card of one opportunity.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }
}

/// The board for the workspace as it is today.
pub fn board(w: &Workspace, a: &Assessment, today: Date) -> Board {
    let cards = cards(w, a, today);
    let groups = groups(&cards);
    Board { cards, groups }
}

/// Every opportunity's card, in the workspace's order.
pub fn cards(w: &Workspace, a: &Assessment, today: Date) -> Vec<Card> {
    let entries = plan_entries(w, a, today);
    w.opportunities
        .iter()
        .map(|o| {
            let next = entries
                .iter()
                .find(|e| e.opportunity_id == o.id && !e.done && e.step.date >= today)
                .map(|e| (e.step.date, e.step.purpose.clone()));
            let deadline = match decision_dates(o, &w.settings, today) {
                Some(d) if d.due_is_deadline => Some((DeadlineKind::AnswerDue, d.due)),
                Some(d) => Some((DeadlineKind::DecideBy, d.due)),
                None if o.stage.is_active() => o
                    .dates
                    .employer_decision
                    .map(|d| (DeadlineKind::TheyDecide, d)),
                None => None,
            };
            Card {
                id: o.id.clone(),
                title: o.title(),
                stage: o.stage,
                next,
                deadline,
            }
        })
        .collect()
}

/// The cards grouped by stage, in the order a process moves: the open
/// stages first, then the settled ones; stages with no opportunity are left
/// out.
pub fn groups(cards: &[Card]) -> Vec<Group> {
    let open = Stage::ALL.into_iter().filter(|s| s.is_active());
    let settled = Stage::ALL.into_iter().filter(|s| s.is_settled());
    open.chain(settled)
        .map(|stage| Group {
            stage,
            ids: cards
                .iter()
                .filter(|c| c.stage == stage)
                .map(|c| c.id.clone())
                .collect(),
        })
        .filter(|g| !g.ids.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assess::assess;
    use crate::core::model::Opportunity;

    fn day(n: u32) -> Date {
        Date::from_ymd(2026, 3, n).unwrap()
    }

    fn workspace() -> Workspace {
        let mut w = Workspace::default();
        let opportunity = |id: &str, stage: Stage| Opportunity {
            stage,
            employer: id.to_uppercase(),
            ..Opportunity::new(id)
        };
        let mut offer = opportunity("offer", Stage::WrittenOffer);
        offer.dates.offer = Some(day(2));
        offer.dates.offer_deadline = Some(day(9));
        let mut window = opportunity("window", Stage::VerbalOffer);
        window.dates.offer = Some(day(5));
        let mut interview = opportunity("interview", Stage::Interviewing);
        interview.add_round(Some(day(3)));
        interview.dates.employer_decision = Some(day(10));
        w.opportunities = vec![
            opportunity("declined", Stage::Declined),
            interview,
            offer,
            window,
            opportunity("accepted", Stage::Accepted),
            opportunity("exploring", Stage::Exploring),
        ];
        w
    }

    #[test]
    fn open_stages_come_first_in_process_order_then_the_settled_ones() {
        let w = workspace();
        let today = day(5);
        let cards = cards(&w, &assess(&w, today), today);
        let order: Vec<(Stage, Vec<String>)> = groups(&cards)
            .into_iter()
            .map(|g| (g.stage, g.ids))
            .collect();
        let ids = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            order,
            [
                (Stage::Exploring, ids(&["exploring"])),
                (Stage::Interviewing, ids(&["interview"])),
                (Stage::VerbalOffer, ids(&["window"])),
                (Stage::WrittenOffer, ids(&["offer"])),
                (Stage::Accepted, ids(&["accepted"])),
                (Stage::Declined, ids(&["declined"])),
            ]
        );
    }

    #[test]
    fn each_card_shows_the_deadline_of_its_stage_and_the_next_step_not_done() {
        let mut w = workspace();
        let today = day(5);
        let card = |w: &Workspace, id: &str| {
            cards(w, &assess(w, today), today)
                .into_iter()
                .find(|c| c.id == id)
                .unwrap()
        };
        assert_eq!(
            card(&w, "offer").deadline,
            Some((DeadlineKind::AnswerDue, day(9)))
        );
        let window = card(&w, "window").deadline.unwrap();
        assert_eq!(window.0, DeadlineKind::DecideBy);
        assert!(window.1 > today);
        assert_eq!(
            card(&w, "interview").deadline,
            Some((DeadlineKind::TheyDecide, day(10)))
        );
        assert_eq!(card(&w, "accepted").deadline, None);

        // The next step is the plan's first one from today; marked done, the
        // one after it takes its place.
        let plan = plan_entries(&w, &assess(&w, today), today);
        let upcoming: Vec<_> = plan
            .iter()
            .filter(|e| e.opportunity_id == "interview" && e.step.date >= today)
            .collect();
        assert!(upcoming.len() >= 2, "the interview has a plan to follow");
        let next = card(&w, "interview").next.unwrap();
        assert_eq!(
            next,
            (upcoming[0].step.date, upcoming[0].step.purpose.clone())
        );
        w.set_follow_up_done(&upcoming[0].step.id, true);
        assert_eq!(card(&w, "interview").next.unwrap().0, upcoming[1].step.date);
    }
}
