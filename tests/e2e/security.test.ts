// Security gate. (1) Escaping: markup and script are put into data cells (a copy of data/) and
// into Markdown content (a copy of src/content/), the site is built from those copies into a
// temporary folder, and Chromium, with the CSP switched off so escaping alone is tested, proves
// that the payloads show as text and nothing runs. (2) (The no-other-origin check runs in
// csp.test.ts, in the same pass over every page.) (3) The README explains `npm audit --omit=dev`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/tools/browser";
import { serveDist } from "../../scripts/tools/static-server";
import { builtPages, representativePages } from "../../scripts/tools/built-pages";
import { settled } from "./settle";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A payload that runs code if it is ever parsed as HTML, in text or in an attribute. */
const payload = (marker: string) =>
  `${marker}<script>window.__xssHits.push('${marker} script')</script><img src="x" onerror="window.__xssHits.push('${marker} img')">"'><svg onload="window.__xssHits.push('${marker} svg')"></svg><b>${marker}-bold</b>`;

/** Cells that reach pages as text: [file, row index (0 = first data row), column, marker]. */
const cells: [string, number, string, string][] = [
  ["sources.csv", 0, "title", "XSSSOURCE"],
  ["sources.csv", 0, "publisher", "XSSPUBLISHER"],
  ["reforms.csv", 0, "name_fr", "XSSREFORMFR"],
  ["reforms.csv", 0, "name_ar", "XSSREFORMAR"],
  ["reforms.csv", 0, "name_en", "XSSREFORMEN"],
  ["offices.csv", 0, "note_fr", "XSSOFFICEFR"],
  ["offices.csv", 0, "note_en", "XSSOFFICEEN"],
  ["sectors.csv", 0, "name_fr", "XSSSECTORFR"],
  ["milestones.csv", 0, "title_en", "XSSMILESTONEEN"],
  ["levers.csv", 0, "description_fr", "XSSLEVERFR"],
];

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rewrites one cell of a CSV file (comma-separated, as data/ is kept). */
function setCell(file: string, row: number, column: string, value: string) {
  const rows = parse(readFileSync(file, "utf8"), { bom: true, relax_column_count: true }) as string[][];
  const col = rows[0]?.indexOf(column) ?? -1;
  if (col < 0 || !rows[row + 1]) throw new Error(`${file}: no column ${column} or row ${row}`);
  rows[row + 1][col] = value;
  writeFileSync(file, rows.map((r) => r.map(csvField).join(",")).join("\n") + "\n");
}

const markdownPayload = [
  "",
  "XSSMD-text <script>window.__xssHits.push('md script')</script>",
  "",
  '<img src="x" onerror="window.__xssHits.push(\'md img\')"> <iframe src="javascript:parent.__xssHits.push(\'md iframe\')"></iframe>',
  "",
  "[XSSMD-link](javascript:window.__xssHits.push('md link')) and <a href=\"javascript:window.__xssHits.push('md a')\">XSSMD-a</a>",
  "",
].join("\n");

/** Problems found on one loaded page: code that ran, or live elements made from a payload. */
async function inspect(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
    // Hover and click nothing destructive: focus every chart so tooltip code paints payload text.
    for (const el of document.querySelectorAll<HTMLElement>("[tabindex='0']")) el.focus();
  });
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const found: string[] = (window as unknown as { __xssHits: string[] }).__xssHits.map((h) => `ran: ${h}`);
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        if (/^on/i.test(attr)) found.push(`live handler ${el.tagName.toLowerCase()}[${attr}]`);
        if (/^\s*javascript:/i.test(value) && value.includes("__xss")) found.push(`javascript: URL in ${el.tagName.toLowerCase()}[${attr}]`);
      }
    }
    for (const s of document.querySelectorAll("script")) {
      const type = (s.getAttribute("type") ?? "").toLowerCase();
      const executable = type === "" || type === "module" || type.includes("javascript");
      if (executable && (s.textContent ?? "").includes("__xssHits")) found.push("a payload <script> element is in the DOM");
    }
    if (document.querySelector("img[src='x'], iframe[src^='javascript']")) found.push("a payload <img>/<iframe> element is in the DOM");
    return found;
  });
}

