//! The glue between the user's records and the studio: which fields a
//! message is filled from, which template the engine's recommendation
//! implies, how the channel advisor sees the opportunity, and which slots a
//! draft still needs.
//!
//! The studio itself stays independent of the model; this is the one place
//! that reads both.

pub use super::channel_advice::situation_for;
use super::counter;
use super::fields::{MessageFields, Reason};
use super::negotiation::{items_to_raise, offer_currency, write_asks};
use super::templates::{families, Template};
use crate::core::assess::Assessment;
use crate::core::date::Date;
use crate::core::message_family::{fit_with_reason, suits};
use crate::core::message_kind::MessageKind;
use crate::core::model::{EmploymentModel, Opportunity, Support, VisaSponsorship, Workspace};
use crate::core::negotiation_plan::chosen_competing;
use crate::core::notice::notice_dates;
use crate::core::recommend::{Action, Recommendation, Rule};
use crate::core::text::{join_words, lowercase_first};
use crate::core::timeline::{decision_due, spoken_date};

pub use super::message_field::gaps;
use super::message_field::MessageField;

/// A highlight longer than this many words is left out of a thank-you unless
/// the user asks for it: a long note is more likely to be private musing
/// than a line written for the employer.
pub const INTERVIEW_HIGHLIGHT_MAX_WORDS: usize = 12;

/// The first sentence of what the user wrote that excited them, as a clause
/// to follow "hearing about" ("Owning the dashboards." → "owning the
/// dashboards"); `None` when they wrote nothing.
pub fn interview_highlight(excited: &str) -> Option<String> {
    let first = excited
        .split(['.', '!', '?', '\n', ';'])
        .map(str::trim)
        .find(|sentence| !sentence.is_empty())?;
    let clause = first.trim_end_matches([',', ':', '-', ' ']);
    (!clause.is_empty()).then(|| lowercase_first(clause))
}

/// The date of the round a thank-you is for: the round whose thank-you is
/// next on the plan and not yet ticked done, so a note written before a
/// later round is held names the round just held; else the latest round.
fn round_to_thank(
    w: &Workspace,
    o: &Opportunity,
    recommendation: Option<&Recommendation>,
) -> Option<Date> {
    let prefix = [o.id.as_str(), "thank_you:"].join(":");
    recommendation
        .into_iter()
        .flat_map(|r| &r.follow_ups.steps)
        .filter(|s| !w.is_follow_up_done(&s.id))
        .filter_map(|s| s.id.strip_prefix(&prefix))
        .find_map(|round| o.rounds.iter().find(|r| r.id == round)?.date)
        .or_else(|| o.latest_round_date())
}

/// The key a draft's edits are kept under: opportunity id and kind slug.
pub fn draft_key(opportunity_id: &str, kind: MessageKind) -> String {
    format!("{opportunity_id}/{}", kind.slug())
}

/// The people the user met for an opportunity, first added first.
pub fn contacts_for<'a>(
    workspace: &'a Workspace,
    opportunity_id: &'a str,
) -> impl Iterator<Item = &'a crate::core::model::Contact> + 'a {
    workspace
        .contacts
        .iter()
        .filter(move |c| c.opportunity_id.as_deref() == Some(opportunity_id))
}

