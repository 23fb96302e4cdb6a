// Pure transforms from validated rows to what charts and pages show. Derived figures (balance,
// coverage rate, growth) are computed here and never typed into data/.
import type { Datasets, Goal, TradeYear } from "./schema";

/** A year of trade with its derived balance and coverage rate. */
export interface TradeYearDerived extends TradeYear {
  balance_mad_bn: number;
  coverage_rate: number;
}

/** Trade by year, sorted, with balance (exports − imports) and coverage rate (exports ÷ imports). */
export function tradeByYear(rows: TradeYear[]): TradeYearDerived[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      ...r,
      balance_mad_bn: round(r.exports_mad_bn - r.imports_mad_bn, 2),
      coverage_rate: round(r.exports_mad_bn / r.imports_mad_bn, 4),
    }));
}

/** Compound annual growth rate between two values over `years` years. */
export function annualGrowthRate(from: number, to: number, years: number): number {
  return Math.pow(to / from, 1 / years) - 1;
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

/** The latest release: its date is the site's "data as of". */
export function latestRelease(releases: Datasets["releases"]) {
  return [...releases].sort((a, b) => b.published_on.localeCompare(a.published_on))[0];
}

/** Rounds to `digits` decimals, avoiding binary noise such as 0.30000000000000004. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
