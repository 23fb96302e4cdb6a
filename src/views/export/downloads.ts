// The text downloads made for every chart and locale: CSV (exactly the numbers drawn, plus each
// row's sources; a standard and a French-Excel dialect), JSON (the same with metadata) and oEmbed. PNG and SVG come from ./standalone and ./rasterize.
import type { FigureModel } from "../../charts/figure";
import { t, type Locale } from "../../core/i18n";
import { absoluteUrl, basePath, chartPageUrl, downloadUrl, embedUrl, fallbackHeight, iframeSnippet, storyUrl } from "./embed";
import { loadData, type Datasets } from "../../data";
import { downloadTable } from "./chart-data";
import { csvDocument, CSV_STANDARD, type CsvDialect } from "./csv";
import { standaloneSvg, svgHeight, EXPORT_WIDTH } from "./standalone";
import { DATA_PACKAGE_DIR, DATA_PACKAGE_FILE } from "./datapackage";

/** Pixel scale of PNG downloads (2× for sharp print and retina screens). */
export const PNG_SCALE = 2;

/** The columns added to every CSV row: that row's own source ids, the data date and the credit line. */
export const CSV_SOURCE_COLUMN = "source_ids";
export const CSV_DATE_COLUMN = "data_as_of";
export const CSV_CREDIT_COLUMN = "credit";

/** The credit line every download carries: the site's name, and its address when the build knows it. */
export function creditLine(locale: Locale, site: URL | string | undefined): string {
  return site ? `${t(locale, "site.name")} — ${absoluteUrl(basePath(), site)}` : t(locale, "site.name");
}

/**
 * CSV of the figure's data: the table's columns with plain numbers and ISO dates, then each row's
 * own source ids (data/sources.csv, separated by "|"), the data date (ISO) and the credit line.
 * `dialect` CSV_EXCEL_FR gives the ";" and decimal-comma file French Excel opens in columns.
 */
export function figureCsv(
  figure: FigureModel,
  locale: Locale,
  site: URL | string | undefined,
  dialect: CsvDialect = CSV_STANDARD,
  data: Datasets = loadData(),
): string {
  const table = downloadTable(figure, data);
  const credit = creditLine(locale, site);
  return csvDocument(
    [
      [...table.columns, CSV_SOURCE_COLUMN, CSV_DATE_COLUMN, CSV_CREDIT_COLUMN],
      ...table.rows.map((row) => [...row.cells, row.sourceIds.join("|"), figure.dataAsOf || null, credit]),
    ],
    dialect,
  );
}

/** Size in px of the PNG download of a figure (the standalone SVG at PNG_SCALE). */
export function pngSize(figure: FigureModel, locale: Locale, siteHost: string): { width: number; height: number } {
  const svg = standaloneSvg(figure, locale, "light", siteHost);
  return { width: EXPORT_WIDTH * PNG_SCALE, height: svgHeight(svg) * PNG_SCALE };
}

/** Size in px of the PNG download of a figure on the site at `site` (Astro.site; its host is in the credit). */
export function sitePngSize(figure: FigureModel, locale: Locale, site: URL | string | undefined): { width: number; height: number } {
  return pngSize(figure, locale, site ? new URL(site).host : "");
}

/** One link of a figure's "Télécharger" control. */
export interface DownloadLink {
  href: string;
  label: string;
  kind: string;
  /** Pixel size, for the PNGs. */
  size?: { width: number; height: number };
}

/** The "Télécharger" links of a figure: its data (CSV, CSV for French Excel, JSON), its image (SVG,
 * PNG light and dark, with their pixel size) and the whole data package. */
export function figureDownloadLinks(figure: FigureModel, locale: Locale, site: URL | string | undefined): DownloadLink[] {
  const size = sitePngSize(figure, locale, site);
  const link = (kind: Parameters<typeof downloadUrl>[2], key: Parameters<typeof t>[1]): DownloadLink => ({
    href: downloadUrl(figure.id, locale, kind),
    label: t(locale, key),
    kind,
  });
  const png = (kind: "png-light" | "png-dark"): DownloadLink => ({
    ...link(kind, `embed.${kind}`),
    label: `${t(locale, `embed.${kind}`)} (${t(locale, "embed.size", size)})`,
    size,
  });
  return [
    link("csv", "embed.csv"),
    link("csv-excel-fr", "embed.csv-excel-fr"),
    link("json", "embed.json"),
    link("svg", "embed.svg"),
    png("png-light"),
    png("png-dark"),
    { href: `${basePath()}${DATA_PACKAGE_DIR}/${DATA_PACKAGE_FILE}`, label: t(locale, "embed.datapackage"), kind: "datapackage" },
  ];
}

/** The JSON download: table, sources, text and every address of the chart. */
export function figureJson(figure: FigureModel, locale: Locale, site: URL | string | undefined, data: Datasets = loadData()): string {
  const table = downloadTable(figure, data);
  const abs = (path: string) => absoluteUrl(path, site);
  const size = sitePngSize(figure, locale, site);
  return JSON.stringify(
    {
      id: figure.id,
      locale,
      title: figure.title,
      description: figure.dek,
      notes: figure.notes ?? null,
      alt: figure.alt,
      data_as_of: figure.dataAsOf || null,
      credit: creditLine(locale, site),
      columns: table.columns,
      rows: table.rows.map((r) => r.cells),
      /** Per row (same order as `rows`): the ids of the sources behind that row. */
      row_source_ids: table.rows.map((r) => r.sourceIds),
      sources: figure.sources.map((s) => ({ id: s.source_id, title: s.title, publisher: s.publisher, url: s.url, published_on: s.published_on || null })),
      links: {
        story: abs(storyUrl(figure.id, locale)),
        chart_page: abs(chartPageUrl(figure.id, locale)),
        embed: abs(embedUrl(figure.id, locale)),
        csv: abs(downloadUrl(figure.id, locale, "csv")),
        csv_excel_fr: abs(downloadUrl(figure.id, locale, "csv-excel-fr")),
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
  const size = sitePngSize(figure, locale, site);
  return JSON.stringify({
    version: "1.0",
    type: "rich",
    title: figure.title,
    provider_name: t(locale, "site.name"),
    provider_url: abs(chartPageUrl(figure.id, locale).replace(/graphiques\/.*$/, "")),
    html: iframeSnippet(figure, locale, site),
    width: EXPORT_WIDTH,
    height: fallbackHeight(figure, locale),
    thumbnail_url: abs(downloadUrl(figure.id, locale, "png-light")),
    thumbnail_width: size.width,
    thumbnail_height: size.height,
  });
}
