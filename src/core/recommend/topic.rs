//! What a dealbreaker, a gap or a "no" is about, in the user's terms: the
//! topic decides the plain words of a headline, the brief reason a decline
//! may give and which decline message fits.

use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::criterion;
use serde::{Deserialize, Serialize};

/// What a dealbreaker (or a gap, or a "no") is about.
///
/// Each default criterion belongs to one topic ([`Topic::of_criterion`]);
/// facts belong to theirs (remote days to [`Topic::Schedule`], visa and
/// relocation to [`Topic::Mobility`], the contract to
/// [`Topic::EmploymentModel`], a pay floor to [`Topic::Pay`]).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The work itself: responsibilities, and anything not covered below.
    RoleFit,
    /// Culture and values, the manager and the team.
    CultureAndValues,
    /// Agency, contractor or fixed-term arrangements.
    EmploymentModel,
    /// Base pay and total rewards.
    Pay,
    /// Where the job is and the commute, when no move abroad is involved.
    Location,
    /// A move abroad: visa, relocation and family support.
    Mobility,
    /// Hours, flexibility, remote days and work–life balance.
    Schedule,
    /// Where the role leads: career trajectory and learning.
    Growth,
}

impl Topic {
    /// Every topic.
    pub const ALL: [Topic; 8] = [
        Topic::RoleFit,
        Topic::CultureAndValues,
        Topic::EmploymentModel,
        Topic::Pay,
        Topic::Location,
        Topic::Mobility,
        Topic::Schedule,
        Topic::Growth,
    ];

    /// The topic a criterion belongs to. Location and mobility support are
    /// about the move when the job means moving country, and about the place
    /// otherwise.
    pub fn of_criterion(id: &str, international_move: bool) -> Topic {
        match id {
            criterion::BASE_PAY | criterion::TOTAL_REWARDS => Topic::Pay,
            criterion::EMPLOYMENT => Topic::EmploymentModel,
            criterion::CULTURE | criterion::MANAGER_TEAM => Topic::CultureAndValues,
            criterion::FLEXIBILITY | criterion::WORK_LIFE => Topic::Schedule,
            criterion::TRAJECTORY | criterion::LEARNING => Topic::Growth,
            criterion::LOCATION | criterion::MOBILITY if international_move => Topic::Mobility,
            criterion::LOCATION | criterion::MOBILITY => Topic::Location,
            _ => Topic::RoleFit,
        }
    }

