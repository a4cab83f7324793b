// Minifies the JS glue wasm-bindgen writes (Trunk's own minifier stops at its
// `export { … as default }` and ships it whole). Its file name's hash is Trunk's,
// taken before minifying; the file is renamed after the bytes it now holds, so
// a host that caches hashed names for ever never pairs an old file with the new
// integrity hash (a change of terser or of the options below changes the bytes
// and not Trunk's hash).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { minify } from "terser";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Minifies the one top-level .js file `html` (index.html's text) refers to,
 * renames it and returns `html` pointing at the new name, with the new sha384
 * in every `integrity` of a tag that loads it. Stops the build if there is
 * not exactly one such file.
 */
export async function minifyGlue(dir, html) {
  const glue = readdirSync(dir).filter((name) => name.endsWith(".js") && html.includes(name));
  if (glue.length !== 1) {
    console.error(`post-build: expected index.html to load one JS file, found ${glue.length}: ${glue.join(", ")}`);
    process.exit(1);
  }
  const [name] = glue;
  const source = readFileSync(join(dir, name), "utf8");
  const { code } = await minify(source, {
    // An ES module: export names, `default` and the bindings the boot script
    // imports, stay as they are; only names inside the module are shortened.
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const renamed = name.replace(/-[0-9a-f]+\.js$/, `-${hash}.js`);
  rmSync(join(dir, name));
  writeFileSync(join(dir, renamed), code);

  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  const loadsGlue = new RegExp(`\\s(?:href|src)=["']?(?:\\./)?${escapeRegExp(name)}["'\\s>]`);
  let rewritten = 0;
  const out = html
    .replace(/<(?:link|script)\b[^>]*>/g, (tag) => {
      if (!loadsGlue.test(tag) || !/\sintegrity=/.test(tag)) return tag;
      rewritten++;
      return tag.replace(/(\sintegrity=)(?:"[^"]*"|'[^']*'|[^\s>]+)/, `$1${integrity}`);
    })
    .replaceAll(name, renamed);
  const gz = (text) => gzipSync(text, { level: 9 }).length.toLocaleString("en");
  console.log(
    `post-build: JS glue ${name} ${Buffer.byteLength(source).toLocaleString("en")} → ${Buffer.byteLength(code).toLocaleString("en")} bytes ` +
      `(gzip ${gz(source)} → ${gz(code)}) as ${renamed}; ${rewritten} integrity hash(es) rewritten`,
  );
  return out;
}
