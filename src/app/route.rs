//! Screens are addressed by the URL fragment (`#/compare`), so every screen
//! survives a reload on any static file server without rewrite rules.

use leptos::prelude::*;

use crate::core::guide::{slug_for, Topic};

/// A screen of the app. The fragment is `#/` followed by the segments below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` — the dashboard with quick starts.
    Start,
    /// `#/opportunity/{id}[/{step}]` — one opportunity's workspace, at a step.
    Opportunity {
        /// The opportunity id.
        id: String,
        /// The step's slug; empty for the first.
        step: String,
    },
    /// `#/compare` — everything side by side.
    Compare,
    /// `#/messages[/{id}[/{kind}]]` — the message studio, optionally on one opportunity and message.
    Messages {
        /// The opportunity id, if one is chosen.
        id: Option<String>,
        /// The message kind's slug, if one is chosen.
        kind: Option<String>,
    },
    /// `#/plan` — dated follow-ups across opportunities.
    Plan,
    /// `#/checklists[/{id}]` — the checklists, per opportunity.
    Checklists {
        /// The opportunity id, if one is chosen.
        id: Option<String>,
    },
    /// `#/people` — contacts and what was sent.
    People,
    /// `#/guide[/{section}]` — the advice in short sections.
    Guide {
        /// The section's slug, if one is chosen.
        section: Option<String>,
    },
    /// `#/settings` — calendar, thresholds, priorities, and your data.
    Settings,
    /// `#/print/{id}` — a one-page decision summary.
    Print {
        /// The opportunity id.
        id: String,
    },
    /// An address the app does not know.
    NotFound(String),
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        let part = |i: usize| parts.get(i).cloned();
        match (parts.first().map(String::as_str), parts.len()) {
            (None, _) => Route::Start,
            (Some("opportunity"), 2 | 3) => Route::Opportunity {
                id: parts[1].clone(),
                step: part(2).unwrap_or_default(),
            },
            (Some("compare"), 1) => Route::Compare,
            (Some("messages"), 1..=3) => Route::Messages {
                id: part(1),
                kind: part(2),
            },
            (Some("plan"), 1) => Route::Plan,
            (Some("checklists"), 1 | 2) => Route::Checklists { id: part(1) },
            (Some("people"), 1) => Route::People,
            (Some("guide"), 1 | 2) => Route::Guide { section: part(1) },
            (Some("settings"), 1) => Route::Settings,
            (Some("print"), 2) => Route::Print {
                id: parts[1].clone(),
            },
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The guide section that explains `topic`.
    pub fn guide_for(topic: Topic) -> Route {
        Route::Guide {
            section: Some(slug_for(topic).to_string()),
        }
    }

    /// The `href` that leads to this route.
    pub fn href(&self) -> String {
        let segments: Vec<&str> = match self {
            Route::Start => vec![],
            Route::Opportunity { id, step } if step.is_empty() => vec!["opportunity", id],
            Route::Opportunity { id, step } => vec!["opportunity", id, step],
            Route::Compare => vec!["compare"],
            Route::Messages { id, kind } => ["messages"]
                .into_iter()
                .chain(id.as_deref())
                .chain(kind.as_deref())
                .collect(),
            Route::Plan => vec!["plan"],
            Route::Checklists { id } => ["checklists"].into_iter().chain(id.as_deref()).collect(),
            Route::People => vec!["people"],
            Route::Guide { section } => ["guide"].into_iter().chain(section.as_deref()).collect(),
            Route::Settings => vec!["settings"],
            Route::Print { id } => vec!["print", id],
            Route::NotFound(path) => return format!("#/{path}"),
        };
        let encoded: Vec<String> = segments.into_iter().map(encode).collect();
        format!("#/{}", encoded.join("/"))
    }

    /// The document title for this screen.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Start => "Crossroads",
            Route::Opportunity { .. } => "Opportunity · Crossroads",
            Route::Compare => "Compare · Crossroads",
            Route::Messages { .. } => "Messages · Crossroads",
            Route::Plan => "Plan · Crossroads",
            Route::Checklists { .. } => "Checklists · Crossroads",
            Route::People => "People · Crossroads",
            Route::Guide { .. } => "Guide · Crossroads",
            Route::Settings => "Settings · Crossroads",
            Route::Print { .. } => "Decision summary · Crossroads",
            Route::NotFound(_) => "Not found · Crossroads",
        }
    }

    /// Which navigation entry this screen belongs to.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Start | Route::Opportunity { .. } | Route::NotFound(_) => "start",
            Route::Compare | Route::Print { .. } => "compare",
            Route::Messages { .. } => "messages",
            Route::Plan => "plan",
            Route::Checklists { .. } => "checklists",
            Route::People => "people",
            Route::Guide { .. } => "guide",
            Route::Settings => "settings",
        }
    }
}

/// Ids are UUIDs and slugs are ASCII, but a pasted address can hold anything.
fn encode(segment: &str) -> String {
    js_sys::encode_uri_component(segment).into()
}

fn decode(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .map(String::from)
        .unwrap_or_else(|_| segment.to_string())
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to `route` (adds a history entry, like following a link).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// The route as a signal that follows `hashchange`. Also keeps the document
/// title in step and moves focus to `<main>` on navigation, so screen-reader
/// and keyboard users land on the new content.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::from_hash(&current_hash()));
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| document().set_title(route.get().title()));
    route
}
