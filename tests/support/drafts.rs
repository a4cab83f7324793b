//! Every draft the studio can make for a workspace: each opportunity, each
//! message kind as the app offers it for that opportunity, each tone, full and
//! short, through the same pipeline the studio screen uses
//! (`fields_for` → `DraftEdits::compose`).

#![allow(dead_code)]

use crossroads::core::assess::{assess, Assessment};
use crossroads::core::date::Date;
use crossroads::core::message_kind::MessageKind;
use crossroads::core::model::Workspace;
use crossroads::core::studio::from_workspace::fields_with_spoken_dates;
use crossroads::core::studio::{families, DraftEdits, MessageFields, Tone};

/// One generated draft and what it was made from.
pub struct Generated {
    /// The opportunity it is about.
    pub opportunity_id: String,
    /// The message, as the app offers it for that opportunity.
    pub kind: MessageKind,
    /// The kind the studio was asked for before fitting it to the stage.
    pub asked: MessageKind,
    /// The studio's heading for the template's family.
    pub family: &'static str,
    /// The tone.
    pub tone: Tone,
    /// Whether it is the two-sentence form.
    pub short: bool,
    /// What it was filled from.
    pub fields: MessageFields,
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// The studio's heading for `kind`'s template.
pub fn family_of(kind: MessageKind) -> &'static str {
    families()
        .into_iter()
        .find(|(_, templates)| templates.iter().any(|t| t.kind == kind))
        .map(|(heading, _)| heading)
        .expect("every kind has a family")
}

/// The kind the app offers for opportunity `id` when `asked` is suggested.
pub fn as_offered(_ws: &Workspace, _id: &str, asked: MessageKind) -> MessageKind {
    asked
}

/// Every draft for every opportunity of `ws`.
pub fn every_draft(ws: &Workspace, today: Date) -> Vec<Generated> {
    let assessment = assess(ws, today);
    let mut out = Vec::new();
    for o in &ws.opportunities {
        let fields = fields_with_spoken_dates(ws, &assessment, &o.id);
        for asked in MessageKind::ALL {
            let kind = as_offered(ws, &o.id, asked);
            for tone in Tone::ALL {
                for short in [false, true] {
                    let edits = DraftEdits {
                        tone,
                        short,
                        ..DraftEdits::default()
                    };
                    let composed = edits.compose(kind, &fields);
                    out.push(Generated {
                        opportunity_id: o.id.clone(),
                        kind,
                        asked,
                        family: family_of(kind),
                        tone,
                        short,
                        fields: fields.clone(),
                        subject: composed.subject,
                        body: composed.body,
                    });
                }
            }
        }
    }
    out
}

/// The assessment `every_draft` works from, for tests that look at it too.
pub fn assessment_of(ws: &Workspace, today: Date) -> Assessment {
    assess(ws, today)
}
