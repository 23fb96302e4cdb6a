// The text downloads made for every chart and locale: CSV (exactly the numbers drawn, plus their
// sources), JSON (the same with metadata) and oEmbed. PNG and SVG come from ./standalone and ./rasterize.
import type { FigureModel } from "../../charts/figure";
import { t, type Locale } from "../../i18n";
import { absoluteUrl, chartPageUrl, downloadUrl, embedUrl, fallbackHeight, iframeSnippet, storyUrl } from "../view/embed";
import { standaloneSvg, svgHeight, EXPORT_WIDTH } from "./standalone";

/** Pixel scale of PNG downloads (2× for sharp print and retina screens). */
export const PNG_SCALE = 2;

/** Quotes one CSV cell (RFC 4180): numbers as written by JavaScript, with "." as decimal point. */
function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The column added to every CSV row: ids of the sources behind the chart (see the JSON for details). */
export const CSV_SOURCE_COLUMN = "source_ids";

/**
 * CSV of the figure's data table: the same columns and values as the table under the chart
 * (empty cell = unknown), plus a last column with the chart's source ids (data/sources.csv).
 */
export function figureCsv(figure: FigureModel): string {
  const ids = figure.sources.map((s) => s.source_id).join("|");
  const lines = [[...figure.table.columns, CSV_SOURCE_COLUMN].map(csvCell).join(",")];
  for (const row of figure.table.rows) lines.push([...row, ids].map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Size in px of the PNG download of a figure (the standalone SVG at PNG_SCALE). */
export function pngSize(figure: FigureModel, locale: Locale, siteHost: string): { width: number; height: number } {
  const svg = standaloneSvg(figure, locale, "light", siteHost);
  return { width: EXPORT_WIDTH * PNG_SCALE, height: svgHeight(svg) * PNG_SCALE };
}

/** The JSON download: table, sources, text and every address of the chart. */
export function figureJson(figure: FigureModel, locale: Locale, site: URL | string | undefined): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const host = new URL(abs("/")).host;
  const size = pngSize(figure, locale, host);
  return JSON.stringify(
    {
      id: figure.id,
      locale,
      title: figure.title,
      description: figure.dek,
      notes: figure.notes ?? null,
      alt: figure.alt,
      data_as_of: figure.dataAsOf || null,
      columns: figure.table.columns,
      rows: figure.table.rows,
      sources: figure.sources.map((s) => ({ id: s.source_id, title: s.title, publisher: s.publisher, url: s.url, published_on: s.published_on || null })),
      links: {
        story: abs(storyUrl(figure.id, locale)),
        chart_page: abs(chartPageUrl(figure.id, locale)),
        embed: abs(embedUrl(figure.id, locale)),
        csv: abs(downloadUrl(figure.id, locale, "csv")),
        svg: abs(downloadUrl(figure.id, locale, "svg")),
        png_light: abs(downloadUrl(figure.id, locale, "png-light")),
        png_dark: abs(downloadUrl(figure.id, locale, "png-dark")),
        oembed: abs(downloadUrl(figure.id, locale, "oembed")),
      },
      png: size,
    },
    null,
    2,
  );
}

/** oEmbed 1.0 "rich" response for the chart (a static file: https://oembed.com/#section2.3). */
export function figureOembed(figure: FigureModel, locale: Locale, site: URL | string | undefined): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const host = new URL(abs("/")).host;
  const size = pngSize(figure, locale, host);
  return JSON.stringify({
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: t(locale, "site.name"),
    provider_url: abs(chartPageUrl(figure.id, locale).replace(/graphiques\/.*$/, "")),
    html: iframeSnippet(figure, locale, site),
    width: EXPORT_WIDTH,
    height: fallbackHeight(figure),
    thumbnail_url: abs(downloadUrl(figure.id, locale, "png-light")),
    thumbnail_width: size.width,
    thumbnail_height: size.height,
  });
}
