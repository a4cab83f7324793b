// The test and benchmark server sends what a host serving the build's
// precompressed files would: brotli if the browser takes it, else gzip, and
// the file as is when compression is off or the file is an image.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { get } from "node:http";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DIST, launch, openApp, serveDist } from "./support/app.mjs";

/** GETs `url` with no decoding on the way, so the test sees the bytes on the wire. */
function fetchRaw(url, acceptEncoding) {
  const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

const glue = readdirSync(DIST).find((f) => f.endsWith(".js") && f !== "sw.js");
const original = (file) => readFileSync(join(DIST, file));
const servers = {};
before(async () => {
  servers.compressed = await serveDist(DIST, { compress: true });
  servers.plain = await serveDist(DIST);
});
after(() => Object.values(servers).forEach(({ server }) => server.close()));

test("a browser that takes brotli gets the .br beside the file, marked as varying by Accept-Encoding", async () => {
  const res = await fetchRaw(servers.compressed.url + glue, "gzip, deflate, br, zstd");
  assert.equal(res.status, 200);
  assert.equal(res.headers["content-encoding"], "br");
  assert.equal(res.headers.vary, "Accept-Encoding");
  assert.match(res.headers["content-type"], /^text\/javascript/);
  assert.ok(res.body.equals(original(`${glue}.br`)), "the precompressed file is sent as it is");
});

test("without brotli, or with it refused, the .gz is sent", async () => {
  for (const accept of ["gzip", "br;q=0, gzip;q=0.5", "deflate, gzip"]) {
    const res = await fetchRaw(servers.compressed.url, accept);
    assert.equal(res.headers["content-encoding"], "gzip", accept);
    assert.ok(res.body.equals(original("index.html.gz")), accept);
  }
});

test("the file goes as it is when the browser takes no compression, for images, and when compression is off", async () => {
  const cases = [
    [servers.compressed.url + glue, undefined, glue],
    [servers.compressed.url + glue, "identity", glue],
    [servers.compressed.url + glue, "br;q=0, gzip;q=0", glue],
    [servers.compressed.url + "icons/icon-512.png", "br, gzip", "icons/icon-512.png"],
    [servers.plain.url + glue, "br, gzip", glue],
  ];
  for (const [url, accept, file] of cases) {
    const res = await fetchRaw(url, accept);
    assert.equal(res.headers["content-encoding"], undefined, `${url} (${accept})`);
    assert.ok(res.body.equals(original(file)), `${url} (${accept})`);
  }
});

test("{ gzip: true }, the option's older name, still compresses, and a file with no siblings is gzipped on the fly", async () => {
  const site = mkdtempSync(join(tmpdir(), "crossroads-server-"));
  const page = "<!doctype html><title>static</title>" + "<p>same words again</p>".repeat(200);
  writeFileSync(join(site, "static.html"), page);
  const host = await serveDist(site, { gzip: true });
  try {
    const res = await fetchRaw(`${host.url}static.html`, "br, gzip");
    assert.equal(res.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(res.body).toString("utf8"), page);
  } finally {
    host.server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test("the app starts when served brotli-compressed, its integrity checks passing on the decoded files", async () => {
  const browser = await launch();
  try {
    // `headers()` is synchronous: an async read of a response that arrives
    // late (the service worker precaching) would outlive the context.
    const coding = new Map();
    const context = await browser.newContext();
    context.on("response", (res) => coding.set(new URL(res.url()).pathname, res.headers()["content-encoding"]));
    const { page, cspViolations, errors } = await openApp(browser, servers.compressed.url, {}, context);
    assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /Decide what to do next/);
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(errors, []);
    const wasm = readdirSync(DIST).find((f) => f.endsWith(".wasm"));
    assert.equal(coding.get(`/${glue}`), "br", "the JS glue came as brotli");
    assert.equal(coding.get(`/${wasm}`), "br", "the wasm came as brotli");
    await context.close();
  } finally {
    await browser.close();
  }
});
