// What changed between two releases, in words per dataset and in the three languages, e.g.
// "Exports 2025 revised from 469.1 to 470.2 bn MAD" or "Office of Dakhla: opened".
// The changes themselves come from src/data/diff.ts; this file only words them.
import { existsSync } from "node:fs";
import { diffTables, readRawTables, type RawTables, type RowChange } from "../../data/diff";
import { validateDataDir } from "../../data";
import { releaseDir, releasesInOrder } from "../../data/releases";
import { formatNumber, formatDate } from "../../core/i18n/format";
import type { Locale, LocalizedText } from "../../core/i18n/locales";
import { tables, type Release, type TableName } from "../../data/schema";

/** The changes of one dataset, in words. */
export interface DatasetChanges {
  table: TableName;
  label: string;
  items: string[];
}

const L = (fr: string, ar: string, en: string): LocalizedText => ({ fr, ar, en });

/** Dataset names as readers see them. */
const datasetLabels: Record<TableName, LocalizedText> = {
  sources: L("Sources", "المصادر", "Sources"),
  goals: L("Objectifs", "الأهداف", "Goals"),
  tradeAnnual: L("Échanges annuels", "المبادلات السنوية", "Annual trade"),
  sectors: L("Secteurs", "القطاعات", "Sectors"),
  sectorExports: L("Exportations par secteur", "الصادرات حسب القطاع", "Exports by sector"),
  exporters: L("Entreprises exportatrices", "المقاولات المصدرة", "Exporting firms"),
  regions: L("Régions", "الجهات", "Regions"),
  provinces: L("Préfectures et provinces", "العمالات والأقاليم", "Prefectures and provinces"),
  newExportersByRegion: L("Nouveaux exportateurs par région", "المصدرون الجدد حسب الجهة", "New exporters by region"),
  levers: L("Leviers", "الرافعات", "Levers"),
  reforms: L("Réformes", "الإصلاحات", "Reforms"),
  measures: L("Mesures", "التدابير", "Measures"),
  offices: L("Bureaux régionaux", "المكاتب الجهوية", "Regional offices"),
  milestones: L("Étapes", "المحطات", "Milestones"),
  claims: L("Chiffres discutés", "الأرقام المتنازع عليها", "Disputed figures"),
  claimReadings: L("Lectures des chiffres discutés", "قراءات الأرقام المتنازع عليها", "Readings of disputed figures"),
  people: L("Personnalités", "الشخصيات", "People"),
  firmConcentration: L("Concentration des exportations", "تركز الصادرات", "Export concentration"),
  pastPlans: L("Plans précédents", "الخطط السابقة", "Earlier plans"),
  releases: L("Publications", "الإصدارات", "Releases"),
  craftExports: L("Exportations de l'artisanat", "صادرات الصناعة التقليدية", "Craft exports"),
  craftExportsByProduct: L(
    "Exportations de l'artisanat par famille de produits",
    "صادرات الصناعة التقليدية حسب فئة المنتوجات",
    "Craft exports by product family",
  ),
  craftExportsByDestination: L("Exportations de l'artisanat par marché", "صادرات الصناعة التقليدية حسب السوق", "Craft exports by market"),
  craftExportsByRegion: L("Exportations de l'artisanat par région", "صادرات الصناعة التقليدية حسب الجهة", "Craft exports by region"),
  craftExportMeasures: L(
    "Mesures pour l'export de l'artisanat et de l'ESS",
    "تدابير تصدير الصناعة التقليدية والاقتصاد الاجتماعي والتضامني",
    "Craft and SSE export measures",
  ),
};

