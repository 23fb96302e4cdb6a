// Placeholders for numbers in prose: `{{goal.exports.target}}` in a markdown file is replaced at
// build time by the value computed from data/, formatted for the page's locale. Prose never types a
// figure by hand, and an unknown placeholder stops the build.
import type { Datasets } from "../../data/schema";
import {
  exportTargetPaths,
  exportsGoalLevel,
  exportsGrowthRate,
  exportsIn,
  exportsPerYearReadingLevel,
  exportsTotalGrowth,
  exporterNetChangePerYear,
  goalById,
  newExportersPath,
  planAchievement,
  requiredAnnualGrowth,
  roadmapSources,
  roadmapYears,
  tradeByYear,
} from "../../data/derive";
import { formatDate, formatNumber, formatPercent, formatYear, withQualifier } from "../../core/i18n/format";
import type { Locale } from "../../core/i18n/locales";
import { tCount, capitalize } from "../../core/i18n";
import { CRAFT_FACT_PATTERNS, craftFactResolvers } from "./craft-facts";

/** A resolved placeholder: the text to print and the sources behind it. */
export interface Fact {
  text: string;
  sources: string[];
}

/** Resolves a placeholder key; throws with the key if it is unknown. */
export type FactResolver = (key: string) => Fact;

/** Every placeholder pattern, documented for editors (also shown in errors). */
export const FACT_PATTERNS = [
  "goal.<jobs|new-exporters|exports>.<target|baseline|baseline-year|horizon>",
  "goal.exports.<level|per-year-level|total-growth|per-year-total-growth|required-growth|per-year-required-growth|latest-required-growth|latest-gap>",
  "goal.jobs.per-year · goal.new-exporters.share-of-base · goal.new-exporters.total (= path-added)",
  "goal.new-exporters.<path-years|path-added|path-end> (base year → horizon, one rule with the exporter-base chart)",
  "goal.exports.<years-left|path-latest> (from the latest year of data/trade_annual.csv to the horizon)",
  "trade.previous.<year|exports> (the year before the latest) · trade.first.<year|exports|coverage…>",
  "roadmap.<first|last|years>",
  "new-active-exporters.<total|per-year|start|end> (sum over regions, data/new_exporters_by_region.csv)",
  "trade.<year|latest|first>.note (the row's note in the page's language)",
  "trade.<year|latest>.<exports|imports|balance|deficit|coverage>[-as-stated] · trade.latest.<year|growth> (-as-stated keeps the source's « environ », « plus de »)",
  "sector.<sector_id>.<year> (exports, bn MAD)",
  "growth.exports.<from>-<to> (per year) · total-growth.exports.<from>-<to>",
  "plan.<plan_id>.<metric>.<target|result|achievement|start|end|target-per-year|result-per-year>",
  "ratio.new-exporters.<plan_id> (roadmap target ÷ plan target)",
  "exporters.<year>.<all|active> · exporters.net-per-year.<all|active>.<from>-<to>",
  "count.<levers|reforms>.<named|partly-described|not-published>",
  "goal.exports.path.<total-by-2027|per-year>.<year>",
  "claim.<id>.<question|explanation|reading.<reading_id>> (text from data/claims.csv, claim_readings.csv)",
  "count.<regions|provinces|offices|levers|reforms|measures|claims|milestones>",
  "phrase.<goals|levers|reforms|offices|regions|sectors>[.capital] (counted noun: « quatre leviers », « 12 جهة »)",
  "measure.<id>.<value|effective>",
  "milestone.<id>.<date|place>",
  "sources.roadmap.<first|last|count> (publication dates of the sources that roadmap rows cite, as precise as they give them)",
  ...CRAFT_FACT_PATTERNS,
];

