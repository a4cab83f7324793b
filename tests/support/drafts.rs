//! Every draft the studio can make for a workspace: each opportunity, each
//! message kind the studio lists for it (those that fit where it stands, and
//! those it keeps apart as "not for this stage"), each tone, full and short,
//! through the same pipeline the studio screen uses (`fields_for` →
//! `DraftEdits::compose`).

#![allow(dead_code)]

use crossroads::core::assess::{assess, Assessment};
use crossroads::core::date::Date;
use crossroads::core::message_kind::MessageKind;
use crossroads::core::model::Workspace;
use crossroads::core::studio::from_workspace::{fields_with_spoken_dates, situations_for};
use crossroads::core::studio::privacy::Sharing;
use crossroads::core::studio::{families, DraftEdits, MessageFields, Tone};

/// One generated draft and what it was made from.
pub struct Generated {
    /// The opportunity it is about.
    pub opportunity_id: String,
    /// The message, as the app offers it for that opportunity.
    pub kind: MessageKind,
    /// Whether the studio lists it as fitting where the opportunity stands
    /// (the rest it keeps apart, as meant for another stage).
    pub fits: bool,
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

/// What the user chose to share in `d`, as the studio works it out.
pub fn sharing_for(d: &Generated) -> Sharing {
    Sharing::chosen(d.kind, &d.fields)
}

/// Every draft for every opportunity of `ws`.
pub fn every_draft(ws: &Workspace, today: Date) -> Vec<Generated> {
    let assessment = assess(ws, today);
    let mut out = Vec::new();
    for o in &ws.opportunities {
        let fields = fields_with_spoken_dates(ws, &assessment, &o.id);
        let situations = situations_for(ws, &assessment, o);
        let fitting = situations
            .fitting
            .iter()
            .flat_map(|(_, templates)| templates.iter().map(|t| (t.kind, true)));
        let apart = situations.other_stage.iter().map(|t| (t.kind, false));
        for (kind, fits) in fitting.chain(apart) {
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
                        fits,
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