/// The first of `pick` (a name, an email) that the user's contacts for
/// `opportunity_id` hold, trimmed; empty when none does.
fn first_of(
    workspace: &Workspace,
    opportunity_id: &str,
    pick: impl Fn(&crate::core::model::Contact) -> &str,
) -> String {
    contacts_for(workspace, opportunity_id)
        .map(|c| pick(c).trim())
        .find(|text| !text.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// The address a message of `kind` about `opportunity_id` goes to in the
/// mail app: the first contact's email there, or your manager's for a
/// message to your current employer.
pub fn recipient_email(workspace: &Workspace, kind: MessageKind, opportunity_id: &str) -> String {
    let to = if kind.to_current_employer() {
        Workspace::CURRENT_ROLE_ID
    } else {
        opportunity_id
    };
    first_of(workspace, to, |c| &c.email)
}

/// Everything the records say that a message about `opportunity_id` can use,
/// with dates written by `format_date` (the UI passes the browser's Intl; see
/// [`spoken_date`] for a plain fallback). What the user typed on the studio
/// screen for this opportunity (`Workspace::message_details`) wins over
/// anything derived. An unknown opportunity gives the settings-only fields.
pub fn fields_for(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
    format_date: &dyn Fn(Date) -> String,
) -> MessageFields {
    let mut fields = MessageFields {
        your_name: workspace.settings.your_name.trim().to_string(),
        ..MessageFields::default()
    };
    let Some(o) = workspace.opportunity(opportunity_id) else {
        return fields;
    };
    let date = |d: Option<Date>| d.map(format_date).unwrap_or_default();
    let recommendation = assessment
        .for_opportunity(opportunity_id)
        .map(|a| &a.recommendation);

    fields.company = o.employer.trim().to_string();
    fields.role = o.role.trim().to_string();
    fields.contact_name = first_of(workspace, opportunity_id, |c| &c.name);
    fields.manager_name = first_of(workspace, Workspace::CURRENT_ROLE_ID, |c| &c.name);
    fields.interview_date = date(round_to_thank(workspace, o, recommendation));
    fields.start_date = date(o.dates.start_date);
    // The resignation names the last working day the plan worked out: notice
    // handed in on the plan's day for it, run by the current role's period.
    let hand_in = recommendation.and_then(|r| {
        r.follow_ups
            .steps
            .iter()
            .find(|s| s.message == Some(MessageKind::Resignation))
            .map(|s| s.date)
    });
    if let Some(dates) =
        hand_in.and_then(|day| notice_dates(&workspace.current_role, &workspace.settings, day))
    {
        fields.last_working_day = format_date(dates.last_day);
    }
    fields.contract_signed = o.is_signed();
    if let Some(Action::AcceptWithConditions { in_writing }) = recommendation.map(|r| &r.action) {
        fields.in_writing = in_writing.iter().map(|item| in_words(item)).collect();
    }
    if let Some(highlight) = interview_highlight(&o.reactions.excited) {
        fields.mention_interview_highlight =
            highlight.split_whitespace().count() <= INTERVIEW_HIGHLIGHT_MAX_WORDS;
        fields.interview_highlight = highlight;
    }
    fields.counter_window = window_in_words(workspace.settings.counteroffer_window_hours);
    fields.decision_date = date(o.dates.employer_decision);
    fields.deadline = match recommendation.map(|r| &r.action) {
        Some(Action::AskForTime { until, .. }) => format_date(*until),
        _ => date(o.dates.offer_deadline),
    };
    let asks = items_to_raise(workspace, o, recommendation.map(|r| &r.action));
    write_asks(&mut fields, &asks, o.international_move);
    fields.reason = recommendation.and_then(suggested_reason);
    if let Some((other, due)) = competing(workspace, assessment, o) {
        fields.competing_employer = other.employer.trim().to_string();
        fields.competing_deadline = format_date(due);
    }
    let currency = offer_currency(o, &workspace.settings);
    counter::write_plan(&mut fields, o, currency);
    // The competing offer the user pointed the plan at is the other offer
    // for every message about this one; its own deadline goes with it.
    if let Some(rival) = chosen_competing(workspace, o) {
        if rival.employer.trim() != fields.competing_employer {
            fields.competing_employer = rival.employer.trim().to_string();
            fields.competing_deadline = date(rival.dates.offer_deadline);
        }
    }
    fields.mobility_constraint = mobility_constraint(o);
    // The user's first ask, never an engine label.
    fields.change_that_would_matter = match asks.first() {
        Some(first) => first.ask.clone(),
        None if !matches!(
            o.employment_model,
            EmploymentModel::Direct | EmploymentModel::Unknown
        ) =>
        {
            "direct, permanent employment".to_string()
        }
        None => String::new(),
    };
    if let Some(details) = workspace.message_details.get(opportunity_id) {
        for (name, value) in details {
            if !value.trim().is_empty() {
                if let Some(field) = MessageField::from_name(name) {
                    field.set(&mut fields, value);
                }
            }
        }
    }
    fields
}

/// An item of the engine's in-writing list as it reads inside a sentence:
/// a heading and its detail ("the full offer: pay, title") become "the full
/// offer (pay, title)".
fn in_words(item: &str) -> String {
    match item.trim().split_once(": ") {
        Some((head, detail)) => format!("{} ({})", head.trim(), detail.trim()),
        None => item.trim().to_string(),
    }
}

/// A window given in hours, as a message says it: "three days", "a day",
/// "36 hours".
fn window_in_words(hours: u32) -> String {
    const DAYS: [&str; 8] = [
        "",
        "a day",
        "two days",
        "three days",
        "four days",
        "five days",
        "six days",
        "a week",
    ];
    match (hours % 24, hours / 24) {
        (0, days @ 1..=7) => DAYS[days as usize].to_string(),
        (0, days) if days > 7 => format!("{days} days"),
        _ => format!("{hours} hours"),
    }
}

/// [`fields_for`] with dates as people say them ("Friday 6 March"), for
/// callers without a locale.
pub fn fields_with_spoken_dates(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
) -> MessageFields {
    fields_for(workspace, assessment, opportunity_id, &spoken_date)
}

/// The other employer whose deadline this opportunity should hear about,
/// and that deadline: the one whose recommendation asks to tell this one,
/// else the earliest answer due among the other open offers. Never `o`
/// itself: the message tells `o` about *another* employer's deadline, so
/// with no other open offer there is nothing to tell and no such message.
pub fn competing<'a>(
    workspace: &'a Workspace,
    assessment: &Assessment,
    o: &Opportunity,
) -> Option<(&'a Opportunity, Date)> {
    // Only an offer with a date has a deadline worth naming, so the
    // fallback "today" inside decision_due is never reached.
    let due_date = |other: &Opportunity| {
        other
            .dates
            .offer_deadline
            .or(other.dates.offer)
            .map(|_| decision_due(other, &workspace.settings, Date::from_days(0)))
    };
    let asked_by = assessment.opportunities.iter().find_map(|a| {
        (a.opportunity_id != o.id
            && a.recommendation
                .related_messages
                .iter()
                .any(|m| m.opportunity_id == o.id && m.message == MessageKind::CompetingDeadline))
        .then(|| workspace.opportunity(&a.opportunity_id))
        .flatten()
    });
    if let Some(other) = asked_by.filter(|other| other.id != o.id && other.stage.has_offer()) {
        if let Some(due) = due_date(other) {
            return Some((other, due));
        }
    }
    workspace
        .opportunities
        .iter()
        .filter(|other| other.id != o.id && other.stage.has_offer())
        .filter_map(|other| due_date(other).map(|due| (other, due)))
        .min_by_key(|(_, due)| *due)
}

/// What an international move needs that this employer does not give, in
/// words for the mobility reason; empty when nothing is known to be missing.
fn mobility_constraint(o: &Opportunity) -> String {
    if !o.international_move {
        return String::new();
    }
    let mut needs = Vec::new();
    if matches!(
        o.mobility.visa_sponsorship,
        VisaSponsorship::No | VisaSponsorship::Contingent
    ) {
        needs.push("visa sponsorship");
    }
    if o.mobility.relocation_support == Support::None {
        needs.push("relocation support");
    }
    if o.mobility.family_visas == Support::None {
        needs.push("visas for my family");
    }
    join_words(&needs)
}

/// The reason a decline of `kind` gives by nature, if it names one.
pub fn reason_for(kind: MessageKind) -> Option<Reason> {
    kind.implied_reason()
}

/// The reason the recommendation implies for saying no, if it says no for one.
pub fn suggested_reason(recommendation: &Recommendation) -> Option<Reason> {
    if let Some(reason) = recommendation.decline_reason {
        return Some(reason);
    }
    if recommendation.has_rule(Rule::AcceptedElsewhere) {
        return Some(Reason::AcceptedAnotherOffer);
    }
    if recommendation.has_rule(Rule::ConfirmedDealbreaker) {
        return recommendation.messages.iter().find_map(|k| reason_for(*k));
    }
    None
}

/// One message the app suggests drafting, already in the form that fits the
/// opportunity it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The opportunity the message is about (and goes to).
    pub opportunity_id: String,
    /// The message, fitted by [`fit`](crate::core::message_family::fit).
    pub kind: MessageKind,
    /// The reason it should give, when it says no for one.
    pub reason: Option<Reason>,
    /// Why it is suggested, for a message about another opportunity.
    pub why: Option<String>,
}

