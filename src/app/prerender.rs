//! Taking over from the start screen that the build prerendered into
//! `index.html` (`scripts/build/prerender.mjs`), which a first visit sees
//! while the wasm is still on its way.
//!
//! The app mounts beside the prerendered copy and the copy is removed in the
//! same task, so no frame is ever painted with both screens (two `<main>`,
//! two `<h1>`) or with neither (a blank flash, a jump in the scroll position).
//! What the user did before the app was live carries over: focus moves to the
//! same element of the live screen, and the last button pressed
//! (marked by `scripts/build/prerender-boot.js`) is pressed again.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, FocusOptions, HtmlElement};

/// The boot script's state on `<html>` while the first paint of the
/// prerendered copy is not yet on record, and the event it sends when that
/// changes (`scripts/build/prerender-boot.js`).
const STATE: &str = "data-prerender";
const PAINTING: &str = "painting";
const SETTLED: &str = "crossroads-prerender-settled";
/// The longest wait for that record. It usually comes a frame after the
/// paint; a key pressed before the first paint stops the browser reporting
/// paints, and then it never comes.
const PATIENCE: Duration = Duration::from_millis(200);

/// Set by the build on each top-level element of the prerendered copy.
const PRERENDERED: &str = "data-prerendered";
/// Set by the boot script on the button last pressed before the app was live.
const PRESSED: &str = "[data-pressed]";

/// Where an element sits in the prerendered copy: the index of its top-level
/// element, then its index among its parent's element children, level by
/// level. The live screen has the same elements, so the same path finds the
/// same element there.
type Path = Vec<usize>;

/// Runs `take_over` now, or, while the prerendered copy shows and the
/// browser has not yet reported painting it, once it has. Removing the copy
/// before that report makes the browser drop the paint and count the app's
/// identical one, later, as the page's first and largest (LCP): a fast load
/// would then look as slow as a blank page waiting for the wasm.
pub fn when_settled(take_over: impl FnOnce() + 'static) {
    let painting = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute(STATE))
        .is_some_and(|state| state == PAINTING);
    if !painting {
        return take_over();
    }
    let pending = Rc::new(Cell::new(Some(take_over)));
    let run = move || {
        if let Some(take_over) = pending.take() {
            take_over();
        }
    };
    let on_settled = Closure::once_into_js(run.clone());
    let _ = leptos::prelude::window()
        .add_event_listener_with_callback(SETTLED, on_settled.unchecked_ref());
    leptos::prelude::set_timeout(run, PATIENCE);
}

/// The prerendered copy, found before the app mounts.
pub struct Prerendered {
    roots: Vec<Element>,
    focused: Option<(Element, Path)>,
    pressed: Option<(Element, Path)>,
}

impl Prerendered {
    /// Finds the prerendered copy (none when the page was built without it)
    /// and what the user focused and pressed in it.
    pub fn find() -> Prerendered {
        let document = leptos::prelude::document();
        let roots: Vec<Element> = document
            .body()
            .map(|body| {
                element_children(&body)
                    .filter(|e| e.has_attribute(PRERENDERED))
                    .collect()
            })
            .unwrap_or_default();
        let located = |element: Option<Element>| {
            let element = element?;
            let path = path_in(&roots, &element)?;
            Some((element, path))
        };
        let focused = located(document.active_element());
        let pressed = located(document.query_selector(PRESSED).ok().flatten());
        Prerendered {
            roots,
            focused,
            pressed,
        }
    }

    /// Removes the prerendered copy once the app has mounted (call it in the
    /// same task as the mount), moving focus to the live screen. Returns the
    /// live counterpart of the button pressed before the app was live.
    pub fn hand_over(self) -> Option<HtmlElement> {
        let live: Vec<Element> = leptos::prelude::document()
            .body()
            .map(|body| {
                element_children(&body)
                    .filter(|e| !e.has_attribute(PRERENDERED))
                    .filter(|e| !matches!(e.local_name().as_str(), "noscript" | "script"))
                    .collect()
            })
            .unwrap_or_default();
        let counterpart = |(element, path): (Element, Path)| {
            let found = follow(&live, &path)?;
            let same = found.local_name() == element.local_name()
                && found.text_content() == element.text_content();
            same.then_some(found)?.dyn_into::<HtmlElement>().ok()
        };
        // Focus before removing: a focused element that is removed leaves
        // focus on <body> for a moment, and screen readers announce that.
        if let Some(element) = self.focused.and_then(counterpart) {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
        for root in &self.roots {
            root.remove();
        }
        self.pressed.and_then(counterpart)
    }
}

fn element_children(parent: &Element) -> impl Iterator<Item = Element> {
    std::iter::successors(parent.first_element_child(), Element::next_element_sibling)
}

fn index_in_parent(element: &Element) -> usize {
    std::iter::successors(
        element.previous_element_sibling(),
        Element::previous_element_sibling,
    )
    .count()
}

fn path_in(roots: &[Element], element: &Element) -> Option<Path> {
    let mut path = Vec::new();
    let mut node = element.clone();
    loop {
        if let Some(root) = roots.iter().position(|r| *r == node) {
            path.push(root);
            path.reverse();
            return Some(path);
        }
        path.push(index_in_parent(&node));
        node = node.parent_element()?;
    }
}

fn follow(roots: &[Element], path: &[usize]) -> Option<Element> {
    let (first, rest) = path.split_first()?;
    let root = roots.get(*first)?.clone();
    rest.iter()
        .try_fold(root, |element, &i| element_children(&element).nth(i))
}
