// How large are craft (artisanat) exports and how did they move? Reads data/craft_exports.csv and,
// for the share of all goods exports, data/trade_annual.csv. Full calendar years are bars; a full
// year with no published value is a dashed mark at the base, never a zero bar. January-to-month
// figures ("fin novembre") are hollow dots placed inside their year at their last month, labelled
// with their months in tooltips and the table: they are never drawn or summed as annual totals.
// Right-to-left: time is not mirrored, as in the other time charts.
import * as Plot from "@observablehq/plot";
import { defineChart } from "./kit/types";
import { colon, labelWidth, textDirection, uniqueIds, yearTick, plotChart, isNarrow, valueAxis } from "./kit/plotStyle";
import { t } from "../core/i18n";
import { cssVar } from "../core/theme/tokens";
import { craftPartials, craftYears, type CraftPartial, type CraftYear } from "../data/craft";
import { formatPercent, formatYear } from "../core/i18n/format";
import { periodLabel, qualifiedMadM } from "./craft-period";
import type { CraftExport } from "../data/schema";
import type { Locale } from "../core/i18n/locales";

interface Rows {
  years: CraftYear[];
  partials: CraftPartial[];
  /** Conflicting figures (reading = alternative), for the note. */
  alternatives: CraftExport[];
}

/** Where a partial figure sits on the time axis: inside its year, at the end of its last month. */
const partialX = (p: CraftPartial) => p.year - 0.5 + p.months / 12;

function yearLabel(y: CraftYear, locale: Locale): string {
  const year = formatYear(y.year, locale);
  if (y.exports_mad_m === null) return `${year}${colon(locale)}${t(locale, "chart.craft-exports.not-published")}`;
  const share = y.share_of_goods === null ? "" : ` (${formatPercent(y.share_of_goods, locale, 2)} ${t(locale, "chart.craft-exports.of-goods")})`;
  return `${year}${colon(locale)}${qualifiedMadM(y.exports_mad_m, y.qualifier, locale)} ${t(locale, "chart.unit.mad-m")}${share}`;
}

function partialLabel(p: CraftPartial, locale: Locale): string {
  return `${periodLabel({ ...p, scope: "year-to-date" }, locale)}${colon(locale)}${qualifiedMadM(p.exports_mad_m, p.qualifier, locale)} ${t(locale, "chart.unit.mad-m")}`;
}

