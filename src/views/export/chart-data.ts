// The data behind each chart as a newsroom downloads it: the same rows and columns as the table
// under the chart, but with plain numbers (no "49,2 %"), ISO dates and years as numbers, and each
// row's own sources (the ids of data/sources.csv rows behind that row, not the chart's union).
import { chartById } from "../../charts/registry";
import type { FigureModel } from "../../charts/figure";
import type { Datasets } from "../../data/schema";
import { exportTargetPaths, goalById, roadmapYears, tradeByYear } from "../../data/derive";
import { regionOfficeRows } from "../../charts/geo/offices";
import { craftPartials, craftYears } from "../../data/craft";
import type { ShareRows } from "../../charts/craft-shares";

/** One downloadable row: its cells (aligned with `columns`) and the sources behind them. */
export interface DownloadRow {
  cells: (string | number | null)[];
  sourceIds: string[];
}

/** A chart's data for download: localised headers, typed cells, per-row sources. */
export interface DownloadTable {
  columns: string[];
  rows: DownloadRow[];
}

type Cell = string | number | null;
/** Per chart: which table columns are replaced by raw values, and each row's sources. */
interface RowSpec {
  raw: Record<number, Cell>;
  sourceIds: string[];
}
interface ChartDownload {
  /** Columns whose header gains a unit now that the cell is a bare number, e.g. " (%)". */
  headerSuffix?: Record<number, string>;
  rows(data: Datasets): RowSpec[];
}

