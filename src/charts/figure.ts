// Everything a figure shows for one chart in one locale, computed once from the chart definition:
// the article, the embed and the exports all read this.
import { chartById } from "./registry";
import { renderChart } from "./kit/ssr";
import { chartText, type ChartTable, type PlacedPoint } from "./kit/types";
import type { Datasets, Source } from "../data/schema";
import { latestRelease } from "../data/derive";
import type { Locale } from "../core/i18n/locales";

/**
 * Widths a chart is drawn at: one for phones, one for wider screens. The phone drawing is shown at
 * the content width of a 360 px screen (about 328 px) and up, so it is drawn a little narrower than
 * that: its 12 px text is then never shown below 12 px at 360 px (tests/e2e/label-fit.test.ts).
 */
export const CHART_WIDTHS = { narrow: 320, wide: 720 } as const;

/** A figure ready to print in a page. */
export interface FigureModel {
  id: string;
  title: string;
  dek: string;
  notes?: string;
  alt: string;
  svg: { narrow: string; wide: string };
  /** The wide drawing's size, when it is one <svg>: pages hold its place with an empty SVG of that size and fetch it on wide screens. */
  wideSize: { width: number; height: number } | null;
  /** The phone drawing's size, likewise (the chart gallery fetches its later thumbnails). */
  narrowSize: { width: number; height: number } | null;
  /** Tooltip points per width, in SVG user units, for the browser enhancement. */
  points: { narrow: PlacedPoint[]; wide: PlacedPoint[] };
  table: ChartTable;
  sources: Source[];
  dataAsOf: string;
  mirror: boolean;
  /** True when an editor's alt text replaced the drafted one. */
  altEdited: boolean;
}

/** Builds the figure model for chart `id` in `locale` from validated data. */
export function buildFigure(id: string, locale: Locale, data: Datasets): FigureModel {
  const chart = chartById(id);
  const rows = chart.select(data);
  const ids = chart.sources(rows);
  const sources = ids.map((sid) => {
    const source = data.sources.find((s) => s.source_id === sid);
    if (!source) throw new Error(`Chart ${id} cites unknown source ${sid}`);
    return source;
  });
  const narrow = renderChart(chart, rows, locale, CHART_WIDTHS.narrow);
  const wide = renderChart(chart, rows, locale, CHART_WIDTHS.wide);
  const edited = chart.altOverride?.[locale]?.trim();
  return {
    id,
    title: chartText(chart.title, rows, locale),
    dek: chartText(chart.dek, rows, locale),
    notes: [chartText(chart.notes, rows, locale), chart.notesFrom?.(rows, locale)].filter(Boolean).join(" ") || undefined,
    alt: edited || chart.describe(rows, locale),
    svg: { narrow: narrow.svg, wide: wide.svg },
    wideSize: wide.size,
    narrowSize: narrow.size,
    points: { narrow: narrow.points, wide: wide.points },
    table: chart.table(rows, locale),
    sources,
    dataAsOf: latestRelease(data.releases)?.published_on ?? "",
    mirror: chart.rtl.mirror,
    altEdited: Boolean(edited),
  };
}
