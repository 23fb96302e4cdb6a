// The sources page and every compact list of sources: what each source is, when it was published
// (or why that is unknown), whether it is a copy, and on which page of the listing it sits.
import type { Datasets, Source } from "../../data/schema";
import { t, collator, formatDate, formatNumber, localeUrl, type Locale } from "../../core/i18n";
import { roadmapSources } from "../../data/derive";
import { basePath } from "../export/embed";

/**
 * Sources per page of the listing: a 200,000-row sources.csv gives pages of bounded size (about
 * 250 kB of HTML), not one huge page, and few enough pages (400 per language) to build and index fast.
 */
export const SOURCES_PER_PAGE = 500;

/** Pages either side of the current one that the page navigation links to (besides first, last and tenths). */
const NAV_WINDOW = 2;

export interface SourceEntry {
  id: string;
  title: string;
  url: string;
  language: string;
  publisher: string;
  kind: string;
  /** The publication date as the page gives it, or why it is unknown. */
  date: string;
  /** The same in a few words, for compact lists of sources. */
  shortDate: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for a <time> element; null when unknown. */
  isoDate: string | null;
  /** "copy of an article by … (original not found)" when the page reprints another outlet; null for an original. */
  copyOf: string | null;
  /** The note in the reader's language (notes_fr, notes_ar, or the English notes). */
  notes: string;
}

export interface SourcesPageModel {
  /** 1-based page number. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last source on this page. */
  from: number;
  to: number;
  entries: SourceEntry[];
  /**
   * The page navigation: the first and last pages, the pages around this one and every tenth of the
   * listing, in order; null marks a gap. Its size is bounded, so 400 pages do not each carry 400 links.
   */
  nav: ({ page: number; href: string } | null)[];
  /** Site URL of the previous and next pages, when there are. */
  previous: string | null;
  next: string | null;
  /** The whole list in one file (sources.csv of the data package), offered when the listing has several pages. */
  downloadAll: string | null;
  provenance: { text: string; counts: string };
}

/** Precision of a partial ISO date: "2025" is a year, "2025-05" a month, "2025-05-28" a day. */
function precisionOf(iso: string): "day" | "month" | "year" {
  return iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
}

/** The date as readers see it: "28 mai 2025", "mai 2025", or the reason it is unknown (in a few words when `short`). */
export function sourceDate(source: Source, locale: Locale, short = false): string {
  if (source.published_on) return formatDate(source.published_on, locale, precisionOf(source.published_on));
  if (!source.date_unknown_reason) return t(locale, "sources.date-unknown");
  return t(locale, short ? `sources.date-short.${source.date_unknown_reason}` : `sources.date-reason.${source.date_unknown_reason}`);
}

/** Sources in the listing order of a locale (publisher, then id): the order pages and anchors rely on. */
const ordered = new WeakMap<Source[], Map<Locale, { list: Source[]; index: Map<string, number> }>>();
function listing(sources: Source[], locale: Locale) {
  let byLocale = ordered.get(sources);
  if (!byLocale) {
    byLocale = new Map();
    ordered.set(sources, byLocale);
  }
  const hit = byLocale.get(locale);
  if (hit) return hit;
  // The page's alphabetical order, with one cached collator (localeCompare would build one per comparison).
  const order = collator(locale);
  const list = [...sources].sort((a, b) => order.compare(a.publisher, b.publisher) || order.compare(a.source_id, b.source_id));
  const value = { list, index: new Map(list.map((s, i) => [s.source_id, i])) };
  byLocale.set(locale, value);
  return value;
}

/** Number of pages of the listing (at least one, even with no source). */
export function sourcesPageCount(sources: Source[]): number {
  return Math.max(1, Math.ceil(sources.length / SOURCES_PER_PAGE));
}

/** Site URL of page `page` (1-based) of the listing: the first page is sources/, the next ones sources/2/, … */
export function sourcesPageUrl(locale: Locale, page: number): string {
  return localeUrl(locale, page <= 1 ? "sources/" : `sources/${page}/`);
}

/** Link to one source's entry on the page of the listing that holds it. */
export function sourceHref(sources: Source[], locale: Locale, sourceId: string): string {
  const i = listing(sources, locale).index.get(sourceId);
  const page = i === undefined ? 1 : Math.floor(i / SOURCES_PER_PAGE) + 1;
  return `${sourcesPageUrl(locale, page)}#source-${sourceId}`;
}

