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
