import type { Datasets } from "../../data/schema";
import type { Locale, LocalizedText } from "../../core/i18n/locales";
import { t, type StringKey } from "../../core/i18n";

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

/**
 * A point a reader can reach with the pointer or the arrow keys. `x`/`y` are data values in the
 * chart's scales (or pixels when the chart uses identity scales); `fx`/`fy` name the facet panel.
 * `label` is the full tooltip text in the page's language, announced to screen readers as is.
 */
export interface ChartPoint {
  x: number | string | Date;
  y: number | string | Date;
  fx?: number | string;
  fy?: number | string;
  label: string;
}

/** A tooltip point placed in SVG user units, as the browser script reads it. */
export interface PlacedPoint {
  x: number;
  y: number;
  label: string;
}

/**
 * Reader-facing chart copy: a key of the string tables (fixed text), or text computed from the rows
 * the chart draws (so a figure in the copy follows the data when it is republished). Read it with chartText.
 */
export type ChartCopy<Rows> = StringKey | ((rows: Rows, locale: Locale) => string);

/** The copy in `locale`: computed from `rows` when the chart computes it, else the fixed text. */
export function chartText<Rows>(copy: ChartCopy<Rows>, rows: Rows, locale: Locale): string;
export function chartText<Rows>(copy: ChartCopy<Rows> | undefined, rows: Rows, locale: Locale): string | undefined;
export function chartText<Rows>(copy: ChartCopy<Rows> | undefined, rows: Rows, locale: Locale): string | undefined {
  if (copy === undefined) return undefined;
  return typeof copy === "function" ? copy(rows, locale) : t(locale, copy);
}

/** One chart, defined once: the article, the embed, the exports and the tests all use it. */
export interface ChartDefinition<Rows = unknown> {
  id: string;
  /** Title, dek and notes: fixed text or computed from the rows (see ChartCopy). */
  title: ChartCopy<Rows>;
  dek: ChartCopy<Rows>;
  notes?: ChartCopy<Rows>;
  /** Notes that quote the data (e.g. a sum), appended to `notes`; drafted in the page's language. */
  notesFrom?(rows: Rows, locale: Locale): string;
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
  /**
   * Alt text written by an editor, per language; where set it replaces the drafted text for that
   * language (buildFigure reads it). Leave unset to use describe(). Keep it true to the data.
   */
  altOverride?: Partial<LocalizedText>;
  /** The points the keyboard and pointer tooltip visits, in reading order, for the width drawn. */
  points?(rows: Rows, locale: Locale, width: number): ChartPoint[];
  /** Draws the chart as an SVG (or a figure wrapping one) in the given document. */
  render(rows: Rows, ctx: RenderContext): Element;
}

/** A data row that names the sources.csv rows behind it. */
interface SourcedRow {
  source_ids: string[];
}

/** A chart as its file writes it: `sources` may be left out when the rows are a list of sourced rows. */
export type ChartSpec<Rows> = Omit<ChartDefinition<Rows>, "sources"> &
  (Rows extends SourcedRow[] ? Partial<Pick<ChartDefinition<Rows>, "sources">> : Pick<ChartDefinition<Rows>, "sources">);

/** A chart definition from its file's spec; by default the sources are those of its rows, first seen first. */
export function defineChart<Rows>(spec: ChartSpec<Rows>): ChartDefinition<Rows> {
  const own = (spec as Partial<Pick<ChartDefinition<Rows>, "sources">>).sources;
  const sources = own ?? ((rows: Rows) => [...new Set((rows as SourcedRow[]).flatMap((row) => row.source_ids))]);
  return { ...spec, sources } as ChartDefinition<Rows>;
}
