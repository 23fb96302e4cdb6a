// The numbered words of a sources listing page (its title, list heading, range and page links),
// formatted in the page's language.
import { t, formatNumber, type Locale } from "../../core/i18n";
import type { SourcesPageModel } from "./sources";

export interface SourcesPageText {
  /** The document title: "Sources — page 2 sur 40" on pages after the first of a long listing. */
  title: string;
  /** "Liste des sources (123)". */
  listHeading: string;
  /** "Sources 501 à 1.000 sur 200.000", "" when the listing fits on one page. */
  range: string;
  /** The label of each page number in the navigation, in the order of `model.nav` (null for a gap). */
  navLabels: (string | null)[];
}

/** The formatted words of one page of the sources listing. */
export function sourcesPageText(model: SourcesPageModel, locale: Locale): SourcesPageText {
  const n = (value: number) => formatNumber(value, locale);
  const title = t(locale, "sources.title");
  return {
    title: model.pageCount > 1 && model.page > 1 ? `${title} — ${t(locale, "sources.page-of", { page: n(model.page), pages: n(model.pageCount) })}` : title,
    listHeading: `${t(locale, "sources.list")} (${n(model.total)})`,
    range: model.pageCount > 1 ? t(locale, "sources.range", { from: n(model.from), to: n(model.to), total: n(model.total) }) : "",
    navLabels: model.nav.map((item) => (item === null ? null : n(item.page))),
  };
}
