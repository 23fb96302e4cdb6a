import { describe, it, expect } from "vitest";
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDataDir, loadData, DataValidationError, formatIssues, type DataIssue } from "./index";

const realData = join(process.cwd(), "data");

/** Copies data/ to a temp folder, lets `edit` change one file, and validates the copy. */
function validateEdited(file: string, edit: (text: string) => string): DataIssue[] {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  try {
    cpSync(realData, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    return validateDataDir(dir).issues;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces the cell `column` of the data row whose first cell is `key`. */
function setCell(text: string, key: string, column: string, value: string): string {
  const lines = text.split("\n");
  const header = lines[0].split(",");
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`no column ${column}`);
  const i = lines.findIndex((l) => l.split(",")[0] === key);
  if (i < 0) throw new Error(`no row ${key}`);
  const cells = lines[i].split(",");
  cells[col] = value;
  lines[i] = cells.join(",");
  return lines.join("\n");
}

describe("the real data", () => {
  it("loads without a single problem", () => {
    const { issues } = validateDataDir(realData);
    expect(formatIssues(issues)).toBe(formatIssues([]));
  });
  it("has the counts the roadmap fixes", () => {
    const data = loadData(realData);
    expect(data.regions).toHaveLength(12);
    expect(data.provinces).toHaveLength(75);
    expect(data.goals).toHaveLength(3);
    expect(data.levers).toHaveLength(4);
    expect(data.reforms).toHaveLength(6);
    expect(data.tradeAnnual.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2010 + i));
  });
  it("types cells: numbers, empties as null, source lists as arrays", () => {
    const data = loadData(realData);
    const y2024 = data.tradeAnnual.find((r) => r.year === 2024)!;
    expect(y2024.exports_mad_bn).toBeCloseTo(454.97);
    expect(Array.isArray(y2024.source_ids)).toBe(true);
    const jobs = data.goals.find((g) => g.goal_id === "jobs")!;
    expect(jobs.target_value).toBe(76000);
    expect(jobs.baseline_value).toBeNull();
    expect(data.levers.every((l) => (l.status === "not-published" ? l.name_fr === "" : true))).toBe(true);
  });
});

describe("a bad value gives a message naming file, line, column and what would be valid", () => {
  it("a word where a number is expected", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(t, "2015", "exports_mad_bn", "douze"));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ file: "trade_annual.csv", line: 7, column: "exports_mad_bn", value: "douze" });
    expect(formatIssues(issues, "en")).toContain(
      'data/trade_annual.csv, line 7, column exports_mad_bn: "douze" is not a number (expected billions of MAD, such as 455.0)',
    );
    expect(issue.fr).toContain("n'est pas un nombre");
  });
  it("an empty required cell", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(t, "2012", "imports_mad_bn", ""));
    expect(issues[0]).toMatchObject({ file: "trade_annual.csv", line: 4, column: "imports_mad_bn" });
    expect(issues[0].en).toMatch(/is empty/);
  });
  it("a negative amount", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(t, "2012", "imports_mad_bn", "-3"));
    expect(issues[0].en).toMatch(/below 0/);
  });
  it("a value outside an allowed list, with a suggestion", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(t, "2012", "vintage", "Preliminary"));
    expect(issues[0].column).toBe("vintage");
    expect(issues[0].en).toMatch(/expected one of: preliminary, revised, mixed/);
    expect(issues[0].en).toMatch(/did you mean preliminary/);
  });
  it("a date in another format", () => {
    const issues = validateEdited("milestones.csv", (t) => t.replace(",2025-05-28,", ",28/05/2025,"));
    expect(issues[0]).toMatchObject({ file: "milestones.csv", column: "date", value: "28/05/2025" });
    expect(issues[0].en).toMatch(/YEAR-MONTH-DAY \(for example 2025-05-28\)/);
  });
  it("an impossible date", () => {
    const issues = validateEdited("milestones.csv", (t) => t.replace(",2025-05-28,", ",2025-02-30,"));
    expect(issues[0].en).toMatch(/not a real date/);
  });
  it("a year out of range", () => {
    const issues = validateEdited("trade_annual.csv", (t) => t.replace(/^2013,/m, "2103,"));
    expect(issues[0]).toMatchObject({ column: "year", value: "2103" });
  });
  it("a source id that is not in sources.csv", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(t, "2014", "source_ids", "no-such-source"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "trade_annual.csv", line: 6, column: "source_ids", value: "no-such-source" });
    expect(issues[0].en).toMatch(/not in data\/sources.csv/);
  });
  it("a region code that does not exist", () => {
    const issues = validateEdited("offices.csv", (t) => t.replace(/^(office-[^,]+),MA-12,/m, "$1,MA-13,"));
    expect(issues[0]).toMatchObject({ file: "offices.csv", column: "region_code", value: "MA-13" });
  });
  it("an id typed twice", () => {
    const issues = validateEdited("trade_annual.csv", (t) => t.replace(/^2013,/m, "2012,"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "trade_annual.csv", line: 5, column: "year", value: "2012" });
    expect(issues[0].en).toMatch(/typed twice \(first on line 4\)/);
  });
  it("a missing column in the header", () => {
    const issues = validateEdited("trade_annual.csv", (t) => t.replace("imports_mad_bn", "imports"));
    expect(issues.some((i) => i.line === 1 && /missing the column\(s\) imports_mad_bn/.test(i.en))).toBe(true);
  });
  it("a row with more cells than the header", () => {
    const issues = validateEdited("trade_annual.csv", (t) => t.replace(/^(2011,.*)$/m, "$1,extra,cells"));
    expect(issues[0]).toMatchObject({ file: "trade_annual.csv", line: 3 });
    expect(issues[0].en).toMatch(/double quotes/);
  });
  it("a deleted file", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-"));
    cpSync(realData, dir, { recursive: true });
    rmSync(join(dir, "goals.csv"));
    const { issues } = validateDataDir(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(issues.some((i) => i.file === "goals.csv" && /missing/.test(i.en))).toBe(true);
  });
  it("a lever row deleted instead of marked not published", () => {
    const issues = validateEdited("levers.csv", (t) =>
      t
        .split("\n")
        .filter((l) => !l.startsWith("lever-4"))
        .join("\n"),
    );
    expect(issues[0].en).toMatch(/must have 4/);
  });
  it("reports every problem at once, not only the first", () => {
    const issues = validateEdited("trade_annual.csv", (t) => setCell(setCell(t, "2012", "exports_mad_bn", "x"), "2016", "imports_mad_bn", "y"));
    expect(issues.map((i) => i.line)).toEqual([4, 8]);
  });
  it("loadData throws a DataValidationError carrying every issue", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-"));
    cpSync(realData, dir, { recursive: true });
    const path = join(dir, "trade_annual.csv");
    writeFileSync(path, setCell(readFileSync(path, "utf8"), "2012", "exports_mad_bn", "douze"));
    try {
      expect(() => loadData(dir)).toThrow(DataValidationError);
      expect(() => loadData(dir)).toThrow(/trade_annual.csv, line 4, column exports_mad_bn/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("strict loading: bounds, limits, one cause one message", () => {
  it("every number column states its plausible range in the schema (and so in the dictionary)", async () => {
    const { tables } = await import("./schema");
    const unbounded: string[] = [];
    for (const { file, schema } of Object.values(tables)) {
      for (const [name, col] of Object.entries(schema.shape)) {
        const doc = (col as { meta(): { kind?: string; min?: number; max?: number } }).meta();
        if (doc.kind === "number" && (doc.min === undefined || doc.max === undefined)) unbounded.push(`${file}:${name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
  it("a file longer than the row limit fails early with one clear message", async () => {
    const { limits } = await import("./load");
    const saved = limits.maxRows;
    limits.maxRows = 10;
    try {
      const issues = validateEdited("trade_annual.csv", (t) => t).filter((i) => i.file === "trade_annual.csv");
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: "trade_annual.csv", line: 12 });
      expect(issues[0].en).toMatch(/more than 10 rows/);
      expect(issues[0].fr).toMatch(/plus de 10 lignes/);
    } finally {
      limits.maxRows = saved;
    }
  });
  it("a file bigger than the size limit is refused before it is read", async () => {
    const { limits } = await import("./load");
    const saved = limits.maxFileBytes;
    limits.maxFileBytes = 1024;
    try {
      const issues = validateEdited("trade_annual.csv", (t) => t);
      expect(issues.filter((i) => i.file === "trade_annual.csv")).toHaveLength(1);
      expect(issues.find((i) => i.file === "trade_annual.csv")!.en).toMatch(/more than the 0 MB|accepts for one file/);
    } finally {
      limits.maxFileBytes = saved;
    }
  });
  it("one stray quote in sources.csv gives one message, not one per source reference", () => {
    const issues = validateEdited("sources.csv", (t) => t.replace(/\n([a-z0-9-]+),/, '\n"$1,'));
    expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
    expect(issues[0].file).toBe("sources.csv");
    expect(issues[0].en).toMatch(/could not be read as CSV/);
  });
  it("a refused source row is not reported again by every file citing it", () => {
    const issues = validateEdited("sources.csv", (t) => t.replace(/^(libe-151004,[^\n]*?),https?:\/\/[^,]+,/m, "$1,not a url,"));
    expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "sources.csv", column: "url" });
  });
  it("a missing regions.csv stops the region checks with its own single message", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-"));
    try {
      cpSync(realData, dir, { recursive: true });
      rmSync(join(dir, "regions.csv"));
      const { issues } = validateDataDir(dir);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: "regions.csv" });
      expect(issues[0].en).toMatch(/is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("no message ever offers an empty list of values", () => {
    const issues = validateEdited("regions.csv", (t) => t.replace(/^MA-(\d\d),/gm, "MA-$1x,"));
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i.en).not.toMatch(/: ?$|one of: ?(\.|$)/);
      expect(i.fr).not.toMatch(/valeurs : ?$|: ?$/);
    }
    expect(issues.every((i) => i.file === "regions.csv")).toBe(true);
  });
});
