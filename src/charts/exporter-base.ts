// How many firms export, and what would +400 new exporters a year add by 2027, next to the +200 a
// year that Maroc Export Plus aimed for? Reads data/exporters.csv, data/goals.csv (new-exporters)
// and data/past_plans.csv (maroc-export-plus). The 2025 count ("about 6,000", definition not
// stated) is drawn as its own point, never joined to the 2011–2019 series, which use other
// definitions. Both paths start from that 2025 count: they show pace, not a forecast.
// Right-to-left: the time axis is not mirrored (same editorial choice as exports-vs-target).
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import {
  basePlotOptions,
  colon,
  fontSizeFor,
  horizonTicks,
  labelLeft,
  labelRight,
  marginFor,
  spreadApart,
  uniqueIds,
  yearTick,
  plotChart,
  isNarrow,
  valueAxis,
} from "./kit/plotStyle";
import { t, tCount, type StringKey } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { goalById, newExportersPath } from "../data/derive";
import { formatNumber, formatSigned, formatYear } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";

type Series = "all" | "active" | "stated" | "path-goal" | "path-past";
interface Point {
  series: Series;
  year: number;
  count: number;
}
interface Rows {
  points: Point[];
  perYear: { goal: number; past: number };
  /** The stated base ("about 6,000") and the years the paths run, from newExportersPath. */
  stated: number;
  path: { baseYear: number; end: number; years: number };
  pastPeriod: { start: number | null; end: number | null };
  sourceIds: string[];
}

/** A series' name; the paths' names carry their yearly pace from the data ("+400 par an"). */
function seriesLabel(series: Series, rows: Rows, locale: Locale): string {
  const goal = formatSigned(rows.perYear.goal, locale);
  const past = formatSigned(rows.perYear.past, locale);
  const base = formatNumber(rows.stated, locale);
  const keys: Record<Series, StringKey> = {
    all: "chart.exporter-base.series.all",
    active: "chart.exporter-base.series.active",
    stated: "chart.exporter-base.series.stated",
    "path-goal": "chart.exporter-base.series.path-goal",
    "path-past": "chart.exporter-base.series.path-past",
  };
  return t(locale, keys[series], { goal, past, base });
}
function shortLabel(series: Series, rows: Rows, locale: Locale): string {
  const perYear = (v: number) => t(locale, "chart.exporter-base.per-year", { value: formatSigned(v, locale) });
  return {
    all: t(locale, "chart.exporter-base.short.all"),
    active: t(locale, "chart.exporter-base.short.active"),
    // "~", not "≈": the export fonts (Noto Sans, Noto Sans Arabic) draw it, so PNGs show no empty box.
    stated: "~",
    "path-goal": perYear(rows.perYear.goal),
    "path-past": perYear(rows.perYear.past),
  }[series];
}
const colour: Record<Series, Parameters<typeof cssVar>[0]> = {
  all: "exports",
  active: "imports",
  stated: "text",
  "path-goal": "target",
  "path-past": "target-alt",
};
const order: Series[] = ["all", "active", "stated", "path-goal", "path-past"];

