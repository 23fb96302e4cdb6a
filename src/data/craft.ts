// Craft (artisanat) exports: the cross-column checks of data/craft_*.csv and the pure transforms the
// craft charts and prose use. The crafts department publishes both full years and January-to-month
// figures ("fin novembre"); the checks keep each figure's scope honest so that a partial year can
// never be drawn or compared as an annual total.
import type { DataIssue } from "./issues";
import type { CraftExport, Datasets, TradeYear } from "./schema";
import type { LoadedTable } from "./load";

type CraftTables = Pick<Datasets, "craftExports" | "craftExportsByProduct" | "craftExportsByDestination">;
type Loaded = { [K in keyof CraftTables]: LoadedTable<CraftTables[K][number]> };

/** Every cross-column and cross-file problem of the craft files. */
export function checkCraftExports(loaded: Loaded): DataIssue[] {
  const issues: DataIssue[] = [];
  const { craftExports } = loaded;
  const at = (i: number, column: string, value: string, en: string, fr: string): DataIssue => ({
    file: craftExports.file,
    line: craftExports.lines[i],
    column,
    value,
    en,
    fr,
  });

  craftExports.rows.forEach((row, i) => {
    if (row.scope === "calendar-year" && row.months !== 12) {
      issues.push(
        at(
          i,
          "months",
          String(row.months),
          `a calendar-year figure covers 12 months, not ${row.months}. If the source gives January to month ${row.months} ("fin ..."), set scope to year-to-date.`,
          `un chiffre calendar-year couvre 12 mois, pas ${row.months}. Si la source donne janvier à fin du mois ${row.months} (« fin … »), mettez scope à year-to-date.`,
        ),
      );
    }
    if (row.scope === "year-to-date" && row.months === 12) {
      issues.push(
        at(
          i,
          "scope",
          row.scope,
          `a figure for January to December is a full year: set scope to calendar-year, or correct months (the number of months the source covers, "fin novembre" = 11).`,
          `un chiffre de janvier à décembre est une année complète : mettez scope à calendar-year, ou corrigez months (le nombre de mois couverts, « fin novembre » = 11).`,
        ),
      );
    }
    if ((row.exports_mad_m === null) !== (row.value_qualifier === null)) {
      issues.push(
        at(
          i,
          "value_qualifier",
          row.value_qualifier ?? "",
          row.exports_mad_m === null
            ? "there is no value, so value_qualifier must be empty."
            : "say how the source states the value: exact, more-than or about.",
          row.exports_mad_m === null
            ? "il n'y a pas de valeur : value_qualifier doit rester vide."
            : "indiquez comment la source donne la valeur : exact, more-than ou about.",
        ),
      );
    }
    if (row.reading === "alternative") {
      const main = craftExports.rows.some((r) => r.reading === "main" && r.year === row.year && r.months === row.months);
      if (!main) {
        issues.push(
          at(
            i,
            "reading",
            row.reading,
            `an alternative reading needs a main row for the same period (${row.year}, ${row.months} months): add it, or mark this row main.`,
            `une lecture alternative demande une ligne main pour la même période (${row.year}, ${row.months} mois) : ajoutez-la, ou marquez cette ligne main.`,
          ),
        );
      }
    }
  });
  const mains = new Map<string, number>();
  craftExports.rows.forEach((row, i) => {
    if (row.reading !== "main") return;
    const period = `${row.year}/${row.months}`;
    const first = mains.get(period);
    if (first !== undefined) {
      issues.push(
        at(
          i,
          "reading",
          row.reading,
          `a main figure for ${row.year} over ${row.months} months is already on line ${craftExports.lines[first]}. Keep one main row per period and mark the other alternative.`,
          `un chiffre main pour ${row.year} sur ${row.months} mois existe déjà ligne ${craftExports.lines[first]}. Gardez une seule ligne main par période et marquez l'autre alternative.`,
        ),
      );
    } else mains.set(period, i);
  });

  const periods = new Set(craftExports.rows.map((r) => r.period_id));
  for (const table of [loaded.craftExportsByProduct, loaded.craftExportsByDestination]) {
    table.rows.forEach((row, i) => {
      if (!periods.has(row.period_id)) {
        issues.push({
          file: table.file,
          line: table.lines[i],
          column: "period_id",
          value: row.period_id,
          en: `"${row.period_id}" is not a period_id of data/craft_exports.csv. Add the period there first, or use one of: ${[...periods].slice(0, 8).join(", ")}.`,
          fr: `"${row.period_id}" n'est pas un period_id de data/craft_exports.csv. Ajoutez d'abord la période là-bas, ou utilisez : ${[...periods].slice(0, 8).join(", ")}.`,
        });
      }
      if (row.share_pct === null && row.exports_mad_m === null) {
        issues.push({
          file: table.file,
          line: table.lines[i],
          column: "share_pct",
          value: "",
          en: "the row has neither a share nor a value: fill one of share_pct or exports_mad_m, or delete the row.",
          fr: "la ligne n'a ni part ni valeur : remplissez share_pct ou exports_mad_m, ou supprimez la ligne.",
        });
      }
    });
  }
  return issues;
}

