// Where did new active exporters appear, 2011–2019? Reads data/new_exporters_by_region.csv,
// data/regions.csv and, for the note, data/exporters.csv (active exporters in 2011 and 2019).
// These are entrants as the source reports them: their sum is larger than the net growth of
// active exporters, because firms also stop exporting. The note says so with both numbers.
// Right-to-left: mirrored. Bars are categories, so in Arabic they grow from the right and the
// region names read from the right edge.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, uniqueIds, plotChart, namesAboveBars, valuesAtBarEnds } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatNumber, formatSigned, formatYear, isolateLtr } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";
import { t, tCount } from "../core/i18n";

interface Bar {
  region_code: string;
  names: Record<Locale, string>;
  count: number;
}
interface Rows {
  bars: Bar[];
  period: { start: number; end: number };
  activeNet: { from: number; to: number } | null;
  sourceIds: string[];
}

export default defineChart<Rows>({
  id: "new-exporters-by-region",
  title(rows, locale) {
    const span = isolateLtr(`${formatYear(rows.period.start, locale)}–${formatYear(rows.period.end, locale)}`, locale);
    return t(locale, "chart.new-exporters-by-region.title", { span });
  },
  dek(rows, locale) {
    const [y0, y1] = [formatYear(rows.period.start, locale), formatYear(rows.period.end, locale)];
    const regions = tCount(locale, "count.of-the-regions", rows.bars.length);
    return t(locale, "chart.new-exporters-by-region.dek", { y0, y1, regions });
  },
  notes: "chart.new-exporters-by-region.notes",
  notesFrom(rows, locale) {
    const sum = formatNumber(
      rows.bars.reduce((a, b) => a + b.count, 0),
      locale,
    );
    if (!rows.activeNet) return "";
    const net = formatSigned(rows.activeNet.to - rows.activeNet.from, locale);
    const [a, b] = [formatNumber(rows.activeNet.from, locale), formatNumber(rows.activeNet.to, locale)];
    const [y0, y1] = [formatYear(rows.period.start, locale), formatYear(rows.period.end, locale)];
    return t(locale, "chart.new-exporters-by-region.notes-sum", { sum, from: a, to: b, y0, y1, net });
  },
  rtl: { mirror: true, why: "Regions are categories: in Arabic the bars grow from the right edge and the names start there." },
  select(data) {
    const rows = data.newExportersByRegion;
    const period = { start: Math.min(...rows.map((r) => r.period_start)), end: Math.max(...rows.map((r) => r.period_end)) };
    const bars = rows
      .map((r) => {
        const region = data.regions.find((g) => g.region_code === r.region_code)!;
        return { region_code: r.region_code, names: { fr: region.name_fr, ar: region.name_ar, en: region.name_en }, count: r.new_active_exporters };
      })
      .sort((a, b) => b.count - a.count || a.region_code.localeCompare(b.region_code));
    const active = (year: number) => data.exporters.find((e) => e.definition === "active" && e.year === year);
    const [from, to] = [active(period.start), active(period.end)];
    return {
      bars,
      period,
      activeNet: from && to ? { from: from.count, to: to.count } : null,
      sourceIds: uniqueIds(...rows.map((r) => r.source_ids), from?.source_ids ?? [], to?.source_ids ?? []),
    };
  },
  sources(rows) {
    return rows.sourceIds;
  },
  table(rows, locale) {
    return {
      columns: [t(locale, "chart.new-exporters-by-region.col.region"), t(locale, "chart.new-exporters-by-region.col.count")],
      rows: rows.bars.map((b) => [b.names[locale], b.count]),
    };
  },
  describe(rows, locale) {
    const n = (v: number) => formatNumber(v, locale);
    const [top, second] = rows.bars;
    const low = rows.bars[rows.bars.length - 1];
    const sum = rows.bars.reduce((a, b) => a + b.count, 0);
    const share = formatNumber(top.count / sum, locale, { style: "percent" });
    // The period and the number of regions come from the rows, never typed (issue 12).
    const [y0, y1] = [formatYear(rows.period.start, locale), formatYear(rows.period.end, locale)];
    const regions = tCount(locale, "count.the-regions", rows.bars.length);
    return t(locale, "chart.new-exporters-by-region.describe", {
      y0,
      y1,
      sum: n(sum),
      regions,
      top: top.names[locale],
      topCount: n(top.count),
      share,
      second: second.names[locale],
      secondCount: n(second.count),
      low: low.names[locale],
      lowCount: n(low.count),
    });
  },
  points(rows, locale) {
    return rows.bars.map((b) => ({ x: b.count, y: b.region_code, label: `${b.names[locale]}${colon(locale)}${formatNumber(b.count, locale)}` }));
  },
  render(rows, { locale, width, document }) {
    const ar = locale === "ar";
    const max = Math.max(...rows.bars.map((b) => b.count));
    return plotChart(
      { locale, width, document },
      {
        height: rows.bars.length * 46 + 40,
        marginLeft: ar ? 52 : 12,
        marginRight: ar ? 12 : 52,
        marginTop: 28,
        x: { label: null, axis: null, domain: [0, max], reverse: ar },
        y: { label: null, axis: null, domain: rows.bars.map((b) => b.region_code), paddingInner: 0.55, paddingOuter: 0.3 },
        marks: [
          Plot.barX(rows.bars, { x: "count", y: "region_code", fill: cssVar("exports") }),
          Plot.ruleX([0], { stroke: cssVar("rule") }),
          // Region names above their bar, from the start edge (left, or right in Arabic).
          namesAboveBars(rows.bars, "region_code", (b: Bar) => b.names[locale], locale),
          valuesAtBarEnds(rows.bars, "count", "region_code", (b: Bar) => formatNumber(b.count, locale), locale),
        ],
      },
    );
  },
});