/// Whether `kind` can be suggested for `o` at all: it suits the stage
/// ([`suits`]), and a competing-deadline message has another employer's
/// deadline to tell.
fn can_suggest(
    workspace: &Workspace,
    assessment: &Assessment,
    kind: MessageKind,
    o: &Opportunity,
) -> bool {
    suits(kind, o)
        && (kind != MessageKind::CompetingDeadline || competing(workspace, assessment, o).is_some())
}

/// `kind`, suggested for `o` with `reason`: fitted to it, or `None` when
/// there is no fitting form of it for `o`.
fn suggestion(
    workspace: &Workspace,
    assessment: &Assessment,
    o: &Opportunity,
    kind: MessageKind,
    reason: Option<Reason>,
    why: Option<String>,
) -> Option<Suggestion> {
    let (kind, reason) = fit_with_reason(kind, reason, o);
    can_suggest(workspace, assessment, kind, o).then(|| Suggestion {
        opportunity_id: o.id.clone(),
        kind,
        reason,
        why,
    })
}

/// The messages to draft for `opportunity_id`, most useful first: the
/// recommendation's own, each fitted to the opportunity's stage
/// ([`fit`](crate::core::message_family::fit)), without those that do not
/// suit it and without repeats. Every list of suggested messages in the app
/// comes from here or [`related_suggestions`].
pub fn suggestions_for(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
) -> Vec<Suggestion> {
    let (Some(o), Some(assessed)) = (
        workspace.opportunity(opportunity_id),
        assessment.for_opportunity(opportunity_id),
    ) else {
        return Vec::new();
    };
    let recommendation = &assessed.recommendation;
    let mut out: Vec<Suggestion> = Vec::new();
    for &kind in &recommendation.messages {
        let reason = reason_for(kind).or_else(|| suggested_reason(recommendation));
        if let Some(s) = suggestion(workspace, assessment, o, kind, reason, None) {
            if !out.iter().any(|seen| seen.kind == s.kind) {
                out.push(s);
            }
        }
    }
    out
}

