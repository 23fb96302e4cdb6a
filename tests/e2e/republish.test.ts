// Republishing safely: a spreadsheet-saved copy of data/ builds a site byte-identical to the one
// under test (so builds are reproducible and a republication's diff shows only real changes), a
// broken file stops the build and leaves the last good site untouched, and the Updates page and
// Atom feed list the releases. One full build (slow), so it runs once, here. The site under test
// must have been built from this tree (CI: `npm run build && npm test`).
import { settled } from "./settle";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { serveDist } from "../../scripts/tools/static-server";
import { copyAsFrenchSpreadsheet } from "../helpers/spreadsheet";

const root = process.cwd();
const distDir = join(root, process.env.OUT_DIR ?? "dist");
const lastGood = `.build/republish-${process.pid}-last-good`;
const rebuilt = `.build/republish-${process.pid}-spreadsheet`;
const temp = mkdtempSync(join(tmpdir(), "republish-"));

/** SHA-256 of every file under a folder, keyed by relative path. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
  }
  return out;
}

/** Vitest copies import.meta.env into process.env (DEV=1, MODE=test…); a real build has none of it. */
const VITEST_ENV = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);

/** Runs `npm run build` as a user would, without vitest's variables (DEV=1 turns on dev-only pages). */
function build(outDir: string, dataDir?: string) {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_ENV.has(k) && !k.startsWith("VITEST")));
  // Build what the site under test was built with: the developer gallery only if it has one.
  if (existsSync(join(distDir, "dev/charts/index.html"))) env.DEV_GALLERY = "1";
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...env, OUT_DIR: outDir, ...(dataDir ? { DATA_DIR: dataDir } : {}) },
  });
}

let hashesA: Map<string, string>;
let browser: Browser;
beforeAll(async () => {
  hashesA = hashTree(distDir);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const dir of [lastGood, rebuilt]) rmSync(join(root, dir), { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe("republishing", () => {
  it("builds byte-identical files from the same data saved by a French-locale spreadsheet", () => {
    const spreadsheet = join(temp, "spreadsheet");
    copyAsFrenchSpreadsheet(join(root, "data"), spreadsheet);
    cpSync(join(root, "data/releases"), join(spreadsheet, "releases"), { recursive: true });
    expect(readFileSync(join(spreadsheet, "trade_annual.csv"), "utf8")).toMatch(/^\uFEFFyear;/);
    const b = build(rebuilt, spreadsheet);
    expect(b.status, b.stderr).toBe(0);
    const hashesB = hashTree(join(root, rebuilt));
    expect(hashesA.size).toBeGreaterThan(100);
    const differing = [...new Set([...hashesA.keys(), ...hashesB.keys()])].filter((k) => hashesA.get(k) !== hashesB.get(k));
    expect(differing, `these files differ from ${relative(root, distDir)}/ (was it built from this tree and data?)`).toEqual([]);
  }, 600_000);

  it("refuses a broken data file with a message, leaving the last good site unchanged", () => {
    const broken = join(temp, "broken");
    cpSync(join(root, "data"), broken, { recursive: true });
    const trade = join(broken, "trade_annual.csv");
    writeFileSync(trade, readFileSync(trade, "utf8").replace(/^2024,[\d.]+,/m, "2024,455 MMDH,"));
    cpSync(distDir, join(root, lastGood), { recursive: true });
    const result = build(lastGood, broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/trade_annual.csv, line \d+, column exports_mad_bn: "455 MMDH" contains a unit or text/);
    expect(result.stderr).toMatch(/ligne \d+, colonne exports_mad_bn: "455 MMDH" contient une unité/);
    expect(result.stderr).toMatch(/last good site .* is unchanged/);
    expect(hashTree(join(root, lastGood))).toEqual(hashesA);
  }, 120_000);

  it("lists every release on the Updates page, in each language, and in a well-formed Atom feed", async () => {
    const releases = readFileSync(join(root, "data/releases.csv"), "utf8").trim().split(/\r?\n/).length - 1;
    const { origin, close } = await serveDist(distDir, "/");
    try {
      const page = await (await browser.newContext()).newPage();
      for (const [prefix, heading] of [
        ["", "Mises à jour des données"],
        ["ar/", "تحديثات المعطيات"],
        ["en/", "Data updates"],
      ]) {
        await page.goto(`${origin}/${prefix}mises-a-jour/`);
        await settled(page);
        expect(await page.locator("h1").textContent()).toBe(heading);
        expect(await page.locator(".release-list > li").count()).toBe(releases);
        const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
        expect(feedHref).toBe(`/${prefix}mises-a-jour/feed.xml`);
        const feed = await page.evaluate(async (href) => {
          const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), "application/xml");
          return {
            error: doc.querySelector("parsererror")?.textContent ?? null,
            entries: doc.getElementsByTagName("entry").length,
            updated: doc.documentElement.getElementsByTagName("updated")[0]?.textContent,
          };
        }, feedHref!);
        expect(feed.error).toBeNull();
        expect(feed.entries).toBe(releases);
        expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
      // The footer's "data as of" date is the latest release's and leads to the Updates page.
      await page.goto(`${origin}/en/`);
      await settled(page);
      const asOf = page.locator('footer a[href="/en/mises-a-jour/"]');
      expect(await asOf.textContent()).toMatch(/^Data as of \d{1,2} \w+ \d{4}$/);
      // Each release keeps an archived embed per chart, drawn from its snapshot and dated by it.
      const latest = readFileSync(join(root, "data/releases.csv"), "utf8").trim().split(/\r?\n/).at(-1)!.split(/[,;]/)[0];
      const archived = await page.goto(`${origin}/en/embed/trade-coverage/${latest}/`);
      await settled(page);
      expect(archived?.status()).toBe(200);
      expect(await page.locator("article.embed").getAttribute("data-release")).toBe(latest);
      expect(await page.locator(".embed-foot").textContent()).toMatch(/Data as of \d{1,2} \w+ \d{4}/);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`${origin}/ar/mises-a-jour/`);
      await settled(page);
    } finally {
      await close();
    }
  }, 120_000);
});
