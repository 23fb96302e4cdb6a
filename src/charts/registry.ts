// Every chart, by id. Adding a chart means adding its file and one line here.
import type { ChartDefinition } from "./types";
import exportsVsTarget from "./exports-vs-target";
import tradeCoverage from "./trade-coverage";

/** All charts, in the order the gallery and the embed index list them. */
export const charts: ChartDefinition<any>[] = [exportsVsTarget, tradeCoverage];

/** The chart with this id; throws on an unknown id so a typo fails the build. */
export function chartById(id: string): ChartDefinition<any> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}". Known ids: ${charts.map((c) => c.id).join(", ")}`);
  return chart;
}