/** Column names as readers see them; others fall back to the column's name. */
const columnLabels: Record<string, LocalizedText> = {
  exports_mad_bn: L("exportations", "الصادرات", "exports"),
  imports_mad_bn: L("importations", "الواردات", "imports"),
  vintage: L("statut des chiffres", "وضعية الأرقام", "figure status"),
  status: L("statut", "الوضعية", "status"),
  value: L("montant", "القيمة", "value"),
  unit: L("unité", "الوحدة", "unit"),
  target_value: L("cible", "الهدف", "target"),
  baseline_value: L("niveau de départ", "المستوى المرجعي", "baseline"),
  count: L("nombre", "العدد", "count"),
  new_active_exporters: L("nouveaux exportateurs actifs", "المصدرون النشيطون الجدد", "new active exporters"),
  announced_on: L("date d'annonce", "تاريخ الإعلان", "announcement date"),
  opened_on: L("date d'ouverture", "تاريخ الافتتاح", "opening date"),
  effective_on: L("date d'entrée en vigueur", "تاريخ دخول حيز التنفيذ", "date in force"),
  published_on: L("date de publication", "تاريخ النشر", "publication date"),
  date: L("date", "التاريخ", "date"),
  place: L("lieu", "المكان", "place"),
  source_ids: L("sources", "المصادر", "sources"),
  share_of_firms_pct: L("part des entreprises", "حصة المقاولات", "share of firms"),
  share_of_exports_pct: L("part des exportations", "حصة الصادرات", "share of exports"),
  result_value: L("résultat", "النتيجة", "result"),
};

const vintageLabels: Record<string, LocalizedText> = {
  preliminary: L("provisoires", "أولية", "preliminary"),
  revised: L("révisés", "معدلة", "revised"),
  mixed: L("en partie révisés", "معدلة جزئيا", "partly revised"),
};
const officeStatus: Record<string, LocalizedText> = {
  announced: L("annoncé", "أُعلن عنه", "announced"),
  "reported-opened": L("signalé comme ouvert", "أُفيد بافتتاحه", "reported as opened"),
  opened: L("ouvert", "افتُتح", "opened"),
  unknown: L("statut inconnu", "وضعية غير معروفة", "status unknown"),
};
const itemStatus: Record<string, LocalizedText> = {
  named: L("nommé", "مُسمّى", "now named"),
  "partly-described": L("en partie décrit", "موصوف جزئيا", "partly described"),
  "not-published": L("non publié", "غير منشور", "not published"),
};
const goalLabels: Record<string, LocalizedText> = {
  jobs: L("Emplois", "مناصب الشغل", "Jobs"),
  "new-exporters": L("Nouveaux exportateurs", "المصدرون الجدد", "New exporters"),
  exports: L("Exportations supplémentaires", "الصادرات الإضافية", "Additional exports"),
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
  if (column === "vintage") return vintageLabels[value]?.[locale] ?? value;
  return value;
}

