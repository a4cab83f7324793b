//! The workspaces every draft and every recommendation is generated for: the
//! sample, the result of every quick start, and a grid over every stage and
//! every fact that changes a message (offer history, a move abroad and its
//! visa and relocation answers, a recruiter, terms negotiated by voice, a
//! competing offer, dealbreakers of each kind).
//!
//! Each workspace carries private details that must never reach an employer,
//! spelled so they cannot appear in a message by accident: a floor of
//! 61,237, lines of 47 and 78, notes and concerns with made-up words, and a
//! rival employer (with its own pay) that is only named when the user chose to.
//! Shared by the draft sweep (`tests/draft_sweep.rs`) and the draft dump
//! (`examples/drafts.rs`) that the prose linter reads.

#![allow(dead_code)]

use crossroads::core::date::Date;
use crossroads::core::model::{
    criterion, Ask, Concern, ConcernBasis, ConcernWeight, Contact, Contingency, EmploymentModel,
    LedgerEntry, LedgerKind, NonNegotiable, Opportunity, Priorities, Rationale, RequiredFact,
    Reversibility, Stage, Support, TradeOff, TradeOffChoice, VisaSponsorship, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::quick_start::QuickStart;

/// Monday 23 November 2026.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

/// The user's own pay floor: never in a message.
pub const FLOOR: f64 = 61_237.0;
/// The walk-away and accept lines: never in a message.
pub const WALK_AWAY: f64 = 47.0;
/// See [`WALK_AWAY`].
pub const ACCEPT: f64 = 78.0;
/// The user's target for base pay: never in a message.
pub const TARGET: f64 = 66_613.0;
/// The floor for a sign-on payment: never in a message.
pub const SIGN_ON_FLOOR: f64 = 3_917.0;
/// The rival employer, named only when the user chose to.
pub const RIVAL: &str = "Quillfeather Dynamics";
/// The rival's pay: never in a message to anyone else.
pub const RIVAL_BASE: f64 = 83_411.0;
/// The rival's equity grant (issue 14): never in a message to anyone else.
pub const RIVAL_EQUITY: f64 = 97_353.0;
/// Words of the user's private notes, none of which a template could contain.
pub const PRIVATE_WORDS: [&str; 4] = ["zanzibarine", "porphyrous", "quokkaish", "vellichor"];

/// What a workspace of the corpus is called, and the workspace.
pub struct Case {
    /// A readable name for failure messages.
    pub name: String,
    /// The workspace.
    pub workspace: Workspace,
}

/// The whole corpus: the sample, every quick start, and the grid.
pub fn corpus() -> Vec<Case> {
    let mut cases = vec![Case {
        name: "sample".into(),
        workspace: Workspace::sample(today()),
    }];
    cases.extend(quick_starts());
    cases.extend(grid());
    cases.extend(paths());
    cases
}

/// A workspace with the user's private details and no opportunities yet.
pub fn private_workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.settings.your_name = "Robin Vale".into();
    ws.walk_away_line = WALK_AWAY;
    ws.accept_line = ACCEPT;
    ws.non_negotiables = vec![NonNegotiable::Requires {
        fact: RequiredFact::MinimumBase {
            amount: Money::from_major_f64(FLOOR, "EUR"),
        },
    }];
    ws.current_role.role = "Analyst".into();
    ws.current_role.employer = "Present Employer Ltd".into();
    ws.current_role.notes = format!("Private: {} about my manager", PRIVATE_WORDS[3]);
    ws.current_role.looking_reason.text = format!("My {} lack of growth", PRIVATE_WORDS[2]);
    ws.current_role.looking_reason.criteria = vec![criterion::TRAJECTORY.into()];
    ws
}

