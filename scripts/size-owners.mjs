// Prices the wasm by owner: which part of the code (a screen, the core, Leptos,
// serde, std) or the data section holds how many bytes, raw and gzip.
//
// It builds the same release wasm as `trunk build --release` (same profile,
// same wasm-bindgen, same wasm-opt flags read from index.html) with the
// function names kept (`-g`), reads the name section, and groups each
// function body by the path in its name. Gzip per owner is the gzip of that
// owner's bodies concatenated, so the rows add up to a little more than the
// whole module compresses to (shared patterns compress across owners).
//
// Usage: ./scripts/size-owners.sh [--markdown] [--top N]   (sets up the tools, then runs this)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = new URL("..", import.meta.url).pathname;
const markdown = process.argv.includes("--markdown");
// `--top N` also lists the N largest functions, to see what to work on.
const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 0;

/** Reads an unsigned LEB128 at `pos`; returns [value, next position]. */
function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, pos];
    shift += 7;
  }
}

/** The module's imported function count, function bodies, names and data segments. */
export function parseModule(bytes) {
  let pos = 8;
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  const data = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    let size;
    [size, pos] = leb(bytes, pos);
    const end = pos + size;
    if (id === 2) {
      let count;
      let p;
      [count, p] = leb(bytes, pos);
      for (let i = 0; i < count; i++) {
        for (let s = 0; s < 2; s++) {
          let len;
          [len, p] = leb(bytes, p);
          p += len;
        }
        const kind = bytes[p++];
        if (kind === 0) {
          importedFunctions++;
          [, p] = leb(bytes, p);
        } else if (kind === 1) {
          p += 1;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          throw new Error(`import kind ${kind} not understood`);
        }
      }
    } else if (id === 10) {
      let count;
      let p;
      [count, p] = leb(bytes, pos);
      for (let i = 0; i < count; i++) {
        let len;
        const start = p;
        [len, p] = leb(bytes, p);
        bodies.push(bytes.subarray(start, p + len));
        p += len;
      }
    } else if (id === 11) {
      data.push(bytes.subarray(pos, end));
    } else if (id === 0) {
      let len;
      let p;
      [len, p] = leb(bytes, pos);
      const name = new TextDecoder().decode(bytes.subarray(p, p + len));
      p += len;
      if (name === "name") {
        while (p < end) {
          const sub = bytes[p++];
          let subSize;
          [subSize, p] = leb(bytes, p);
          const subEnd = p + subSize;
          if (sub === 1) {
            let count;
            let q;
            [count, q] = leb(bytes, p);
            for (let i = 0; i < count; i++) {
              let index;
              let nameLen;
              [index, q] = leb(bytes, q);
              [nameLen, q] = leb(bytes, q);
              names.set(index, new TextDecoder().decode(bytes.subarray(q, q + nameLen)));
              q += nameLen;
            }
          }
          p = subEnd;
        }
      }
    }
    pos = end;
  }
  return { importedFunctions, bodies, names, data };
}

// First match wins: the more specific owners come first. A generic function
// is named after the type it was made for (`<crossroads::core::model::Opportunity
// as serde::Deserialize>`), so serde's derives for the model are their own row.
const OWNERS = [
  ["serde derives for the model + serde_json", /serde|_serde::|serde_json/],
  ["UI: messages", /crossroads::app::pages::messages/],
  ["UI: workspace steps (opportunity)", /crossroads::app::pages::opportunity/],
  ["UI: start", /crossroads::app::pages::start/],
  ["UI: people", /crossroads::app::pages::people/],
  ["UI: settings", /crossroads::app::pages::settings/],
  ["UI: checklists", /crossroads::app::pages::checklists/],
  ["UI: compare", /crossroads::app::pages::compare/],
  ["UI: plan", /crossroads::app::pages::plan/],
  ["UI: print", /crossroads::app::pages::print/],
  ["UI: guide", /crossroads::app::pages::guide/],
  ["UI: other pages", /crossroads::app::pages/],
  ["UI: data (storage, import, export)", /crossroads::app::data/],
  ["UI: forms", /crossroads::app::forms/],
  ["UI: shell, route, platform, state", /crossroads::app/],
  ["core: recommendation engine", /crossroads::core::recommend/],
  ["core: message studio and templates", /crossroads::core::(studio|templates|message|check|channel)/],
  ["core: model and storage", /crossroads::core::(model|storage)/],
  ["core: other", /crossroads::core|crossroads::/],
  ["Leptos runtime + type erasure", /leptos|reactive_graph|tachys|any_spawner|or_poisoned|throw_error|send_wrapper|wasm_bindgen_futures|futures|slotmap|hydration_context|oco_ref|guardian/],
  ["wasm-bindgen, js-sys, web-sys, gloo", /wasm_bindgen|js_sys|web_sys|gloo|__wbg|__wbindgen|console_error_panic_hook/],
  ["Rust std/alloc", /^(<)?&?(mut )?(core|alloc|std|hashbrown|dlmalloc|compiler_builtins|rustc_demangle|memchr|itoa|ryu)::|^<(core|alloc|std|hashbrown)|^(core|alloc|std)::|^__rust|^rust_|dlmalloc|compiler_builtins|^__(r|l|a|m|f|d)/],
];

