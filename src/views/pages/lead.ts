// The lead of the home and story pages: the byline line "Publié le … · mis à jour le …", both dates
// taken from data/releases.csv (the first release and the latest one), and which chart leads a page.
import type { Datasets } from "../../data/schema";
import { t, formatDate, type Locale } from "../../core/i18n";
import type { StringKey } from "../../core/i18n/strings/fr";
import type { Segment } from "../markdown/render";

/** One dated part of the byline: the words around the date and the date itself. */
export interface BylinePart {
  before: string;
  date: string;
  /** ISO date for the <time datetime> attribute. */
  iso: string;
  after: string;
}

/** The byline: "published" always, "updated" only when a later release exists. */
export interface BylineView {
  published: BylinePart;
  updated: BylinePart | null;
}

/** Splits a "… {date} …" string around its date so the date can sit in a <time> element. */
function part(locale: Locale, key: StringKey, iso: string): BylinePart {
  const [before, after = ""] = t(locale, key).split("{date}");
  return { before, date: formatDate(iso, locale), iso, after };
}

/** Builds the byline from the releases: first publication and latest update; null with no release. */
export function bylineView(releases: Datasets["releases"], locale: Locale): BylineView | null {
  if (releases.length === 0) return null;
  const dates = releases.map((r) => r.published_on).sort();
  const first = dates[0];
  const latest = dates[dates.length - 1];
  return {
    published: part(locale, "byline.published", first),
    updated: latest === first ? null : part(locale, "byline.updated", latest),
  };
}

/** The byline as plain text (for tests and summaries). */
export function bylineText(byline: BylineView): string {
  const text = (p: BylinePart) => `${p.before}${p.date}${p.after}`;
  return byline.updated ? `${text(byline.published)} · ${text(byline.updated)}` : text(byline.published);
}

/** The chart that leads a story page: its first chart, or null for a page without one. */
export function leadChartId(segments: readonly Segment[]): string | null {
  for (const s of segments) if (s.kind === "chart") return s.id;
  return null;
}
