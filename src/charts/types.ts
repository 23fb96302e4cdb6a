import type { Datasets } from "../lib/data/schema";
import type { Locale, LocalizedText } from "../i18n/locales";

/** Everything a render needs: the page's locale, the width to draw at and a DOM document. */
export interface RenderContext {
  locale: Locale;
  width: number;
  document: Document;
}

/** The data table shown under a chart: exactly the numbers drawn. */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** One chart, defined once: the article, the embed, the exports and the tests all use it. */
export interface ChartDefinition<Rows = unknown> {
  id: string;
  title: LocalizedText;
  dek: LocalizedText;
  notes?: LocalizedText;
  /** Whether the chart mirrors in Arabic, and why: an editorial choice written down. */
  rtl: { mirror: boolean; why: string };
  /** Pure: validated data → the rows this chart draws. */
  select(data: Datasets): Rows;
  /** The ids of data/sources.csv rows behind the rows drawn. */
  sources(rows: Rows): string[];
  /** The data table, in the page's language. */
  table(rows: Rows, locale: Locale): ChartTable;
  /** Alt text drafted from the data in the page's language. */
  describe(rows: Rows, locale: Locale): string;
  /** Draws the chart as an SVG (or a figure wrapping one) in the given document. */
  render(rows: Rows, ctx: RenderContext): Element;
}

/** Identity helper that keeps a chart definition's row type. */
export function defineChart<Rows>(definition: ChartDefinition<Rows>): ChartDefinition<Rows> {
  return definition;
}
