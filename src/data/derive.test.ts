import { describe, it, expect } from "vitest";
import {
  annualGrowthRate,
  exportTargetPaths,
  exportsGoalLevel,
  exportsGrowthRate,
  exportsPerYearReadingLevel,
  exportsTotalGrowth,
  exporterNetChangePerYear,
  latestRelease,
  planAchievement,
  requiredAnnualGrowth,
  roadmapYears,
  round,
  tradeByYear,
} from "./derive";
import type { ExporterCount, Goal, PastPlan, TradeYear } from "./schema";

const year = (
  y: number,
  exports: number,
  imports: number,
  qualifiers: Pick<TradeYear, "exports_qualifier" | "imports_qualifier"> = { exports_qualifier: null, imports_qualifier: null },
): TradeYear => ({
  year: y,
  exports_mad_bn: exports,
  imports_mad_bn: imports,
  ...qualifiers,
  vintage: "preliminary",
  source_ids: ["s"],
  note_fr: "",
  note_ar: "",
  note_en: "",
});

describe("tradeByYear", () => {
  it('marks balance and coverage as approximate when the source gives exports or imports as "environ" or "plus de"', () => {
    const [exact, bound] = tradeByYear([year(2024, 454.97, 761.45), year(2025, 469.1, 822.22, { exports_qualifier: "about", imports_qualifier: "more-than" })]);
    expect(exact.derived_qualifier).toBeNull();
    expect(bound.derived_qualifier).toBe("about");
    expect(tradeByYear([year(2025, 469.1, 822.22, { exports_qualifier: "exact", imports_qualifier: null })])[0].derived_qualifier).toBeNull();
  });

  it("sorts by year and derives balance and coverage", () => {
    const rows = tradeByYear([year(2024, 454.97, 761.45), year(2023, 429.3, 715.7)]);
    expect(rows.map((r) => r.year)).toEqual([2023, 2024]);
    expect(rows[1].balance_mad_bn).toBe(-306.48);
    expect(rows[1].coverage_rate).toBeCloseTo(0.5975, 4);
    expect(rows[0].coverage_rate).toBeCloseTo(0.5998, 4);
  });
});

describe("annualGrowthRate", () => {
  it("gives the yearly rate that compounds from one value to another", () => {
    expect(annualGrowthRate(455, 540, 3)).toBeCloseTo(0.0588, 4);
    expect(annualGrowthRate(100, 100, 5)).toBe(0);
  });
});

/** The exports goal as announced, for the derivations below. */
const goal: Goal = {
  goal_id: "exports",
  target_value: 84,
  target_unit: "mad_bn",
  horizon_year: 2027,
  per_year: false,
  baseline_value: 455,
  baseline_unit: "mad_bn",
  baseline_year: 2024,
  wording_announced: "…",
  wording_language: "fr",
  source_ids: ["s"],
  note_fr: "",
  note_ar: "",
  note_en: "",
};

describe("exportTargetPaths", () => {
  it("draws both readings from the baseline to the horizon", () => {
    const paths = exportTargetPaths(goal);
    const at = (reading: string, y: number) => paths.find((p) => p.reading === reading && p.year === y)?.exports_mad_bn;
    expect(at("total-by-2027", 2024)).toBe(455);
    expect(at("total-by-2027", 2027)).toBe(539);
    expect(at("per-year", 2025)).toBe(539);
    expect(at("per-year", 2027)).toBe(707);
    expect(paths).toHaveLength(8);
  });
  it("draws nothing without a baseline", () => {
    expect(exportTargetPaths({ ...goal, baseline_value: null })).toEqual([]);
  });
});

describe("helpers", () => {
  it("round removes binary noise", () => {
    expect(round(0.1 + 0.2, 2)).toBe(0.3);
  });
  it("latestRelease picks the newest date", () => {
    const r = (id: string, d: string) => ({ release_id: id, published_on: d, title_fr: "", title_ar: "", title_en: "" });
    expect(latestRelease([r("a", "2026-01-01"), r("b", "2026-03-01"), r("c", "2025-12-31")]).release_id).toBe("b");
  });
});

// The derivations the story pages state in words.
const trade = (year: number, exports_mad_bn: number): TradeYear =>
  ({ year, exports_mad_bn, imports_mad_bn: 1, vintage: "revised", source_ids: ["s"], note_fr: "", note_ar: "", note_en: "" }) as TradeYear;

describe("story derivations", () => {
  it("computes compound growth between two years of exports", () => {
    const rows = [trade(2012, 100), trade(2018, 200)];
    expect(exportsGrowthRate(rows, 2012, 2018)).toBeCloseTo(2 ** (1 / 6) - 1, 10);
    expect(exportsTotalGrowth(rows, 2012, 2018)).toBeCloseTo(1, 10);
    expect(() => exportsGrowthRate(rows, 2011, 2018)).toThrow(/2011/);
  });

  it("reads the exports goal as a level and shows what the per-year reading would mean", () => {
    expect(exportsGoalLevel(goal)).toBe(539);
    expect(exportsPerYearReadingLevel(goal)).toBe(455 + 3 * 84);
  });

  it("gives the annual growth needed to reach the goal: 455 → 539 in three years is about 5.8 %", () => {
    expect(requiredAnnualGrowth(goal, 455, 2024)).toBeCloseTo(0.0581, 3);
    expect(requiredAnnualGrowth(goal, 455, 2024)).toBeCloseTo(annualGrowthRate(455, 539, 3), 10);
    // From a later year, fewer years remain.
    expect(requiredAnnualGrowth(goal, 469.1, 2025)).toBeCloseTo(Math.sqrt(539 / 469.1) - 1, 10);
  });

  it("derives the roadmap years from the exports baseline and horizon", () => {
    expect(roadmapYears([goal])).toEqual({ first: 2025, last: 2027, count: 3 });
  });

  it("computes a past plan's achievement, or null when no result is known", () => {
    const plan = { plan_id: "pai", metric: "jobs", target_value: 500000, result_value: 405496 } as PastPlan;
    expect(planAchievement(plan)).toBeCloseTo(0.811, 3);
    expect(planAchievement({ ...plan, result_value: null })).toBeNull();
  });

  it("computes the net yearly change in exporters for one definition", () => {
    const rows = [
      { year: 2011, definition: "all", count: 5179 },
      { year: 2019, definition: "all", count: 7092 },
    ] as ExporterCount[];
    expect(exporterNetChangePerYear(rows, "all", 2011, 2019)).toBeCloseTo(239.125, 3);
    expect(() => exporterNetChangePerYear(rows, "active", 2011, 2019)).toThrow(/active/);
  });
});
