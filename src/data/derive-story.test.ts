import { describe, expect, it } from "vitest";
import {
  annualGrowthRate,
  exportsGoalLevel,
  exportsGrowthRate,
  exportsPerYearReadingLevel,
  exportsTotalGrowth,
  exporterNetChangePerYear,
  planAchievement,
  requiredAnnualGrowth,
  roadmapYears,
} from "./derive";
import type { ExporterCount, Goal, PastPlan, TradeYear } from "./schema";

const trade = (year: number, exports_mad_bn: number): TradeYear =>
  ({ year, exports_mad_bn, imports_mad_bn: 1, vintage: "revised", source_ids: ["s"], note_fr: "", note_ar: "", note_en: "" }) as TradeYear;
const goal: Goal = {
  goal_id: "exports",
  target_value: 84,
  target_unit: "mad_bn",
  horizon_year: 2027,
  per_year: false,
  baseline_value: 455,
  baseline_unit: "mad_bn",
  baseline_year: 2024,
  wording_announced: "x",
  wording_language: "fr",
  source_ids: ["s"],
  note_fr: "",
  note_ar: "",
  note_en: "",
} as Goal;

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