describe("escaping of data and Markdown", () => {
  const work = mkdtempSync(join(tmpdir(), "xss-"));
  const outDir = join(".build", `out-xss-${process.pid}`);
  let built: ReturnType<typeof spawnSync> | undefined;

  beforeAll(() => {
    const dataCopy = join(work, "data");
    const contentCopy = join(work, "content");
    cpSync("data", dataCopy, { recursive: true });
    cpSync(join("src", "content"), contentCopy, { recursive: true });
    for (const [file, row, column, marker] of cells) setCell(join(dataCopy, file), row, column, payload(marker));
    // Every Markdown page of every locale gets raw HTML, script and javascript: links in its body.
    for (const entry of readdirSync(contentCopy, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".md"))
        writeFileSync(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), "utf8") + markdownPayload);
    }
    built = spawnSync("npm", ["run", "build"], { encoding: "utf8", env: { ...process.env, DATA_DIR: dataCopy, CONTENT_DIR: contentCopy, OUT_DIR: outDir } });
  }, 600_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it("the site builds from data and content that carry markup", () => {
    expect(built?.status, `${built?.stdout}\n${built?.stderr}`.slice(-3000)).toBe(0);
  });

  it("in Chromium, every page carrying a payload shows it as text and runs nothing", { timeout: 600_000 }, async () => {
    expect(existsSync(join(outDir, "index.html"))).toBe(true);
    // Enough pages to meet every payload, and one of each template that carries any.
    const carrying = builtPages(join(process.cwd(), outDir))
      .map((p) => ({ ...p, html: readFileSync(p.file, "utf8") }))
      .filter((p) => /XSS[A-Z]+/.test(p.html));
    const markers = [...cells.map((c) => c[3]), "XSSMD-text"];
    const pages = representativePages(carrying, 1);
    for (const marker of markers) {
      if (!pages.some((p) => carrying.find((c) => c.file === p.file)?.html.includes(marker))) {
        const page = carrying.find((c) => c.html.includes(marker));
        if (page) pages.push(page);
      }
    }
    const { origin: xssOrigin, close } = await serveDist(join(process.cwd(), outDir));
    // CSP off: the test proves the escaping itself, not the policy that would also stop it.
    const context = await browser.newContext({ bypassCSP: true });
    await context.addInitScript(() => {
      (window as unknown as { __xssHits: string[] }).__xssHits = [];
    });
    const problems: string[] = [];
    const shownAsText = new Set<string>();
    const page = await context.newPage();
    for (const target of pages) {
      await page.goto(xssOrigin + target.urlPath);
      // The page's own scripts (tooltips, tables) run after the first paint: judge the page they leave.
      await settled(page);
      problems.push(...(await inspect(page)).map((p) => `${target.urlPath}: ${p}`));
      const text = await page.evaluate(() => document.body.innerText);
      for (const [, , , marker] of cells) if (text.includes(`${marker}<script>`)) shownAsText.add(marker);
      for (const marker of ["XSSMD-text", "XSSMD-link"]) if (text.includes(marker)) shownAsText.add(marker);
    }
    await context.close();
    await close();
    console.log(`security: ${pages.length} pages carry a payload; shown as text: ${[...shownAsText].sort().join(", ")}`);
    expect(problems).toEqual([]);
    // Each payload must really reach a page, or the test above proves nothing about it.
    const expected = [...cells.map((c) => c[3]), "XSSMD-text", "XSSMD-link"];
    expect(expected.filter((m) => !shownAsText.has(m))).toEqual([]);
  });
});

describe("dependencies", () => {
  it("the README has a section on `npm audit --omit=dev` explaining any remaining advisory", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toMatch(/npm audit --omit=dev/);
  });
});
