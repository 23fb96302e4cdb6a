// What the regions index and each region's page show, computed from validated data: the
// linked map, the menu of regions, and per region its facts, office, events and exporters,
// each with its sources, and plain words where the record is silent.
import type { Datasets, Source } from "../../data/schema";
import { t, tCount, localeUrl, formatNumber, formatDate, formatPercent, formatYear, type Locale } from "../../core/i18n";
import { sourcesFor } from "./localized";
import { chartById } from "../../charts/registry";
import { regionOfficeRows, regionPath, regionSlug, type OfficeStatus, type RegionOfficeRow } from "../../charts/geo/offices";
import { drawRegionMap, drawTileGrid } from "../../charts/geo/draw";
import { linkedMap, linkedMapMarkup } from "../../charts/geo/links";
import { locatorSvg } from "../../charts/geo/locator";
import { MAP_SOURCE_ID } from "../../charts/regional-offices-map";
import { missingOfficeFacts, unpublishedOfficeFacts } from "./offices";
import { chartText, type ChartTable } from "../../charts/kit/types";

/** Widths the map is drawn at: the tile grid for phones (the content width at 360 px), the map for wider screens. */
export const MAP_WIDTHS = { narrow: 328, wide: 560 } as const;

/** The OpenStreetMap credit every map carries. */
export interface MapCredit {
  text: string;
  href: string;
}

/** The credit line in the page's language. */
export function mapCredit(locale: Locale): MapCredit {
  return { text: t(locale, "map.credit"), href: "https://www.openstreetmap.org/copyright" };
}

/** The regional map as the regions index shows it. */
export interface RegionMapView {
  id: string;
  title: string;
  dek: string;
  notes: string;
  alt: string;
  svg: { narrow: string; wide: string };
  /** The real map's size: the page holds its place with an empty SVG and fetches it from `wideUrl` on wide screens. */
  wideSize: { width: number; height: number };
  wideUrl: string;
  table: ChartTable;
  sources: Source[];
  credit: MapCredit;
  keyboardHint: string;
  tileNote: string;
  tapAgain: string;
}

/** The URL of a region's page in a locale. */
export function regionUrl(locale: Locale, code: string): string {
  return localeUrl(locale, regionPath(code));
}

/** The regions index page's title and lede, counting the regions from data/regions.csv. */
export function regionIndexCopy(data: Datasets, locale: Locale): { title: string; lede: string } {
  const regions = tCount(locale, "count.regions", data.regions.length);
  return { title: t(locale, "region.index-title", { regions }), lede: t(locale, "region.index-lede", { regions }) };
}

/** Site-relative URL of the regions page's real map (src/pages/[...lang]/regions/map.json.ts), fetched on wide screens. */
export function regionMapPartsUrl(locale: Locale): string {
  return localeUrl(locale, "regions/map.json");
}

/** Builds the linked map (tile grid and real map) for a locale. */
export function regionMapView(data: Datasets, locale: Locale): RegionMapView {
  const chart = chartById("regional-offices-map");
  const rows = chart.select(data) as RegionOfficeRow[];
  const title = chartText(chart.title, rows, locale);
  const link = (code: string, name: string, status: string) => ({ href: regionUrl(locale, code), label: t(locale, "map.region-link", { name, status }) });
  const wide = linkedMap((doc) => drawRegionMap(rows, locale, MAP_WIDTHS.wide, doc), link, title);
  return {
    id: chart.id,
    title,
    dek: chartText(chart.dek, rows, locale),
    notes: [chartText(chart.notes, rows, locale), chart.notesFrom?.(rows, locale)].filter(Boolean).join(" "),
    alt: chart.describe(rows, locale),
    svg: {
      narrow: linkedMapMarkup((doc) => drawTileGrid(rows, locale, MAP_WIDTHS.narrow, doc), link, title),
      wide: wide.markup,
    },
    wideSize: { width: wide.width, height: wide.height },
    wideUrl: regionMapPartsUrl(locale),
    table: chart.table(rows, locale),
    sources: sourcesFor(data, chart.sources(rows)),
    credit: mapCredit(locale),
    keyboardHint: t(locale, "map.keyboard-hint"),
    tileNote: t(locale, "map.tile-note"),
    tapAgain: t(locale, "map.tap-again"),
  };
}

/** One entry of the regions menu. */
export interface RegionListItem {
  code: string;
  slug: string;
  name: string;
  capital: string;
  status: OfficeStatus;
  statusLabel: string;
  href: string;
}

/** The 12 regions in code order, for the menu. */
export function regionListView(data: Datasets, locale: Locale): RegionListItem[] {
  return regionOfficeRows(data).map((r) => ({
    code: r.code,
    slug: regionSlug(r.code),
    name: r.name[locale],
    capital: r.capital[locale],
    status: r.status,
    statusLabel: t(locale, `map.status.${r.status}`),
    href: regionUrl(locale, r.code),
  }));
}

/** An event of the roadmap held in the region. */
export interface RegionEventView {
  id: string;
  date: string;
  isoDate: string;
  kind: string;
  place: string;
  title: string;
  sources: Source[];
}

/** A region's page. */
export interface RegionPageView {
  code: string;
  slug: string;
  name: string;
  capital: string;
  population: string;
  /** Why no regional export value is shown, counting the regions from the data. */
  exportsNone: string;
  prefectures: string[];
  provinces: string[];
  office: {
    status: OfficeStatus;
    statusLabel: string;
    place: string | null;
    announcedOn: string | null;
    openedOn: string | null;
    /** The facts no source gives for this office, as one sentence ("" when all are known). */
    unpublished: string;
    note: string;
    sources: Source[];
  };
  events: RegionEventView[];
  exporters: { value: string; share: string; note: string; sources: Source[] } | null;
  locator: { svg: string; alt: string; credit: MapCredit };
  sources: Source[];
  prev: RegionListItem;
  next: RegionListItem;
}

