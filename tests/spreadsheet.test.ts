// Files as spreadsheets save them: each case in tests/fixtures/spreadsheet/<case>/ holds one CSV and
// expected.json. "same-as-reference" cases must give exactly the rows of the clean reference file;
// "refused" cases must give every expected problem with its file, line, column and advice.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, copyFileSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { validateDataDir, type DataIssue } from "../src/data/index";
import { tables } from "../src/data/schema";
import { copyAsFrenchSpreadsheet } from "./helpers/spreadsheet";
import { diffTables, readRawTables } from "../src/data/diff";

const corpus = join(process.cwd(), "tests/fixtures/spreadsheet");
const realData = join(process.cwd(), "data");

interface Expected {
  file: string;
  description: string;
  outcome: "same-as-reference" | "refused";
  /** Exactly this many problems: one cause gives one message, not a cascade. */
  issueCount?: number;
  issues?: { line?: number; column?: string; value?: string; en: string; fr: string }[];
}

/** Copies the top-level files of data/ (not the release snapshots) into a fresh folder. */
function copyData(target: string, from = realData) {
  for (const name of readdirSync(from)) {
    if (statSync(join(from, name)).isFile()) copyFileSync(join(from, name), join(target, name));
  }
}

const tableOf = (file: string) => Object.entries(tables).find(([, t]) => t.file === file)![0] as keyof typeof tables;
const cases = readdirSync(corpus).filter((name) => name !== "reference" && statSync(join(corpus, name)).isDirectory());

let base: string;
let referenceRows: Record<string, unknown[]>;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "spreadsheet-base-"));
  copyData(base);
  copyData(base, join(corpus, "reference"));
  const { data, issues } = validateDataDir(base);
  expect(issues).toEqual([]);
  referenceRows = Object.fromEntries(readdirSync(join(corpus, "reference")).map((f) => [f, data[tableOf(f)]]));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Validates the base data with one file replaced by the case's file. */
function validateCase(name: string, file: string) {
  const dir = mkdtempSync(join(tmpdir(), `spreadsheet-${name}-`));
  try {
    copyData(dir, base);
    copyFileSync(join(corpus, name, file), join(dir, file));
    return validateDataDir(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the spreadsheet corpus", () => {
  it("has cases of both kinds", () => {
    const outcomes = cases.map((c) => (JSON.parse(readFileSync(join(corpus, c, "expected.json"), "utf8")) as Expected).outcome);
    expect(outcomes.filter((o) => o === "same-as-reference").length).toBeGreaterThanOrEqual(5);
    expect(outcomes.filter((o) => o === "refused").length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(corpus, name, "expected.json"), "utf8")) as Expected;
    it(`${name}: ${expected.description}`, () => {
      const { data, issues } = validateCase(name, expected.file);
      if (expected.outcome === "same-as-reference") {
        expect(issues).toEqual([]);
        expect(data[tableOf(expected.file)]).toEqual(referenceRows[expected.file]);
        return;
      }
      expect(issues.length).toBeGreaterThan(0);
      if (expected.issueCount !== undefined) expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(expected.issueCount);
      // Every problem is in the edited file and located at least by file; none is a silent pass.
      expect(issues.every((i: DataIssue) => i.file === expected.file)).toBe(true);
      for (const want of expected.issues ?? []) {
        const found = issues.find(
          (i) =>
            (want.line === undefined || i.line === want.line) &&
            (want.column === undefined || i.column === want.column) &&
            (want.value === undefined || i.value === want.value) &&
            new RegExp(want.en).test(i.en) &&
            new RegExp(want.fr).test(i.fr),
        );
        expect(found, `expected ${JSON.stringify(want)} among ${JSON.stringify(issues, null, 1)}`).toBeDefined();
      }
    });
  }
});

describe("the whole of data/ saved by a French-locale spreadsheet", () => {
  it("reads exactly the same rows as the original", () => {
    const dir = mkdtempSync(join(tmpdir(), "spreadsheet-all-"));
    try {
      copyAsFrenchSpreadsheet(realData, dir);
      // The conversion really changed the files (a test that cannot fail proves nothing).
      expect(readFileSync(join(dir, "trade_annual.csv"), "utf8")).toMatch(/^\uFEFFyear;exports_mad_bn;.*\r\n\d{4};\d+,\d+;/s);
      const original = validateDataDir(realData);
      const saved = validateDataDir(dir);
      expect(saved.issues).toEqual([]);
      expect(saved.data).toEqual(original.data);
      // The changelog sees no change either: a re-save alone never shows up on the Updates page.
      expect(diffTables(readRawTables(realData), readRawTables(dir))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run data:check", () => {
  it("lists every problem in French and English and exits with 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "spreadsheet-check-"));
    try {
      copyData(dir);
      copyFileSync(join(corpus, "stray-unit/trade_annual.csv"), join(dir, "trade_annual.csv"));
      copyFileSync(join(corpus, "region-name-instead-of-code/new_exporters_by_region.csv"), join(dir, "new_exporters_by_region.csv"));
      writeFileSync(join(dir, "goals.csv"), readFileSync(join(corpus, "windows-1252/trade_annual.csv")));
      const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate-data.ts", dir], { encoding: "utf8" });
      expect(run.status).toBe(1);
      const out = run.stderr;
      expect(out).toMatch(/data\/trade_annual.csv, line 4, column exports_mad_bn: "455 MMDH" contains a unit/);
      expect(out).toMatch(/data\/trade_annual.csv, ligne 4, colonne exports_mad_bn: "455 MMDH" contient une unité/);
      expect(out).toMatch(/data\/new_exporters_by_region.csv, line 7, column region_code: .*MA-06/);
      expect(out).toMatch(/data\/goals.csv, ligne 2: n'est pas enregistré en UTF-8/);
      expect(out).toMatch(/data\/goals.csv, line 2: is not saved as UTF-8/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
  it("exits with 0 on the real data", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate-data.ts"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 30_000);
});
