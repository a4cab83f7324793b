// Trunk post_build hook. Runs with TRUNK_STAGING_DIR pointing at the finished build.
// 0. The stylesheets (one source file per screen, for people) become one
//    <style> in index.html (for browsers), allowed by its hash in the CSP's
//    style-src: the first paint then needs the page alone, not one more round
//    trip for a stylesheet (on slow 4G, 560 ms), and nothing else competes
//    with the wasm for the connection. (Eleven render-blocking stylesheets
//    had queued the script and the wasm behind them over HTTP/1.1.)
// 1. Trunk injects an inline module script that boots the wasm; its hash changes
//    with every build, so the strict CSP gets that hash here, never 'unsafe-inline'.
//    The wasm is not preloaded from <head>: the prerendered page's boot
//    script fetches it after the first paint (build/defer-wasm.mjs).
// 2. The service worker gets the exact list of files to precache and a version
//    derived from their contents, so a new deploy is a new cache.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { deferWasm } from "./build/defer-wasm.mjs";
import { minifyGlue } from "./build/minify-glue.mjs";
import { precompress } from "./build/precompress.mjs";
import { prerender } from "./build/prerender.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk build");
  process.exit(1);
}

const sha256 = (data, encoding) => createHash("sha256").update(data).digest(encoding);

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const sheets = [...html.matchAll(/<link[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => ({
  tag: m[0],
  href: m[0].match(/\bhref="?\.?\/?([^"\s>]+)"?/)[1],
}));
if (sheets.length === 0) {
  console.error("post-build: no stylesheet links found in index.html");
  process.exit(1);
}
/** The first brace that does not pair up in a stylesheet, as "line N", or null. */
function unbalanced(text) {
  let depth = 0;
  let line = 1;
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  for (const ch of code) {
    if (ch === "\n") line++;
    if (ch === "{") depth++;
    if (ch === "}" && --depth < 0) return `an extra } on line ${line}`;
  }
  return depth > 0 ? `${depth} unclosed {` : null;
}
const css = sheets
  .map(({ href }) => {
    const text = readFileSync(join(dir, href), "utf8");
    // Trunk only warns and ships a sheet it cannot parse; a stray brace can
    // silently drop the rules after it, so the build stops here instead.
    const problem = unbalanced(text);
    if (problem) {
      console.error(`post-build: ${href}: ${problem}`);
      process.exit(1);
    }
    return text;
  })
  .join("\n");
if (/<\/style/i.test(css)) {
  console.error("post-build: a stylesheet contains </style, which would end the inline <style> early");
  process.exit(1);
}
for (const { href } of sheets) rmSync(join(dir, href));
// Where the first stylesheet was, so the cascade keeps its order.
html = html.replace(sheets[0].tag, () => `<style>${css}</style>`);
for (const { tag } of sheets.slice(1)) html = html.replace(tag, "");
if (!html.includes("__STYLE_HASH__")) {
  console.error("post-build: the CSP placeholder __STYLE_HASH__ is missing from index.html");
  process.exit(1);
}
html = html.replace("__STYLE_HASH__", `'sha256-${sha256(css, "base64")}'`);
html = await minifyGlue(dir, html);
let wasm;
try {
  ({ html, wasm } = deferWasm(html));
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) {
  console.error("post-build: no inline boot script found in index.html");
  process.exit(1);
}
const hashes = inline.map((body) => `'sha256-${sha256(body, "base64")}'`).join(" ");
if (!html.includes("__BOOT_SCRIPT_HASH__")) {
  console.error("post-build: the CSP placeholder __BOOT_SCRIPT_HASH__ is missing from index.html");
  process.exit(1);
}
html = html.replace("__BOOT_SCRIPT_HASH__", hashes);
writeFileSync(indexPath, html);
await prerender(dir, { wasm });

const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const files = walk(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();
const version = sha256(files.map((f) => f + "\0" + sha256(readFileSync(join(dir, f)), "hex")).join("\n"), "hex").slice(0, 16);

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace('"__VERSION__"', JSON.stringify(version))
  .replace("__PRECACHE__", JSON.stringify(files));
writeFileSync(swPath, sw);
console.log(`post-build: ${sheets.length} stylesheets inline (${(Buffer.byteLength(css) / 1024).toFixed(1)} KB); CSP ${inline.length} boot script hash(es); service worker ${version} precaches ${files.length} files`);
precompress(dir);