export default defineChart<Rows>({
  id: "craft-exports",
  title: "chart.craft-exports.title",
  dek: "chart.craft-exports.dek",
  notes: "chart.craft-exports.notes",
  notesFrom(rows, locale) {
    return rows.alternatives
      .filter((a) => a.exports_mad_m !== null)
      .map((a) => {
        const main = rows.years.find((y) => y.year === a.year);
        const other = `${qualifiedMadM(a.exports_mad_m!, a.value_qualifier, locale)} ${t(locale, "chart.unit.mad-m")}`;
        const used =
          main?.exports_mad_m != null
            ? `${qualifiedMadM(main.exports_mad_m, main.qualifier, locale)} ${t(locale, "chart.unit.mad-m")}`
            : t(locale, "chart.craft-exports.not-published");
        const when = periodLabel(a, locale);
        return t(locale, "chart.craft-exports.notes-other", { when, other, used });
      })
      .join(" ");
  },
  rtl: { mirror: false, why: "Time runs left to right in Arabic financial charts too, as in the other time charts of the site." },
  select(data) {
    return {
      years: craftYears(data.craftExports, data.tradeAnnual),
      partials: craftPartials(data.craftExports),
      alternatives: data.craftExports.filter((r) => r.reading === "alternative"),
    };
  },
  sources(rows) {
    return uniqueIds(...rows.years.map((y) => y.source_ids), ...rows.partials.map((p) => p.source_ids), ...rows.alternatives.map((a) => a.source_ids));
  },
  table(rows, locale) {
    const columns = [
      t(locale, "chart.col.period"),
      t(locale, "chart.craft-exports.col.exports"),
      t(locale, "chart.craft-exports.col.as-stated"),
      t(locale, "chart.craft-exports.col.change"),
      t(locale, "chart.craft-exports.col.share-of-goods"),
    ];
    const asStated = (v: number | null, q: CraftExport["value_qualifier"]) => (v === null ? null : qualifiedMadM(v, q, locale));
    const fullRows = rows.years.map((y) => ({
      sort: y.year + 0.99,
      cells: [
        periodLabel({ year: y.year, months: 12, scope: "calendar-year" }, locale),
        y.exports_mad_m,
        asStated(y.exports_mad_m, y.qualifier),
        y.change_pct,
        y.share_of_goods === null ? null : Math.round(y.share_of_goods * 10000) / 100,
      ],
    }));
    const partRows = rows.partials.map((p) => ({
      sort: p.year + p.months / 100,
      cells: [periodLabel({ ...p, scope: "year-to-date" }, locale), p.exports_mad_m, asStated(p.exports_mad_m, p.qualifier), p.change_pct, null],
    }));
    return { columns, rows: [...fullRows, ...partRows].sort((a, b) => a.sort - b.sort).map((r) => r.cells) };
  },
  describe(rows, locale) {
    const known = rows.years.filter((y) => y.exports_mad_m !== null);
    const missing = rows.years.filter((y) => y.exports_mad_m === null).map((y) => formatYear(y.year, locale));
    const first = known[0];
    const last = known[known.length - 1];
    const latestPartial = rows.partials[rows.partials.length - 1];
    const v = (y: CraftYear) => qualifiedMadM(y.exports_mad_m!, y.qualifier, locale);
    const share = (y: CraftYear) => (y.share_of_goods === null ? null : formatPercent(y.share_of_goods, locale, 2));
    const y = (n: number) => formatYear(n, locale);
    const partial = latestPartial ? partialLabel(latestPartial, locale) : "";
    const lastShare = share(last);
    return t(locale, "chart.craft-exports.describe", {
      first: v(first),
      firstYear: y(first.year),
      last: v(last),
      lastYear: y(last.year),
      share: lastShare ? t(locale, "chart.craft-exports.describe-share", { share: lastShare }) : "",
      missing: missing.length ? t(locale, "chart.craft-exports.describe-missing", { years: missing.join(t(locale, "list.separator")) }) : "",
      partials: rows.partials.length,
      partial: partial ? t(locale, "chart.craft-exports.describe-partial", { partial }) : "",
    });
  },
  points(rows, locale) {
    return [
      ...rows.years.map((y) => ({ x: y.year, y: y.exports_mad_m ?? 0, label: yearLabel(y, locale) })),
      ...rows.partials.map((p) => ({ x: partialX(p), y: p.exports_mad_m, label: partialLabel(p, locale) })),
    ].sort((a, b) => a.x - b.x);
  },
  render(rows, { locale, width, document }) {
    const narrow = isNarrow(width);
    const known = rows.years.filter((y) => y.exports_mad_m !== null);
    const missing = rows.years.filter((y) => y.exports_mad_m === null);
    const firstYear = Math.min(...rows.years.map((y) => y.year), ...rows.partials.map((p) => p.year));
    const lastYear = Math.max(...rows.years.map((y) => y.year), ...rows.partials.map((p) => p.year));
    const max = Math.max(...known.map((y) => y.exports_mad_m!), ...rows.partials.map((p) => p.exports_mad_m));
    const half = 0.36;
    const notPublished = t(locale, "chart.craft-exports.not-published-short");
    const height = narrow ? 300 : 360;
    const dotR = narrow ? 3.5 : 4.5;
    // A missing year's stub rises to a fifth of the scale, its "not published" just above; where a
    // partial figure's dot would sit under those words, the stub rises above that dot. 24 and 30 px
    // are the top and x-axis margins.
    const perPx = (max * 1.15) / (height - 24 - 30);
    const pxPerYear = (width - 48 - 16) / (lastYear - firstYear + 1);
    const reach = (labelWidth(notPublished, width) / 2 + dotR + 4) / pxPerYear;
    const stubTop = (year: number) => {
      let top = max * 0.2;
      for (const p of [...rows.partials].sort((a, b) => a.exports_mad_m - b.exports_mad_m)) {
        // The words span about 3 to 15 px above the stub's top.
        const clash = Math.abs(partialX(p) - year) < reach && p.exports_mad_m > top - (dotR + 4) * perPx && p.exports_mad_m < top + (15 + dotR + 4) * perPx;
        if (clash) top = p.exports_mad_m + (dotR + 4) * perPx;
      }
      return top;
    };
    const stubs = missing.map((y) => ({ ...y, top: stubTop(y.year) }));
    return plotChart(
      { locale, width, document },
      {
        height,
        marginLeft: 48,
        marginRight: 16,
        x: {
          label: null,
          domain: [firstYear - 0.5, lastYear + 0.5],
          tickFormat: yearTick(locale),
          ticks: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
        },
        y: valueAxis(locale, t(locale, "chart.unit.mad-m"), max * 1.15, 5),
        marks: [
          // Faint year boundaries, so a partial figure reads as inside its own year.
          Plot.ruleX(
            Array.from({ length: lastYear - firstYear }, (_, i) => firstYear + i + 0.5),
            { stroke: cssVar("grid") },
          ),
          Plot.rectY(known, {
            x1: (d: CraftYear) => d.year - half,
            x2: (d: CraftYear) => d.year + half,
            y: "exports_mad_m",
            fill: cssVar("exports"),
            fillOpacity: 0.85,
          }),
          Plot.ruleY([0], { stroke: cssVar("rule") }),
          Plot.ruleX(stubs, { x: "year", y1: 0, y2: "top", stroke: cssVar("muted"), strokeWidth: 1.5, strokeDasharray: "2 3" }),
          Plot.text(stubs, {
            x: "year",
            y: "top",
            text: () => notPublished,
            dy: -9,
            fill: cssVar("muted"),
            ...textDirection(locale),
          }),
          Plot.text(known, {
            x: "year",
            y: "exports_mad_m",
            text: (d: CraftYear) => (d.share_of_goods === null || narrow ? "" : formatPercent(d.share_of_goods, locale, 2)),
            dy: -9,
            fill: cssVar("text"),
          }),
          Plot.dot(rows.partials, {
            x: partialX,
            y: "exports_mad_m",
            r: dotR,
            stroke: cssVar("status-partial"),
            strokeWidth: 2,
            fill: cssVar("bg"),
          }),
        ],
      },
    );
  },
});
