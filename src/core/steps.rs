//! The steps of an opportunity's workspace, in the order a person works
//! through them. Their slugs are part of the app's addresses
//! (`#/opportunity/{id}/{slug}`), so they never change once published.

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
