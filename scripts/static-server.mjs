// A plain static file server, like any static host: no rewrites, and no
// compression unless asked (`{ compress: true }`, as the Lighthouse benchmark
// does, because real static hosts send text and wasm compressed). Compressed,
// it answers as a host serving precompressed files does: the build's .br or
// .gz beside the file, so benchmarks see the bytes such a host would send.
// Used by scripts/serve.sh and by the end-to-end tests and benchmarks.
// Usage: node scripts/static-server.mjs DIR [PORT]   (PORT 0 picks a free one)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ENCODINGS, isCompressible } from "./build/compression.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Which content codings an Accept-Encoding header value allows: a function of
 * a coding's name. A coding listed with q=0 is refused; `*` stands for any
 * coding not listed.
 */
function acceptsEncoding(header = "") {
  const q = new Map();
  for (const part of header.split(",")) {
    const [name, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith("q="));
    if (name) q.set(name, weight === undefined ? 1 : Number(weight.slice(2)));
  }
  return (coding) => (q.get(coding) ?? q.get("*") ?? 0) > 0;
}

/**
 * The body and content coding to send for `file`: its precompressed sibling,
 * brotli before gzip, when the request accepts that coding; else gzip made on
 * the fly (as hosts do for files nobody precompressed), else the file as is.
 */
async function encoded(file, acceptHeader) {
  const accepts = acceptsEncoding(acceptHeader);
  for (const { name, suffix } of ENCODINGS) {
    if (!accepts(name)) continue;
    const sibling = await readFile(file + suffix).catch(() => null);
    if (sibling) return { body: sibling, coding: name };
  }
  const body = await readFile(file);
  if (!accepts("gzip")) return { body, coding: null };
  return { body: ENCODINGS.find(({ name }) => name === "gzip").compress(body), coding: "gzip" };
}

/**
 * Starts a server for `dir` on 127.0.0.1:`port`; resolves to `{ server, url }`.
 * `{ compress: true }` sends text and wasm compressed when the request allows
 * it; `{ gzip: true }`, its name from before brotli, does the same.
 */
export function serve(dir, port = 0, { compress = false, gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error("outside root");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
      let body;
      if ((compress || gzip) && isCompressible(file)) {
        // Caches between here and the browser must keep one copy per coding.
        headers.vary = "Accept-Encoding";
        const { body: sent, coding } = await encoded(file, req.headers["accept-encoding"]);
        body = sent;
        if (coding) headers["content-encoding"] = coding;
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found");
    }
  });
  return new Promise((ok) =>
    server.listen(port, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Crossroads is being served at ${url}  (Ctrl+C to stop)`);
}
