// The words and numbers around a chart or map as a page prints them (the "data as of" line, the
// cells of the "show the data" table, an embed's short source line), so components only place them.
import type { Source } from "../../data/schema";
import { t, formatDate, formatNumber, type Locale } from "../../core/i18n";
import { colon } from "../../charts/kit/plotStyle";

/** "Données au 28 mai 2025" for the date of the figure's data, "" when it has none. */
export function dataAsOfText(dataAsOf: string, locale: Locale): string {
  return dataAsOf ? t(locale, "chart.data-as-of", { date: formatDate(dataAsOf, locale) }) : "";
}

/** A cell of a chart's data table: a number in the page's format (two decimals at most), text as it is, a dash for unknown (never zero). */
export function tableCellText(value: string | number | null, locale: Locale): string {
  return value === null ? "—" : typeof value === "number" ? formatNumber(value, locale, { maximumFractionDigits: 2 }) : value;
}

/** "Identifiant d'intégration : " before a chart's id, with the locale's colon. */
export function embedIdLabel(locale: Locale): string {
  return `${t(locale, "embed.embed-id")}${colon(locale)}`;
}

/** The most publishers an embed names before "and N more". */
const EMBED_PUBLISHERS = 3;

/** An embed's source line: "Sources : MAP · Médias24 · Le Matin", and how many more publishers the site lists. */
export function embedSourceLine(sources: Source[], locale: Locale): { text: string; hidden: number } {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const shown = publishers.slice(0, EMBED_PUBLISHERS);
  return {
    text: `${t(locale, sources.length > 1 ? "chart.sources" : "chart.source")}${colon(locale)}${shown.join(" · ")}`,
    hidden: publishers.length - shown.length,
  };
}
