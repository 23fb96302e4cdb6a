// Every figure follows the data (issue 12, items 1–2). In a copy of data/, each goal gets a new
// target, horizon and baseline (as after a new announcement: the value and the announced wording)
// and trade_annual.csv a new latest year; the site is built from it into a temporary folder. Then no
// current page, embed, chart image or CSV/JSON download, in any locale, may still print a figure
// computed from the old values, and each file that printed one now prints the new one. Text typed
// in data/ (source titles, notes, quoted wordings) is the editors' to update and is left out of the
// scan (page-text.ts); the Updates page, its feeds and the archived embeds of earlier releases keep
// history on purpose. PNG images are drawn from the same SVG; they must at least be redrawn.
// One extra build (slow). The site under test (dist/) must be built from this tree's data/.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { distDir } from "../../scripts/tools/built-pages";
import { builtFiles, dataTextCells, fileText, withoutDataText } from "./page-text";

const root = process.cwd();
const oldDist = distDir();
const temp = mkdtempSync(join(tmpdir(), "follows-data-"));
const dataCopy = join(temp, "data");
const outDir = join(".build", `follows-data-${process.pid}`);

/** A CSV cell, quoted when it needs it. */
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Rewrites rows of a data CSV: `edit` gets each row as a record and changes it in place. */
function editCsv(file: string, edit: (row: Record<string, string>) => void, extra: Record<string, string>[] = []) {
  const rows = parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  const header = Object.keys(rows[0]);
  rows.forEach(edit);
  const all = [...rows, ...extra];
  writeFileSync(file, [header, ...all.map((r) => header.map((h) => r[h] ?? ""))].map((r) => r.map(quote).join(",")).join("\n") + "\n");
}

const goalsFile = readFileSync(join(root, "data/goals.csv"), "utf8");
const goals = parse(goalsFile, { columns: true }) as Record<string, string>[];
const goal = (id: string) => goals.find((g) => g.goal_id === id)!;
const trade = parse(readFileSync(join(root, "data/trade_annual.csv"), "utf8"), { columns: true }) as Record<string, string>[];
const latestTrade = trade.reduce((a, b) => (Number(b.year) > Number(a.year) ? b : a));

// The values before and after. Chosen so that none of the new ones is a number the site shows anyway.
const was = {
  jobs: Number(goal("jobs").target_value),
  exporters: Number(goal("new-exporters").target_value),
  exportersBase: Number(goal("new-exporters").baseline_value),
  exportersBaseYear: Number(goal("new-exporters").baseline_year),
  exports: Number(goal("exports").target_value),
  exportsBase: Number(goal("exports").baseline_value),
  horizon: Number(goal("exports").horizon_year),
  latestYear: Number(latestTrade.year),
};
const now = {
  jobs: 91_300,
  exporters: 430,
  exportersBase: 6_150,
  exports: 97,
  exportsBase: 461,
  horizon: was.horizon + 2,
  latestYear: was.latestYear + 1,
  latestExports: 493.7,
  latestImports: 851.9,
};

/** A number as each locale groups it ("91.300", "91,300"), for patterns. */
const grouped = (n: number) => {
  const s = String(n);
  return s.length > 3 ? `(?:${s.slice(0, -3)}[.,]${s.slice(-3)}|${s})` : s;
};
/** A standalone number: not part of a longer number or a decimal. */
const standalone = (n: number) => `(?<![\\d.,])${grouped(n)}(?![\\d]|[.,]\\d)`;

/** Old figure → the figure that replaces it, both computed by the site from goals.csv. */
const figures: { what: string; old: RegExp; fresh: RegExp }[] = [
  { what: "jobs target", old: new RegExp(standalone(was.jobs)), fresh: new RegExp(standalone(now.jobs)) },
  { what: "exports target, signed", old: new RegExp(`\\+${was.exports}(?![\\d.,])`), fresh: new RegExp(`\\+${now.exports}(?![\\d.,])`) },
  { what: "new exporters a year, signed", old: new RegExp(`\\+${was.exporters}(?![\\d.,])`), fresh: new RegExp(`\\+${now.exporters}(?![\\d.,])`) },
  {
    what: "exports level (baseline + target)",
    old: new RegExp(standalone(was.exportsBase + was.exports)),
    fresh: new RegExp(standalone(now.exportsBase + now.exports)),
  },
  { what: "exports baseline", old: new RegExp(standalone(was.exportsBase)), fresh: new RegExp(standalone(now.exportsBase)) },
  {
    what: "new-exporters path end (one horizon rule)",
    old: new RegExp(standalone(was.exportersBase + was.exporters * (was.horizon - was.exportersBaseYear))),
    fresh: new RegExp(standalone(now.exportersBase + now.exporters * (now.horizon - was.exportersBaseYear))),
  },
  {
    what: "horizon year in a phrase",
    old: new RegExp(`(?:d'ici|jusqu'en|by|until|أفق) ${was.horizon}`),
    fresh: new RegExp(`(?:d'ici|jusqu'en|by|until|أفق) ${now.horizon}`),
  },
];

