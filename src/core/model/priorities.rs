//! What matters to the user, in order: the rows of the decision matrix.

use serde::{Deserialize, Serialize};

/// The three ways an offer can fit, used for subtotals.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// The work itself, the people and where it leads.
    #[default]
    RoleAlignment,
    /// Pay, rewards and security.
    Compensation,
    /// Family, place, time and the move.
    LifeContext,
}

impl Axis {
    /// All three axes, in display order.
    pub const ALL: [Axis; 3] = [Axis::RoleAlignment, Axis::Compensation, Axis::LifeContext];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Axis::RoleAlignment => "Role alignment",
            Axis::Compensation => "Compensation and benefits",
            Axis::LifeContext => "Life-context fit",
        }
    }
}

/// The ids of the default criteria, so rules can refer to them by name.
pub mod criterion {
    /// Responsibilities and role fit.
    pub const RESPONSIBILITIES: &str = "responsibilities";
    /// Career trajectory.
    pub const TRAJECTORY: &str = "trajectory";
    /// Base pay.
    pub const BASE_PAY: &str = "base_pay";
    /// Total rewards: bonus, equity, benefits.
    pub const TOTAL_REWARDS: &str = "total_rewards";
    /// Manager and team.
    pub const MANAGER_TEAM: &str = "manager_team";
    /// Culture and values.
    pub const CULTURE: &str = "culture";
    /// Flexibility: hours, remote days.
    pub const FLEXIBILITY: &str = "flexibility";
    /// Location and commute.
    pub const LOCATION: &str = "location";
    /// Learning.
    pub const LEARNING: &str = "learning";
    /// Employment model and security.
    pub const EMPLOYMENT: &str = "employment";
    /// Mobility support: visa, relocation, family.
    pub const MOBILITY: &str = "mobility_support";
    /// Work–life balance.
    pub const WORK_LIFE: &str = "work_life";
}

/// One criterion: a row of the matrix.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Priority {
    /// Stable id, made by the caller (defaults use the [`criterion`] ids).
    pub id: String,
    /// The name the user sees and can change.
    pub name: String,
    /// Which subtotal it counts towards.
    pub axis: Axis,
    /// A weight set by hand; `None` means it follows the order.
    pub weight: Option<f64>,
    /// Whether an employer can usually change this (pay, remote days,
    /// relocation help can be negotiated; the role's nature or culture rarely can).
    pub negotiable: bool,
}

/// The ordered list of criteria, most important first.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Priorities {
    /// The criteria, most important first.
    pub criteria: Vec<Priority>,
}

impl Default for Priorities {
    /// The twelve criteria the articles name, in a sensible starting order.
    fn default() -> Self {
        use criterion::*;
        let rows = [
            (
                RESPONSIBILITIES,
                "Responsibilities and role fit",
                Axis::RoleAlignment,
                false,
            ),
            (TRAJECTORY, "Career trajectory", Axis::RoleAlignment, false),
            (BASE_PAY, "Base pay", Axis::Compensation, true),
            (TOTAL_REWARDS, "Total rewards", Axis::Compensation, true),
            (MANAGER_TEAM, "Manager and team", Axis::RoleAlignment, false),
            (CULTURE, "Culture and values", Axis::RoleAlignment, false),
            (FLEXIBILITY, "Flexibility", Axis::LifeContext, true),
            (LOCATION, "Location and commute", Axis::LifeContext, true),
            (LEARNING, "Learning", Axis::RoleAlignment, false),
            (
                EMPLOYMENT,
                "Employment model and security",
                Axis::Compensation,
                true,
            ),
            (MOBILITY, "Mobility support", Axis::LifeContext, true),
            (WORK_LIFE, "Work–life balance", Axis::LifeContext, false),
        ];
        Priorities {
            criteria: rows
                .into_iter()
                .map(|(id, name, axis, negotiable)| Priority {
                    id: id.to_string(),
                    name: name.to_string(),
                    axis,
                    weight: None,
                    negotiable,
                })
                .collect(),
        }
    }
}

impl Priorities {
    /// The criterion with this id.
    pub fn get(&self, id: &str) -> Option<&Priority> {
        self.criteria.iter().find(|p| p.id == id)
    }

    /// A criterion's name as it reads inside a sentence ("career
    /// trajectory"); an id no criterion has (removed since) reads as itself.
    pub fn spoken_name(&self, id: &str) -> String {
        match self.get(id).map(|p| p.name.trim()) {
            Some(name) if !name.is_empty() => name.to_lowercase(),
            _ => id.replace('_', " "),
        }
    }

