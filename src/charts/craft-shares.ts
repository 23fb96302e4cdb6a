// One layout for the two craft breakdowns (product families, markets): a block of bars per period,
// each headed by its period label, so a January-to-month breakdown ("janvier–novembre 2025") sits
// under its own heading and is never mistaken for a full year. Bars are the shares the source
// publishes; what the named items leave (the rest of craft exports) is said in the note, computed.
// Right-to-left: mirrored, since bars are categories; in Arabic they grow from the right edge.
import * as Plot from "@observablehq/plot";
import { defineChart, type ChartDefinition } from "./kit/types";
import { colon, uniqueIds, plotChart, labelStart, namesAboveBars, valuesAtBarEnds } from "./kit/plotStyle";
import { cssVar } from "../core/theme/tokens";
import { formatNumber } from "../core/i18n/format";
import { periodLabel } from "./craft-period";
import type { CraftExport, Datasets } from "../data/schema";
import type { Locale } from "../core/i18n/locales";
import { t, type StringKey } from "../core/i18n";

/** One published share: an item (family or market) in a period. */
export interface ShareBar {
  key: string;
  period_id: string;
  item_id: string;
  names: Record<Locale, string>;
  share_pct: number;
  source_ids: string[];
}
/** One period's block: its heading and its bars, largest first. */
export interface ShareBlock {
  period: Pick<CraftExport, "period_id" | "year" | "months" | "scope">;
  bars: ShareBar[];
}
export interface ShareRows {
  blocks: ShareBlock[];
}

interface ShareRowIn {
  period_id: string;
  name_fr: string | null;
  name_ar: string | null;
  name_en: string | null;
  share_pct: number | null;
  source_ids: string[];
}

/** Blocks of published shares, oldest period first; rows without a share are left to the table of values. */
export function shareBlocks<R extends ShareRowIn>(craft: CraftExport[], rows: R[], itemId: (r: R) => string): ShareBlock[] {
  const withShare = rows.filter((r) => r.share_pct !== null);
  const periods = craft.filter((p) => withShare.some((r) => r.period_id === p.period_id)).sort((a, b) => a.year - b.year || a.months - b.months);
  return periods.map((p) => ({
    period: { period_id: p.period_id, year: p.year, months: p.months, scope: p.scope },
    bars: withShare
      .filter((r) => r.period_id === p.period_id)
      .map((r) => ({
        key: `${p.period_id}/${itemId(r)}`,
        period_id: p.period_id,
        item_id: itemId(r),
        names: { fr: r.name_fr ?? itemId(r), ar: r.name_ar ?? itemId(r), en: r.name_en ?? itemId(r) },
        share_pct: r.share_pct!,
        source_ids: r.source_ids,
      }))
      .sort((a, b) => b.share_pct - a.share_pct || a.item_id.localeCompare(b.item_id)),
  }));
}

const pct = (v: number, locale: Locale) => formatNumber(v / 100, locale, { style: "percent", maximumFractionDigits: 1 });

interface ShareChartSpec {
  id: string;
  title: StringKey;
  dek: StringKey;
  notes: StringKey;
  /** The column heading for the item in the table. */
  itemHeading: StringKey;
  select(data: Datasets): ShareRows;
}

/** A share chart in the craft set, from its words and its select(). */
export function craftShareChart(spec: ShareChartSpec): ChartDefinition<ShareRows> {
  return defineChart<ShareRows>({
    id: spec.id,
    title: spec.title,
    dek: spec.dek,
    notes: spec.notes,
    notesFrom(rows, locale) {
      return rows.blocks
        .map((b) => {
          const rest = 100 - b.bars.reduce((sum, bar) => sum + bar.share_pct, 0);
          const when = periodLabel(b.period, locale);
          return t(locale, "chart.craft-shares.notes-rest", { when, named: pct(100 - rest, locale), rest: pct(rest, locale) });
        })
        .join(" ");
    },
    rtl: { mirror: true, why: "Bars are categories: in Arabic they grow from the right edge and their names start there." },
    select: spec.select,
    sources(rows) {
      return uniqueIds(...rows.blocks.flatMap((b) => b.bars.map((bar) => bar.source_ids)));
    },
    table(rows, locale) {
      const columns = [t(locale, "chart.col.period"), t(locale, spec.itemHeading), t(locale, "chart.craft-shares.col.share")];
      return { columns, rows: rows.blocks.flatMap((b) => b.bars.map((bar) => [periodLabel(b.period, locale), bar.names[locale], bar.share_pct])) };
    },
    describe(rows, locale) {
      const parts = rows.blocks.map((b) => {
        const items = b.bars.map((bar) => `${bar.names[locale]} ${pct(bar.share_pct, locale)}`).join(t(locale, "list.separator"));
        return `${periodLabel(b.period, locale)}${colon(locale)}${items}`;
      });
      const lead = t(locale, "chart.craft-shares.describe");
      return `${lead}${colon(locale)}${parts.join(t(locale, "list.separator.semicolon"))}.`;
    },
    points(rows, locale) {
      return rows.blocks.flatMap((b) =>
        b.bars.map((bar) => ({
          x: bar.share_pct,
          y: bar.key,
          label: `${periodLabel(b.period, locale)}, ${bar.names[locale]}${colon(locale)}${pct(bar.share_pct, locale)}`,
        })),
      );
    },
    render(rows, { locale, width, document }) {
      const ar = locale === "ar";
      // One band per heading and per bar, in reading order.
      const bands = rows.blocks.flatMap((b) => [`head:${b.period.period_id}`, ...b.bars.map((bar) => bar.key)]);
      const bars = rows.blocks.flatMap((b) => b.bars);
      const heads = rows.blocks.map((b) => ({ band: `head:${b.period.period_id}`, text: periodLabel(b.period, locale) }));
      const max = Math.max(...bars.map((b) => b.share_pct));
      const start = labelStart(locale);
      return plotChart(
        { locale, width, document },
        {
          height: bands.length * 46 + 30,
          marginLeft: ar ? 56 : 12,
          marginRight: ar ? 12 : 56,
          marginTop: 16,
          x: { label: null, axis: null, domain: [0, max], reverse: ar },
          y: { label: null, axis: null, domain: bands, paddingInner: 0.55, paddingOuter: 0.2 },
          marks: [
            Plot.barX(bars, { x: "share_pct", y: "key", fill: cssVar("exports") }),
            Plot.ruleX([0], { stroke: cssVar("rule") }),
            Plot.text(heads, { x: 0, y: "band", text: "text", fontWeight: 700, fill: cssVar("text"), dx: ar ? -3 : 3, ...start }),
            namesAboveBars(bars, "key", (b: ShareBar) => b.names[locale], locale),
            valuesAtBarEnds(bars, "share_pct", "key", (b: ShareBar) => pct(b.share_pct, locale), locale),
          ],
        },
      );
    },
  });
}