export default defineChart<Rows>({
  id: "exporter-base",
  title(rows, locale) {
    const pace = formatSigned(rows.perYear.goal, locale);
    return t(locale, "chart.exporter-base.title", { pace });
  },
  dek(rows, locale) {
    const [goal, past, end] = [formatNumber(rows.perYear.goal, locale), formatNumber(rows.perYear.past, locale), formatYear(rows.path.end, locale)];
    return t(locale, "chart.exporter-base.dek", { end, goal, past });
  },
  notes(rows, locale) {
    const studyYears = [...new Set(rows.points.filter((p) => p.series === "all" || p.series === "active").map((p) => p.year))]
      .sort((a, b) => a - b)
      .map((y) => formatYear(y, locale));
    const years = studyYears.join(t(locale, "list.and"));
    const [base, end] = [formatYear(rows.path.baseYear, locale), formatYear(rows.path.end, locale)];
    const span = tCount(locale, "count.years-span", rows.path.years);
    return t(locale, "chart.exporter-base.notes", { years, base, end, span });
  },
  rtl: { mirror: false, why: "Time axis kept left to right in Arabic, as in exports-vs-target." },
  select(data) {
    const goal = goalById(data.goals, "new-exporters");
    const past = data.pastPlans.find((p) => p.plan_id === "maroc-export-plus" && p.metric === "new-exporters");
    if (!past || past.target_value === null) throw new Error("data/past_plans.csv lacks maroc-export-plus new-exporters");
    if (goal.baseline_value === null || goal.baseline_year === null) throw new Error("the new-exporters goal has no baseline");
    const points: Point[] = data.exporters.filter((r) => r.year !== goal.baseline_year).map((r) => ({ series: r.definition, year: r.year, count: r.count }));
    const goalPath = newExportersPath(goal);
    points.push({ series: "stated", year: goalPath.baseYear, count: goalPath.base });
    for (const [k, step] of goalPath.path.entries()) {
      points.push({ series: "path-goal", year: step.year, count: step.count });
      points.push({ series: "path-past", year: step.year, count: goalPath.base + past.target_value * k });
    }
    points.sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || a.year - b.year);
    return {
      points,
      perYear: { goal: goal.target_value, past: past.target_value },
      stated: goalPath.base,
      path: { baseYear: goalPath.baseYear, end: goal.horizon_year, years: goalPath.years },
      pastPeriod: { start: past.period_start, end: past.period_end },
      sourceIds: uniqueIds(...data.exporters.map((r) => r.source_ids), goal.source_ids, past.source_ids),
    };
  },
  sources(rows) {
    return rows.sourceIds;
  },
  table(rows, locale) {
    const years = [...new Set(rows.points.map((p) => p.year))].sort((a, b) => a - b);
    const at = (s: Series, year: number) => rows.points.find((p) => p.series === s && p.year === year)?.count ?? null;
    return {
      columns: [t(locale, "chart.year"), ...order.map((s) => seriesLabel(s, rows, locale))],
      rows: years.map((year) => [formatYear(year, locale), ...order.map((s) => at(s, year))]),
    };
  },
  describe(rows, locale) {
    const n = (v: number) => formatNumber(v, locale);
    const y = (v: number) => formatYear(v, locale);
    const get = (s: Series) => rows.points.filter((p) => p.series === s);
    const [all, active, stated, goal, past] = [get("all"), get("active"), get("stated")[0], get("path-goal"), get("path-past")];
    const [a0, a1, b0, b1] = [all[0], all[all.length - 1], active[0], active[active.length - 1]];
    const [g, p] = [goal[goal.length - 1], past[past.length - 1]];
    // The Arabic sentence says "an increase of" (بزيادة) in words, so there the pace has no sign.
    const pace = (v: number) => (locale === "ar" ? n(v) : formatSigned(v, locale));
    return t(locale, "chart.exporter-base.describe", {
      allFirst: n(a0.count),
      allFirstYear: y(a0.year),
      allLast: n(a1.count),
      allLastYear: y(a1.year),
      activeFirst: n(b0.count),
      activeLast: n(b1.count),
      statedYear: y(stated.year),
      stated: n(stated.count),
      goalPace: pace(rows.perYear.goal),
      goal: n(g.count),
      goalYear: y(g.year),
      pastPace: pace(rows.perYear.past),
      past: n(p.count),
    });
  },
  points(rows, locale) {
    return rows.points.map((p) => ({
      x: p.year,
      y: p.count,
      label: `${seriesLabel(p.series, rows, locale)}, ${formatYear(p.year, locale)}${colon(locale)}${formatNumber(p.count, locale)}`,
    }));
  },
  render(rows, { locale, width, document }) {
    const narrow = isNarrow(width);
    const lines = rows.points.filter((p) => p.series !== "stated");
    const ends = order.filter((s) => s !== "stated").map((s) => rows.points.filter((p) => p.series === s).at(-1)!);
    const stated = rows.points.filter((p) => p.series === "stated");
    const years = rows.points.map((p) => p.year);
    const label = (p: Point) =>
      `${formatNumber(p.count, locale)} ${(narrow || p.series.startsWith("path") ? shortLabel : seriesLabel)(p.series, rows, locale)}`;
    // End labels that crowd (the two paths, and the observed count near them) are spread apart
    // on the y positions the chart will draw them at.
    const height = narrow ? 320 : 380;
    const [marginTop, marginBottom] = [basePlotOptions(locale, width).marginTop, 30];
    const yMax = Math.max(...rows.points.map((p) => p.count)) * 1.08;
    const yPx = (count: number) => marginTop + (1 - count / yMax) * (height - marginTop - marginBottom);
    const wanted = ends.map((end) => yPx(end.count));
    const spread = spreadApart(wanted, fontSizeFor(width) * 1.35);
    const nudge = (p: Point) => spread[ends.indexOf(p)] - wanted[ends.indexOf(p)];
    return plotChart(
      { locale, width, document },
      {
        height,
        marginBottom,
        marginLeft: 48,
        marginRight: marginFor(ends.map(label), width, locale === "ar" ? 12 : 8, true),
        // The time axis reaches the last year of the paths: the target year, from goals.csv.
        x: {
          label: null,
          domain: [Math.min(...years), Math.max(...years)],
          tickFormat: yearTick(locale),
          ticks: horizonTicks(Math.min(...years), Math.max(...years), narrow ? 5 : 2),
        },
        y: valueAxis(locale, t(locale, "chart.unit.exporters"), yMax, 5),
        marks: [
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          // Observed counts: solid. Paths: dashed, as they are paces, not data.
          ...[false, true].map((path) =>
            Plot.lineY(
              lines.filter((p) => p.series.startsWith("path") === path),
              {
                x: "year",
                y: "count",
                z: "series",
                stroke: (p: Point) => cssVar(colour[p.series]),
                strokeWidth: path ? 2 : 2.5,
                strokeDasharray: path ? "5 4" : undefined,
              },
            ),
          ),
          Plot.dot(
            lines.filter((p) => !p.series.startsWith("path")),
            { x: "year", y: "count", fill: (p: Point) => cssVar(colour[p.series]), r: 3.5 },
          ),
          Plot.dot(stated, { x: "year", y: "count", stroke: cssVar("text"), fill: cssVar("bg"), strokeWidth: 2, r: 5 }),
          ...ends.map((end) =>
            Plot.text([end], {
              x: "year",
              y: "count",
              text: label,
              dx: locale === "ar" ? 12 : 8,
              dy: nudge(end),
              fill: cssVar(colour[end.series]),
              fontWeight: 600,
              ...labelRight(locale),
            }),
          ),
          Plot.text(stated, {
            x: "year",
            y: "count",
            text: (p: Point) =>
              narrow ? `~${formatNumber(p.count, locale)}` : `~${formatNumber(p.count, locale)} (${t(locale, "chart.exporter-base.definition-not-stated")})`,
            dy: 16,
            fill: cssVar("text"),
            ...labelLeft(locale),
          }),
        ],
      },
    );
  },
});
