//! Taking over from the start screen that the build prerendered into
//! `index.html` (`scripts/build/prerender.mjs`), which a first visit sees
//! while the wasm is still on its way.
//!
//! The app mounts after the prerendered copy and says so with an event; the
//! page's boot script (`scripts/build/prerender-boot.js`), which knows the
//! copy, removes it while the event is dispatched, in the same task as the
//! mount. So no frame is ever painted with both screens (two `<main>`, two
//! `<h1>`) or with neither (a blank flash, a jump in the scroll position).
//! The script also moves focus to the same element of the live screen and
//! presses again the last button pressed before the app was live. That DOM
//! work lives in the script, beside the build that writes the copy: it costs
//! 0.3 KB gzip there, and cost 1.6 KB as wasm.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Event;

/// The boot script's state on `<html>` while the first paint of the
/// prerendered copy is not yet on record, and the event it sends when that
/// changes.
const STATE: &str = "data-prerender";
const PAINTING: &str = "painting";
const SETTLED: &str = "crossroads-prerender-settled";
/// The longest wait for that record. It usually comes a frame after the
/// paint; a key pressed before the first paint stops the browser reporting
/// paints, and then it never comes.
const PATIENCE: Duration = Duration::from_millis(200);
/// Sent once the app has mounted: the boot script then removes the copy.
const MOUNTED: &str = "crossroads-mounted";

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

/// Tells the page the app has mounted beside the prerendered copy; the copy
/// is gone when this returns.
pub fn hand_over() {
    if let Ok(mounted) = Event::new(MOUNTED) {
        let _ = leptos::prelude::window().dispatch_event(&mounted);
    }
}