// v0 names carry each crate's disambiguator (`crossroads[30ae…]::app`).
const plain = (name) => name.replace(/\[[0-9a-f]+\]/g, "");
const ownerOf = (name) => (name ? (OWNERS.find(([, re]) => re.test(plain(name)))?.[0] ?? "unnamed or other") : "unnamed or other");

function wasmOptParams() {
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const level = html.match(/data-wasm-opt="(\w+)"/)?.[1] ?? "z";
  const params = html.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? "";
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** The wasm rustflags of .cargo/config.toml: RUSTFLAGS would replace them, so they are repeated. */
function configRustflags() {
  const config = readFileSync(join(ROOT, ".cargo/config.toml"), "utf8");
  const list = config.match(/\[target\.wasm32-unknown-unknown\][^[]*rustflags\s*=\s*\[([^\]]*)\]/)?.[1];
  if (list === undefined) throw new Error(".cargo/config.toml: no rustflags for wasm32-unknown-unknown");
  return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(" ");
}

function buildWithNames() {
  const dir = mkdtempSync(join(tmpdir(), "crossroads-size-"));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  // v0 symbol names carry the generic arguments, so a Leptos function made
  // for a screen's view names that screen. Its own target folder keeps the
  // normal build's cache intact.
  const target = join(ROOT, "target", "size-owners");
  execFileSync("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "crossroads"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CARGO_TARGET_DIR: target, RUSTFLAGS: `${configRustflags()} -C symbol-mangling-version=v0` },
  });
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", dir, join(target, "wasm32-unknown-unknown/release/crossroads.wasm")]);
  const input = join(dir, "crossroads_bg.wasm");
  const output = join(dir, "named.wasm");
  // `-g` keeps the name section through wasm-opt (and changes the result by
  // a few hundred bytes at most: names never decide an optimisation).
  run("wasm-opt", [...wasmOptParams(), "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", input, "-o", output]);
  const bytes = readFileSync(output);
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

function main() {
  const bytes = buildWithNames();
  const { importedFunctions, bodies, names, data } = parseModule(bytes);
  const groups = new Map();
  bodies.forEach((body, i) => {
    const owner = ownerOf(names.get(importedFunctions + i));
    if (!groups.has(owner)) groups.set(owner, []);
    groups.get(owner).push(body);
  });
  const rows = [...groups].map(([owner, parts]) => {
    const joined = Buffer.concat(parts);
    return { owner, functions: parts.length, raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  });
  const dataBytes = Buffer.concat(data);
  rows.push({ owner: "data section (text: templates, guide, labels, inert HTML, panic paths)", functions: 0, raw: dataBytes.length, gzip: gzipSync(dataBytes, { level: 9 }).length });
  rows.sort((a, b) => b.gzip - a.gzip);
  const whole = gzipSync(bytes, { level: 9 }).length;
  if (top) {
    const largest = bodies.map((body, i) => [body.length, plain(names.get(importedFunctions + i) ?? "?")]).sort((a, b) => b[0] - a[0]);
    for (const [size, name] of largest.slice(0, top)) console.log(`${String(size).padStart(7)}  ${name.slice(0, 220)}`);
  }
  const kb = (n) => (n / 1024).toFixed(1);
  if (markdown) {
    console.log("| owner | functions | raw KB | gzip KB |\n| --- | ---: | ---: | ---: |");
    for (const r of rows) console.log(`| ${r.owner} | ${r.functions || ""} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
    console.log(`| whole module (names kept) | ${bodies.length} | ${kb(bytes.length)} | ${kb(whole)} |`);
  } else {
    console.log(`${"owner".padEnd(72)} ${"fns".padStart(5)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)}`);
    for (const r of rows) console.log(`${r.owner.padEnd(72)} ${String(r.functions || "").padStart(5)} ${kb(r.raw).padStart(8)} ${kb(r.gzip).padStart(8)}`);
    console.log(`${"whole module (names kept, so a little larger than the build)".padEnd(72)} ${String(bodies.length).padStart(5)} ${kb(bytes.length).padStart(8)} ${kb(whole).padStart(8)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
