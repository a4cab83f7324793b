//! The draft sweep: every message the app can make — each kind as the app
//! offers it for an opportunity, in every tone, full and short — for every
//! workspace of the corpus (the sample, every quick start, a grid over every
//! stage and fact) and for property-generated ones, checked for what must
//! never happen:
//!
//! - a `[gap]` the workspace could have filled;
//! - offer wording for a process that never reached an offer;
//! - the user's floor, decision lines, scores, private notes, or another
//!   employer's name or pay;
//! - a competing-deadline message addressed to the deadline's own employer.
//!
//! The oracle here is independent of the checker: it looks for the corpus's
//! own private spellings. The checker must then agree with it, both ways: no
//! private-detail finding on a clean draft, and one on every draft that gets a
//! private detail pasted in.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/drafts.rs"]
mod drafts;

use crossroads::core::assess::Assessment;
use crossroads::core::message_family::offer_made;
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{
    NonNegotiable, Opportunity, Rationale, RequiredFact, Stage, TradeOff, TradeOffChoice, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::recommend::Action;
use crossroads::core::studio::from_workspace::gaps;
use crossroads::core::studio::privacy::PrivateTerms;
use crossroads::core::studio::{check, CheckContext, Rule, Tone};
use proptest::prelude::*;
use std::collections::BTreeMap;

use corpus::{Facts, FLOOR, PRIVATE_WORDS, RIVAL, RIVAL_BASE, RIVAL_EQUITY, SIGN_ON_FLOOR, TARGET};
use drafts::{every_draft, sharing_for, Generated};

/// A figure as people write it: 61237, 61,237, 61 237, 61.237, 61k.
fn spellings(x: f64) -> Vec<String> {
    let n = x as i64;
    let (high, low) = (n / 1000, n % 1000);
    vec![
        n.to_string(),
        format!("{high},{low:03}"),
        format!("{high} {low:03}"),
        format!("{high}.{low:03}"),
        format!("{high}k"),
    ]
}

/// Words that only an engine's private reasoning would use.
const ENGINE_WORDS: [&str; 6] = [
    "walk-away",
    "walk away line",
    "accept line",
    " of 5",
    "your floor",
    "below your",
];

/// Phrases that only make sense once an offer exists.
const OFFER_WORDING: [&str; 6] = [
    "the offer",
    "your offer",
    "this offer",
    "decline",
    "declining",
    "offer for the",
];

/// The employer a draft goes to: the current one for a resignation or an
/// answer to its counteroffer (listed here, not read from the app).
fn recipient<'a>(ws: &'a Workspace, about: &'a Opportunity, kind: MessageKind) -> &'a Opportunity {
    if matches!(
        kind,
        MessageKind::Resignation | MessageKind::DeclineCurrentCounteroffer
    ) {
        &ws.current_role
    } else {
        about
    }
}

/// Whether someone in the user's contacts for `id` has a name.
fn has_contact(ws: &Workspace, id: &str) -> bool {
    ws.contacts
        .iter()
        .any(|c| c.opportunity_id.as_deref() == Some(id) && !c.name.trim().is_empty())
}

/// Whether the workspace holds what a `[slot]` gap asks for.
fn knows(ws: &Workspace, a: &Assessment, o: &Opportunity, slot: &str) -> bool {
    let has = |s: &str| !s.trim().is_empty();
    match slot {
        "company" => has(&o.employer),
        "role" => has(&o.role),
        "your_name" => has(&ws.settings.your_name),
        "contact_name" => has_contact(ws, &o.id),
        "manager_name" => has_contact(ws, Workspace::CURRENT_ROLE_ID),
        "interview_date" => o.latest_round_date().is_some(),
        "decision_date" => o.dates.employer_decision.is_some(),
        "start_date" => o.dates.start_date.is_some(),
        "deadline" => {
            o.dates.offer_deadline.is_some()
                || a.for_opportunity(&o.id)
                    .is_some_and(|x| matches!(x.recommendation.action, Action::AskForTime { .. }))
        }
        "items_to_negotiate" => !o.asks.is_empty(),
        "counter_ask" => {
            o.negotiation != Default::default()
                && crossroads::core::model::PayPart::ALL
                    .iter()
                    .any(|&p| !o.negotiation.line(p).ask.is_zero())
        }
        // Everything else (a handover plan, what changed, a referral …) only
        // the user can say.
        _ => false,
    }
}

/// What is wrong with one draft, by the independent oracle.
fn problems(ws: &Workspace, a: &Assessment, d: &Generated) -> Vec<String> {
    let o = ws
        .opportunity(&d.opportunity_id)
        .expect("draft of a known opportunity");
    let text = format!("{}\n{}", d.subject, d.body);
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut leak = |what: &str| out.push(format!("private detail: {what}"));

    for (figure, what) in [
        (FLOOR, "the floor"),
        (TARGET, "the target"),
        (TARGET - FLOOR, "the distance from floor to target"),
        (SIGN_ON_FLOOR, "the sign-on floor"),
    ] {
        for s in spellings(figure) {
            if text.contains(&s) {
                leak(&format!("{what} as {s}"));
            }
        }
    }
    for w in PRIVATE_WORDS {
        if lower.contains(w) {
            leak(&format!("a private note ({w})"));
        }
    }
    for w in ENGINE_WORDS {
        if lower.contains(w) {
            leak(&format!("engine wording ({w:?})"));
        }
    }
    let to = recipient(ws, o, d.kind);
    let others = std::iter::once(&ws.current_role)
        .chain(&ws.opportunities)
        .filter(|other| !std::ptr::eq(*other, to));
    for other in others {
        let name = other.employer.trim();
        if !name.is_empty() && text.contains(name) && !d.fields.disclose_competing_employer {
            leak(&format!("another employer's name ({name})"));
        }
    }
    // The people the user met elsewhere are named only to their own
    // employer: a resignation never greets the new employer's hiring manager.
    let (theirs, elsewhere): (Vec<_>, Vec<_>) = ws
        .contacts
        .iter()
        .partition(|c| c.opportunity_id.as_deref() == Some(to.id.as_str()));
    for c in elsewhere {
        let name = c.name.trim();
        let also_theirs = theirs.iter().any(|t| t.name.trim() == name);
        if !also_theirs && name.len() > 2 && text.contains(name) {
            leak(&format!("a person at another employer ({name})"));
        }
    }
    if to.employer != RIVAL {
        for s in spellings(RIVAL_BASE) {
            if text.contains(&s) {
                leak(&format!("the rival's pay as {s}"));
            }
        }
        for s in spellings(RIVAL_EQUITY) {
            if text.contains(&s) {
                leak(&format!("the rival's equity grant as {s}"));
            }
        }
    }

    for slot in gaps(&d.subject, &d.body) {
        if knows(ws, a, o, slot.name()) {
            out.push(format!("a gap the workspace could fill: [{}]", slot.name()));
        }
    }

    if d.fits && !offer_made(o) {
        for phrase in OFFER_WORDING {
            if lower.contains(phrase) {
                out.push(format!("offer wording before an offer: {phrase:?}"));
            }
        }
    }

    if d.kind == MessageKind::CompetingDeadline {
        let named = d.fields.competing_employer.trim();
        if !named.is_empty() && named == o.employer.trim() {
            out.push("a competing deadline told to the deadline's own employer".into());
        }
        if !d.fields.competing_deadline.is_empty()
            && !ws.opportunities.iter().any(|other| {
                other.id != o.id && other.employer.trim() == named && other.stage.has_offer()
            })
        {
            out.push("a competing deadline that is not another employer's offer".into());
        }
    }
    out
}

/// The checker's findings on a text, with what must stay private.
fn checked(d: &Generated, private: &PrivateTerms, subject: &str, body: &str) -> Vec<Rule> {
    let context = CheckContext::for_message(d.kind, Channel::Email, &d.fields, private);
    check(subject, body, &context)
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

/// Whether the checker flags a private detail: its own rule, or the older
/// rule that keeps the competing employer's name out unless chosen.
fn flags_private(rules: &[Rule]) -> bool {
    rules.contains(&Rule::PrivateDetail) || rules.contains(&Rule::CompetitorDisclosed)
}

/// Private details of `ws` a user might paste into a message about
/// `about` by hand: the floor, a note, another employer's name.
fn pastes(ws: &Workspace, about: &Opportunity) -> Vec<String> {
    let mut out = Vec::new();
    if ws.non_negotiables.iter().any(|n| {
        matches!(n, NonNegotiable::Requires { fact: RequiredFact::MinimumBase { amount } } if *amount == Money::from_major_f64(FLOOR, "EUR"))
    }) {
        out.push(format!("My floor is {}.", spellings(FLOOR)[1]));
    }
    if !about.negotiation.base.target.is_zero() {
        out.push(format!("I was hoping for {}.", spellings(TARGET)[1]));
    }
    let source = about.negotiation.base.market_source.trim();
    if source.split_whitespace().count() >= 5 {
        out.push(format!("My range comes from {source}."));
    }
    let worried = about.reactions.worried.trim();
    if worried.split_whitespace().count() >= 5 {
        out.push(format!("Honestly, {worried}."));
    }
    // Why the user started looking is theirs alone, whoever the message is to.
    let looking = ws.current_role.looking_reason.text.trim();
    if looking.split_whitespace().count() >= 5 {
        out.push(format!("To be frank: {looking}."));
    }
    if let Some(other) = ws
        .opportunities
        .iter()
        .find(|o| o.id != about.id && !o.employer.trim().is_empty())
    {
        out.push(format!("{} offered me more.", other.employer.trim()));
    }
    out
}

/// Sweeps every draft of `ws`; returns every problem, named.
fn sweep(name: &str, ws: &Workspace) -> Vec<String> {
    let today = corpus::today();
    let a = drafts::assessment_of(ws, today);
    let mut out = Vec::new();
    // What must stay private depends on the opportunity, the kind and what
    // the user chose to share: worked out once for each.
    let mut terms: BTreeMap<(String, MessageKind, bool), PrivateTerms> = BTreeMap::new();
    for d in every_draft(ws, today) {
        let at = format!(
            "{name} / {} / {:?} {:?}{}",
            d.opportunity_id,
            d.kind,
            d.tone,
            if d.short { " short" } else { "" }
        );
        let sharing = sharing_for(&d);
        let private = terms
            .entry((d.opportunity_id.clone(), d.kind, sharing.excited))
            .or_insert_with(|| PrivateTerms::for_message(ws, &d.opportunity_id, d.kind, sharing));
        let found = problems(ws, &a, &d);
        let rules = checked(&d, private, &d.subject, &d.body);
        let leaks = found.iter().any(|p| p.starts_with("private detail"));
        if leaks != flags_private(&rules) {
            out.push(format!(
                "{at}: the checker disagrees (sweep: {found:?}, checker: {rules:?})\n{}",
                d.body
            ));
        }
        for p in found {
            out.push(format!("{at}: {p}\n{}", d.body));
        }
        // Pasting a private detail in by hand is always caught (checked on
        // one form of each message: the pasted words are the same in all).
        if d.tone == Tone::Neutral && !d.short {
            let about = ws
                .opportunity(&d.opportunity_id)
                .expect("known opportunity");
            for pasted in pastes(ws, about) {
                let body = format!("{}\n\n{pasted}", d.body);
                if !flags_private(&checked(&d, private, &d.subject, &body)) {
                    out.push(format!("{at}: the checker missed a pasted {pasted:?}"));
                }
            }
        }
    }
    out
}

fn assert_clean(problems: Vec<String>) {
    if !problems.is_empty() {
        let shown: Vec<&String> = problems.iter().take(12).collect();
        panic!(
            "{} problems in the sweep; the first ones:\n\n{}",
            problems.len(),
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n\n")
        );
    }
}

#[test]
fn every_draft_for_the_corpus_is_safe_to_send() {
    let mut all = Vec::new();
    let cases = corpus::corpus();
    assert!(cases.len() > 100, "the corpus covers the grid");
    for case in &cases {
        all.extend(sweep(&case.name, &case.workspace));
    }
    assert_clean(all);
}

#[test]
fn the_sweep_sees_every_kind_and_both_families_of_no() {
    // A sweep that generated nothing would pass: make sure it generates the
    // kinds it claims to cover.
    let mut seen = std::collections::BTreeSet::new();
    for case in corpus::corpus() {
        for d in every_draft(&case.workspace, corpus::today()) {
            seen.insert(d.kind);
        }
    }
    let missing: Vec<_> = MessageKind::ALL
        .into_iter()
        .filter(|k| !seen.contains(k))
        .collect();
    assert!(missing.is_empty(), "never generated: {missing:?}");
}

#[test]
fn the_corpus_walks_every_later_path() {
    // The drafts above are only as telling as the advice they were filled
    // from: make sure the corpus reaches each path's advice, and every stage.
    use crossroads::core::recommend::Rule as Why;
    let mut rules = std::collections::BTreeSet::new();
    let mut backed_out = std::collections::BTreeSet::new();
    let mut stages = std::collections::BTreeSet::new();
    for case in corpus::corpus() {
        let a = drafts::assessment_of(&case.workspace, corpus::today());
        for (o, assessed) in case.workspace.opportunities.iter().zip(&a.opportunities) {
            stages.insert(o.stage);
            let rec = &assessed.recommendation;
            for why in [
                Why::BackingOut,
                Why::OfferWithdrawn,
                Why::CounterofferAgainstReason,
                Why::ExplodingOffer,
            ] {
                if rec.has_rule(why) {
                    rules.insert(format!("{why:?}"));
                }
            }
            if let Action::BackOut { signed } = rec.action {
                backed_out.insert(signed);
            }
        }
    }
    assert_eq!(rules.len(), 4, "{rules:?}");
    assert_eq!(backed_out.len(), 2, "spoken and signed: {backed_out:?}");
    assert_eq!(stages.len(), Stage::ALL.len(), "{stages:?}");
}

#[test]
fn the_oracle_finds_what_it_looks_for() {
    // The oracle must be able to fail: a draft carrying each forbidden thing
    // is reported.
    let ws = corpus::grid_workspace(Stage::Interviewing, corpus::RIVAL_ONLY);
    let a = drafts::assessment_of(&ws, corpus::today());
    let mut d = every_draft(&ws, corpus::today())
        .into_iter()
        .find(|d| d.opportunity_id == "main" && d.kind == MessageKind::WithdrawWithReason)
        .expect("a withdrawal is offered before an offer");
    d.body = format!(
        "Thank you for your offer. My floor is 61,237, I hope for 66 613 and {RIVAL} pays {} with {} in shares. [company] {}",
        spellings(RIVAL_BASE)[1],
        spellings(RIVAL_EQUITY)[0],
        PRIVATE_WORDS[0]
    );
    let found = problems(&ws, &a, &d).join("\n");
    for expected in [
        "the floor",
        "the target",
        "private note",
        "another employer's name",
        "rival's pay",
        "rival's equity grant",
        "[company]",
        "offer wording",
    ] {
        assert!(
            found.contains(expected),
            "{expected} not found in:\n{found}"
        );
    }
}

fn facts() -> impl Strategy<Value = (usize, Facts)> {
    (
        0usize..Stage::ALL.len(),
        any::<bool>(),
        0usize..4,
        0usize..4,
        proptest::collection::vec(any::<bool>(), 4),
        0usize..corpus::BREAKERS.len(),
    )
        .prop_map(|(stage, abroad, visa, relocation, flags, breaker)| {
            use crossroads::core::model::{Support, VisaSponsorship};
            (
                stage,
                Facts {
                    abroad,
                    visa: [
                        VisaSponsorship::Unknown,
                        VisaSponsorship::Yes,
                        VisaSponsorship::No,
                        VisaSponsorship::Contingent,
                    ][visa],
                    relocation: [
                        Support::Unknown,
                        Support::None,
                        Support::Verbal,
                        Support::InWriting,
                    ][relocation],
                    recruiter: flags[0],
                    spoken_terms: flags[1],
                    rival: flags[2],
                    not_interested: flags[3],
                    dealbreaker: corpus::BREAKERS[breaker],
                },
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_draft_for_generated_workspaces_is_safe_to_send(
        (stage, facts) in facts(),
        shift in -20i32..20,
        rounds in 0u8..6,
        written in any::<bool>(),
    ) {
        let mut ws = corpus::grid_workspace(Stage::ALL[stage], facts);
        for o in &mut ws.opportunities {
            o.rounds.truncate(usize::from(rounds));
            while o.rounds.len() < usize::from(rounds) {
                o.add_round(None);
            }
            o.written_process = written;
            if let Some(d) = o.dates.offer_deadline {
                o.dates.offer_deadline = Some(d.add_days(shift));
            }
        }
        let problems = sweep(&format!("{stage:?} {facts:?}"), &ws);
        prop_assert!(problems.is_empty(), "{}", problems.into_iter().take(5).collect::<Vec<_>>().join("\n\n"));
    }
}

/// Whether `text` holds `figure` as a number of its own, not inside a
/// longer one ("1,000" is not in "€71,000").
fn spelled(text: &str, figure: &str) -> bool {
    let digit_at = |i: Option<char>| i.is_some_and(|c| c.is_ascii_digit());
    text.match_indices(figure).any(|(at, _)| {
        let mut before = text[..at].chars().rev();
        let b1 = before.next();
        let b2 = before.next();
        let mut after = text[at + figure.len()..].chars();
        let a1 = after.next();
        let a2 = after.next();
        let joins = |c: Option<char>| matches!(c, Some(',' | '.' | ' '));
        let glued_before = digit_at(b1) || (joins(b1) && digit_at(b2));
        let glued_after = digit_at(a1) || (joins(a1) && digit_at(a2));
        !glued_before && !glued_after
    })
}

/// The counter-proposal and its replies, for a random plan on an open offer.
fn counter_plans() -> impl Strategy<Value = (usize, u32, u32, u32, usize, Vec<usize>, bool)> {
    (
        0usize..3,
        0u32..30_000,
        // The distance from floor to target is a figure (1,000 or more).
        500u32..10_000,
        0u32..15,
        0usize..Rationale::ALL.len(),
        proptest::collection::vec(0usize..TradeOff::ALL.len(), 0..4),
        any::<bool>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the figures, the reason and the trade-offs, a counter-proposal
    /// or a reply never states the floor, the target, the distance between
    /// them or where the range came from, and names the rival only when the
    /// user chose to; the checker agrees on every draft.
    #[test]
    fn counter_proposals_keep_the_plans_private_figures(
        (stage, floor_step, above, ask_up, rationale, trades, name) in counter_plans(),
    ) {
        let stage = [Stage::VerbalOffer, Stage::WrittenOffer, Stage::Counteroffer][stage];
        let mut ws = corpus::grid_workspace(stage, corpus::RIVAL_ONLY);
        // Odd figures for the floor and the target, round thousands for the
        // ask: no figure the message may say spells a private one.
        let floor = 40_001 + 2 * floor_step;
        let target = floor + 2 * above;
        let ask = (target / 1000 + 1 + ask_up) * 1000;
        let eur = |x: u32| Money::major(i64::from(x), "EUR");
        {
            let plan = &mut ws.opportunities[0].negotiation;
            plan.base.floor = eur(floor);
            plan.base.target = eur(target);
            plan.base.ask = eur(ask);
            plan.rationale = Rationale::ALL[rationale];
            plan.scope = "leading the pricing platform".into();
            plan.trade_offs.clear();
            for t in trades {
                let kind = TradeOff::ALL[t];
                if plan.trade_off(kind).is_none() {
                    plan.trade_offs.push(TradeOffChoice { kind, detail: String::new() });
                }
            }
        }
        if name {
            ws.message_details.entry("main".into()).or_default()
                .insert("name_other_employer".into(), "yes".into());
        }
        let source = ws.opportunities[0].negotiation.base.market_source.to_lowercase();
        let mut seen = 0;
        for d in every_draft(&ws, corpus::today()) {
            if d.opportunity_id != "main" || !d.kind.is_counter() {
                continue;
            }
            seen += 1;
            let text = format!("{}\n{}", d.subject, d.body);
            for (figure, what) in [(floor, "floor"), (target, "target"), (target - floor, "distance")] {
                for s in spellings(f64::from(figure)) {
                    prop_assert!(!spelled(&text, &s), "the {what} as {s}:\n{text}");
                }
            }
            prop_assert!(!text.to_lowercase().contains(&source), "{text}");
            prop_assert!(!text.to_lowercase().contains(PRIVATE_WORDS[2]), "{text}");
            let chosen = name && Rationale::ALL[rationale] == Rationale::CompetingOffer;
            if text.contains(RIVAL) {
                prop_assert!(chosen, "named without being chosen: {}", text);
            }
            if chosen && d.kind == MessageKind::CounterProposal && !d.short {
                prop_assert!(text.contains(RIVAL), "named as chosen: {}", text);
            }
            if d.kind == MessageKind::CounterProposal || d.kind == MessageKind::CounterMet {
                prop_assert!(text.contains(&format!("€{},000", ask / 1000)), "the ask: {}", text);
            }
            let private = PrivateTerms::for_message(&ws, "main", d.kind, sharing_for(&d));
            let rules = checked(&d, &private, &d.subject, &d.body);
            prop_assert!(!flags_private(&rules), "{:?}: {:?}\n{}", d.kind, rules, text);
        }
        prop_assert_eq!(seen, 4 * 6, "four kinds, three tones, full and short");
    }
}
