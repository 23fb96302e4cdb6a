import { describe, it, expect } from "vitest";
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDataDir, loadData, type DataIssue } from "./index";
import { craftPartials, craftYears } from "./craft";
import type { CraftExport, TradeYear } from "./schema";

const realData = join(process.cwd(), "data");
const FILE = "craft_exports.csv";
const HEADER = "period_id,year,months,scope,exports_mad_m,value_qualifier,change_pct,reading,source_ids,note_fr,note_ar,note_en";
const SOURCE = "telquel-1754094";

/** Validates a copy of data/ whose craft_exports.csv holds exactly `rows` (CSV lines after the header). */
function validateCraft(rows: string[], extra: Record<string, string> = {}): DataIssue[] {
  const dir = mkdtempSync(join(tmpdir(), "craft-"));
  try {
    cpSync(realData, dir, { recursive: true });
    writeFileSync(join(dir, FILE), [HEADER, ...rows].join("\n") + "\n");
    for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
    // Keep only breakdown rows whose period still exists, unless the test writes its own.
    for (const file of ["craft_exports_by_product.csv", "craft_exports_by_destination.csv"]) {
      if (extra[file]) continue;
      const [head] = readFileSync(join(dir, file), "utf8").split("\n");
      writeFileSync(join(dir, file), `${head}\n`);
    }
    return validateDataDir(dir).issues.filter((i) => i.file.includes("craft_"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("craft export periods", () => {
  it("accept a full year and a January-to-November figure", () => {
    expect(
      validateCraft([`2022,2022,12,calendar-year,1000,more-than,,main,${SOURCE},,,`, `2022-ytd-11,2022,11,year-to-date,928.66,more-than,15,main,${SOURCE},,,`]),
    ).toEqual([]);
  });

  it("refuse a calendar year that covers fewer than 12 months, and say to use year-to-date", () => {
    const issues = validateCraft([`2022,2022,11,calendar-year,928.66,more-than,15,main,${SOURCE},,,`]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "craft_exports.csv", line: 2, column: "months", value: "11" });
    expect(issues[0].en).toMatch(/set scope to year-to-date/);
    expect(issues[0].fr).toMatch(/year-to-date/);
  });

  it("refuse a January-to-December figure labelled as partial", () => {
    const issues = validateCraft([`2022-ytd-12,2022,12,year-to-date,1000,exact,,main,${SOURCE},,,`]);
    expect(issues.map((i) => i.column)).toEqual(["scope"]);
    expect(issues[0].en).toMatch(/calendar-year/);
  });

  it("refuse an unknown scope with the allowed values", () => {
    const issues = validateCraft([`2022,2022,12,annual,1000,exact,,main,${SOURCE},,,`]);
    expect(issues[0]).toMatchObject({ column: "scope", value: "annual" });
    expect(issues[0].en).toMatch(/calendar-year/);
  });

  it("need a qualifier with a value and none without", () => {
    expect(validateCraft([`2022,2022,12,calendar-year,1000,,,main,${SOURCE},,,`]).map((i) => i.column)).toEqual(["value_qualifier"]);
    expect(validateCraft([`2023,2023,12,calendar-year,,exact,7,main,${SOURCE},,,`]).map((i) => i.column)).toEqual(["value_qualifier"]);
  });

  it("keep one main reading per period, and an alternative only beside a main one", () => {
    const two = validateCraft([`2024,2024,12,calendar-year,1110,more-than,3,main,${SOURCE},,,`, `2024-b,2024,12,calendar-year,1600,exact,,main,${SOURCE},,,`]);
    expect(two.map((i) => [i.line, i.column])).toEqual([[3, "reading"]]);
    const lonely = validateCraft([`2024-spoken,2024,12,calendar-year,1600,exact,,alternative,${SOURCE},,,`]);
    expect(lonely.map((i) => i.column)).toEqual(["reading"]);
  });

  it("refuse a breakdown row whose period is not in craft_exports.csv", () => {
    const issues = validateCraft([`2024,2024,12,calendar-year,1110,more-than,3,main,${SOURCE},,,`], {
      "craft_exports_by_product.csv": `period_id,family_id,name_fr,name_ar,name_en,share_pct,exports_mad_m,source_ids\n2025,carpets,Tapis,الزرابي,Carpets,20,,${SOURCE}\n`,
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "craft_exports_by_product.csv", line: 2, column: "period_id", value: "2025" });
  });

  it("refuse a source that is not in sources.csv", () => {
    const issues = validateCraft([`2024,2024,12,calendar-year,1110,more-than,3,main,no-such-source,,,`]);
    expect(issues.map((i) => [i.column, i.value])).toEqual([["source_ids", "no-such-source"]]);
  });
});

const row = (p: Partial<CraftExport>): CraftExport =>
  ({
    period_id: "x",
    year: 2022,
    months: 12,
    scope: "calendar-year",
    exports_mad_m: null,
    value_qualifier: null,
    change_pct: null,
    reading: "main",
    source_ids: ["s"],
    note_fr: null,
    note_ar: null,
    note_en: null,
    ...p,
  }) as CraftExport;
const trade = (year: number, exports_mad_bn: number) =>
  ({ year, exports_mad_bn, imports_mad_bn: 1, vintage: "preliminary", source_ids: [`t${year}`] }) as TradeYear;

describe("craftYears", () => {
  it("computes the share of goods exports only for a full year with a trade figure, and keeps gaps unknown", () => {
    const years = craftYears(
      [
        row({ period_id: "2021", year: 2021, exports_mad_m: 893, value_qualifier: "more-than" }),
        row({ period_id: "2023", year: 2023 }),
        row({ period_id: "2022-ytd-11", year: 2022, months: 11, scope: "year-to-date", exports_mad_m: 928.66, value_qualifier: "exact" }),
      ],
      [trade(2021, 329.4), trade(2023, 429.3)],
    );
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(years[0].share_of_goods).toBeCloseTo(893 / 329400, 8);
    expect(years[0].source_ids).toEqual(["s", "t2021"]);
    // 2022 has only a January–November figure: no annual value and no share.
    expect(years[1]).toMatchObject({ exports_mad_m: null, share_of_goods: null });
    expect(years[2]).toMatchObject({ exports_mad_m: null, share_of_goods: null });
  });

  it("ignores alternative readings", () => {
    const years = craftYears(
      [
        row({ year: 2024, exports_mad_m: 1110, value_qualifier: "more-than" }),
        row({ period_id: "alt", year: 2024, exports_mad_m: 1600, value_qualifier: "exact", reading: "alternative" }),
      ],
      [trade(2024, 455)],
    );
    expect(years.map((y) => y.exports_mad_m)).toEqual([1110]);
  });
});

describe("craftPartials", () => {
  it("lists January-to-month figures with a value, in time order, never full years", () => {
    const partials = craftPartials([
      row({ period_id: "b", year: 2022, months: 11, scope: "year-to-date", exports_mad_m: 928.66, value_qualifier: "more-than" }),
      row({ period_id: "a", year: 2022, months: 7, scope: "year-to-date", exports_mad_m: 595.7, value_qualifier: "exact" }),
      row({ period_id: "2022", year: 2022, exports_mad_m: 1000, value_qualifier: "more-than" }),
    ]);
    expect(partials.map((p) => p.period_id)).toEqual(["a", "b"]);
  });

  it("on the real data, no partial period is ever counted as a year", () => {
    const data = loadData(realData);
    const years = craftYears(data.craftExports, data.tradeAnnual);
    for (const y of years.filter((v) => v.exports_mad_m !== null)) {
      const row = data.craftExports.find((r) => r.year === y.year && r.reading === "main" && r.scope === "calendar-year");
      expect(row?.months).toBe(12);
      expect(row?.exports_mad_m).toBe(y.exports_mad_m);
    }
  });
});