const bnMad = L("milliards de MAD", "مليار درهم", "bn MAD");
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
const localized = (row: Record<string, string>, base: string, locale: Locale) => row[`${base}_${locale}`] || row[`${base}_fr`] || row[`${base}_en`] || "";

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
      return fill(L("Bureau de {p}", "مكتب {p}", "Office of {p}")[locale], { p: officePlace(row, locale, lookup) || region(row.region_code) });
    case "regions":
    case "sectors":
    case "measures":
      return localized(row, "name", locale) || change.key;
    case "provinces":
      return row.name_fr || change.key;
    case "newExportersByRegion":
      return `${region(row.region_code)} ${row.period_start}–${row.period_end}`;
    case "levers":
      return fill(L("Levier {n}", "الرافعة {n}", "Lever {n}")[locale], { n: row.number });
    case "reforms":
      return fill(L("Réforme {n}", "الإصلاح {n}", "Reform {n}")[locale], { n: row.number });
    case "goals":
      return goalLabels[row.goal_id]?.[locale] ?? row.goal_id;
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
      return fill(
        L("{y} ajouté : exportations {e}, importations {i} {u}", "إضافة سنة {y}: الصادرات {e} والواردات {i} {u}", "{y} added: exports {e}, imports {i} {u}")[
          locale
        ],
        {
          y: label,
          e: show(change.row.exports_mad_bn, "exports_mad_bn", locale),
          i: show(change.row.imports_mad_bn, "imports_mad_bn", locale),
          u: bnMad[locale],
        },
      );
    }
    if (change.table === "sectorExports" && change.row.exports_mad_bn) {
      return fill(L("Exportations {s} ajoutées : {v} {u}", "إضافة صادرات {s}: {v} {u}", "Exports {s} added: {v} {u}")[locale], {
        s: label,
        v: show(change.row.exports_mad_bn, "exports_mad_bn", locale),
        u: bnMad[locale],
      });
    }
    return fill(L("{r} : ajouté", "{r}: أضيف", "{r}: added")[locale], { r: label });
  }
  if (change.kind === "removed") return fill(L("{r} : retiré", "{r}: حُذف", "{r}: removed")[locale], { r: label });

  const { column, from, to } = change;
  const vars = { r: label, a: show(from, column, locale), b: show(to, column, locale), u: bnMad[locale] };
  if ((change.table === "tradeAnnual" || change.table === "sectorExports") && column.endsWith("_mad_bn")) {
    const what = column === "imports_mad_bn" ? L("Importations", "واردات", "Imports") : L("Exportations", "صادرات", "Exports");
    const v = { ...vars, w: what[locale] };
    if (from === "") return fill(L("{w} {r} publiées : {b} {u}", "نشر {w} {r}: {b} {u}", "{w} {r} published: {b} {u}")[locale], v);
    return fill(L("{w} {r} révisées de {a} à {b} {u}", "مراجعة {w} {r} من {a} إلى {b} {u}", "{w} {r} revised from {a} to {b} {u}")[locale], v);
  }
  if (change.table === "offices" && column === "status") {
    return fill(L("{r} : {s}", "{r}: {s}", "{r}: {s}")[locale], { r: label, s: officeStatus[to]?.[locale] ?? to });
  }
  if ((change.table === "levers" || change.table === "reforms") && column === "status") {
    const name = localized(change.row, "name", locale);
    return fill(L("{r} : {s}", "{r}: {s}", "{r}: {s}")[locale], { r: label, s: `${itemStatus[to]?.[locale] ?? to}${name ? ` — ${name}` : ""}` });
  }
  if (/^(note|description)_/.test(column) || column === "notes") {
    return fill(L("{r} : note mise à jour", "{r}: تحديث الملاحظة", "{r}: note updated")[locale], { r: label });
  }
  if (column === "source_ids") return fill(L("{r} : sources mises à jour", "{r}: تحديث المصادر", "{r}: sources updated")[locale], { r: label });
  const col = columnLabels[column]?.[locale] ?? column;
  if (from === "") return fill(L("{r} : {c} renseigné ({b})", "{r}: إضافة {c} ({b})", "{r}: {c} now given ({b})")[locale], { ...vars, c: col });
  if (to === "") return fill(L("{r} : {c} retiré (était {a})", "{r}: حذف {c} (كان {a})", "{r}: {c} removed (was {a})")[locale], { ...vars, c: col });
  return fill(L("{r} : {c} passe de {a} à {b}", "{r}: {c} من {a} إلى {b}", "{r}: {c} changed from {a} to {b}")[locale], { ...vars, c: col });
}

/** The changes between two snapshots, grouped by dataset, in `locale`; identical sentences merge. A
 * first release (no `before`) is summed up as a row count per dataset. */
export function describeChanges(before: RawTables | null, after: RawTables, locale: Locale): DatasetChanges[] {
  if (before === null) {
    const items = (Object.keys(tables) as TableName[])
      .filter((table) => table !== "releases" && (after[table]?.length ?? 0) > 0)
      .map((table) =>
        fill(L("{d} : {n} lignes", "{d}: {n} صفا", "{d}: {n} rows")[locale], {
          d: datasetLabels[table][locale],
          n: formatNumber(after[table]!.length, locale),
        }),
      );
    return [{ table: "releases", label: L("Première publication des données", "النشر الأول للمعطيات", "First release of the data")[locale], items }];
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
  return [...groups].map(([table, items]) => ({ table, label: datasetLabels[table][locale], items: [...items] }));
}

/** The label of a dataset in `locale`. */
export function datasetLabel(table: TableName, locale: Locale): string {
  return datasetLabels[table][locale];
}

/** What differs between `dataDir` and its latest release snapshot, in English sentences (for the build's warning). */
export function unreleasedChanges(dataDir: string, releases: Release[] = validateDataDir(dataDir).data.releases): string[] {
  const latest = releasesInOrder(releases).at(-1);
  if (!latest) return ["no release is recorded in data/releases.csv"];
  const snapshot = releaseDir(dataDir, latest.release_id);
  if (!existsSync(snapshot)) return [`the latest release ${latest.release_id} has no snapshot in data/releases/`];
  return describeChanges(readRawTables(snapshot), readRawTables(dataDir), "en").flatMap((g) => g.items.map((i) => `${g.label}: ${i}`));
}