const union = (...lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
/** An ISO 8601 interval of months from January: "2022-01/2022-11" for "janvier–novembre 2022". */
const isoMonthsFromJanuary = (year: number, months: number) => `${year}-01/${year}-${String(months).padStart(2, "0")}`;
/** The rows of a craft share chart (one per family or market and period), in the chart's order. */
const shareRows = (id: string, data: Datasets): RowSpec[] =>
  (chartById(id).select(data) as ShareRows).blocks.flatMap((b) =>
    b.bars.map((bar) => ({
      raw: { 0: b.period.months === 12 ? b.period.year : isoMonthsFromJanuary(b.period.year, b.period.months) },
      sourceIds: bar.source_ids,
    })),
  );
/** An ISO 8601 date at the precision the data states: 2025-05-28, or 2025-05 for a month. */
const isoDate = (date: string, precision: "day" | "month") => (precision === "month" ? date.slice(0, 7) : date);

const DOWNLOADS: Record<string, ChartDownload> = {
  "trade-coverage": {
    headerSuffix: { 4: " (%)" },
    // Plain numbers even where the table says "plus de" or "environ" (the table keeps the words).
    rows: (data) =>
      tradeByYear(data.tradeAnnual).map((r) => ({
        raw: { 0: r.year, 1: r.exports_mad_bn, 2: r.imports_mad_bn, 3: r.balance_mad_bn, 4: round(r.coverage_rate * 100, 2) },
        sourceIds: r.source_ids,
      })),
  },
  "exports-vs-target": {
    rows(data) {
      const actual = tradeByYear(data.tradeAnnual);
      const goal = goalById(data.goals, "exports");
      const paths = exportTargetPaths(goal);
      const years = [...new Set([...actual.map((r) => r.year), ...paths.map((p) => p.year)])].sort((a, b) => a - b);
      return years.map((year) => {
        const a = actual.find((r) => r.year === year);
        const onPath = year > (goal.baseline_year ?? year) && paths.some((p) => p.year === year);
        const raw: Record<number, Cell> = a ? { 0: year, 1: a.exports_mad_bn } : { 0: year };
        return { raw, sourceIds: union(a?.source_ids, onPath ? goal.source_ids : []) };
      });
    },
  },
  "exports-by-sector": {
    rows(data) {
      // The chart's own selection: one value per sector and year, each with its row's sources.
      const { values } = chartById("exports-by-sector").select(data) as { values: { year: number; exports_mad_bn: number | null; source_ids: string[] }[] };
      const years = [...new Set(values.map((v) => v.year))];
      return years.map((year) => ({ raw: { 0: year }, sourceIds: union(...values.filter((v) => v.year === year).map((v) => v.source_ids)) }));
    },
  },
  "exporter-base": {
    rows(data) {
      const goal = goalById(data.goals, "new-exporters");
      const past = data.pastPlans.find((p) => p.plan_id === "maroc-export-plus" && p.metric === "new-exporters");
      const { points } = chartById("exporter-base").select(data) as { points: { year: number }[] };
      const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
      return years.map((year) => {
        const measured = data.exporters.filter((e) => e.year === year && e.year !== goal.baseline_year);
        const fromGoal = goal.baseline_year !== null && year >= goal.baseline_year && year <= goal.horizon_year;
        return { raw: { 0: year }, sourceIds: union(...measured.map((e) => e.source_ids), fromGoal ? goal.source_ids : [], fromGoal ? past?.source_ids : []) };
      });
    },
  },
  "firm-concentration": {
    headerSuffix: { 2: " (%)", 3: " (%)" },
    rows: (data) => data.firmConcentration.map((f) => ({ raw: { 1: f.year, 2: f.share_of_firms_pct, 3: f.share_of_exports_pct }, sourceIds: f.source_ids })),
  },
  "jobs-goal": {
    rows(data) {
      const goal = goalById(data.goals, "jobs");
      const pai = data.pastPlans.find((p) => p.plan_id === "pai" && p.metric === "jobs");
      if (!pai || pai.period_start === null || pai.period_end === null) throw new Error("data/past_plans.csv lacks the pai jobs period");
      const road = roadmapYears(data.goals);
      const paiCount = pai.period_end - pai.period_start + 1;
      const ks = [...new Set([...Array.from({ length: road.count + 1 }, (_, k) => k), ...Array.from({ length: paiCount + 1 }, (_, k) => k)])].sort(
        (a, b) => a - b,
      );
      return ks.map((k) => ({
        raw: { 0: k, 1: k > 0 && k <= road.count ? road.first + k - 1 : null, 3: k > 0 && k <= paiCount ? pai.period_start! + k - 1 : null },
        sourceIds: union(k <= road.count ? goal.source_ids : [], k <= paiCount ? pai.source_ids : []),
      }));
    },
  },
  "levers-reforms-status": {
    rows: (data) =>
      [
        ...data.levers.map((l) => ({ group: 0, number: l.number, ids: l.source_ids })),
        ...data.reforms.map((r) => ({ group: 1, number: r.number, ids: r.source_ids })),
      ]
        .sort((a, b) => a.group - b.group || a.number - b.number)
        .map((i) => ({ raw: {}, sourceIds: i.ids })),
  },
  "new-exporters-by-region": {
    rows: (data) =>
      [...data.newExportersByRegion]
        .sort((a, b) => b.new_active_exporters - a.new_active_exporters || a.region_code.localeCompare(b.region_code))
        .map((r) => ({ raw: {}, sourceIds: r.source_ids })),
  },
  "regional-offices-map": {
    rows: (data) => regionOfficeRows(data).map((r) => ({ raw: {}, sourceIds: r.sourceIds })),
  },
  "craft-exports": {
    rows(data) {
      // The chart's table order: full years and January-to-month totals interleaved in time.
      const full = craftYears(data.craftExports, data.tradeAnnual).map((y) => ({ sort: y.year + 0.99, raw: { 0: y.year }, sourceIds: y.source_ids }));
      const partial = craftPartials(data.craftExports).map((p) => ({
        sort: p.year + p.months / 100,
        raw: { 0: isoMonthsFromJanuary(p.year, p.months) },
        sourceIds: p.source_ids,
      }));
      return [...full, ...partial].sort((a, b) => a.sort - b.sort).map(({ raw, sourceIds }) => ({ raw, sourceIds }));
    },
  },
  "craft-exports-by-product": { rows: (data) => shareRows("craft-exports-by-product", data) },
  "craft-exports-by-destination": { rows: (data) => shareRows("craft-exports-by-destination", data) },
  "roadmap-timeline": {
    rows: (data) =>
      [...data.milestones]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m) => ({ raw: { 0: isoDate(m.date, m.date_precision) }, sourceIds: m.source_ids })),
  },
};

/** Chart ids that have a download table (every chart must: a test checks the registry). */
export const DOWNLOAD_CHART_IDS = Object.keys(DOWNLOADS);

/**
 * The download table of a figure: its data table with raw values put back and each row's sources.
 * Throws when the rows no longer line up with the table (a chart changed without its download).
 */
export function downloadTable(figure: FigureModel, data: Datasets): DownloadTable {
  const spec = DOWNLOADS[figure.id];
  if (!spec) throw new Error(`No download table for chart ${figure.id}: add it to src/views/export/chart-data.ts`);
  const specs = spec.rows(data);
  if (specs.length !== figure.table.rows.length) {
    throw new Error(
      `Download table of ${figure.id} has ${specs.length} rows but the chart's table has ${figure.table.rows.length}: update src/views/export/chart-data.ts`,
    );
  }
  const columns = figure.table.columns.map((c, i) => c + (spec.headerSuffix?.[i] ?? ""));
  const rows = specs.map((s, r) => ({
    cells: figure.table.rows[r].map((cell, i) => (i in s.raw ? s.raw[i] : cell)),
    sourceIds: s.sourceIds,
  }));
  return { columns, rows };
}
