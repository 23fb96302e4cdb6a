// What changed between two releases, in words per dataset and in the three languages, e.g.
// "Exports 2025 revised from 469.1 to 470.2 bn MAD" or "Office of Dakhla: opened".
// The changes themselves come from src/data/diff.ts; this file only words them.
import { existsSync } from "node:fs";
import { diffTables, readRawTables, type RawTables, type RowChange } from "../../data/diff";
import { validateDataDir } from "../../data";
import { releaseDir, releasesInOrder } from "../../data/releases";
import { formatNumber, formatDate } from "../../core/i18n/format";
import { localized as localizedField, type Locale } from "../../core/i18n/locales";
import { t, type StringKey } from "../../core/i18n";
import { tables, type Release, type TableName } from "../../data/schema";

/** The changes of one dataset, in words. */
export interface DatasetChanges {
  table: TableName;
  label: string;
  items: string[];
}

/** Dataset names as readers see them. */
const datasetLabels: Record<TableName, StringKey> = {
  sources: "changelog.dataset.sources",
  goals: "changelog.dataset.goals",
  tradeAnnual: "changelog.dataset.tradeAnnual",
  sectors: "changelog.dataset.sectors",
  sectorExports: "changelog.dataset.sectorExports",
  exporters: "changelog.dataset.exporters",
  regions: "changelog.dataset.regions",
  provinces: "changelog.dataset.provinces",
  newExportersByRegion: "changelog.dataset.newExportersByRegion",
  levers: "changelog.dataset.levers",
  reforms: "changelog.dataset.reforms",
  measures: "changelog.dataset.measures",
  offices: "changelog.dataset.offices",
  milestones: "changelog.dataset.milestones",
  claims: "changelog.dataset.claims",
  claimReadings: "changelog.dataset.claimReadings",
  people: "changelog.dataset.people",
  firmConcentration: "changelog.dataset.firmConcentration",
  pastPlans: "changelog.dataset.pastPlans",
  releases: "changelog.dataset.releases",
  craftExports: "changelog.dataset.craftExports",
  craftExportsByProduct: "changelog.dataset.craftExportsByProduct",
  craftExportsByDestination: "changelog.dataset.craftExportsByDestination",
  craftExportsByRegion: "changelog.dataset.craftExportsByRegion",
  craftExportMeasures: "changelog.dataset.craftExportMeasures",
};

/** Column names as readers see them; others fall back to the column's name. */
const columnLabels: Record<string, StringKey> = {
  exports_mad_bn: "changelog.column.exports_mad_bn",
  imports_mad_bn: "changelog.column.imports_mad_bn",
  vintage: "changelog.column.vintage",
  status: "changelog.column.status",
  value: "changelog.column.value",
  unit: "changelog.column.unit",
  target_value: "changelog.column.target_value",
  baseline_value: "changelog.column.baseline_value",
  count: "changelog.column.count",
  new_active_exporters: "changelog.column.new_active_exporters",
  announced_on: "changelog.column.announced_on",
  opened_on: "changelog.column.opened_on",
  effective_on: "changelog.column.effective_on",
  published_on: "changelog.column.published_on",
  date: "changelog.column.date",
  place: "changelog.column.place",
  source_ids: "changelog.column.source_ids",
  share_of_firms_pct: "changelog.column.share_of_firms_pct",
  share_of_exports_pct: "changelog.column.share_of_exports_pct",
  result_value: "changelog.column.result_value",
};

const vintageLabels: Record<string, StringKey> = {
  preliminary: "changelog.vintage.preliminary",
  revised: "changelog.vintage.revised",
  mixed: "changelog.vintage.mixed",
};
const officeStatus: Record<string, StringKey> = {
  announced: "changelog.office.announced",
  "reported-opened": "changelog.office.reported-opened",
  opened: "changelog.office.opened",
  unknown: "changelog.office.unknown",
};
const itemStatus: Record<string, StringKey> = {
  named: "status.item.named",
  "partly-described": "status.item.partly-described",
  "not-published": "status.item.not-published",
};
const goalLabels: Record<string, StringKey> = {
  jobs: "changelog.goal.jobs",
  "new-exporters": "changelog.goal.new-exporters",
  exports: "changelog.goal.exports",
};