/// The messages `opportunity_id`'s recommendation asks to send about *other*
/// opportunities (telling them a deadline, declining the rest), each fitted
/// to the opportunity it goes to. Messages to an opportunity no longer in
/// the list, or with no fitting form, are left out.
pub fn related_suggestions(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
) -> Vec<Suggestion> {
    let Some(assessed) = assessment.for_opportunity(opportunity_id) else {
        return Vec::new();
    };
    assessed
        .recommendation
        .related_messages
        .iter()
        .filter(|m| m.opportunity_id != opportunity_id)
        .filter_map(|m| {
            let other = workspace.opportunity(&m.opportunity_id)?;
            let reason = reason_for(m.message);
            suggestion(
                workspace,
                assessment,
                other,
                m.message,
                reason,
                Some(m.why.clone()),
            )
        })
        .collect()
}

/// The message the studio should open on for `opportunity_id`, with the
/// reason it implies: the first of [`suggestions_for`]. A pre-offer
/// withdrawal is never opened as a decline.
pub fn suggested_message(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
) -> Option<(MessageKind, Option<Reason>)> {
    suggestions_for(workspace, assessment, opportunity_id)
        .into_iter()
        .next()
        .map(|s| (s.kind, s.reason))
}

/// Every situation the studio can draft for one opportunity, split by
/// whether it fits the opportunity's stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situations {
    /// The families of templates, each with the templates that fit, in the
    /// studio's order; a family with none left is dropped.
    pub fitting: Vec<(&'static str, Vec<&'static Template>)>,
    /// The templates meant for another stage (a decline before any offer, a
    /// withdrawal once there is one, an acceptance with nothing to accept, a
    /// competing deadline with no other offer to tell of), still reachable
    /// for records that are behind.
    pub other_stage: Vec<&'static Template>,
}

