//! Registers the service worker that makes the app work offline, and reports
//! when a new deploy has been downloaded and is waiting to take over.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// A new version that has been installed and waits for the user's go-ahead.
#[derive(Clone)]
pub struct UpdateReady(ServiceWorker);

impl UpdateReady {
    /// Lets the waiting version take over, then reloads once it has.
    pub fn activate(&self) {
        let navigator = window().navigator();
        let container = navigator.service_worker();
        let reload = Closure::once_into_js(|| {
            let _ = window().location().reload();
        });
        let _ =
            container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
        let _ = self.0.post_message(&JsValue::from_str("skip-waiting"));
    }
}

/// Registers `sw.js` and returns a signal that becomes `Some` when an update waits.
/// Where service workers are unavailable (an insecure origin, some private
/// modes) the app simply runs without offline support.
pub fn register() -> ReadSignal<Option<UpdateReady>, LocalStorage> {
    let (ready, set_ready) = signal_local(None);
    let navigator = window().navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported {
        return ready;
    }
    let container = navigator.service_worker();
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // An update found on an earlier visit may already be waiting.
        if let Some(waiting) = registration.waiting() {
            if container.controller().is_some() {
                set_ready.set(Some(UpdateReady(waiting)));
            }
        }
        watch_for_updates(&registration, container, set_ready);
    });
    ready
}

fn watch_for_updates(
    registration: &ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    set_ready: WriteSignal<Option<UpdateReady>, LocalStorage>,
) {
    let reg = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let worker = installing.clone();
        let container = container.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            // The very first install has no controller: that is not an update.
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                set_ready.set(Some(UpdateReady(worker.clone())));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // The registration lives as long as the page; so does its listener.
    on_update_found.forget();
}
