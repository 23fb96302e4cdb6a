// Every chart, by id. Adding a chart means adding its file (src/charts/<id>.ts), one line here, and
// its frozen fixture (npx tsx tests/fixtures/charts/freeze.ts <id>); the snapshot, smoke and gallery
// pick it up from this list. Ids are public (embeds, anchors): never rename one once published.
// Editors can replace a chart's drafted alt text with `altOverride` in its definition (types.ts).
import type { ChartDefinition } from "./kit/types";
import exportsVsTarget from "./exports-vs-target";
import tradeCoverage from "./trade-coverage";
import exportsBySector from "./exports-by-sector";
import exporterBase from "./exporter-base";
import jobsGoal from "./jobs-goal";
import newExportersByRegion from "./new-exporters-by-region";
import firmConcentration from "./firm-concentration";
import roadmapTimeline from "./roadmap-timeline";
import leversReformsStatus from "./levers-reforms-status";
import regionalOfficesMap from "./regional-offices-map";
import craftExports from "./craft-exports";
import craftExportsByProduct from "./craft-exports-by-product";
import craftExportsByDestination from "./craft-exports-by-destination";

/** All charts, in the order the gallery and the embed index list them. */
export const charts: ChartDefinition<any>[] = [
  exportsVsTarget,
  tradeCoverage,
  exportsBySector,
  exporterBase,
  jobsGoal,
  newExportersByRegion,
  firmConcentration,
  roadmapTimeline,
  leversReformsStatus,
  regionalOfficesMap,
  craftExports,
  craftExportsByProduct,
  craftExportsByDestination,
];

/** The chart with this id; throws on an unknown id so a typo fails the build. */
export function chartById(id: string): ChartDefinition<any> {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}". Known ids: ${charts.map((c) => c.id).join(", ")}`);
  return chart;
}
