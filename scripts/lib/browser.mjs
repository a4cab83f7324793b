// Debian's Chromium through playwright-core (never a downloaded browser), with
// the flags every user of it needs here: the build's prerender step, the
// end-to-end tests and the benchmarks.
import { chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches Debian's Chromium headless (CHROMIUM names another binary). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