/** Built files a reader can open that show current data: pages, embeds, chart images and downloads. */
function currentFiles(dir: string): [string, string][] {
  return builtFiles(dir, [".html", ".svg", ".csv", ".json"]).filter(([rel]) => {
    if (rel.startsWith("pagefind/") || rel.startsWith("_astro/")) return false;
    if (/(^|\/)mises-a-jour\//.test(rel)) return false; // the Updates page keeps history
    if (/(^|\/)embed\/[^/]+\/[^/]+\/index\.html$/.test(rel)) return false; // archived embeds of a release
    return true;
  });
}

let built: ReturnType<typeof spawnSync>;
let cells: string[];
beforeAll(() => {
  cpSync(join(root, "data"), dataCopy, { recursive: true });
  // The announced wording quotes the figure as the press wrote it ("76.000"): keep its grouping.
  const swap = (text: string, from: number, to: number) => {
    const [f, t] = [String(from), String(to)];
    if (f.length <= 3 || t.length <= 3) return text.replace(new RegExp(`(?<!\\d)${f}(?!\\d)`, "g"), t);
    return text.replace(new RegExp(`(?<!\\d)${f.slice(0, -3)}([., ]?)${f.slice(-3)}(?!\\d)`, "g"), (_, sep: string) => `${t.slice(0, -3)}${sep}${t.slice(-3)}`);
  };
  editCsv(join(dataCopy, "goals.csv"), (g) => {
    g.horizon_year = String(now.horizon);
    if (g.goal_id === "jobs") {
      g.target_value = String(now.jobs);
      g.wording_announced = swap(g.wording_announced, was.jobs, now.jobs);
    }
    if (g.goal_id === "new-exporters") {
      g.target_value = String(now.exporters);
      g.baseline_value = String(now.exportersBase);
      g.wording_announced = swap(g.wording_announced, was.exporters, now.exporters);
    }
    if (g.goal_id === "exports") {
      g.target_value = String(now.exports);
      g.baseline_value = String(now.exportsBase);
      g.wording_announced = swap(g.wording_announced, was.exports, now.exports);
    }
  });
  editCsv(join(dataCopy, "trade_annual.csv"), () => {}, [
    {
      ...latestTrade,
      year: String(now.latestYear),
      exports_mad_bn: String(now.latestExports),
      imports_mad_bn: String(now.latestImports),
      exports_qualifier: "",
      imports_qualifier: "",
      vintage: "preliminary",
      note_fr: "Valeurs d'essai.",
      note_en: "Test values.",
      note_ar: "قيم تجريبية.",
    },
  ]);
  cells = dataTextCells(dataCopy);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["NODE_ENV", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "TEST"].includes(k) && !k.startsWith("VITEST")),
  );
  built = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...env, DATA_DIR: dataCopy, OUT_DIR: outDir },
  });
}, 900_000);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(join(root, outDir), { recursive: true, force: true });
});

/** The text of a built file the code, strings and prose wrote (data text cut out). */
const ownText = (file: string) =>
  fileText(file)
    .map((piece) => withoutDataText(piece, cells))
    .join("\n");

describe("every figure follows the data", () => {
  it("builds from the changed data", () => {
    expect(built.status, `${built.stdout}\n${built.stderr}`.slice(-3000)).toBe(0);
  });

  it("no current page, embed or download in any locale prints a figure from the old goals, and each prints the new one instead", () => {
    const newDist = join(root, outDir);
    const stale: string[] = [];
    const missing: string[] = [];
    let before = 0;
    for (const [rel, file] of currentFiles(newDist)) {
      const text = ownText(file);
      for (const f of figures) {
        const m = text.match(f.old);
        if (m) stale.push(`${rel}: ${f.what} "${m[0]}" in "…${text.slice(Math.max(0, m.index! - 50), m.index! + 30).replace(/\s+/g, " ")}…"`);
      }
      // Where the old site printed the old figure, the new one prints the new figure.
      const oldFile = join(oldDist, rel);
      if (!existsSync(oldFile)) continue;
      const oldText = ownText(oldFile);
      for (const f of figures) {
        if (!f.old.test(oldText)) continue;
        before++;
        if (!f.fresh.test(text)) missing.push(`${rel}: ${f.what} (was ${oldText.match(f.old)![0]})`);
      }
    }
    expect(before, "the old site shows the goals' figures in many places (is dist/ built from data/?)").toBeGreaterThan(50);
    expect(stale).toEqual([]);
    expect(missing).toEqual([]);
  });

  it("a new latest year updates the latest-year phrases and the exports chart and its download", () => {
    const newDist = join(root, outDir);
    const year = String(now.latestYear);
    for (const prefix of ["", "ar/", "en/"]) {
      const page = ownText(join(newDist, prefix, "objectifs/exportations/index.html"));
      const value = prefix === "en/" ? "493.7" : "493,7";
      // "En 2026, les exportations ont atteint environ 493,7 MMDH … de plus que … 2025"
      expect(page, prefix).toContain(value);
      expect(page, prefix).toMatch(new RegExp(`${year}[^]{0,400}${value}|${value}[^]{0,400}${year}`));
      expect(page, prefix).toContain(String(was.latestYear));
    }
    const csv = fileText(join(newDist, "charts/exports-vs-target/exports-vs-target.en.csv")).join("|");
    expect(csv).toContain(`${year}|493.7`);
    const alt = ownText(join(newDist, "en/embed/exports-vs-target/index.html"));
    expect(alt).toMatch(new RegExp(`493 billion in ${year}|494 billion in ${year}`));
  });

  it("redraws every chart image", () => {
    const newDist = join(root, outDir);
    const changed = builtFiles(join(newDist, "charts"), [".png"]).filter(([rel, file]) => {
      const old = join(oldDist, "charts", rel);
      return !existsSync(old) || !readFileSync(old).equals(readFileSync(file));
    });
    // Every chart drawn from goals.csv or trade_annual.csv, in every locale and theme.
    for (const id of ["exports-vs-target", "exporter-base", "jobs-goal", "trade-coverage"]) {
      const all = builtFiles(join(newDist, "charts", id), [".png"]);
      expect(all.length, id).toBeGreaterThanOrEqual(6);
      expect(changed.filter(([rel]) => rel.startsWith(`${id}/`)).length, id).toBe(all.length);
    }
  });
});
