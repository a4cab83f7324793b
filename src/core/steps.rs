//! The steps of an opportunity's workspace, in the order a person works
//! through them. Their slugs are part of the app's addresses
//! (`#/opportunity/{id}/{slug}`), so they never change once published.

use crate::core::guide::Topic;

/// One step of the opportunity workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Employer, role, stage, dates, money.
    Details,
    /// What excited and worried you, concerns, facts versus perceptions.
    Reactions,
    /// The ordered criteria, non-negotiables and the two lines.
    Priorities,
    /// Dates from the engine, and what depends on what.
    Timeline,
    /// The decision matrix.
    Matrix,
    /// Visa, relocation and family.
    Mobility,
    /// Goals, the opportunity-cost ledger, reversibility and the decision.
    Decide,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 7] = [
        Step::Details,
        Step::Reactions,
        Step::Priorities,
        Step::Timeline,
        Step::Matrix,
        Step::Mobility,
        Step::Decide,
    ];

    /// The address segment.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Details => "details",
            Step::Reactions => "reactions",
            Step::Priorities => "priorities",
            Step::Timeline => "timeline",
            Step::Matrix => "matrix",
            Step::Mobility => "mobility",
            Step::Decide => "decide",
        }
    }

    /// The step for an address segment; an empty one is the first step.
    pub fn from_slug(slug: &str) -> Option<Step> {
        if slug.is_empty() {
            return Some(Step::Details);
        }
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The name shown in the stepper and as the step's heading.
    pub fn label(self) -> &'static str {
        match self {
            Step::Details => "Details",
            Step::Reactions => "Reactions",
            Step::Priorities => "Priorities",
            Step::Timeline => "Timeline",
            Step::Matrix => "Matrix",
            Step::Mobility => "Mobility",
            Step::Decide => "Decide",
        }
    }

    /// The guide section that explains why this step matters; the details
    /// step is plain record keeping and has none.
    pub fn topic(self) -> Option<Topic> {
        match self {
            Step::Details => None,
            Step::Reactions => Some(Topic::Reactions),
            Step::Priorities => Some(Topic::Priorities),
            Step::Timeline => Some(Topic::DecisionWindow),
            Step::Matrix => Some(Topic::Matrix),
            Step::Mobility => Some(Topic::MobilityQuestions),
            Step::Decide => Some(Topic::OpportunityCost),
        }
    }

    /// Position in the stepper, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    /// The steps that make sense for the current role: its details and its
    /// column of the matrix (there is no decision to make about it).
    pub fn for_current_role() -> [Step; 2] {
        [Step::Details, Step::Matrix]
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_step_with_a_topic_links_to_a_guide_section_that_exists() {
        use crate::core::guide::section_for;
        let linked: Vec<&str> = Step::ALL
            .into_iter()
            .filter_map(|step| step.topic())
            .map(|topic| section_for(topic).expect("a section for every topic").slug)
            .collect();
        assert_eq!(
            linked.len(),
            Step::ALL.len() - 1,
            "every step but the details"
        );
        let mut unique = linked.clone();
        crate::core::sort::sort(&mut unique);
        unique.dedup();
        assert_eq!(
            unique.len(),
            linked.len(),
            "no two steps point at the same section"
        );
    }

    use super::*;

    #[test]
    fn slugs_round_trip_and_keep_the_dashboard_links() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        // The dashboard's quick starts link to these two.
        assert_eq!(Step::from_slug("details"), Some(Step::Details));
        assert_eq!(Step::from_slug("reactions"), Some(Step::Reactions));
        assert_eq!(Step::from_slug(""), Some(Step::Details));
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn next_and_previous_walk_the_order() {
        assert_eq!(Step::Details.previous(), None);
        assert_eq!(Step::Details.next(), Some(Step::Reactions));
        assert_eq!(Step::Decide.next(), None);
        assert_eq!(Step::Decide.previous(), Some(Step::Mobility));
    }
}
