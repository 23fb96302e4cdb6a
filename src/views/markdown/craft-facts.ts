// Placeholders for the craft and social-economy page: every figure of its prose comes from
// data/craft_*.csv through these, in the page's language, with "plus de" kept where the source
// says it and a January-to-month period always named with its months.
import type { Datasets } from "../../data/schema";
import { craftPartials, craftYears } from "../../data/craft";
import { shareBlocks } from "../../charts/craft-shares";
import { periodLabel, qualifiedMadM } from "../../charts/craft-period";
import { formatDate, formatNumber, formatPercent, formatYear } from "../../core/i18n/format";
import type { Locale } from "../../core/i18n/locales";
import { t } from "../../core/i18n";

interface Fact {
  text: string;
  sources: string[];
}
type Resolver = [RegExp, (m: RegExpMatchArray) => Fact | undefined];

/** Patterns, for the list editors see in errors. */
export const CRAFT_FACT_PATTERNS = [
  "craft.year.<year|first|latest>.<year|value|change|share> (full years, M MAD; share of goods exports)",
  "craft.unpublished-years · craft.partial.latest.<period|value|change> · craft.alternative.<year>.value",
  "craft.<product|market>.<full|partial>.period · craft.<product|market>.<full|partial>.<rank>.<name|share>",
  "craft.region.<region_code>.<year|latest>.<year|value|change|name>",
  "craft.measure.<measure_id>.<budget|start|end|signed>",
];

/** Resolvers for `craft.*` keys, from validated data, in one locale. */
export function craftFactResolvers(data: Datasets, locale: Locale): Resolver[] {
  const fact = (text: string, sources: string[]): Fact => ({ text, sources: [...new Set(sources)] });
  const years = craftYears(data.craftExports, data.tradeAnnual);
  const known = years.filter((y) => y.exports_mad_m !== null);
  const partials = craftPartials(data.craftExports);
  const pct = (v: number) => formatNumber(v / 100, locale, { style: "percent", maximumFractionDigits: 1 });
  const need = <T>(v: T | null | undefined, key: string): T => {
    if (v === null || v === undefined) throw new Error(`${key} is empty in data/craft_*.csv; say "not published" in prose instead`);
    return v;
  };
  const blocks = {
    product: shareBlocks(data.craftExports, data.craftExportsByProduct, (r) => r.family_id),
    market: shareBlocks(data.craftExports, data.craftExportsByDestination, (r) => r.destination_id),
  };

  return [
    [
      /^craft\.year\.(\d{4}|first|latest)\.(year|value|change|share)$/,
      ([key, which, field]) => {
        const y = which === "first" ? known[0] : which === "latest" ? known[known.length - 1] : years.find((r) => r.year === Number(which));
        if (!y) return undefined;
        switch (field) {
          case "year":
            return fact(formatYear(y.year, locale), y.source_ids);
          case "value":
            return fact(qualifiedMadM(need(y.exports_mad_m, key), y.qualifier, locale), y.source_ids);
          case "change":
            return fact(pct(need(y.change_pct, key)), y.source_ids);
          case "share":
            return fact(formatPercent(need(y.share_of_goods, key), locale, 2), y.source_ids);
        }
      },
    ],
    [
      /^craft\.unpublished-years$/,
      () => {
        const gaps = years.filter((y) => y.exports_mad_m === null);
        const rows = data.craftExports.filter((r) => gaps.some((g) => g.year === r.year) && r.scope === "calendar-year");
        return fact(
          gaps.map((g) => formatYear(g.year, locale)).join(t(locale, "list.separator")),
          rows.flatMap((r) => r.source_ids),
        );
      },
    ],
    [
      /^craft\.partial\.latest\.(period|value|change)$/,
      ([key, field]) => {
        const p = partials[partials.length - 1];
        if (!p) return undefined;
        if (field === "period") return fact(periodLabel({ ...p, scope: "year-to-date" }, locale), p.source_ids);
        if (field === "value") return fact(qualifiedMadM(p.exports_mad_m, p.qualifier, locale), p.source_ids);
        return fact(pct(need(p.change_pct, key)), p.source_ids);
      },
    ],
    [
      /^craft\.alternative\.(\d{4})\.value$/,
      ([key, y]) => {
        const a = data.craftExports.find((r) => r.reading === "alternative" && r.year === Number(y) && r.scope === "calendar-year");
        return a && fact(qualifiedMadM(need(a.exports_mad_m, key), a.value_qualifier, locale), a.source_ids);
      },
    ],
    [
      /^craft\.(product|market)\.(full|partial)\.(period|(\d)\.(name|share))$/,
      ([, what, scope, field, rank, part]) => {
        const list = blocks[what as "product"].filter((b) => (scope === "full") === (b.period.scope === "calendar-year"));
        const block = list[list.length - 1];
        if (!block) return undefined;
        const sources = block.bars.flatMap((b) => b.source_ids);
        if (field === "period") return fact(periodLabel(block.period, locale), sources);
        const bar = block.bars[Number(rank) - 1];
        if (!bar) return undefined;
        return part === "name" ? fact(bar.names[locale], bar.source_ids) : fact(pct(bar.share_pct), bar.source_ids);
      },
    ],
    [
      /^craft\.region\.(MA-\d{2})\.(\d{4}|latest)\.(year|value|change|name)$/,
      ([key, code, which, field]) => {
        const rows = data.craftExportsByRegion.filter((r) => r.region_code === code).sort((a, b) => a.year - b.year);
        const row = which === "latest" ? rows[rows.length - 1] : rows.find((r) => r.year === Number(which));
        const region = data.regions.find((r) => r.region_code === code);
        if (!row || !region) return undefined;
        switch (field) {
          case "year":
            return fact(formatYear(row.year, locale), row.source_ids);
          case "value":
            return fact(formatNumber(row.exports_mad_m, locale, { maximumFractionDigits: 2 }), row.source_ids);
          case "change":
            return fact(pct(need(row.change_pct, key)), row.source_ids);
          case "name":
            return fact(region[`name_${locale}`], region.source_ids);
        }
      },
    ],
    [
      /^craft\.measure\.([a-z0-9-]+)\.(budget|start|end|signed)$/,
      ([key, id, field]) => {
        const m = data.craftExportMeasures.find((r) => r.measure_id === id);
        if (!m) return undefined;
        switch (field) {
          case "budget":
            return fact(formatNumber(need(m.budget_mad_m, key), locale), m.source_ids);
          case "start":
            return fact(formatYear(need(m.period_start, key), locale), m.source_ids);
          case "end":
            return fact(formatYear(need(m.period_end, key), locale), m.source_ids);
          case "signed":
            return fact(formatDate(need(m.signed_on, key), locale), m.source_ids);
        }
      },
    ],
  ];
}