/** Region codes in order: the paths of the region pages. */
export function regionCodes(data: Pick<Datasets, "regions">): string[] {
  return data.regions.map((r) => r.region_code).sort();
}

/** Finds a region's code from its URL slug ("ma-06" → "MA-06"); throws on an unknown slug. */
export function codeFromSlug(data: Pick<Datasets, "regions">, slug: string): string {
  const code = regionCodes(data).find((c) => regionSlug(c) === slug.toLowerCase());
  if (!code) throw new Error(`No region for slug "${slug}"`);
  return code;
}

const pickLocalized = (row: Record<string, unknown>, base: string, locale: Locale) => {
  const value = row[`${base}_${locale}`];
  return typeof value === "string" ? value : "";
};

/** Builds a region page's model; `code` is an ISO code from data/regions.csv. */
export function regionPageView(data: Datasets, locale: Locale, code: string): RegionPageView {
  const region = data.regions.find((r) => r.region_code === code);
  if (!region) throw new Error(`Unknown region ${code}`);
  const name = pickLocalized(region, "name", locale);
  // Prefecture and province names exist in French and Arabic; English pages use the French form.
  const divisionName = (p: Datasets["provinces"][number]) => (locale === "ar" ? p.name_ar : p.name_fr);
  const divisions = data.provinces.filter((p) => p.region_code === code);
  const byName = (a: string, b: string) => a.localeCompare(b, locale);
  const office = data.offices.find((o) => o.region_code === code);
  const status: OfficeStatus = office?.status ?? "unknown";
  const events = data.milestones
    .filter((m) => m.region_code === code)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({
      id: m.milestone_id,
      isoDate: m.date,
      date: formatDate(m.date, locale, m.date_precision === "month" ? "month" : "day"),
      kind: t(locale, `region.kind.${m.kind}`),
      place: pickLocalized(m, "place", locale),
      title: pickLocalized(m, "title", locale),
      sources: sourcesFor(data, m.source_ids),
    }));
  const entrants = data.newExportersByRegion.filter((e) => e.region_code === code).sort((a, b) => b.period_end - a.period_end)[0];
  const samePeriod = entrants ? data.newExportersByRegion.filter((e) => e.period_start === entrants.period_start && e.period_end === entrants.period_end) : [];
  const total = samePeriod.reduce((sum, e) => sum + e.new_active_exporters, 0);
  const exporters = entrants
    ? {
        value: t(locale, "region.exporters-value", {
          count: formatNumber(entrants.new_active_exporters, locale),
          start: formatYear(entrants.period_start, locale),
          end: formatYear(entrants.period_end, locale),
        }),
        // The share is only meaningful when every region reports the same period.
        share:
          samePeriod.length === data.regions.length && total > 0
            ? t(locale, "region.exporters-share", {
                share: formatPercent(entrants.new_active_exporters / total, locale, 1),
                total: formatNumber(total, locale),
                regions: tCount(locale, "count.regions", data.regions.length),
              })
            : "",
        note: t(locale, "region.exporters-note"),
        sources: sourcesFor(data, entrants.source_ids),
      }
    : null;
  const list = regionListView(data, locale);
  const index = list.findIndex((r) => r.code === code);
  const officeSources = sourcesFor(data, office?.source_ids ?? []);
  const allSourceIds = [
    ...region.source_ids,
    ...divisions.flatMap((p) => p.source_ids),
    ...(office?.source_ids ?? []),
    ...events.flatMap((e) => e.sources.map((s) => s.source_id)),
    ...(entrants?.source_ids ?? []),
    MAP_SOURCE_ID,
  ];
  return {
    code,
    slug: regionSlug(code),
    name,
    capital: pickLocalized(region, "capital", locale),
    population: formatNumber(region.population_2014, locale),
    exportsNone: t(locale, "region.exports-none", { regions: tCount(locale, "count.regions", data.regions.length) }),
    prefectures: divisions
      .filter((p) => p.kind === "prefecture")
      .map(divisionName)
      .sort(byName),
    provinces: divisions
      .filter((p) => p.kind === "province")
      .map(divisionName)
      .sort(byName),
    office: {
      status,
      statusLabel: t(locale, `map.status.${status}`),
      place: office?.place || null,
      announcedOn: office?.announced_on ? formatDate(office.announced_on, locale) : null,
      openedOn: office?.opened_on ? formatDate(office.opened_on, locale) : null,
      unpublished: unpublishedOfficeFacts(missingOfficeFacts(office), locale),
      note: office ? pickLocalized(office, "note", locale) : "",
      sources: officeSources,
    },
    events,
    exporters,
    locator: { svg: locatorSvg(code, 220), alt: t(locale, "map.locator-alt", { name }), credit: mapCredit(locale) },
    sources: sourcesFor(data, allSourceIds),
    prev: list[(index + list.length - 1) % list.length],
    next: list[(index + 1) % list.length],
  };
}

/** Every source a region page cites: its factsheet's and those of extra blocks (craft exports), each once. */
export function regionPageSources(view: { sources: Source[] }, extra: Source[] = []): Source[] {
  const seen = new Set<string>();
  return [...view.sources, ...extra].filter((s) => !seen.has(s.source_id) && seen.add(s.source_id));
}
