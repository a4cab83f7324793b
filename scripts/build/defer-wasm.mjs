// The wasm (the whole app) is fetched by the page's boot script
// (prerender-boot.js), not by a preload in <head>: on a first visit, once the
// prerendered start screen's first paint is on record; anywhere else at once.
// Lighthouse's default (simulated) throttling replays an unthrottled load
// and counts every request that finished before its largest contentful paint
// as needed for that paint. Preloaded from <head>, the 420 KB wasm usually
// finished first on a fast load, so the simulation put its whole download on
// slow 4G before the paint (LCP 3.2 s), although the paint needs only the
// page itself (its stylesheet is inline). Fetched once the paint is on
// record, it is outside the paint's path in the simulation, as it is in fact.
// The cost: the download starts after the page is parsed, laid out and
// painted instead of while it is parsed (README, Performance, has the figures).
// Trunk's module script hands the boot script's response to the app's init;
// without the boot script (the prerender step renders the page before it is
// added) init fetches the file itself, as Trunk wrote it.
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The global the boot script puts its fetch of the wasm (a Promise<Response>) in. */
export const WASM_GLOBAL = "crossroadsWasm";

/**
 * Removes Trunk's `<link rel=preload>` of the wasm from `html` (index.html's
 * text) and has Trunk's module script init the app with the boot script's
 * response. Returns the new html and the wasm's URL, as the page names it,
 * for the boot script. Throws unless there is exactly one of each.
 */
export function deferWasm(html) {
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\srel=["']?preload["'\s>]/.test(tag) && /\shref=["']?[^"'\s>]+\.wasm["'\s>]/.test(tag));
  if (preloads.length !== 1) throw new Error(`defer-wasm: expected one preload of the wasm in index.html, found ${preloads.length}`);
  const url = preloads[0].match(/\shref=["']?([^"'\s>]+)/)[1];
  const name = url.replace(/^\.?\//, "");
  const init = new RegExp(`(module_or_path:\\s*)(["'])((?:\\./)?${escapeRegExp(name)})\\2`, "g");
  const calls = html.match(init) ?? [];
  if (calls.length !== 1) throw new Error(`defer-wasm: expected Trunk's module script to init the app with ${name} once, found ${calls.length}`);
  return {
    html: html.replace(preloads[0], "").replace(init, `$1self.${WASM_GLOBAL} ?? $2$3$2`),
    wasm: `./${name}`,
  };
}