    /// The position of the criterion with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|p| p.id == id)
    }

    /// Adds a criterion at the end (least important). Does nothing if the id is taken.
    pub fn add(&mut self, id: impl Into<String>, name: impl Into<String>, axis: Axis) {
        let id = id.into();
        if self.get(&id).is_none() {
            self.criteria.push(Priority {
                id,
                name: name.into(),
                axis,
                weight: None,
                negotiable: true,
            });
        }
    }

    /// Removes a criterion and returns it, so the UI can offer an undo.
    pub fn remove(&mut self, id: &str) -> Option<Priority> {
        let index = self.position(id)?;
        Some(self.criteria.remove(index))
    }

    /// Renames a criterion; returns whether it existed.
    pub fn rename(&mut self, id: &str, name: impl Into<String>) -> bool {
        match self.criteria.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                p.name = name.into();
                true
            }
            None => false,
        }
    }

    /// Moves a criterion to `index` (clamped to the list); returns whether it existed.
    pub fn move_to(&mut self, id: &str, index: usize) -> bool {
        let Some(from) = self.position(id) else {
            return false;
        };
        let item = self.criteria.remove(from);
        let to = index.min(self.criteria.len());
        self.criteria.insert(to, item);
        true
    }

    /// Moves a criterion one place up (more important).
    pub fn move_up(&mut self, id: &str) -> bool {
        match self.position(id) {
            Some(i) => self.move_to(id, i.saturating_sub(1)),
            None => false,
        }
    }

    /// Moves a criterion one place down (less important).
    pub fn move_down(&mut self, id: &str) -> bool {
        match self.position(id) {
            Some(i) => self.move_to(id, i + 1),
            None => false,
        }
    }

    /// Sets a weight by hand, or with `None` lets it follow the order again.
    pub fn set_weight(&mut self, id: &str, weight: Option<f64>) -> bool {
        match self.criteria.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                p.weight = weight;
                true
            }
            None => false,
        }
    }

    /// Each criterion's id and name, in list order: what a drop-down of
    /// criteria offers.
    pub fn choices(&self) -> Vec<(String, String)> {
        self.criteria
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    }

    /// The weight of each criterion, in list order, before normalising.
    ///
    /// A criterion without a hand-set weight gets one from its place: with
    /// *n* criteria the first weighs *n*, the last 1, so order alone expresses
    /// importance. Hand-set weights that are negative or not finite count as 0.
    pub fn effective_weights(&self) -> Vec<f64> {
        let n = self.criteria.len();
        self.criteria
            .iter()
            .enumerate()
            .map(|(i, p)| match p.weight {
                Some(w) if w.is_finite() && w > 0.0 => w,
                Some(_) => 0.0,
                None => (n - i) as f64,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_follow_the_order_and_the_names() {
        let mut p = Priorities::default();
        assert!(p.move_to(criterion::BASE_PAY, 0));
        assert!(p.rename(criterion::BASE_PAY, "Salary"));
        let choices = p.choices();
        assert_eq!(choices.len(), p.criteria.len());
        assert_eq!(
            choices[0],
            (criterion::BASE_PAY.to_string(), "Salary".to_string())
        );
        for ((id, name), c) in choices.iter().zip(&p.criteria) {
            assert_eq!((id, name), (&c.id, &c.name));
        }
    }

    #[test]
    fn twelve_defaults_weighted_by_order() {
        let p = Priorities::default();
        assert_eq!(p.criteria.len(), 12);
        let w = p.effective_weights();
        assert_eq!(w[0], 12.0);
        assert_eq!(w[11], 1.0);
    }

    #[test]
    fn reorder_rename_remove() {
        let mut p = Priorities::default();
        assert!(p.move_to(criterion::BASE_PAY, 0));
        assert_eq!(p.criteria[0].id, criterion::BASE_PAY);
        assert!(p.move_down(criterion::BASE_PAY));
        assert_eq!(p.criteria[1].id, criterion::BASE_PAY);
        assert!(p.move_up(criterion::BASE_PAY));
        assert_eq!(p.criteria[0].id, criterion::BASE_PAY);
        assert!(p.rename(criterion::BASE_PAY, "Salary"));
        assert_eq!(p.get(criterion::BASE_PAY).unwrap().name, "Salary");
        p.add("commute_time", "Commute time", Axis::LifeContext);
        p.add("commute_time", "Duplicate", Axis::LifeContext);
        assert_eq!(p.criteria.len(), 13);
        assert_eq!(p.remove("commute_time").unwrap().name, "Commute time");
        assert!(!p.rename("nope", "x"));
    }

    #[test]
    fn hand_weights_override_order() {
        let mut p = Priorities::default();
        p.set_weight(criterion::WORK_LIFE, Some(40.0));
        p.set_weight(criterion::LEARNING, Some(f64::NAN));
        let w = p.effective_weights();
        assert_eq!(w[11], 40.0);
        assert_eq!(w[8], 0.0);
    }
}
