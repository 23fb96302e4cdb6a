// Are exports on track for the goal, and how far apart are the two readings of its "+84 bn"?
// Reads data/trade_annual.csv and data/goals.csv.
// Right-to-left: the time axis is not mirrored in Arabic. Moroccan Arabic press charts and
// Office des Changes publications run time left to right; we follow that editorial choice.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, uniqueIds, horizonTicks, labelLeft, labelRight, marginFor, wrapText, yearTick, plotChart, isNarrow, valueAxis } from "./kit/plotStyle";
import { t } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { tradeByYear, goalById, exportTargetPaths, exportsGoalLevel, type TargetPathPoint } from "../data/derive";
import { formatMadBn, formatNumber, formatSigned, formatYear, withQualifier } from "../core/i18n/format";
import type { Goal } from "../data/schema";
import type { Locale } from "../core/i18n/locales";

interface Rows {
  actual: { year: number; exports_mad_bn: number; exports_qualifier: string | null; source_ids: string[] }[];
  paths: TargetPathPoint[];
  goal: Goal;
  /** Date of the roadmap's launch (data/milestones.csv, kind "launch"), marked on the time axis. */
  launch?: string;
}

/** A date as a fractional year (2025-07-02 → about 2025.5), to place it on a yearly axis. */
function yearFraction(iso: string): number {
  const date = new Date(`${iso}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** How a reading of the goal is named: "+84 Mds au total d'ici 2027", from the goal row. */
function readingLabel(reading: TargetPathPoint["reading"], goal: Goal, locale: Locale): string {
  const add = formatSigned(goal.target_value, locale);
  const end = formatYear(goal.horizon_year, locale);
  if (reading === "total-by-2027") return t(locale, "chart.exports-vs-target.reading.total", { add, end });
  return t(locale, "chart.exports-vs-target.reading.per-year", { add });
}

function headers(goal: Goal, locale: Locale): string[] {
  const add = formatSigned(goal.target_value, locale);
  return [
    t(locale, "chart.year"),
    t(locale, "chart.col.exports-bn"),
    t(locale, "chart.exports-vs-target.col.total", { add }),
    t(locale, "chart.exports-vs-target.col.per-year", { add }),
  ];
}

export default defineChart<Rows>({
  id: "exports-vs-target",
  title(rows, locale) {
    const end = formatYear(rows.goal.horizon_year, locale);
    return t(locale, "chart.exports-vs-target.title", { end });
  },
  dek(rows, locale) {
    const first = formatYear(rows.actual[0].year, locale);
    const end = formatYear(rows.goal.horizon_year, locale);
    const add = formatNumber(rows.goal.target_value, locale);
    return t(locale, "chart.exports-vs-target.dek", { first, end, add });
  },
  // Only Omar Hejira states a level; the wire copies only say "84 MMDH supplémentaires" (issue 12).
  notes(rows, locale) {
    const g = rows.goal;
    const add = formatNumber(g.target_value, locale);
    const signed = formatSigned(g.target_value, locale);
    const base = g.baseline_value === null ? null : formatMadBn(g.baseline_value, locale, 0);
    const baseYear = g.baseline_year === null ? null : formatYear(g.baseline_year, locale);
    const end = formatYear(g.horizon_year, locale);
    const level = formatMadBn(exportsGoalLevel(g), locale, 0);
    return t(locale, "chart.exports-vs-target.notes-readings", {
      add,
      base: base ? t(locale, "chart.exports-vs-target.notes-base", { base, baseYear: baseYear ?? "" }) : "",
      level,
      end,
      signed,
    });
  },
  rtl: { mirror: false, why: "Time runs left to right in Arabic financial charts too; mirroring the time axis would confuse readers used to them." },
  select(data) {
    const actual = tradeByYear(data.tradeAnnual).map((r) => ({
      year: r.year,
      exports_mad_bn: r.exports_mad_bn,
      exports_qualifier: r.exports_qualifier,
      source_ids: r.source_ids,
    }));
    const goal = goalById(data.goals, "exports");
    const launch = data.milestones.find((m) => m.kind === "launch")?.date;
    return { actual, paths: exportTargetPaths(goal), goal, ...(launch ? { launch } : {}) };
  },
  sources(rows) {
    return uniqueIds(...rows.actual.map((r) => r.source_ids), rows.goal.source_ids);
  },
  table(rows, locale) {
    // A value the source gives as "environ" keeps the word in the table; an exact one stays a number.
    const actualCell = (r: Rows["actual"][number] | undefined, l: Locale) =>
      r === undefined
        ? null
        : r.exports_qualifier === "about" || r.exports_qualifier === "more-than"
          ? withQualifier(formatNumber(r.exports_mad_bn, l, { maximumFractionDigits: 2 }), r.exports_qualifier, l)
          : r.exports_mad_bn;
    const years = [...new Set([...rows.actual.map((r) => r.year), ...rows.paths.map((p) => p.year)])].sort((a, b) => a - b);
    const at = (reading: TargetPathPoint["reading"], year: number) => rows.paths.find((p) => p.reading === reading && p.year === year)?.exports_mad_bn ?? null;
    return {
      columns: headers(rows.goal, locale),
      rows: years.map((year) => [
        formatYear(year, locale),
        actualCell(
          rows.actual.find((r) => r.year === year),
          locale,
        ),
        year > (rows.goal.baseline_year ?? year) ? at("total-by-2027", year) : null,
        year > (rows.goal.baseline_year ?? year) ? at("per-year", year) : null,
      ]),
    };
  },
  describe(rows, locale) {
    const first = rows.actual[0];
    const last = rows.actual[rows.actual.length - 1];
    const end = rows.goal.horizon_year;
    const total = rows.paths.find((p) => p.reading === "total-by-2027" && p.year === end)!;
    const perYear = rows.paths.find((p) => p.reading === "per-year" && p.year === end)!;
    const v = (n: number) => formatMadBn(n, locale, 0);
    // "environ 469" when the source gives the latest year approximately.
    const q = (r: { exports_mad_bn: number; exports_qualifier: string | null }) => withQualifier(v(r.exports_mad_bn), r.exports_qualifier, locale);
    const y = (n: number) => formatYear(n, locale);
    return t(locale, "chart.exports-vs-target.describe", {
      first: q(first),
      firstYear: y(first.year),
      last: q(last),
      lastYear: y(last.year),
      total: v(total.exports_mad_bn),
      end: y(end),
      target: formatSigned(rows.goal.target_value, locale),
      perYear: v(perYear.exports_mad_bn),
      gap: v(perYear.exports_mad_bn - total.exports_mad_bn),
    });
  },
  points(rows, locale) {
    const unit = t(locale, "unit.mad-bn");
    const target = t(locale, "chart.exports-vs-target.target");
    const end = rows.goal.horizon_year;
    const sep = colon(locale);
    return [
      ...rows.actual.map((r) => ({
        x: r.year,
        y: r.exports_mad_bn,
        label: `${formatYear(r.year, locale)}${sep}${withQualifier(formatMadBn(r.exports_mad_bn, locale), r.exports_qualifier, locale)} ${unit}`,
      })),
      ...rows.paths
        .filter((p) => p.year === end)
        .map((p) => ({
          x: p.year,
          y: p.exports_mad_bn,
          label: `${formatYear(p.year, locale)}${t(locale, "list.separator")}${target} (${readingLabel(p.reading, rows.goal, locale)})${sep}${formatMadBn(p.exports_mad_bn, locale)} ${unit}`,
        })),
    ];
  },
  render(rows, { locale, width, document }) {
    const end = rows.goal.horizon_year;
    const endPoints = rows.paths.filter((p) => p.year === end);
    const narrow = isNarrow(width);
    const first = rows.actual[0];
    // On phones each target keeps its meaning in a short word ("539 · total", "707 · par an").
    const reading = (d: TargetPathPoint) => t(locale, d.reading === "per-year" ? "chart.label.reading-per-year" : "chart.label.reading-total");
    // On wider screens the full reading, wrapped under the value so the margin stays narrow.
    const endLines = (d: TargetPathPoint) =>
      narrow
        ? [`${formatMadBn(d.exports_mad_bn, locale, 0)} · ${reading(d)}`]
        : [formatMadBn(d.exports_mad_bn, locale, 0), ...wrapText(readingLabel(d.reading, rows.goal, locale), 16)];
    const top = Math.max(...rows.paths.map((p) => p.exports_mad_bn), ...rows.actual.map((r) => r.exports_mad_bn)) * 1.05;
    // The launch, as a fraction of its year on the yearly axis, labelled on its left at the top.
    const launchAt = rows.launch ? yearFraction(rows.launch) : null;
    return plotChart(
      { locale, width, document },
      {
        height: narrow ? 300 : 380,
        marginRight: marginFor(endPoints.flatMap(endLines), width, 8, true),
        marginLeft: 44,
        // The time axis runs to the target's horizon year, read from goals.csv.
        x: { label: null, domain: [first.year, end], tickFormat: yearTick(locale), ticks: horizonTicks(first.year, end, narrow ? 5 : 2) },
        y: valueAxis(locale, t(locale, "chart.unit.mad-bn"), top, 5),
        marks: [
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          ...(launchAt === null
            ? []
            : [
                Plot.ruleX([launchAt], { y1: 0, y2: top, stroke: cssVar("muted"), strokeWidth: 1, strokeDasharray: "2 3" }),
                Plot.text([launchAt], {
                  x: (d: number) => d,
                  y: top,
                  text: () => t(locale, "chart.label.launch"),
                  dx: -4,
                  lineAnchor: "top",
                  fill: cssVar("muted"),
                  ...labelLeft(locale),
                }),
              ]),
          Plot.lineY(rows.actual, { x: "year", y: "exports_mad_bn", stroke: cssVar("exports"), strokeWidth: 2.5 }),
          Plot.dot(rows.actual, { x: "year", y: "exports_mad_bn", fill: cssVar("exports"), r: narrow ? 2.5 : 3 }),
          // The historical line is named where it starts, below it: the line rises from there.
          Plot.text([first], {
            x: "year",
            y: "exports_mad_bn",
            text: () => t(locale, "chart.label.exports"),
            dy: 10,
            lineAnchor: "top",
            fill: cssVar("exports"),
            fontWeight: 600,
            ...labelRight(locale),
          }),
          Plot.lineY(rows.paths, {
            x: "year",
            y: "exports_mad_bn",
            z: "reading",
            stroke: (d: TargetPathPoint) => (d.reading === "per-year" ? cssVar("target-alt") : cssVar("target")),
            strokeWidth: 2,
            strokeDasharray: "5 4",
          }),
          Plot.dot(endPoints, {
            x: "year",
            y: "exports_mad_bn",
            fill: (d: TargetPathPoint) => (d.reading === "per-year" ? cssVar("target-alt") : cssVar("target")),
            r: 4,
          }),
          Plot.text(endPoints, {
            x: "year",
            y: "exports_mad_bn",
            text: (d: TargetPathPoint) => endLines(d).join("\n"),
            dx: 8,
            // Arabic labels read right to left yet still run rightwards from the point.
            ...labelRight(locale),
            fill: cssVar("text"),
            fontWeight: 600,
          }),
        ],
      },
    );
  },
});
