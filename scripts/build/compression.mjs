// How the build compresses, in one place: the precompressed siblings
// (precompress.mjs), the size budget and the static server all use these, so
// the figures the budget prints are the bytes a host would send.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { extname } from "node:path";

/**
 * File types that get .br and .gz siblings: text and wasm. PNG and other
 * image and font formats are compressed already; the icons' few hundred bytes
 * of gain come from how they were encoded, better fixed in the PNG itself
 * than by asking every host to gzip images.
 */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".wasm", ".json", ".webmanifest", ".svg", ".txt", ".xml"]);

/** The encodings written beside each compressible file, best first; `suffix` names the sibling. */
export const ENCODINGS = [
  { name: "br", suffix: ".br", compress: (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) },
  { name: "gzip", suffix: ".gz", compress: (data) => gzipSync(data, { level: 9 }) },
];

/** Whether a file of the build at `path` gets precompressed siblings. */
export const isCompressible = (path) => COMPRESSIBLE.has(extname(path).toLowerCase());
