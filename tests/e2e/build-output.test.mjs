// The release build as a host receives it: the JS glue minified and named after
// its bytes, integrity hashes that match what they name, the stylesheet inline
// and allowed by its hash, and .br and .gz siblings that are exactly the files
// beside them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DIST } from "./support/app.mjs";

// Trunk stages the next build in dist/.stage; it is not part of this one.
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(DIST).map((path) => relative(DIST, path).split(sep).join("/"));
const siblings = files.filter((f) => /\.(br|gz)$/.test(f));
const originals = files.filter((f) => !/\.(br|gz)$/.test(f));
const html = readFileSync(join(DIST, "index.html"), "utf8");
const read = (file) => readFileSync(join(DIST, file));

test("every .br and .gz decompresses byte for byte to the file beside it", () => {
  assert.ok(siblings.some((f) => f.endsWith(".br")) && siblings.some((f) => f.endsWith(".gz")), "the build has both kinds");
  for (const sibling of siblings) {
    const original = sibling.replace(/\.(br|gz)$/, "");
    assert.ok(existsSync(join(DIST, original)), `${sibling} has its original beside it`);
    const decompress = sibling.endsWith(".br") ? brotliDecompressSync : gunzipSync;
    assert.ok(decompress(read(sibling)).equals(read(original)), `${sibling} decompresses to ${original}`);
  }
});

test("every text and wasm file has a .br and a .gz, and the PNG icons have neither", () => {
  const text = originals.filter((f) => [".html", ".css", ".js", ".wasm", ".webmanifest", ".json", ".svg"].includes(extname(f)));
  for (const kind of [".html", ".js", ".wasm", ".webmanifest", ".svg"]) {
    assert.ok(text.some((f) => f.endsWith(kind)), `the build has a ${kind} file`);
  }
  assert.ok(text.includes("sw.js"), "the service worker is among them");
  for (const file of text) {
    assert.ok(files.includes(`${file}.br`), `${file}.br`);
    assert.ok(files.includes(`${file}.gz`), `${file}.gz`);
  }
  // PNG is deflate already: a host would not compress it again.
  const png = originals.filter((f) => f.endsWith(".png"));
  assert.ok(png.length > 0, "the build has PNG icons");
  for (const file of png) assert.ok(!files.includes(`${file}.br`) && !files.includes(`${file}.gz`), `${file} has no sibling`);
});

test("every integrity hash in index.html matches the file it names", () => {
  const tags = [...html.matchAll(/<(?:link|script)\b[^>]*\sintegrity=["']?([^"'\s>]+)[^>]*>/g)];
  const checked = tags.map(([tag, integrity]) => {
    const file = tag.match(/\s(?:href|src)=["']?(?:\.\/)?([^"'\s>]+)/)[1];
    const [algorithm, digest] = integrity.split(/-(.*)/s);
    assert.equal(createHash(algorithm).update(read(file)).digest("base64"), digest, `integrity of ${file}`);
    return file;
  });
  assert.ok(checked.some((f) => f.endsWith(".js")), "the JS glue is loaded with an integrity hash");
});

test("the stylesheet is inline, allowed by its hash in the CSP, and ships as no file of its own", () => {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1, "one <style> in index.html");
  assert.match(styles[0], /\[data-prerender=["']?hidden["']?\]/, "it holds every sheet, the prerender's too");
  assert.match(styles[0], /@media print/, "and the print styles");
  const csp = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)[0];
  const styleSrc = csp.match(/style-src([^;"]*)/)[1].trim().split(/\s+/);
  const hash = `'sha256-${createHash("sha256").update(styles[0]).digest("base64")}'`;
  assert.deepEqual(styleSrc, ["'self'", hash], "style-src allows this <style> by its hash, and no other inline style");
  assert.doesNotMatch(html, /rel=["']?stylesheet/, "no stylesheet link is left");
  assert.deepEqual(originals.filter((f) => f.endsWith(".css")), [], "no .css file is left in the build");
});

test("the JS glue the boot script imports is minified and named after its bytes", () => {
  const name = html.match(/\bfrom\s*["']\.\/([^"']+\.js)["']/)[1];
  const js = read(name).toString("utf8");
  assert.doesNotMatch(js, /\/\*\*|\n\s{4}/, "no doc comments or indented lines are left");
  const hash = createHash("sha256").update(js).digest("hex").slice(0, 16);
  assert.match(name, new RegExp(`-${hash}\\.js$`), "a change of its bytes changes its name");
  assert.match(js, /\bas default\b|\bexport default\b/, "init is still the default export the boot script imports");
});