/// An opportunity with a contact, notes and concerns in private words.
pub fn opportunity(id: &str, employer: &str, stage: Stage) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = employer.into();
    o.role = "Data Analyst".into();
    o.location = "Lisbon".into();
    o.stage = stage;
    o.employment_model = EmploymentModel::Direct;
    o.add_round(Some(today().add_days(-13)));
    let latest = o.add_round(Some(today().add_days(-6)));
    if let Some(round) = o.rounds.iter_mut().find(|r| r.id == latest) {
        round.notes = format!("The {} answer on team size", PRIVATE_WORDS[1]);
    }
    o.notes = format!("My {} feeling about the team lead", PRIVATE_WORDS[0]);
    o.contingencies.push(Contingency {
        id: format!("{id}-k1"),
        note: format!("Two {} references, one a manager", PRIVATE_WORDS[3]),
        ..Contingency::default()
    });
    o.reactions.worried = format!("The {} office layout", PRIVATE_WORDS[1]);
    o.reactions.excited = format!("the data platform {employer} is building");
    o.concerns.push(Concern {
        id: format!("{id}-c1"),
        text: format!("Their {} approach to on-call", PRIVATE_WORDS[2]),
        basis: ConcernBasis::Perception,
        weight: ConcernWeight::Negotiable,
        criterion_id: Some(criterion::WORK_LIFE.into()),
        resolved: false,
        raised: None,
    });
    o.ledger.push(LedgerEntry {
        id: format!("{id}-l1"),
        kind: LedgerKind::Cost,
        text: format!("Losing my {} pension match", PRIVATE_WORDS[3]),
        size: 2,
    });
    if stage.has_offer() || matches!(stage, Stage::Accepted | Stage::Declined) {
        o.offer_in_writing = stage != Stage::VerbalOffer;
        o.dates.offer = Some(today().add_days(-2));
        o.dates.offer_deadline = Some(today().add_days(3));
        o.compensation.base = Money::major(58_000, "EUR");
        o.compensation.currency = "EUR".into();
    }
    for (i, p) in Priorities::default().criteria.iter().enumerate() {
        o.set_score(&p.id, Some([4, 3, 2, 3, 4, 4, 2, 3, 4, 5, 3, 4][i]));
    }
    o
}

fn contact_for(o: &Opportunity) -> Contact {
    Contact {
        id: format!("{}-contact", o.id),
        name: "Jordan Ames".into(),
        company: o.employer.clone(),
        opportunity_id: Some(o.id.clone()),
        ..Contact::default()
    }
}

/// The rival: an open offer with its own pay and deadline.
fn rival() -> Opportunity {
    let mut o = opportunity("rival", RIVAL, Stage::WrittenOffer);
    o.compensation.base = Money::from_major_f64(RIVAL_BASE, "");
    o.compensation.equity.grant = Money::from_major_f64(RIVAL_EQUITY, "");
    o.compensation.equity.cliff_months = 12;
    o.dates.offer_deadline = Some(today().add_days(2));
    o
}

/// Every quick start, applied the way the dashboard applies it.
fn quick_starts() -> Vec<Case> {
    let mut cases = Vec::new();
    for quick in QuickStart::ALL {
        for start in [Stage::Interviewing, Stage::WrittenOffer] {
            let mut ws = private_workspace();
            let mut o = opportunity("main", "Northwind Trading", start);
            if quick.creates_opportunity() || quick.applies_to(&o) {
                quick.apply(&mut o, today());
            }
            ws.contacts.push(contact_for(&o));
            ws.opportunities.push(o);
            // Someone else still waiting on you, so accepting means telling them.
            let mut other = opportunity("other", "Harbour Labs", Stage::Interviewing);
            other.dates.employer_decision = Some(today().add_days(4));
            ws.contacts.push(contact_for(&other));
            ws.opportunities.push(other);
            cases.push(Case {
                name: format!("quick start {quick:?} from {start:?}"),
                workspace: ws,
            });
        }
    }
    cases
}

/// The facts that change which message is right and what it says.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    /// The job means moving country.
    pub abroad: bool,
    /// The visa answer (abroad only).
    pub visa: VisaSponsorship,
    /// The relocation answer (abroad only).
    pub relocation: Support,
    /// A recruiter ran the process.
    pub recruiter: bool,
    /// Terms were negotiated by voice.
    pub spoken_terms: bool,
    /// The rival's open offer is in the workspace too.
    pub rival: bool,
    /// The user marked the job as not wanted.
    pub not_interested: bool,
    /// A confirmed dealbreaker concern on this criterion.
    pub dealbreaker: Option<&'static str>,
}

/// No move, no recruiter, nothing spoken, no dealbreaker: only the rival's
/// open offer beside the main one.
pub const RIVAL_ONLY: Facts = Facts {
    abroad: false,
    visa: VisaSponsorship::Unknown,
    relocation: Support::Unknown,
    recruiter: false,
    spoken_terms: false,
    rival: true,
    not_interested: false,
    dealbreaker: None,
};

