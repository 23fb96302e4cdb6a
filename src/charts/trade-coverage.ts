// How do exports compare with imports, and how much of its imports does Morocco pay for with
// its exports (the coverage rate)? Reads data/trade_annual.csv; balance and coverage are derived.
// Right-to-left: the time axis is not mirrored in Arabic (same editorial choice as exports-vs-target).
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, fontSizeFor, labelWidth, marginFor, yearTick, plotChart, isNarrow, valueAxis } from "./kit/plotStyle";
import { t, type StringKey } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { tradeByYear, type TradeYearDerived } from "../data/derive";
import { formatMadBn, formatNumber, formatPercent, formatYear, withQualifier } from "../core/i18n/format";

type Rows = TradeYearDerived[];

const series: Record<"exports" | "imports", StringKey> = {
  exports: "chart.label.exports",
  imports: "chart.label.imports",
};

const headers: StringKey[] = [
  "chart.year",
  "chart.col.exports-bn",
  "chart.trade-coverage.col.imports",
  "chart.trade-coverage.col.balance",
  "chart.trade-coverage.col.coverage",
];

/** Years whose coverage rate is written on the chart: first, last and every fifth between. */
function labelledYears(rows: Rows): Rows {
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  // Not the first year: its label would be centred on the y axis and sit on its ticks.
  return rows.filter((r) => r.year !== first && (r.year === last || r.year % 5 === 0));
}

/** A series' value at a (fractional) year, read along the drawn line. */
function valueAt(rows: Rows, year: number, key: "exports_mad_bn" | "imports_mad_bn"): number {
  const i = Math.max(
    1,
    Math.min(
      rows.length - 1,
      rows.findIndex((r) => r.year >= year),
    ),
  );
  const [a, b] = [rows[i - 1], rows[i]];
  return a[key] + ((b[key] - a[key]) * (year - a.year)) / (b.year - a.year);
}

/**
 * The height for a coverage label at `year`: the middle of the band between the two lines over
 * the whole width of the label (not only at its year), so a line that climbs steeply beside the
 * year does not run through the label's text.
 */
function band(rows: Rows, year: number, halfYears: number): { middle: number; height: number } {
  const from = Math.max(rows[0].year, year - halfYears);
  const to = Math.min(rows[rows.length - 1].year, year + halfYears);
  let top = -Infinity;
  let bottom = Infinity;
  for (let k = 0; k <= 16; k++) {
    const at = from + ((to - from) * k) / 16;
    top = Math.max(top, valueAt(rows, at, "exports_mad_bn"));
    bottom = Math.min(bottom, valueAt(rows, at, "imports_mad_bn"));
  }
  return { middle: (top + bottom) / 2, height: bottom - top };
}

/**
 * Where a coverage label goes: at its year when the band there holds the text (`needed`, in the
 * values' unit), else up to half a year aside, where it does; failing that, where the band is widest.
 */
function coverageSpot(rows: Rows, year: number, halfYears: number, needed: number): { year: number; value: number } {
  const spots = [0, -0.25, 0.25, -0.5, 0.5]
    .map((shift) => year + shift)
    .filter((at) => at - halfYears >= rows[0].year && at + halfYears <= rows[rows.length - 1].year + halfYears)
    .map((at) => ({ at, ...band(rows, at, halfYears) }));
  const spot = spots.find((s) => s.height >= needed) ?? spots.reduce((a, b) => (b.height > a.height ? b : a));
  return { year: spot.at, value: spot.middle };
}