/** Escapes characters markdown would interpret, for text taken from data. */
// Every ":" is escaped, not only a leading one: ":name{…}" anywhere in a line is a text directive.
const escapeMarkdown = (text: string) =>
  text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/([\\`*_[\]<>#|])/g, "\\$1")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/:/g, "\\:");

const num = (value: number, locale: Locale, digits = 0) => formatNumber(value, locale, { maximumFractionDigits: digits });

/** Builds the resolver for one locale from validated data. */
export function factResolver(data: Datasets, locale: Locale): FactResolver {
  const trade = tradeByYear(data.tradeAnnual);
  const tradeSources = (...years: number[]) => trade.filter((r) => years.includes(r.year)).flatMap((r) => r.source_ids);
  const latest = trade[trade.length - 1];
  const goals = data.goals;
  const fact = (text: string, sources: string[]): Fact => ({ text, sources: [...new Set(sources)] });
  const pct = (ratio: number) => formatPercent(ratio, locale);

  const resolvers: [RegExp, (m: RegExpMatchArray) => Fact | undefined][] = [
    [
      /^goal\.(jobs|new-exporters|exports)\.(target|baseline|baseline-year|horizon)$/,
      ([, id, field]) => {
        const g = goalById(goals, id as "jobs");
        const value = field === "target" ? g.target_value : field === "baseline" ? g.baseline_value : field === "horizon" ? g.horizon_year : g.baseline_year;
        if (value === null) throw new Error(`goal.${id}.${field} is empty in data/goals.csv; say "not published" in prose instead`);
        return fact(field === "horizon" || field === "baseline-year" ? formatYear(value, locale) : num(value, locale, 2), g.source_ids);
      },
    ],
    [
      /^goal\.exports\.(level|per-year-level|total-growth|per-year-total-growth|required-growth|per-year-required-growth|latest-required-growth|latest-gap)$/,
      ([, field]) => {
        const g = goalById(goals, "exports");
        const base = g.baseline_value ?? NaN;
        const baseYear = g.baseline_year ?? NaN;
        switch (field) {
          case "level":
            return fact(num(exportsGoalLevel(g), locale, 2), g.source_ids);
          case "per-year-level":
            return fact(num(exportsPerYearReadingLevel(g), locale, 2), g.source_ids);
          case "total-growth":
            return fact(pct(exportsGoalLevel(g) / base - 1), g.source_ids);
          case "per-year-total-growth":
            return fact(pct(exportsPerYearReadingLevel(g) / base - 1), g.source_ids);
          case "required-growth":
            return fact(pct(requiredAnnualGrowth(g, base, baseYear)), g.source_ids);
          case "per-year-required-growth":
            return fact(pct(requiredAnnualGrowth(g, base, baseYear, exportsPerYearReadingLevel(g))), g.source_ids);
          case "latest-required-growth":
            return fact(pct(requiredAnnualGrowth(g, latest.exports_mad_bn, latest.year)), [...g.source_ids, ...latest.source_ids]);
          case "latest-gap":
            return fact(num(exportsGoalLevel(g) - latest.exports_mad_bn, locale, 1), [...g.source_ids, ...latest.source_ids]);
        }
      },
    ],
    [
      /^goal\.jobs\.per-year$/,
      () => {
        const g = goalById(goals, "jobs");
        return fact(num(g.target_value / roadmapYears(goals).count, locale), g.source_ids);
      },
    ],
    [
      /^goal\.new-exporters\.(path-years|path-added|path-end)$/,
      ([, field]) => {
        const g = goalById(goals, "new-exporters");
        const path = newExportersPath(g);
        const text = field === "path-years" ? tCount(locale, "count.years", path.years) : num(field === "path-added" ? path.added : path.end, locale);
        return fact(text, g.source_ids);
      },
    ],
    [
      /^goal\.exports\.(years-left|path-latest)$/,
      ([, field]) => {
        const g = goalById(goals, "exports");
        if (field === "years-left")
          return fact(tCount(locale, "count.years", Math.max(0, g.horizon_year - latest.year)), [...g.source_ids, ...latest.source_ids]);
        const point = exportTargetPaths(g).find((p) => p.reading === "total-by-2027" && p.year === latest.year);
        if (!point) throw new Error(`goal.exports.path-latest: the target path has no point for ${latest.year}, the latest year of data/trade_annual.csv`);
        return fact(num(point.exports_mad_bn, locale, 1), g.source_ids);
      },
    ],
    [
      /^trade\.previous\.(year|exports)$/,
      ([, field]) => {
        const row = trade[trade.length - 2];
        if (!row) throw new Error("trade.previous: data/trade_annual.csv has a single year");
        return fact(field === "year" ? formatYear(row.year, locale) : num(row.exports_mad_bn, locale, 2), row.source_ids);
      },
    ],
    [
      /^goal\.new-exporters\.(share-of-base|total)$/,
      ([, field]) => {
        const g = goalById(goals, "new-exporters");
        // One horizon rule for the chart and the prose (newExportersPath), not target × roadmap years.
        if (field === "total") return fact(num(newExportersPath(g).added, locale), g.source_ids);
        if (g.baseline_value === null) throw new Error("goal new-exporters has no baseline");
        return fact(pct(g.target_value / g.baseline_value), g.source_ids);
      },
    ],
    [
      /^roadmap\.(first|last|years)$/,
      ([, field]) => {
        const r = roadmapYears(goals);
        const sources = goalById(goals, "exports").source_ids;
        return fact(field === "years" ? num(r.count, locale) : formatYear(field === "first" ? r.first : r.last, locale), sources);
      },
    ],
    [/^trade\.first\.year$/, () => fact(formatYear(trade[0].year, locale), trade[0].source_ids)],
    [
      /^trade\.(\d{4}|latest|first)\.(exports|imports|balance|deficit|coverage)(-as-stated)?$/,
      ([, y, field, asStated]) => {
        const row = y === "latest" ? latest : y === "first" ? trade[0] : trade.find((r) => r.year === Number(y));
        if (!row) return undefined;
        const amount = { exports: row.exports_mad_bn, imports: row.imports_mad_bn, balance: row.balance_mad_bn, deficit: -row.balance_mad_bn, coverage: 0 }[
          field
        ]!;
        const text = field === "coverage" ? pct(row.coverage_rate) : num(amount, locale, 2);
        if (!asStated) return fact(text, row.source_ids);
        // As the source states it: "plus de 822,22" (a lower bound), "environ 469,1"; derived figures are approximate then.
        const qualifier = field === "exports" ? row.exports_qualifier : field === "imports" ? row.imports_qualifier : row.derived_qualifier;
        return fact(withQualifier(text, qualifier, locale), row.source_ids);
      },
    ],
    [
      /^trade\.(\d{4}|latest|first)\.note$/,
      ([, y]) => {
        const row = y === "latest" ? latest : y === "first" ? trade[0] : trade.find((r) => r.year === Number(y));
        if (!row) return undefined;
        const note = row[`note_${locale}`];
        if (!note) throw new Error(`trade.${y}.note: the ${row.year} row of data/trade_annual.csv has no note_${locale}`);
        return fact(escapeMarkdown(note), row.source_ids);
      },
    ],
    [
      /^trade\.latest\.(year|growth)$/,
      ([, field]) => {
        if (field === "year") return fact(formatYear(latest.year, locale), latest.source_ids);
        return fact(pct(exportsTotalGrowth(trade, latest.year - 1, latest.year)), tradeSources(latest.year - 1, latest.year));
      },
    ],
    [
      /^(growth|total-growth)\.exports\.(\d{4})-(\d{4})$/,
      ([, kind, a, b]) => {
        const from = Number(a),
          to = Number(b);
        exportsIn(trade, from);
        exportsIn(trade, to);
        return fact(pct(kind === "growth" ? exportsGrowthRate(trade, from, to) : exportsTotalGrowth(trade, from, to)), tradeSources(from, to));
      },
    ],
    [
      /^plan\.([a-z0-9-]+)\.([a-z0-9-]+)\.(target|result|achievement|start|end|target-per-year|result-per-year)$/,
      ([, id, metric, field]) => {
        const p = data.pastPlans.find((r) => r.plan_id === id && r.metric === metric);
        if (!p) return undefined;
        const span = p.period_start !== null && p.period_end !== null ? p.period_end - p.period_start + 1 : null;
        const need = <T>(v: T | null, what: string): T => {
          if (v === null) throw new Error(`plan.${id}.${metric}: ${what} is empty in data/past_plans.csv; say "not published" in prose instead`);
          return v;
        };
        switch (field) {
          case "target":
            return fact(num(need(p.target_value, "target_value"), locale), p.source_ids);
          case "result":
            return fact(num(need(p.result_value, "result_value"), locale), p.source_ids);
          case "achievement":
            return fact(pct(need(planAchievement(p), "result_value")), p.source_ids);
          case "start":
            return fact(formatYear(need(p.period_start, "period_start"), locale), p.source_ids);
          case "end":
            return fact(formatYear(need(p.period_end, "period_end"), locale), p.source_ids);
          case "target-per-year":
            return fact(num(need(p.target_value, "target_value") / need(span, "period"), locale), p.source_ids);
          case "result-per-year":
            return fact(num(need(p.result_value, "result_value") / need(span, "period"), locale), p.source_ids);
        }
      },
    ],
    [
      /^ratio\.new-exporters\.([a-z0-9-]+)$/,
      ([, id]) => {
        const p = data.pastPlans.find((r) => r.plan_id === id && r.metric === "new-exporters");
        const g = goalById(goals, "new-exporters");
        if (!p?.target_value) return undefined;
        return fact(num(g.target_value / p.target_value, locale, 1), [...g.source_ids, ...p.source_ids]);
      },
    ],
    [
      /^exporters\.(\d{4})\.(all|active)$/,
      ([, y, def]) => {
        const row = data.exporters.find((r) => r.year === Number(y) && r.definition === def);
        return row && fact(num(row.count, locale), row.source_ids);
      },
    ],
    [
      /^exporters\.net-per-year\.(all|active)\.(\d{4})-(\d{4})$/,
      ([, def, a, b]) => {
        const rows = data.exporters.filter((r) => r.definition === def && [Number(a), Number(b)].includes(r.year));
        return fact(
          num(exporterNetChangePerYear(data.exporters, def as "all", Number(a), Number(b)), locale),
          rows.flatMap((r) => r.source_ids),
        );
      },
    ],
    [
      /^sector\.([a-z0-9-]+)\.(\d{4})$/,
      ([, id, y]) => {
        const row = data.sectorExports.find((r) => r.sector_id === id && r.year === Number(y));
        if (!row) return undefined;
        if (row.exports_mad_bn === null) throw new Error(`sector.${id}.${y} is empty in data/sector_exports.csv`);
        return fact(num(row.exports_mad_bn, locale, 2), row.source_ids);
      },
    ],
    [
      /^new-active-exporters\.(total|per-year|start|end)$/,
      ([, field]) => {
        const rows = data.newExportersByRegion;
        if (!rows.length) return undefined;
        const start = Math.min(...rows.map((r) => r.period_start));
        const end = Math.max(...rows.map((r) => r.period_end));
        const total = rows.reduce((sum, r) => sum + r.new_active_exporters, 0);
        const sources = rows.flatMap((r) => r.source_ids);
        if (field === "start" || field === "end") return fact(formatYear(field === "start" ? start : end, locale), sources);
        return fact(num(field === "total" ? total : total / (end - start + 1), locale), sources);
      },
    ],
    [
      /^count\.(levers|reforms)\.(named|partly-described|not-published)$/,
      ([, what, status]) => {
        const rows = (what === "levers" ? data.levers : data.reforms).filter((r) => r.status === status);
        return fact(
          num(rows.length, locale),
          rows.flatMap((r) => r.source_ids),
        );
      },
    ],
    [
      /^goal\.exports\.path\.(total-by-2027|per-year)\.(\d{4})$/,
      ([, reading, y]) => {
        const g = goalById(goals, "exports");
        const point = exportTargetPaths(g).find((p) => p.reading === reading && p.year === Number(y));
        return point && fact(num(point.exports_mad_bn, locale, 1), g.source_ids);
      },
    ],
    [
      /^claim\.([a-z0-9-]+)\.(question|explanation|reading\.[a-z0-9-]+)$/,
      ([, id, field]) => {
        const claim = data.claims.find((c) => c.claim_id === id);
        if (!claim) return undefined;
        const readings = data.claimReadings.filter((r) => r.claim_id === id);
        if (field.startsWith("reading.")) {
          const r = readings.find((x) => x.reading_id === field.slice("reading.".length));
          return r && fact(escapeMarkdown(r[`reading_${locale}`]), r.source_ids);
        }
        return fact(
          escapeMarkdown(claim[`${field as "question"}_${locale}`]),
          readings.flatMap((r) => r.source_ids),
        );
      },
    ],
    [
      /^count\.(regions|provinces|offices|levers|reforms|measures|claims|milestones)$/,
      ([, what]) => {
        const rows = {
          regions: data.regions,
          provinces: data.provinces,
          offices: data.offices,
          levers: data.levers,
          reforms: data.reforms,
          measures: data.measures,
          claims: data.claims,
          milestones: data.milestones,
        }[what]!;
        return fact(num(rows.length, locale), rows.flatMap((r) => ("source_ids" in r ? (r.source_ids as string[]) : [])).slice(0, 6));
      },
    ],
    [
      /^phrase\.(goals|levers|reforms|offices|regions|sectors)(\.capital)?$/,
      ([, what, capital]) => {
        const rows = { goals: data.goals, levers: data.levers, reforms: data.reforms, offices: data.offices, regions: data.regions, sectors: data.sectors }[
          what
        ]!;
        const text = tCount(locale, `count.${what}` as "count.levers", rows.length);
        return fact(capital ? capitalize(text, locale) : text, rows.flatMap((r) => ("source_ids" in r ? (r.source_ids as string[]) : [])).slice(0, 6));
      },
    ],
    [
      /^measure\.([a-z0-9-]+)\.(value|effective)$/,
      ([, id, field]) => {
        const m = data.measures.find((r) => r.measure_id === id);
        if (!m) return undefined;
        const value = field === "value" ? m.value : m.effective_on;
        if (value === null || value === "") throw new Error(`measure.${id}.${field} is empty in data/measures.csv`);
        return fact(typeof value === "number" ? num(value, locale, 1) : formatDate(value, locale), m.source_ids);
      },
    ],
    [
      /^milestone\.([a-z0-9-]+)\.(date|place)$/,
      ([, id, field]) => {
        const m = data.milestones.find((r) => r.milestone_id === id);
        if (!m) return undefined;
        if (field === "place") return fact(escapeMarkdown(m[`place_${locale}`] || ""), m.source_ids);
        return fact(formatDate(m.date, locale, m.date_precision === "month" ? "month" : "day"), m.source_ids);
      },
    ],
    [
      /^sources\.roadmap\.(first|last|count)$/,
      ([, field]) => {
        const r = roadmapSources(data);
        if (field === "count") return fact(num(r.sources.length, locale), []);
        const iso = field === "first" ? r.first : r.last;
        if (!iso) throw new Error(`sources.roadmap.${field}: no source cited by the roadmap tables has a publication date in data/sources.csv`);
        const source = r.sources.find((s) => s.published_on === iso)!;
        return fact(formatDate(iso, locale, iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day"), [source.source_id]);
      },
    ],
    ...craftFactResolvers(data, locale),
  ];

  return (key: string) => {
    for (const [pattern, resolve] of resolvers) {
      const match = key.match(pattern);
      if (!match) continue;
      const result = resolve(match);
      if (result) return result;
      break;
    }
    throw new Error(`Unknown placeholder {{${key}}} (${locale}). Known patterns:\n  ${FACT_PATTERNS.join("\n  ")}`);
  };
}

/** Replaces every `{{key}}` in `text`; returns the text and the sources of the values used. */
export function fillPlaceholders(text: string, resolve: FactResolver, file: string): { text: string; sources: string[] } {
  const sources = new Set<string>();
  const filled = text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, key: string) => {
    try {
      const f = resolve(key);
      f.sources.forEach((s) => sources.add(s));
      return f.text;
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  });
  // Checked on the template, not on the result: braces inside a value from data/ are text.
  if (/\{\{|\}\}/.test(text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, "")))
    throw new Error(`${file}: a placeholder is not closed or malformed ("{{" or "}}" left after filling)`);
  return { text: filled, sources: [...sources] };
}