/// The criteria a dealbreaker may sit on in the corpus (or none).
pub const BREAKERS: [Option<&str>; 7] = [
    None,
    Some(criterion::CULTURE),
    Some(criterion::BASE_PAY),
    Some(criterion::EMPLOYMENT),
    Some(criterion::FLEXIBILITY),
    Some(criterion::TRAJECTORY),
    Some(criterion::LOCATION),
];

/// Every stage against every fact that changes a message.
fn grid() -> Vec<Case> {
    let mut cases = Vec::new();
    let visas = [
        VisaSponsorship::Unknown,
        VisaSponsorship::Yes,
        VisaSponsorship::No,
        VisaSponsorship::Contingent,
    ];
    let reloc = [
        Support::Unknown,
        Support::None,
        Support::Verbal,
        Support::InWriting,
    ];
    let mut n = 0usize;
    for stage in Stage::ALL {
        for abroad in [false, true] {
            for variant in 0..7 {
                n += 1;
                let facts = Facts {
                    abroad,
                    visa: visas[(variant + n) % 4],
                    relocation: reloc[(variant * 3 + n) % 4],
                    recruiter: variant % 2 == 1,
                    spoken_terms: variant % 3 == 2,
                    rival: variant % 2 == 0,
                    not_interested: variant == 5,
                    dealbreaker: BREAKERS[variant],
                };
                cases.push(Case {
                    name: format!("{stage:?}, {facts:?}"),
                    workspace: grid_workspace(stage, facts),
                });
            }
        }
    }
    cases
}

/// One workspace of the grid: the main opportunity at `stage` with `f`.
pub fn grid_workspace(stage: Stage, f: Facts) -> Workspace {
    let mut ws = private_workspace();
    let mut o = opportunity("main", "Northwind Trading", stage);
    o.international_move = f.abroad;
    if f.abroad {
        o.location = "Toronto".into();
        o.mobility.visa_sponsorship = f.visa;
        o.mobility.relocation_support = f.relocation;
        o.mobility.family_visas = Support::Verbal;
    }
    o.recruiter_involved = f.recruiter;
    o.verbal_negotiation = f.spoken_terms;
    o.not_interested = f.not_interested;
    o.reversibility = if f.spoken_terms {
        Reversibility::Unlikely
    } else {
        Reversibility::Likely
    };
    if let Some(id) = f.dealbreaker {
        o.concerns.push(Concern {
            id: "main-breaker".into(),
            text: format!("The {} thing they said about {id}", PRIVATE_WORDS[1]),
            basis: ConcernBasis::Fact,
            weight: ConcernWeight::Dealbreaker,
            criterion_id: Some(id.into()),
            resolved: false,
            raised: None,
        });
    }
    // Asks the user typed for a negotiation, in the employer's terms.
    o.asks.insert(
        criterion::BASE_PAY.into(),
        Ask {
            amount: None,
            term: String::new(),
            reason: "in line with the scope we discussed".into(),
        },
    );
    plan(&mut o, f.rival);
    ws.contacts.push(contact_for(&o));
    ws.opportunities.push(o);
    if f.rival {
        let r = rival();
        ws.contacts.push(contact_for(&r));
        ws.opportunities.push(r);
    }
    ws
}

/// A negotiation plan for `o`: the ask of 64,000 the message states, with
/// a private floor and target, a market range from a private source, the
/// competing offer as the reason when there is one (else the range), and
/// two trade-offs.
pub fn plan(o: &mut Opportunity, rival: bool) {
    let eur = |x: f64| Money::from_major_f64(x, "EUR");
    let plan = &mut o.negotiation;
    plan.base.floor = eur(FLOOR);
    plan.base.target = eur(TARGET);
    plan.base.ask = eur(64_000.0);
    plan.base.market_low = eur(59_000.0);
    plan.base.market_high = eur(71_000.0);
    plan.base.market_source = format!("A {} survey from a friend", PRIVATE_WORDS[2]);
    plan.sign_on.floor = eur(SIGN_ON_FLOOR);
    plan.sign_on.ask = eur(6_000.0);
    plan.rationale = if rival {
        plan.competing_id = "rival".into();
        Rationale::CompetingOffer
    } else {
        Rationale::MarketRange
    };
    plan.trade_offs = vec![
        TradeOffChoice {
            kind: TradeOff::SignOn,
            detail: String::new(),
        },
        TradeOffChoice {
            kind: TradeOff::ReviewDate,
            detail: "after six months".into(),
        },
    ];
}

