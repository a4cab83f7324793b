// Inlined at the top of <head> by scripts/build/prerender.mjs (allowed by its
// hash in the CSP) and run before the first paint. The body holds the start
// screen as a first visit sees it; it may show only where the app will render
// exactly that: the start address, with nothing Crossroads saved in this
// browser (src/app/platform/storage.rs names the keys) and storage usable.
// Elsewhere style/prerender.css hides it until the app takes over, so a deep
// link or a returning user never sees a screen that is not theirs. Until the
// app is live, this script keeps what the user does on the copy, and hands
// it to the app's screen when the app mounts. It also starts the download
// of the app itself (scripts/build/defer-wasm.mjs says why it waits for the
// first paint).
(() => {
  const root = document.documentElement;
  // The wasm, fetched once: Trunk's module script hands this response to the
  // app's init. The build fills in its URL.
  let fetchWasm;
  self.crossroadsWasm = new Promise((resolve) => {
    fetchWasm = () => {
      fetchWasm = () => {};
      resolve(fetch("__WASM_URL__"));
    };
  });
  // Served by the service worker, the wasm comes from this device's cache and
  // takes no bandwidth from the first paint: there is nothing to wait for.
  if (navigator.serviceWorker?.controller) fetchWasm();
  const saved = () => {
    try {
      return Object.keys(localStorage).some((key) => key.startsWith("crossroads."));
    } catch {
      // Storage is blocked: the app opens with a warning above the screen.
      return true;
    }
  };
  // As Route::from_hash: the start screen is an empty path, slashes aside.
  const applies = () => /^#*\/*$/.test(location.hash) && !saved();
  // The app waits while the attribute says "painting" (src/app/prerender.rs)
  // and hears this event when it changes. Once the copy is painted or hidden,
  // the page waits for nothing else from the network: the wasm comes next.
  const settle = (state) => {
    const waited = root.getAttribute("data-prerender") === "painting";
    root.setAttribute("data-prerender", state);
    fetchWasm();
    if (waited) dispatchEvent(new Event("crossroads-prerender-settled"));
  };
  const hide = () => {
    settle("hidden");
    document.querySelector("[data-pressed]")?.removeAttribute("data-pressed");
  };
  const painted = () => root.getAttribute("data-prerender") === "painting" && settle("painted");
  if (!applies()) {
    hide();
  } else if (document.visibilityState === "visible" && self.PerformanceObserver?.supportedEntryTypes?.includes("largest-contentful-paint")) {
    // A paint the browser has not reported yet is dropped when its elements
    // go, and the app's identical paint would then count as the first, and
    // as the largest (LCP). The report follows the paint within a frame or two.
    root.setAttribute("data-prerender", "painting");
    new PerformanceObserver(painted).observe({ type: "largest-contentful-paint", buffered: true });
    // A page loaded in the background paints nothing until it is shown.
    addEventListener("visibilitychange", painted);
    // A key or pointer pressed before the first paint stops the browser
    // reporting paints: the app is wanted now. And should the report never
    // come for a reason not foreseen here, the wasm still comes.
    for (const type of ["keydown", "pointerdown"]) addEventListener(type, () => fetchWasm(), { capture: true, once: true });
    setTimeout(() => fetchWasm(), 1000);
  } else {
    // In the background, or no paint reports: nothing to wait for.
    fetchWasm();
  }
  // A link followed before the app is live leads to another screen.
  addEventListener("hashchange", () => applies() || hide());
  // Until the app is live: the skip link focuses the content, as the app's
  // does (its fragment would otherwise name a screen), and the last button
  // pressed is marked for the app to press again once it is live.
  addEventListener(
    "click",
    (event) => {
      const target = event.target.closest?.(".skip-link[data-prerendered], [data-prerendered] button");
      if (!target) return;
      if (target.localName === "a") {
        event.preventDefault();
        document.getElementById("main").focus();
        return;
      }
      document.querySelector("[data-pressed]")?.removeAttribute("data-pressed");
      target.setAttribute("data-pressed", "");
    },
    true,
  );
  // The app has mounted its own screen after the copy (src/app/prerender.rs).
  // The copy goes while this event is dispatched, in the task of the mount,
  // so no frame shows both or neither. The live screen has the same elements,
  // so the same path of child indices leads from the copy's focused or
  // pressed element to its live counterpart.
  addEventListener("crossroads-mounted", () => {
    const tops = [...document.body.children];
    const copy = tops.filter((element) => element.hasAttribute("data-prerendered"));
    const live = tops.filter((element) => !copy.includes(element) && !["noscript", "script"].includes(element.localName));
    const counterpart = (element) => {
      if (!element) return null;
      const path = [];
      let node = element;
      for (; node && !copy.includes(node); node = node.parentElement) {
        path.unshift([...(node.parentElement?.children ?? [])].indexOf(node));
      }
      let found = node && live[copy.indexOf(node)];
      for (const i of path) found = found?.children[i];
      return found?.localName === element.localName && found.textContent === element.textContent ? found : null;
    };
    const focused = counterpart(document.activeElement);
    const pressed = counterpart(document.querySelector("[data-pressed]"));
    // Before the copy goes: a focused element that is removed leaves focus on
    // <body> for a moment, and screen readers announce that.
    focused?.focus({ preventScroll: true });
    for (const element of copy) element.remove();
    // In a later task, once the effects the mount queued have run: the press
    // then meets the app as one made now would.
    if (pressed) setTimeout(() => pressed.click());
  });
})();