export default defineChart<Rows>({
  id: "trade-coverage",
  title(rows, locale) {
    const first = formatYear(rows[0].year, locale);
    return t(locale, "chart.trade-coverage.title", { first });
  },
  dek: "chart.trade-coverage.dek",
  notes: "chart.trade-coverage.notes",
  rtl: { mirror: false, why: "Time axis kept left to right in Arabic, as in exports-vs-target." },
  select(data) {
    return tradeByYear(data.tradeAnnual);
  },
  table(rows, locale) {
    return {
      columns: headers.map((key) => t(locale, key)),
      // A value the source gives as "environ" or "plus de" (a lower bound) keeps those words in the table.
      rows: rows.map((r) =>
        r.derived_qualifier
          ? [
              formatYear(r.year, locale),
              withQualifier(formatNumber(r.exports_mad_bn, locale, { maximumFractionDigits: 2 }), r.exports_qualifier, locale),
              withQualifier(formatNumber(r.imports_mad_bn, locale, { maximumFractionDigits: 2 }), r.imports_qualifier, locale),
              withQualifier(formatNumber(r.balance_mad_bn, locale, { maximumFractionDigits: 2 }), r.derived_qualifier, locale),
              withQualifier(formatPercent(r.coverage_rate, locale), r.derived_qualifier, locale),
            ]
          : [formatYear(r.year, locale), r.exports_mad_bn, r.imports_mad_bn, r.balance_mad_bn, formatPercent(r.coverage_rate, locale)],
      ),
    };
  },
  describe(rows, locale) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const best = rows.reduce((a, b) => (b.coverage_rate > a.coverage_rate ? b : a));
    const v = (n: number, q: string | null = null) => withQualifier(formatMadBn(n, locale, q === "more-than" ? 2 : 0), q, locale);
    const p = (n: number, q: string | null = null) => withQualifier(formatPercent(n, locale, 0), q, locale);
    const y = (n: number) => formatYear(n, locale);
    return t(locale, "chart.trade-coverage.describe", {
      firstYear: y(first.year),
      lastYear: y(last.year),
      exportsFirst: v(first.exports_mad_bn, first.exports_qualifier),
      exportsLast: v(last.exports_mad_bn, last.exports_qualifier),
      importsFirst: v(first.imports_mad_bn, first.imports_qualifier),
      importsLast: v(last.imports_mad_bn, last.imports_qualifier),
      coverageFirst: p(first.coverage_rate, first.derived_qualifier),
      coverageLast: p(last.coverage_rate, last.derived_qualifier),
      peak: p(best.coverage_rate),
      peakYear: y(best.year),
    });
  },
  points(rows, locale) {
    const unit = t(locale, "unit.mad-bn");
    const cover = t(locale, "chart.trade-coverage.coverage");
    const sep = colon(locale);
    return rows.map((r) => ({
      x: r.year,
      y: r.exports_mad_bn,
      label: `${formatYear(r.year, locale)}\n${t(locale, series.exports)}${sep}${withQualifier(formatMadBn(r.exports_mad_bn, locale), r.exports_qualifier, locale)} ${unit}\n${t(locale, series.imports)}${sep}${withQualifier(formatMadBn(r.imports_mad_bn, locale, r.imports_qualifier === "more-than" ? 2 : 1), r.imports_qualifier, locale)} ${unit}\n${cover}${sep}${withQualifier(formatPercent(r.coverage_rate, locale), r.derived_qualifier, locale)}`,
    }));
  },
  render(rows, { locale, width, document }) {
    const narrow = isNarrow(width);
    const last = rows[rows.length - 1];
    const long = rows.flatMap((r) => [
      { year: r.year, series: "exports" as const, value: r.exports_mad_bn },
      { year: r.year, series: "imports" as const, value: r.imports_mad_bn },
    ]);
    const marginRight = marginFor([t(locale, series.exports), t(locale, series.imports)], width, 8, true);
    const pxPerYear = (width - 44 - marginRight) / Math.max(1, last.year - rows[0].year);
    const coverageText = (r: TradeYearDerived) => formatPercent(r.coverage_rate, locale, 0);
    const height = narrow ? 300 : 380;
    // Plot's y domain runs from the zero rule to the highest value; 24 and 30 px are the top and x-axis margins.
    const bnPerPx = Math.max(...rows.map((r) => r.imports_mad_bn), ...rows.map((r) => r.exports_mad_bn)) / (height - 24 - 30);
    const coverageSpots = new Map(
      labelledYears(rows).map((r) => [
        r.year,
        coverageSpot(rows, r.year, (labelWidth(coverageText(r), width, true) / 2 + 2) / pxPerYear, (fontSizeFor(width) + 8) * bnPerPx),
      ]),
    );
    return plotChart(
      { locale, width, document },
      {
        height,
        marginRight,
        marginLeft: 44,
        x: { label: null, tickFormat: yearTick(locale), ticks: narrow ? 4 : 8 },
        y: valueAxis(locale, t(locale, "chart.unit.mad-bn"), Math.max(...rows.map((r) => Math.max(r.exports_mad_bn, r.imports_mad_bn))), 5, false),
        marks: [
          Plot.areaY(rows, { x: "year", y1: "exports_mad_bn", y2: "imports_mad_bn", fill: cssVar("imports"), fillOpacity: 0.12 }),
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          Plot.lineY(long, {
            x: "year",
            y: "value",
            z: "series",
            stroke: (d: { series: "exports" | "imports" }) => cssVar(d.series),
            strokeWidth: 2.5,
          }),
          Plot.text(
            [
              { series: "exports" as const, year: last.year, value: last.exports_mad_bn },
              { series: "imports" as const, year: last.year, value: last.imports_mad_bn },
            ],
            {
              x: "year",
              y: "value",
              text: (d: { series: "exports" | "imports" }) => t(locale, series[d.series]),
              dx: 8,
              textAnchor: "start",
              fill: (d: { series: "exports" | "imports" }) => cssVar(d.series),
              fontWeight: 600,
            },
          ),
          Plot.text(labelledYears(rows), {
            x: (r: TradeYearDerived) => coverageSpots.get(r.year)!.year,
            y: (r: TradeYearDerived) => coverageSpots.get(r.year)!.value,
            text: coverageText,
            fill: cssVar("coverage"),
            fontWeight: 600,
          }),
        ],
      },
    );
  },
});
