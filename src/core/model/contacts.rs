//! People met along the way and the messages already sent to them.

use crate::core::date::Date;
use crate::core::message_kind::{Channel, MessageKind};
use serde::{Deserialize, Serialize};

/// Someone at an employer or agency worth keeping in touch with.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Contact {
    /// Stable id, made by the caller.
    pub id: String,
    /// Their name.
    pub name: String,
    /// Their job title.
    pub title: String,
    /// Their company.
    pub company: String,
    /// Their email address, for opening a message in the mail app; empty when unknown.
    pub email: String,
    /// How they prefer to be reached.
    pub channel: Channel,
    /// Their phone number, as typed. Added after version 1, so older data
    /// loads with it empty.
    #[serde(default)]
    pub phone: String,
    /// What you talked about, what they care about.
    pub notes: String,
    /// The opportunity they belong to, if any.
    pub opportunity_id: Option<String>,
}

impl Default for Contact {
    fn default() -> Self {
        Contact {
            id: String::new(),
            name: String::new(),
            title: String::new(),
            company: String::new(),
            email: String::new(),
            channel: Channel::Email,
            phone: String::new(),
            notes: String::new(),
            opportunity_id: None,
        }
    }
}

/// A message the user marked as sent, kept as a record.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct SentMessage {
    /// Stable id, made by the caller.
    pub id: String,
    /// Which message it was.
    pub kind: MessageKind,
    /// How it was delivered.
    pub channel: Channel,
    /// When it was sent.
    pub date: Option<Date>,
    /// The opportunity it was about.
    pub opportunity_id: String,
    /// Subject line, for emails.
    pub subject: String,
    /// The text that was sent.
    pub body: String,
}

impl Default for SentMessage {
    fn default() -> Self {
        SentMessage {
            id: String::new(),
            kind: MessageKind::ThankYou,
            channel: Channel::Email,
            date: None,
            opportunity_id: String::new(),
            subject: String::new(),
            body: String::new(),
        }
    }
}

/// A problem with one field of a contact, for the message next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's name, as in [`Contact`].
    pub field: &'static str,
    /// What to do about it.
    pub message: String,
}

impl Contact {
    /// What stops this contact being saved: a name is needed; an email or
    /// phone number, when given, must look like one.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let mut problem = |field, message: &str| {
            problems.push(FieldProblem {
                field,
                message: message.to_string(),
            })
        };
        if self.name.trim().is_empty() {
            problem("name", "Enter their name");
        }
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            problem("email", "Enter an email address like name@example.com");
        }
        let phone = self.phone.trim();
        if !phone.is_empty() && !looks_like_phone(phone) {
            problem(
                "phone",
                "Enter a phone number using digits, spaces and + ( ) - only",
            );
        }
        problems
    }

    /// The problem with one field, if any.
    pub fn problem(&self, field: &str) -> Option<String> {
        self.problems()
            .into_iter()
            .find(|p| p.field == field)
            .map(|p| p.message)
    }
}

/// One `@`, something before it, and a dotted domain after it, no spaces.
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

/// Digits with the usual separators, and enough digits to dial.
fn looks_like_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits >= 5
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-./".contains(c))
}

/// Sent messages, newest first, optionally only those about one
/// opportunity. Undated records go last, in the order they were logged.
pub fn sent_newest_first<'a>(
    messages: &'a [SentMessage],
    opportunity_id: Option<&str>,
) -> Vec<&'a SentMessage> {
    let mut list: Vec<(usize, &SentMessage)> = messages
        .iter()
        .enumerate()
        .filter(|(_, m)| opportunity_id.is_none_or(|id| m.opportunity_id == id))
        .collect();
    // Later-logged first among equal dates: the list is kept in logging order.
    crate::core::sort::sort_by(&mut list, |(ia, a), (ib, b)| match (a.date, b.date) {
        (Some(x), Some(y)) => y.cmp(&x).then(ib.cmp(ia)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => ib.cmp(ia),
    });
    list.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;

    #[test]
    fn contacts_saved_before_email_and_phone_still_load() {
        let old = r#"{"id":"c1","name":"Ana","title":"Recruiter","company":"Acme",
            "channel":"call","notes":"Met at the fair","opportunity_id":"o1"}"#;
        let c: Contact = serde_json::from_str(old).unwrap();
        assert_eq!(c.name, "Ana");
        assert_eq!(c.channel, Channel::Call);
        assert_eq!((c.email.as_str(), c.phone.as_str()), ("", ""));
        let back: Contact = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn contact_problems_name_the_field() {
        let mut c = Contact::default();
        assert_eq!(c.problem("name").as_deref(), Some("Enter their name"));
        c.name = "  Ana ".to_string();
        assert!(c.problems().is_empty());
        for bad in ["ana", "ana@", "@x.com", "ana@x", "a na@x.com", "a@b@c.com"] {
            c.email = bad.to_string();
            assert!(c.problem("email").is_some(), "{bad}");
        }
        c.email = "ana.lopez@acme.example".to_string();
        assert!(c.problem("email").is_none());
        for bad in ["call me", "12", "+31 6 <b>"] {
            c.phone = bad.to_string();
            assert!(c.problem("phone").is_some(), "{bad}");
        }
        c.phone = "+31 (0)6-1234 5678".to_string();
        assert!(c.problems().is_empty());
    }

    #[test]
    fn history_is_newest_first_and_filters_by_opportunity() {
        let day = |d| Some(Date::from_ymd(2026, 3, d).unwrap());
        let msg = |id: &str, opp: &str, date| SentMessage {
            id: id.to_string(),
            opportunity_id: opp.to_string(),
            date,
            ..SentMessage::default()
        };
        let all = [
            msg("a", "o1", day(2)),
            msg("b", "o2", day(5)),
            msg("c", "o1", None),
            msg("d", "o1", day(9)),
            msg("e", "o1", day(2)),
        ];
        let ids = |list: Vec<&SentMessage>| list.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(sent_newest_first(&all, None)),
            ["d", "b", "e", "a", "c"]
        );
        assert_eq!(
            ids(sent_newest_first(&all, Some("o1"))),
            ["d", "e", "a", "c"]
        );
        assert!(sent_newest_first(&all, Some("none")).is_empty());
    }
}
