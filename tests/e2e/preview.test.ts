// npm run data:preview (issue 15, item 8) with one changed cell: the report lists exactly the
// chart that draws it and the pages that show or list that chart, with images before and after and
// the changed sentences side by side; nothing else a reader sees. Runs one real build of the
// edited data beside the site under test (dist/, which must be built from this tree).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { builtPaths, distDir } from "../../scripts/tools/built-pages";

const root = process.cwd();
const temp = mkdtempSync(join(tmpdir(), "preview-e2e-"));
const report = join(root, ".build/preview-report/index.html");
let run: ReturnType<typeof spawnSync>;

/** Vitest copies import.meta.env into process.env (DEV=1 turns on dev-only pages); a real build has none of it. */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestEnv = new Set(["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"]);
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestEnv.has(k) && !k.startsWith("VITEST")));
  // Build what the site under test was built with: the developer gallery only if it has one.
  if (existsSync(join(distDir(), "dev/charts/index.html"))) env.DEV_GALLERY = "1";
  return env;
}

beforeAll(() => {
  const data = join(temp, "data");
  cpSync(join(root, "data"), data, { recursive: true });
  const file = join(data, "firm_concentration.csv");
  const text = readFileSync(file, "utf8");
  // One cell: the share of exports of one concentration figure.
  const edited = text.replace(/^(industries-20pct-70pct,[^,]*,[^,]*,)70,/m, "$171,");
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
  run = spawnSync(process.execPath, ["--import", "tsx", "scripts/preview-data.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...buildEnv(), DATA_DIR: data, PREVIEW_PUBLISHED: distDir() },
  });
}, 900_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the preview of a one-cell change", () => {
  it("lists exactly the chart and the pages that use the cell", () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
    const { document } = parseHTML(readFileSync(report, "utf8"));
    const [charts, pages, , embeds] = Array.from(document.querySelectorAll("section"));
    expect(Array.from(charts.querySelectorAll("h3 code")).map((c) => c.textContent)).toEqual(["firm-concentration"]);
    // Independently of the report: the published pages that show the chart or link to its page.
    const usesChart = builtPaths()
      .filter((p) => !p.includes("/embed/"))
      .filter((p) => {
        const html = readFileSync(join(distDir(), p.endsWith("/") ? `${p}index.html` : p), "utf8");
        const { document: page } = parseHTML(html);
        return (
          page.querySelector('figure[data-chart-id="firm-concentration"]') !== null ||
          Array.from(page.querySelectorAll("a[href]")).some((a) => /\/graphiques\/firm-concentration\/$/.test(a.getAttribute("href") ?? ""))
        );
      });
    expect(
      Array.from(pages.querySelectorAll("h3 code"))
        .map((c) => c.textContent)
        .sort(),
    ).toEqual(usesChart.sort());
    expect(
      Array.from(embeds.querySelectorAll("code"))
        .map((c) => c.textContent)
        .sort(),
    ).toEqual(["/ar/embed/firm-concentration/", "/embed/firm-concentration/", "/en/embed/firm-concentration/"]);
  });
  it("shows the chart before and after, and the changed sentences side by side", () => {
    const { document } = parseHTML(readFileSync(report, "utf8"));
    const images = Array.from(document.querySelectorAll("section img")).map((i) => i.getAttribute("src") ?? "");
    expect(images).toHaveLength(2);
    for (const src of images) expect(existsSync(join(root, ".build/preview-report", src))).toBe(true);
    const cells = Array.from(document.querySelectorAll("td")).map((td) => td.textContent ?? "");
    expect(cells.some((c) => /70\s?%/.test(c))).toBe(true);
    expect(cells.some((c) => /71\s?%/.test(c))).toBe(true);
  });
});
