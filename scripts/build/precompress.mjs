// Writes <file>.br and <file>.gz beside every compressible file of the build,
// for hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy's precompressed, most static CDNs): brotli at quality 11 is too slow to
// run per request, so only a file made ahead of time gets it. Must run last:
// a sibling of a file changed afterwards would serve stale bytes, and the
// service worker's list, written before, must not name the siblings.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ENCODINGS, isCompressible } from "./compression.mjs";

const walk = (d) =>
  readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Precompresses every compressible file under `dir` and prints what it wrote. */
export function precompress(dir) {
  const originals = walk(dir).filter(isCompressible);
  const totals = Object.fromEntries(ENCODINGS.map(({ name }) => [name, 0]));
  let raw = 0;
  for (const path of originals) {
    const data = readFileSync(path);
    raw += data.length;
    for (const { name, suffix, compress } of ENCODINGS) {
      const packed = compress(data);
      writeFileSync(path + suffix, packed);
      totals[name] += packed.length;
    }
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sizes = ENCODINGS.map(({ name }) => `${name} ${kb(totals[name])}`).join(", ");
  console.log(`post-build: precompressed ${originals.length} files, ${kb(raw)} → ${sizes}`);
}