/** A full year of craft exports, with its share of total goods exports where both are known. */
export interface CraftYear {
  year: number;
  exports_mad_m: number | null;
  qualifier: CraftExport["value_qualifier"];
  change_pct: number | null;
  /** Craft exports ÷ total goods exports of the same calendar year (data/trade_annual.csv), or null. */
  share_of_goods: number | null;
  source_ids: string[];
}

/** A January-to-month figure: never an annual total. */
export interface CraftPartial {
  period_id: string;
  year: number;
  months: number;
  exports_mad_m: number;
  qualifier: CraftExport["value_qualifier"];
  change_pct: number | null;
  source_ids: string[];
}

/**
 * Full calendar years (main reading) with their share of goods exports. A share is computed only
 * for a calendar-year craft figure and the same year in trade_annual.csv: both cover January to
 * December, so they are comparable. Years between the first and last published one with no row are
 * kept as unknown (null), never zero.
 */
export function craftYears(craft: CraftExport[], trade: TradeYear[]): CraftYear[] {
  const full = craft.filter((r) => r.scope === "calendar-year" && r.reading === "main");
  if (!full.length) return [];
  const first = Math.min(...full.map((r) => r.year));
  const last = Math.max(...full.map((r) => r.year));
  const years: CraftYear[] = [];
  for (let year = first; year <= last; year++) {
    const row = full.find((r) => r.year === year);
    const goods = trade.find((t) => t.year === year);
    const value = row?.exports_mad_m ?? null;
    years.push({
      year,
      exports_mad_m: value,
      qualifier: row?.value_qualifier ?? null,
      change_pct: row?.change_pct ?? null,
      share_of_goods: value !== null && goods ? value / (goods.exports_mad_bn * 1000) : null,
      source_ids: [...(row?.source_ids ?? []), ...(value !== null && goods ? goods.source_ids : [])],
    });
  }
  return years;
}

/** January-to-month figures with a value (main reading), in time order. */
export function craftPartials(craft: CraftExport[]): CraftPartial[] {
  return craft
    .filter((r): r is CraftExport & { exports_mad_m: number } => r.scope === "year-to-date" && r.reading === "main" && r.exports_mad_m !== null)
    .map((r) => ({
      period_id: r.period_id,
      year: r.year,
      months: r.months,
      exports_mad_m: r.exports_mad_m,
      qualifier: r.value_qualifier,
      change_pct: r.change_pct,
      source_ids: r.source_ids,
    }))
    .sort((a, b) => a.year - b.year || a.months - b.months);
}

/** The latest period (full year first, then longest partial) for which a breakdown table has rows. */
export function latestBreakdownPeriod(craft: CraftExport[], periodIds: string[], scope: CraftExport["scope"]): CraftExport | null {
  const ids = new Set(periodIds);
  const candidates = craft.filter((r) => ids.has(r.period_id) && r.scope === scope && r.reading === "main");
  return candidates.sort((a, b) => b.year - a.year || b.months - a.months)[0] ?? null;
}
