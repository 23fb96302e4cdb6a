// Which sectors carry Moroccan exports, 2018–2025? One small panel per sector on a shared scale.
// Reads data/sectors.csv and data/sector_exports.csv. An empty value is unknown: it is drawn as a
// gap (a dashed marker at the bottom of the panel), never as zero, and the table shows "—".
// Right-to-left: the time axis is not mirrored (each panel runs left to right, as in
// exports-vs-target), but the panels are: in Arabic the first sector sits top right.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, textDirection, uniqueIds, yearTick, plotChart, isNarrow, valueAxis } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatMadBn, formatYear, isolateLtr } from "../core/i18n/format";
import type { Locale } from "../core/i18n/locales";
import { t, tCount } from "../core/i18n";

interface SectorRow {
  sector_id: string;
  name: string;
  /** Index in sector order: places the panel. */
  order: number;
}
interface ValueRow {
  sector_id: string;
  year: number;
  exports_mad_bn: number | null;
  source_ids: string[];
}
interface Rows {
  sectors: (SectorRow & { names: Record<Locale, string>; source_ids: string[] })[];
  values: ValueRow[];
}

/** Panel grid: two columns on phones, three on wider screens. */
function grid(width: number) {
  return isNarrow(width) ? 2 : 3;
}

/** The panel column and row of the sector at `order`; Arabic fills rows from the right. */
function cell(order: number, cols: number, locale: Locale) {
  const col = order % cols;
  return { fx: locale === "ar" ? cols - 1 - col : col, fy: Math.floor(order / cols) };
}

