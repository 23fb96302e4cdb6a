// One compact source line per figure or card: "Sources : MAP, Yabiladi et 3 autres", the names taken
// from the publishers in data/sources.csv and the count computed; the full list sits behind it.
import type { Source } from "../../data/schema";
import { t, tCount, formatList, type Locale } from "../../core/i18n";
import { sourceEntry, sourceHref, type SourceEntry } from "./sources";

/** How many publishers a line names before "and N others". */
const NAMED_PUBLISHERS = 2;

/** A source line ready to show. */
export interface SourceLineView {
  /** "Source" or "Sources". */
  label: string;
  /** "MAP, Yabiladi et 3 autres". */
  summary: string;
  /** Every source, in order, with the address of its entry on the site's sources page. */
  entries: (SourceEntry & { sitePage: string })[];
}

/**
 * Builds the line for `sources` (in the order given); `all` is every row of data/sources.csv, used to
 * find each source's page in the paginated sources listing. Null when there is no source.
 */
export function sourceLineView(sources: Source[], all: Source[], locale: Locale): SourceLineView | null {
  const unique = sources.filter((s, i) => sources.findIndex((o) => o.source_id === s.source_id) === i);
  if (unique.length === 0) return null;
  const publishers = [...new Set(unique.map((s) => s.publisher))];
  const named = publishers.slice(0, NAMED_PUBLISHERS);
  // The rest is counted in sources, not publishers: every one of them is in the list behind the line.
  const others = unique.filter((s) => !named.includes(s.publisher)).length;
  const summary = formatList(others > 0 ? [...named, tCount(locale, "count.other-sources", others)] : named, locale);
  return {
    label: t(locale, unique.length > 1 ? "chart.sources" : "chart.source"),
    summary,
    entries: unique.map((s) => ({ ...sourceEntry(s, locale), sitePage: sourceHref(all, locale, s.source_id) })),
  };
}

/** One entry of a page's source list: a source as a line shows it, with its entry on the sources page. */
export type PageSourceEntry = SourceLineView["entries"][number];

/** The sources a page cites, in order of first citation, and whether a line links to the foot list. */
export interface PageSources {
  entries: Map<string, PageSourceEntry>;
  linked: boolean;
  /** A section of the page already lists every source in full (a region's factsheet): no foot list. */
  claimed?: boolean;
}

/**
 * The sources a page cites, collected as its source lines render, listed once at the page's foot
 * (issue 17: one full list per page, not one per figure, keeps the document in the first TCP window).
 * Kept on the page render's `Astro.locals` under a private key, so no other page sees it.
 */
const PAGE_SOURCES = Symbol.for("feuille-de-route.page-sources");

/** Starts collecting on this page render; source lines then link to the foot list instead of repeating it. */
export function startPageSources(locals: object): void {
  (locals as Record<symbol, unknown>)[PAGE_SOURCES] = { entries: new Map(), linked: false } satisfies PageSources;
}

/** The page's collection, or undefined where no foot list is rendered (embeds): lines keep their own list. */
export function pageSources(locals: object): PageSources | undefined {
  return (locals as Record<symbol, PageSources | undefined>)[PAGE_SOURCES];
}

/** Adds a line's sources to the page's foot list (each once); `links` when the line points to that list. */
export function addPageSources(collected: PageSources, entries: PageSourceEntry[], links: boolean): void {
  for (const entry of entries) if (!collected.entries.has(entry.id)) collected.entries.set(entry.id, entry);
  if (links) collected.linked = true;
}

/** Marks that the page lists its sources itself, in a section with the id PAGE_SOURCES_ID, where the
 * lines' links lead: the foot list would repeat it (and push a region's printout onto a second page). */
export function claimPageSources(locals: object): void {
  const collected = pageSources(locals);
  if (collected) collected.claimed = true;
}

/** Ends collecting: every source the page cites, each once, or none when no line links to the list. */
export function endPageSources(locals: object): PageSourceEntry[] {
  const collected = pageSources(locals);
  delete (locals as Record<symbol, unknown>)[PAGE_SOURCES];
  return collected?.linked && !collected.claimed ? [...collected.entries.values()] : [];
}

/** The foot list's anchor. */
export const PAGE_SOURCES_ID = "page-sources";
