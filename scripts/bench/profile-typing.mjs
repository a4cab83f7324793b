// Not a benchmark: a CPU profile of matrix keystrokes, to see where the time goes.
// Usage: node scripts/bench/profile-typing.mjs DIST_WITH_NAMES
import { launch, loadSample, seed, serveDist } from "./lib.mjs";

const browser = await launch();
const { server, url } = await serveDist(process.argv[2]);
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await seed(context);
  await page.goto(url);
  await page.locator("main h1").waitFor();
  const firstCard = page.getByRole("main").getByRole("article").first().getByRole("link").first();
  const id = (await firstCard.getAttribute("href")).replace(/^#\/opportunity\//, "").split("/")[0];
  await page.goto(`${url}#/opportunity/${id}/matrix`);
  const cells = page.getByRole("table", { name: "Decision matrix" }).getByRole("combobox");
  await cells.first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const n = await cells.count();
  for (let i = 0; i < 80; i++) {
    const atEnd = await page.evaluate((k) => {
      const cell = document.querySelectorAll("table.matrix select")[k];
      cell.focus();
      return cell.selectedIndex === cell.options.length - 1;
    }, (i * 7) % n);
    await page.keyboard.press(atEnd ? "ArrowUp" : "ArrowDown");
    await page.waitForTimeout(30);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // inclusive time by walking parents
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      const name = `${f.functionName || "(anon)"}`;
      if (seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 45);
  console.log("SELF ms");
  for (const [k, v] of top(self)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
  console.log("INCLUSIVE ms");
  for (const [k, v] of top(incl)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
} finally {
  await browser.close();
  server.close();
}