export default defineChart<Rows>({
  id: "exports-by-sector",
  title(rows, locale) {
    const years = rows.values.map((v) => v.year);
    const span = isolateLtr(`${formatYear(Math.min(...years), locale)}–${formatYear(Math.max(...years), locale)}`, locale);
    return t(locale, "chart.exports-by-sector.title", { span });
  },
  dek(rows, locale) {
    const sectors = tCount(locale, "count.sectors", rows.sectors.length);
    return t(locale, "chart.exports-by-sector.dek", { sectors });
  },
  notes: "chart.exports-by-sector.notes",
  rtl: {
    mirror: false,
    why: "Time runs left to right in every panel, as in the other time charts, so arrow keys keep their direction; the order of the panels and their titles read right to left in Arabic.",
  },
  select(data) {
    const sectors = data.sectors.map((s, order) => ({
      sector_id: s.sector_id,
      name: s.name_fr,
      names: { fr: s.name_fr, ar: s.name_ar, en: s.name_en },
      order,
      source_ids: s.source_ids,
    }));
    // The years shown run from the first to the last year any sector has a figure for (data, not code).
    const years = data.sectorExports.map((r) => r.year);
    const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
    const values: ValueRow[] = [];
    for (const s of sectors) {
      for (let year = firstYear; year <= lastYear; year++) {
        const row = data.sectorExports.find((r) => r.sector_id === s.sector_id && r.year === year);
        values.push({ sector_id: s.sector_id, year, exports_mad_bn: row?.exports_mad_bn ?? null, source_ids: row?.source_ids ?? [] });
      }
    }
    return { sectors, values };
  },
  sources(rows) {
    return uniqueIds(...rows.values.map((v) => v.source_ids));
  },
  table(rows, locale) {
    const years = [...new Set(rows.values.map((v) => v.year))];
    return {
      columns: [t(locale, "chart.year"), ...rows.sectors.map((s) => `${s.names[locale]} (${t(locale, "unit.mad-bn")})`)],
      rows: years.map((year) => [
        formatYear(year, locale),
        ...rows.sectors.map((s) => rows.values.find((v) => v.sector_id === s.sector_id && v.year === year)?.exports_mad_bn ?? null),
      ]),
    };
  },
  describe(rows, locale) {
    const v = (n: number) => formatMadBn(n, locale);
    const y = (n: number) => formatYear(n, locale);
    const parts = rows.sectors.map((s) => {
      const known = rows.values.filter((r) => r.sector_id === s.sector_id && r.exports_mad_bn !== null);
      if (known.length === 0) return `${s.names[locale]}${colon(locale)}${t(locale, "chart.exports-by-sector.no-figure")}`;
      const first = known[0];
      const last = known[known.length - 1];
      return `${s.names[locale]}${colon(locale)}${v(first.exports_mad_bn!)} (${y(first.year)}) → ${v(last.exports_mad_bn!)} (${y(last.year)})`;
    });
    const gaps = rows.values.filter((r) => r.exports_mad_bn === null).length;
    const top = rows.values.reduce((a, b) => ((b.exports_mad_bn ?? -1) > (a.exports_mad_bn ?? -1) ? b : a));
    const topName = rows.sectors.find((s) => s.sector_id === top.sector_id)!.names[locale];
    const total = rows.values.length;
    return t(locale, "chart.exports-by-sector.describe", {
      parts: parts.join(t(locale, "chart.exports-by-sector.describe-separator")),
      // The name inside a sentence, lower-cased (Arabic has no case, so it is unchanged).
      sector: topName.toLowerCase(),
      year: y(top.year),
      value: v(top.exports_mad_bn!),
      gaps,
      total,
    });
  },
  points(rows, locale, width) {
    const cols = grid(width);
    return rows.sectors.flatMap((s) =>
      rows.values
        .filter((v) => v.sector_id === s.sector_id)
        .map((v) => ({
          x: v.year,
          y: v.exports_mad_bn ?? 0,
          ...cell(s.order, cols, locale),
          label: `${s.names[locale]}, ${formatYear(v.year, locale)}${colon(locale)}${v.exports_mad_bn === null ? t(locale, "chart.exports-by-sector.no-figure") : `${formatMadBn(v.exports_mad_bn, locale)} ${t(locale, "unit.mad-bn")}`}`,
        })),
    );
  },
  render(rows, { locale, width, document }) {
    const cols = grid(width);
    const narrow = isNarrow(width);
    const panel = (sectorId: string) => rows.sectors.find((s) => s.sector_id === sectorId)!.order;
    const fx = (d: { sector_id: string }) => cell(panel(d.sector_id), cols, locale).fx;
    const fy = (d: { sector_id: string }) => cell(panel(d.sector_id), cols, locale).fy;
    const known = rows.values.filter((v) => v.exports_mad_bn !== null);
    const gaps = rows.values.filter((v) => v.exports_mad_bn === null);
    const max = Math.max(...known.map((v) => v.exports_mad_bn!));
    const years = rows.values.map((v) => v.year);
    const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
    return plotChart(
      { locale, width, document },
      {
        height: (narrow ? 170 : 190) * Math.ceil(rows.sectors.length / cols) + 52,
        marginLeft: 36,
        // Half of the last year tick sits beyond the last panel.
        marginRight: 20,
        // Room above the first row of panel titles for the unit of the y axis, drawn once at the top.
        marginTop: 52,
        fx: { axis: null, padding: narrow ? 0.2 : 0.16 },
        fy: { axis: null, padding: 0.28 },
        x: {
          label: null,
          domain: [firstYear, lastYear],
          tickFormat: yearTick(locale),
          ticks: narrow ? [firstYear, lastYear] : [firstYear, Math.floor((firstYear + lastYear) / 2), lastYear],
        },
        y: valueAxis(locale, t(locale, "chart.unit.mad-bn"), max * 1.08, 3),
        marks: [
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          Plot.ruleX(gaps, { x: "year", fx, fy, y1: 0, y2: max * 0.18, stroke: cssVar("muted"), strokeWidth: 1.5, strokeDasharray: "2 3" }),
          Plot.lineY(rows.values, {
            x: "year",
            y: (d: ValueRow) => d.exports_mad_bn ?? NaN,
            z: "sector_id",
            fx,
            fy,
            stroke: cssVar("exports"),
            strokeWidth: 2.5,
          }),
          Plot.dot(known, { x: "year", y: "exports_mad_bn", fx, fy, fill: cssVar("exports"), r: 3 }),
          Plot.text(rows.sectors, {
            fx: (d: SectorRow) => cell(d.order, cols, locale).fx,
            fy: (d: SectorRow) => cell(d.order, cols, locale).fy,
            frameAnchor: locale === "ar" ? "top-right" : "top-left",
            dy: -22,
            text: (d: Rows["sectors"][number]) => d.names[locale],
            lineWidth: narrow ? 12 : 16,
            fontWeight: 700,
            textAnchor: "start",
            fill: cssVar("text"),
            ...textDirection(locale),
          }),
        ],
      },
    );
  },
});