/** What a reader should know about a source, in the reader's language (data:check requires the translations). */
export function sourceNote(source: Source, locale: Locale): string {
  return locale === "fr" ? source.notes_fr : locale === "ar" ? source.notes_ar : source.notes;
}

/** One source as the sources page and compact lists show it. */
export function sourceEntry(source: Source, locale: Locale): SourceEntry {
  return {
    id: source.source_id,
    title: source.title,
    url: source.url,
    language: source.language,
    publisher: source.publisher,
    kind: t(locale, `sources.kind.${source.kind}`),
    date: sourceDate(source, locale),
    shortDate: sourceDate(source, locale, true),
    isoDate: source.published_on,
    copyOf: source.url_kind === "original-not-reachable" ? t(locale, "sources.copy-of", { publisher: source.copy_of }) : null,
    notes: sourceNote(source, locale),
  };
}

/** What the site can say about where the roadmap's figures come from, computed from the sources rows cite. */
export function roadmapProvenance(data: Datasets, locale: Locale): { text: string; counts: string } {
  const { sources: cited, first, last } = roadmapSources(data);
  const count = (kind: Source["kind"]) => cited.filter((s) => s.kind === kind).length;
  const [agency, press, official] = [count("news-agency"), count("press"), count("official")];
  const n = (value: number) => formatNumber(value, locale);
  const date = (iso: string | undefined) => (iso ? formatDate(iso, locale, precisionOf(iso)) : t(locale, "sources.date-unknown"));
  return {
    text: t(locale, "sources.provenance-text", { first: date(first), last: date(last) }),
    counts: t(locale, "sources.provenance-counts", {
      count: n(cited.length),
      agency: n(agency),
      press: n(press),
      official: n(official),
      other: n(cited.length - agency - press - official),
    }),
  };
}

/** Page `page` (1-based) of the sources listing. */
export function sourcesPage(data: Datasets, locale: Locale, page: number): SourcesPageModel {
  const { list } = listing(data.sources, locale);
  const pageCount = sourcesPageCount(data.sources);
  const start = (page - 1) * SOURCES_PER_PAGE;
  const slice = list.slice(start, start + SOURCES_PER_PAGE);
  return {
    page,
    pageCount,
    total: list.length,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    entries: slice.map((s) => sourceEntry(s, locale)),
    nav: sourcesPageNav(page, pageCount).map((n) => (n === null ? null : { page: n, href: sourcesPageUrl(locale, n) })),
    previous: page > 1 ? sourcesPageUrl(locale, page - 1) : null,
    next: page < pageCount ? sourcesPageUrl(locale, page + 1) : null,
    downloadAll: pageCount > 1 ? `${basePath()}data/sources.csv` : null,
    provenance: memoProvenance(data, locale),
  };
}

/**
 * The page numbers the navigation of page `page` of `pageCount` links to, in order, with null for
 * a gap: the first and last pages, NAV_WINDOW pages either side of this one, and the page at every
 * tenth of the listing (so any page is a few jumps away). At most 19 entries whatever the count.
 */
export function sourcesPageNav(page: number, pageCount: number): (number | null)[] {
  const shown = new Set<number>([1, pageCount]);
  for (let n = page - NAV_WINDOW; n <= page + NAV_WINDOW; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  for (let tenth = 1; tenth < 10; tenth++) shown.add(Math.max(1, Math.round((pageCount * tenth) / 10)));
  const pages = [...shown].sort((a, b) => a - b);
  const nav: (number | null)[] = [];
  pages.forEach((n, i) => {
    if (i > 0 && n > pages[i - 1] + 1) nav.push(null);
    nav.push(n);
  });
  return nav;
}

/** The provenance text is the same on every page of the listing: computed once per data and locale. */
const provenanceMemo = new WeakMap<Datasets, Map<Locale, { text: string; counts: string }>>();
function memoProvenance(data: Datasets, locale: Locale) {
  let byLocale = provenanceMemo.get(data);
  if (!byLocale) {
    byLocale = new Map();
    provenanceMemo.set(data, byLocale);
  }
  let hit = byLocale.get(locale);
  if (!hit) {
    hit = roadmapProvenance(data, locale);
    byLocale.set(locale, hit);
  }
  return hit;
}