/** Names the changelog needs from the newer snapshot (sectors, regions). */
interface Lookup {
  sectors: Map<string, Record<string, string>>;
  regions: Map<string, Record<string, string>>;
}

/** Formats a cleaned cell for a sentence: numbers and dates in the locale, empty as "—". */
function show(value: string, column: string, locale: Locale): string {
  if (value === "") return "—";
  if (/^-?\d+(\.\d+)?$/.test(value) && !/(^|_)(year|period_start|period_end|number)$/.test(column)) {
    return formatNumber(Number(value), locale, { maximumFractionDigits: 2 });
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (column === "vintage") return wordsFor(vintageLabels[value], locale) ?? value;
  return value;
}

/** The words for a code from one of the maps above, if it has any. */
const wordsFor = (key: StringKey | undefined, locale: Locale) => (key === undefined ? undefined : t(locale, key));
/** A row of a snapshot in `locale`, falling back to French then English: old releases may lack a language. */
const localized = (row: Record<string, string>, base: string, locale: Locale) => localizedField(row, base, locale, true);

/** An office's place in `locale`: "place" is typed once, so the region's capital gives other scripts. */
function officePlace(row: Record<string, string>, locale: Locale, lookup: Lookup): string {
  const region = lookup.regions.get(row.region_code);
  if (row.place && region && [region.capital_fr, region.capital_en].includes(row.place)) return localized(region, "capital", locale);
  return row.place;
}

/** The name of a row in a sentence, e.g. "Automobile 2024", "Lever 2", "Bureau de Dakhla". */
function rowLabel(change: RowChange, locale: Locale, lookup: Lookup): string {
  const { row, table } = change;
  const region = (code: string) => (lookup.regions.get(code) ? localized(lookup.regions.get(code)!, "name", locale) : code);
  switch (table) {
    case "tradeAnnual":
      return row.year;
    case "sectorExports":
      return `${lookup.sectors.get(row.sector_id) ? localized(lookup.sectors.get(row.sector_id)!, "name", locale) : row.sector_id} ${row.year}`;
    case "exporters":
      return `${row.year} (${row.definition})`;
    case "offices":
      return t(locale, "changelog.row.office", { p: officePlace(row, locale, lookup) || region(row.region_code) });
    case "regions":
    case "sectors":
    case "measures":
      return localized(row, "name", locale) || change.key;
    case "provinces":
      return row.name_fr || change.key;
    case "newExportersByRegion":
      return `${region(row.region_code)} ${row.period_start}–${row.period_end}`;
    case "levers":
      return t(locale, "changelog.row.lever", { n: row.number });
    case "reforms":
      return t(locale, "changelog.row.reform", { n: row.number });
    case "goals":
      return wordsFor(goalLabels[row.goal_id], locale) ?? row.goal_id;
    case "milestones":
      return localized(row, "title", locale) || change.key;
    case "claims":
      return localized(row, "question", locale) || change.key;
    case "claimReadings":
      return localized(row, "reading", locale) || change.key;
    case "people":
      return row.name || change.key;
    case "sources":
      return `${row.publisher} — ${row.title}`;
    default:
      return change.key;
  }
}

/** One change in one sentence, in `locale`. */
export function describeChange(change: RowChange, locale: Locale, lookup: Lookup): string {
  const label = rowLabel(change, locale, lookup);
  if (change.kind === "added") {
    if (change.table === "tradeAnnual") {
      return t(locale, "changelog.trade-added", {
        y: label,
        e: show(change.row.exports_mad_bn, "exports_mad_bn", locale),
        i: show(change.row.imports_mad_bn, "imports_mad_bn", locale),
        u: t(locale, "changelog.unit.mad-bn"),
      });
    }
    if (change.table === "sectorExports" && change.row.exports_mad_bn) {
      return t(locale, "changelog.sector-added", {
        s: label,
        v: show(change.row.exports_mad_bn, "exports_mad_bn", locale),
        u: t(locale, "changelog.unit.mad-bn"),
      });
    }
    return t(locale, "changelog.added", { r: label });
  }
  if (change.kind === "removed") return t(locale, "changelog.removed", { r: label });

  const { column, from, to } = change;
  const vars = { r: label, a: show(from, column, locale), b: show(to, column, locale), u: t(locale, "changelog.unit.mad-bn") };
  if ((change.table === "tradeAnnual" || change.table === "sectorExports") && column.endsWith("_mad_bn")) {
    const what = column === "imports_mad_bn" ? "changelog.imports" : "changelog.exports";
    const v = { ...vars, w: t(locale, what) };
    if (from === "") return t(locale, "changelog.trade-published", v);
    return t(locale, "changelog.trade-revised", v);
  }
  if (change.table === "offices" && column === "status") {
    return t(locale, "changelog.status", { r: label, s: wordsFor(officeStatus[to], locale) ?? to });
  }
  if ((change.table === "levers" || change.table === "reforms") && column === "status") {
    const name = localized(change.row, "name", locale);
    return t(locale, "changelog.status", { r: label, s: `${wordsFor(itemStatus[to], locale) ?? to}${name ? ` — ${name}` : ""}` });
  }
  if (/^(note|description)_/.test(column) || column === "notes") {
    return t(locale, "changelog.note-updated", { r: label });
  }
  if (column === "source_ids") return t(locale, "changelog.sources-updated", { r: label });
  const col = wordsFor(columnLabels[column], locale) ?? column;
  if (from === "") return t(locale, "changelog.column-given", { ...vars, c: col });
  if (to === "") return t(locale, "changelog.column-removed", { ...vars, c: col });
  return t(locale, "changelog.column-changed", { ...vars, c: col });
}

/** The changes between two snapshots, grouped by dataset, in `locale`; identical sentences merge. A
 * first release (no `before`) is summed up as a row count per dataset. */
export function describeChanges(before: RawTables | null, after: RawTables, locale: Locale): DatasetChanges[] {
  if (before === null) {
    const items = (Object.keys(tables) as TableName[])
      .filter((table) => table !== "releases" && (after[table]?.length ?? 0) > 0)
      .map((table) =>
        t(locale, "changelog.first-release.rows", {
          d: t(locale, datasetLabels[table]),
          n: formatNumber(after[table]!.length, locale),
        }),
      );
    return [{ table: "releases", label: t(locale, "changelog.first-release"), items }];
  }
  const lookup: Lookup = {
    sectors: new Map((after.sectors ?? []).map((r) => [r.sector_id, r])),
    regions: new Map((after.regions ?? []).map((r) => [r.region_code, r])),
  };
  // A Set per dataset keeps first-seen order and merges identical sentences in linear time
  // (200,000 changed sources took minutes with Array.includes).
  const groups = new Map<TableName, Set<string>>();
  for (const change of diffTables(before, after)) {
    const items = groups.get(change.table) ?? new Set<string>();
    items.add(describeChange(change, locale, lookup));
    groups.set(change.table, items);
  }
  return [...groups].map(([table, items]) => ({ table, label: t(locale, datasetLabels[table]), items: [...items] }));
}

/** The label of a dataset in `locale`. */
export function datasetLabel(table: TableName, locale: Locale): string {
  return t(locale, datasetLabels[table]);
}

/** What differs between `dataDir` and its latest release snapshot, in English sentences (for the build's warning). */
export function unreleasedChanges(dataDir: string, releases: Release[] = validateDataDir(dataDir).data.releases): string[] {
  const latest = releasesInOrder(releases).at(-1);
  if (!latest) return ["no release is recorded in data/releases.csv"];
  const snapshot = releaseDir(dataDir, latest.release_id);
  if (!existsSync(snapshot)) return [`the latest release ${latest.release_id} has no snapshot in data/releases/`];
  return describeChanges(readRawTables(snapshot), readRawTables(dataDir), "en").flatMap((g) => g.items.map((i) => `${g.label}: ${i}`));
}