    /// The topic in a few plain words, to stand as the subject of a
    /// sentence: "the pay", "the hours and flexibility".
    pub fn subject(self) -> &'static str {
        match self {
            Topic::RoleFit => "the work itself",
            Topic::CultureAndValues => "the culture and the team",
            Topic::EmploymentModel => "the way you would be employed",
            Topic::Pay => "the pay",
            Topic::Location => "the location",
            Topic::Mobility => "the terms of the move abroad",
            Topic::Schedule => "the hours and flexibility",
            Topic::Growth => "where the role leads",
        }
    }

    /// "the pay is a dealbreaker for you": the plain-words reason a headline
    /// gives, never the user's own note.
    pub fn as_dealbreaker(self) -> String {
        let verb = match self {
            Topic::CultureAndValues | Topic::Mobility | Topic::Schedule => "are",
            _ => "is",
        };
        format!("{} {verb} a dealbreaker for you", self.subject())
    }

    /// The brief reason a decline or withdrawal about this topic may give.
    pub fn decline_reason(self) -> DeclineReason {
        match self {
            Topic::RoleFit => DeclineReason::RoleNotRightFit,
            Topic::CultureAndValues => DeclineReason::CultureAndValues,
            Topic::EmploymentModel => DeclineReason::EmploymentModel,
            Topic::Pay => DeclineReason::Compensation,
            Topic::Location => DeclineReason::Location,
            Topic::Mobility => DeclineReason::MobilityConstraints,
            Topic::Schedule => DeclineReason::Schedule,
            Topic::Growth => DeclineReason::Growth,
        }
    }

    /// The decline message that fits this topic. Topics without a message of
    /// their own use [`MessageKind::DeclineRoleFit`], whose reason follows
    /// [`Topic::decline_reason`]. Before an offer the studio turns a decline
    /// kind into the matching withdrawal.
    pub fn decline_message(self) -> MessageKind {
        match self {
            Topic::Pay => MessageKind::DeclineCompensation,
            Topic::EmploymentModel => MessageKind::DeclineEmploymentModel,
            Topic::Mobility => MessageKind::DeclineMobility,
            Topic::RoleFit
            | Topic::CultureAndValues
            | Topic::Location
            | Topic::Schedule
            | Topic::Growth => MessageKind::DeclineRoleFit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Priorities;

    #[test]
    fn every_default_criterion_has_the_topic_its_name_suggests() {
        // (criterion, topic when local, topic when moving abroad)
        let cases = [
            (criterion::RESPONSIBILITIES, Topic::RoleFit, Topic::RoleFit),
            (criterion::TRAJECTORY, Topic::Growth, Topic::Growth),
            (criterion::BASE_PAY, Topic::Pay, Topic::Pay),
            (criterion::TOTAL_REWARDS, Topic::Pay, Topic::Pay),
            (
                criterion::MANAGER_TEAM,
                Topic::CultureAndValues,
                Topic::CultureAndValues,
            ),
            (
                criterion::CULTURE,
                Topic::CultureAndValues,
                Topic::CultureAndValues,
            ),
            (criterion::FLEXIBILITY, Topic::Schedule, Topic::Schedule),
            (criterion::LOCATION, Topic::Location, Topic::Mobility),
            (criterion::LEARNING, Topic::Growth, Topic::Growth),
            (
                criterion::EMPLOYMENT,
                Topic::EmploymentModel,
                Topic::EmploymentModel,
            ),
            (criterion::MOBILITY, Topic::Location, Topic::Mobility),
            (criterion::WORK_LIFE, Topic::Schedule, Topic::Schedule),
            ("a criterion of your own", Topic::RoleFit, Topic::RoleFit),
        ];
        assert_eq!(cases.len(), Priorities::default().criteria.len() + 1);
        for (id, local, abroad) in cases {
            assert_eq!(Topic::of_criterion(id, false), local, "{id} locally");
            assert_eq!(Topic::of_criterion(id, true), abroad, "{id} abroad");
        }
    }

    #[test]
    fn reasons_and_messages_follow_the_topic() {
        use DeclineReason as R;
        use MessageKind as M;
        let cases = [
            (Topic::RoleFit, R::RoleNotRightFit, M::DeclineRoleFit),
            (
                Topic::CultureAndValues,
                R::CultureAndValues,
                M::DeclineRoleFit,
            ),
            (
                Topic::EmploymentModel,
                R::EmploymentModel,
                M::DeclineEmploymentModel,
            ),
            (Topic::Pay, R::Compensation, M::DeclineCompensation),
            (Topic::Location, R::Location, M::DeclineRoleFit),
            (Topic::Mobility, R::MobilityConstraints, M::DeclineMobility),
            (Topic::Schedule, R::Schedule, M::DeclineRoleFit),
            (Topic::Growth, R::Growth, M::DeclineRoleFit),
        ];
        assert_eq!(cases.len(), Topic::ALL.len());
        for (topic, reason, message) in cases {
            assert_eq!(topic.decline_reason(), reason, "{topic:?}");
            assert_eq!(topic.decline_message(), message, "{topic:?}");
        }
    }

    #[test]
    fn the_plain_words_agree_in_number() {
        let cases = [
            (Topic::Pay, "the pay is a dealbreaker for you"),
            (
                Topic::CultureAndValues,
                "the culture and the team are a dealbreaker for you",
            ),
            (
                Topic::Schedule,
                "the hours and flexibility are a dealbreaker for you",
            ),
            (
                Topic::Growth,
                "where the role leads is a dealbreaker for you",
            ),
        ];
        for (topic, expected) in cases {
            assert_eq!(topic.as_dealbreaker(), expected);
        }
    }
}
