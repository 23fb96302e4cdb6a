// Pure transforms from validated rows to what charts and pages show. Derived figures (balance,
// coverage rate, growth) are computed here and never typed into data/.
import type { Datasets, ExporterCount, Goal, PastPlan, TradeYear } from "./schema";

/** A year of trade with its derived balance and coverage rate. */
export interface TradeYearDerived extends TradeYear {
  balance_mad_bn: number;
  coverage_rate: number;
  /** "about" when exports or imports are only stated approximately or as a lower bound, so balance and rate are approximate too. */
  derived_qualifier: "about" | null;
}

/** How a source states a value: null when exact. */
export type ValueQualifier = "about" | "more-than" | null;
const inexact = (q: string | null) => q === "about" || q === "more-than";

/** Trade by year, sorted, with balance (exports − imports) and coverage rate (exports ÷ imports). */
export function tradeByYear(rows: TradeYear[]): TradeYearDerived[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      ...r,
      balance_mad_bn: round(r.exports_mad_bn - r.imports_mad_bn, 2),
      coverage_rate: round(r.exports_mad_bn / r.imports_mad_bn, 4),
      derived_qualifier: inexact(r.exports_qualifier) || inexact(r.imports_qualifier) ? ("about" as const) : null,
    }));
}

/** Compound annual growth rate between two values over `years` years. */
export function annualGrowthRate(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/** The goal with a given id; throws if the data lacks it (integrity checks guarantee it). */
export function goalById(goals: Goal[], id: Goal["goal_id"]): Goal {
  const goal = goals.find((g) => g.goal_id === id);
  if (!goal) throw new Error(`goal ${id} missing from data/goals.csv`);
  return goal;
}

/** One point of an export path to 2027. */
export interface TargetPathPoint {
  reading: "total-by-2027" | "per-year";
  year: number;
  exports_mad_bn: number;
}

/**
 * The two readings of the exports goal, from the baseline year to the horizon: +84 bn in total
 * by 2027 (a level of baseline + 84), and +84 bn every year (baseline + 84 × years).
 */
export function exportTargetPaths(goal: Goal): TargetPathPoint[] {
  if (goal.baseline_value === null || goal.baseline_year === null) return [];
  const start = goal.baseline_year;
  const points: TargetPathPoint[] = [];
  const span = goal.horizon_year - start;
  for (let year = start; year <= goal.horizon_year; year++) {
    const k = year - start;
    points.push({ reading: "total-by-2027", year, exports_mad_bn: round(goal.baseline_value + (goal.target_value * k) / span, 2) });
    points.push({ reading: "per-year", year, exports_mad_bn: round(goal.baseline_value + goal.target_value * k, 2) });
  }
  return points;
}

/** The latest release: its date is the site's "data as of". Two on one day: the later row wins. */
export function latestRelease(releases: Datasets["releases"]) {
  return [...releases].reverse().sort((a, b) => b.published_on.localeCompare(a.published_on))[0];
}

/** Rounds to `digits` decimals, avoiding binary noise such as 0.30000000000000004. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Exports in a given year from trade rows; throws if the year is missing, so prose never cites a gap. */
export function exportsIn(rows: TradeYear[], year: number): number {
  const row = rows.find((r) => r.year === year);
  if (!row) throw new Error(`no trade row for ${year} in data/trade_annual.csv`);
  return row.exports_mad_bn;
}

/** Compound annual growth of exports between two years of trade data, e.g. 2018 → 2024. */
export function exportsGrowthRate(rows: TradeYear[], fromYear: number, toYear: number): number {
  return annualGrowthRate(exportsIn(rows, fromYear), exportsIn(rows, toYear), toYear - fromYear);
}

/** Total growth of exports between two years (0.49 = +49 %). */
export function exportsTotalGrowth(rows: TradeYear[], fromYear: number, toYear: number): number {
  return exportsIn(rows, toYear) / exportsIn(rows, fromYear) - 1;
}

/** The export level the goal implies at its horizon: baseline + target (455 + 84 = 539 bn). */
export function exportsGoalLevel(goal: Goal): number {
  if (goal.baseline_value === null) throw new Error(`goal ${goal.goal_id} has no baseline`);
  return goal.baseline_value + goal.target_value;
}

/** The level the weaker "+84 bn every year" reading would imply at the horizon (455 + 3 × 84 = 707). */
export function exportsPerYearReadingLevel(goal: Goal): number {
  if (goal.baseline_value === null || goal.baseline_year === null) throw new Error(`goal ${goal.goal_id} has no baseline`);
  return goal.baseline_value + goal.target_value * (goal.horizon_year - goal.baseline_year);
}

/** Annual growth needed to go from `fromValue` in `fromYear` to the goal's level at its horizon. */
export function requiredAnnualGrowth(goal: Goal, fromValue: number, fromYear: number, level = exportsGoalLevel(goal)): number {
  return annualGrowthRate(fromValue, level, goal.horizon_year - fromYear);
}

/** Years the roadmap runs: from the year after the exports baseline to the horizon (2025–2027 → 3). */
export function roadmapYears(goals: Goal[]): { first: number; last: number; count: number } {
  const exports = goalById(goals, "exports");
  if (exports.baseline_year === null) throw new Error("the exports goal has no baseline year");
  const first = exports.baseline_year + 1;
  return { first, last: exports.horizon_year, count: exports.horizon_year - first + 1 };
}

/** The share of a past plan's target it reached (405 496 ÷ 500 000 = 0.81), or null if no result. */
export function planAchievement(plan: PastPlan): number | null {
  return plan.result_value === null || !plan.target_value ? null : plan.result_value / plan.target_value;
}

/** Average yearly net change in the number of exporters between two counts of the same definition. */
export function exporterNetChangePerYear(rows: ExporterCount[], definition: "all" | "active", fromYear: number, toYear: number): number {
  const at = (year: number) => {
    const row = rows.find((r) => r.year === year && r.definition === definition);
    if (!row) throw new Error(`no ${definition} exporter count for ${year} in data/exporters.csv`);
    return row.count;
  };
  return (at(toYear) - at(fromYear)) / (toYear - fromYear);
}

/**
 * The one horizon rule for the new-exporters goal, shared by the exporter-base chart and the prose:
 * the base is counted in its baseline year, and each later year up to the horizon adds the yearly
 * target (base 2025, horizon 2027 → 2 years, +800). Pace, not a forecast: no exits are deducted.
 */
export function newExportersPath(goal: Goal): {
  baseYear: number;
  base: number;
  years: number;
  added: number;
  end: number;
  path: { year: number; count: number }[];
} {
  if (goal.baseline_value === null || goal.baseline_year === null) throw new Error(`the ${goal.goal_id} goal has no baseline in data/goals.csv`);
  const years = Math.max(0, goal.horizon_year - goal.baseline_year);
  const path = Array.from({ length: years + 1 }, (_, k) => ({ year: goal.baseline_year! + k, count: goal.baseline_value! + goal.target_value * k }));
  return { baseYear: goal.baseline_year, base: goal.baseline_value, years, added: goal.target_value * years, end: path[path.length - 1].count, path };
}

/** The tables that describe the roadmap itself (not trade statistics, geography or biographies of people). */
export const roadmapTables = ["goals", "levers", "reforms", "measures", "offices", "milestones"] as const;

/** The sources that rows about the roadmap cite, and the first and last of their publication dates (ISO, as precise as given). */
export function roadmapSources(data: Datasets): { sources: Datasets["sources"]; first: string | undefined; last: string | undefined } {
  const ids = new Set(roadmapTables.flatMap((name) => (data[name] as { source_ids: string[] }[]).flatMap((row) => row.source_ids)));
  const sources = data.sources.filter((s) => ids.has(s.source_id));
  const dated = sources
    .map((s) => s.published_on)
    .filter((d): d is string => d !== null)
    .sort();
  return { sources, first: dated[0], last: dated[dated.length - 1] };
}
