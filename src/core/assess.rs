//! The one call the UI makes: everything the engine knows about the
//! workspace, recomputed from scratch (fast enough to run on every keystroke).

use crate::core::date::Date;
use crate::core::model::Workspace;
use crate::core::recommend::{recommend_with, Recommendation, Weights};
use crate::core::scoring::{
    rank, scorecard_from_scores, scorecard_with_weights, scores_in_order, Scorecard,
};
use crate::core::value::{yearly_value, YearlyValue};
use serde::{Deserialize, Serialize};

/// The engine's view of one opportunity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OpportunityAssessment {
    /// Which opportunity.
    pub opportunity_id: String,
    /// Matrix total, axes, mobility and what to find out.
    pub scorecard: Scorecard,
    /// Total value per year in the home currency.
    pub value: YearlyValue,
    /// What to do, why, and when.
    pub recommendation: Recommendation,
}

/// One column in the side-by-side comparison.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ComparedOption {
    /// The opportunity id ([`Workspace::CURRENT_ROLE_ID`] for the current role).
    pub opportunity_id: String,
    /// "Role at Employer".
    pub title: String,
    /// Whether this is the current role.
    pub is_current_role: bool,
    /// Matrix total, 0–100.
    pub total: f64,
    /// How much of the matrix is known, 0–1.
    pub confidence: f64,
    /// Comparable yearly value in the home currency.
    pub yearly_value: f64,
}

/// Everything, for every opportunity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Per opportunity, in the workspace's order.
    pub opportunities: Vec<OpportunityAssessment>,
    /// The current role's scorecard.
    pub current_role: Scorecard,
    /// The current role's yearly value.
    pub current_role_value: YearlyValue,
    /// All open opportunities and the current role, best total first.
    pub ranking: Vec<ComparedOption>,
}

impl Assessment {
    /// The assessment of one opportunity.
    pub fn for_opportunity(&self, id: &str) -> Option<&OpportunityAssessment> {
        self.opportunities.iter().find(|a| a.opportunity_id == id)
    }
}

/// Scores, values and recommends for every opportunity, and ranks them
/// against the current role. `today` comes from the caller (the browser's
/// clock), which keeps this pure and deterministic.
pub fn assess(workspace: &Workspace, today: Date) -> Assessment {
    let priorities = &workspace.priorities;
    // The weights are the same for every column and every recommendation, and
    // each opportunity's scores are looked up once for its scorecard and its
    // recommendation.
    let weights = Weights::of(priorities);
    let scores: Vec<Vec<Option<u8>>> = workspace
        .opportunities
        .iter()
        .map(|o| scores_in_order(o, priorities))
        .collect();
    let cards: Vec<Scorecard> = workspace
        .opportunities
        .iter()
        .zip(&scores)
        .map(|(o, row)| scorecard_from_scores(o, priorities, &weights.raw, row))
        .collect();
    let current_role = scorecard_with_weights(&workspace.current_role, priorities, &weights.raw);
    let current_role_value =
        yearly_value(&workspace.current_role.compensation, &workspace.settings);
    // Recommendations read every scorecard, so they are all made first and
    // the scorecards are then moved (not cloned) into the results.
    let recommendations: Vec<Recommendation> = scores
        .iter()
        .enumerate()
        .map(|(i, row)| recommend_with(&weights, workspace, i, row, &cards, &current_role, today))
        .collect();
    let opportunities: Vec<OpportunityAssessment> = workspace
        .opportunities
        .iter()
        .zip(cards)
        .zip(recommendations)
        .map(|((o, scorecard), recommendation)| OpportunityAssessment {
            opportunity_id: o.id.clone(),
            scorecard,
            value: yearly_value(&o.compensation, &workspace.settings),
            recommendation,
        })
        .collect();

    // The comparison: open opportunities plus the current role.
    let mut columns: Vec<(&Scorecard, ComparedOption)> = vec![(
        &current_role,
        ComparedOption {
            opportunity_id: Workspace::CURRENT_ROLE_ID.to_string(),
            title: match workspace.current_role.title().as_str() {
                "this opportunity" => "Your current role".to_string(),
                t => t.to_string(),
            },
            is_current_role: true,
            total: current_role.total,
            confidence: current_role.confidence,
            yearly_value: current_role_value.comparable(),
        },
    )];
    for (o, a) in workspace.opportunities.iter().zip(&opportunities) {
        if o.stage.is_active() || o.stage == crate::core::model::Stage::Accepted {
            columns.push((
                &a.scorecard,
                ComparedOption {
                    opportunity_id: o.id.clone(),
                    title: o.title(),
                    is_current_role: false,
                    total: a.scorecard.total,
                    confidence: a.scorecard.confidence,
                    yearly_value: a.value.comparable(),
                },
            ));
        }
    }
    let (cards, options): (Vec<&Scorecard>, Vec<ComparedOption>) = columns.into_iter().unzip();
    // Each option is moved (not cloned) to its place in the ranking.
    let mut options: Vec<Option<ComparedOption>> = options.into_iter().map(Some).collect();
    let ranking = rank(&cards)
        .into_iter()
        .filter_map(|i| options[i].take())
        .collect();
    Assessment {
        opportunities,
        current_role,
        current_role_value,
        ranking,
    }
}