/// Every situation for `o`, as the studio lists them: what fits where it
/// stands (its stage, [`suits`], and for a competing deadline another
/// employer's offer) by family, and the rest apart.
pub fn situations_for(
    workspace: &Workspace,
    assessment: &Assessment,
    o: &Opportunity,
) -> Situations {
    let mut situations = Situations {
        fitting: Vec::new(),
        other_stage: Vec::new(),
    };
    for (family, templates) in families() {
        let (fitting, other): (Vec<&Template>, Vec<&Template>) = templates
            .iter()
            .partition(|t| can_suggest(workspace, assessment, t.kind, o));
        situations.other_stage.extend(other);
        if !fitting.is_empty() {
            situations.fitting.push((family, fitting));
        }
    }
    situations
}

/// One message to send to another employer after accepting an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclineOther {
    /// The other opportunity.
    pub opportunity_id: String,
    /// A decline if it made an offer, a withdrawal if not.
    pub kind: MessageKind,
    /// The reason to give: that you accepted another offer.
    pub reason: Reason,
}

/// After accepting `accepted_id`: for every other open opportunity, the no
/// that fits it ([`fit`](crate::core::message_family::fit)): a decline where
/// there is an offer, a withdrawal where there is none, each giving the
/// accepted offer as the reason.
pub fn decline_others(workspace: &Workspace, accepted_id: &str) -> Vec<DeclineOther> {
    workspace
        .opportunities
        .iter()
        .filter(|o| o.id != accepted_id && o.stage.is_active())
        .map(|o| {
            let (kind, reason) = fit_with_reason(
                MessageKind::DeclineAcceptedElsewhere,
                Some(Reason::AcceptedAnotherOffer),
                o,
            );
            DeclineOther {
                opportunity_id: o.id.clone(),
                kind,
                reason: reason.unwrap_or(Reason::AcceptedAnotherOffer),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn situations_keep_every_template_once_and_set_apart_the_other_stage() {
        use crate::core::model::Stage;
        for stage in Stage::ALL {
            let o = Opportunity {
                stage,
                ..Opportunity::new("o")
            };
            let workspace = Workspace {
                opportunities: vec![o.clone()],
                ..Workspace::default()
            };
            let assessment = crate::core::assess::assess(&workspace, Date::from_days(0));
            let s = situations_for(&workspace, &assessment, &o);
            let listed: Vec<MessageKind> = s
                .fitting
                .iter()
                .flat_map(|(_, ts)| ts.iter().map(|t| t.kind))
                .chain(s.other_stage.iter().map(|t| t.kind))
                .collect();
            assert_eq!(listed.len(), MessageKind::ALL.len(), "{stage:?}");
            assert!(
                MessageKind::ALL.iter().all(|k| listed.contains(k)),
                "{stage:?}"
            );
            let apart: Vec<MessageKind> = s.other_stage.iter().map(|t| t.kind).collect();
            if stage.has_offer() {
                assert!(apart.contains(&MessageKind::WithdrawNoReason), "{stage:?}");
                assert!(!apart.contains(&MessageKind::NegotiationAsk), "{stage:?}");
            }
            if matches!(stage, Stage::Exploring | Stage::Interviewing) {
                for kind in [
                    MessageKind::DeclineRoleFit,
                    MessageKind::CallScript,
                    MessageKind::WrittenAcceptance,
                    MessageKind::AskForTime,
                ] {
                    assert!(apart.contains(&kind), "{stage:?} {kind:?}");
                }
                assert!(!apart.contains(&MessageKind::WithdrawCallScript));
            }
            // Alone in the list, there is no other employer's deadline to tell.
            assert!(apart.contains(&MessageKind::CompetingDeadline), "{stage:?}");
        }
    }
}