/// The later paths, each from a grid workspace: taking back an acceptance
/// (for a better written offer, spoken or signed, or for a dealbreaker
/// raised after the yes), an offer withdrawn with a process to reopen, a
/// counteroffer from the current employer that misses or meets the reason
/// for looking, one from the new employer that misses it, and an offer due
/// tomorrow. Counteroffer summaries are in private words.
fn paths() -> Vec<Case> {
    let plain = RIVAL_ONLY;
    let lower = |ws: &mut Workspace| {
        for p in Priorities::default().criteria {
            ws.opportunities[0].set_score(&p.id, Some(2));
        }
        ws.opportunities[0].dates.accepted = Some(today().add_days(-4));
    };
    let mut cases = Vec::new();
    for (name, signed, recruiter) in [
        ("backing out after a spoken yes", false, false),
        ("backing out after signing", true, false),
        ("backing out through a recruiter", false, true),
    ] {
        let mut ws = grid_workspace(Stage::Accepted, Facts { recruiter, ..plain });
        lower(&mut ws);
        ws.opportunities[0].contract_signed = signed;
        cases.push(Case {
            name: name.into(),
            workspace: ws,
        });
    }
    let mut late = grid_workspace(
        Stage::Accepted,
        Facts {
            rival: false,
            ..plain
        },
    );
    late.opportunities[0].dates.accepted = Some(today().add_days(-4));
    late.opportunities[0].concerns.push(Concern {
        id: "late".into(),
        text: format!("The {} reorganisation", PRIVATE_WORDS[0]),
        basis: ConcernBasis::Fact,
        weight: ConcernWeight::Dealbreaker,
        criterion_id: Some(criterion::MANAGER_TEAM.into()),
        resolved: false,
        raised: Some(today().add_days(-1)),
    });
    cases.push(Case {
        name: "backing out for a late dealbreaker".into(),
        workspace: late,
    });

    let mut withdrawn = grid_workspace(Stage::OfferWithdrawn, plain);
    let mut left = opportunity("left", "Harbour Labs", Stage::Withdrawn);
    left.dates.closed = Some(today().add_days(-30));
    withdrawn.contacts.push(contact_for(&left));
    withdrawn.opportunities.push(left);
    cases.push(Case {
        name: "an offer withdrawn".into(),
        workspace: withdrawn,
    });

    for (stage, improves, name) in [
        (
            Stage::WrittenOffer,
            criterion::BASE_PAY,
            "current counteroffer misses the reason",
        ),
        (
            Stage::WrittenOffer,
            criterion::TRAJECTORY,
            "current counteroffer meets the reason",
        ),
        (
            Stage::Accepted,
            criterion::BASE_PAY,
            "current counteroffer after accepting",
        ),
    ] {
        let mut ws = grid_workspace(
            stage,
            Facts {
                rival: false,
                ..plain
            },
        );
        ws.current_role.counteroffer.received = Some(today().add_days(-1));
        ws.current_role.counteroffer.improves = vec![improves.into()];
        ws.current_role.counteroffer.summary = format!("A {} raise", PRIVATE_WORDS[1]);
        cases.push(Case {
            name: name.into(),
            workspace: ws,
        });
    }
    let mut countered = grid_workspace(Stage::Counteroffer, plain);
    countered.opportunities[0].counteroffer.received = Some(today().add_days(-1));
    countered.opportunities[0].counteroffer.improves = vec![criterion::BASE_PAY.into()];
    countered.opportunities[0].counteroffer.summary =
        format!("Their {} sweetener", PRIVATE_WORDS[3]);
    cases.push(Case {
        name: "new employer's counteroffer misses the reason".into(),
        workspace: countered,
    });

    for spoken_terms in [false, true] {
        let mut rushed = grid_workspace(
            Stage::WrittenOffer,
            Facts {
                spoken_terms,
                ..plain
            },
        );
        rushed.opportunities[0].dates.offer_deadline = Some(today().add_days(1));
        cases.push(Case {
            name: format!("an offer due tomorrow (spoken terms: {spoken_terms})"),
            workspace: rushed,
        });
    }
    cases
}
