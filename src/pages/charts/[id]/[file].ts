// Static downloads for every chart and locale, written at build time under /charts/<id>/:
// <id>.<locale>.csv|excel-fr.csv|json|svg, <id>.<locale>.light|dark.png (2×), oembed.<locale>.json, og.<locale>.png.
import type { APIRoute, GetStaticPaths } from "astro";
import { charts } from "../../../charts/registry";
import { locales, t, type Locale } from "../../../core/i18n";
import { figureFor } from "../../../views/export/figures";
import { CSV_EXCEL_FR } from "../../../views/export/csv";
import { figureCsv, figureJson, figureOembed, PNG_SCALE } from "../../../views/export/downloads";
import { standaloneSvg, ogImageSvg, EXPORT_WIDTH, OG_SIZE } from "../../../views/export/standalone";
import { svgToPngInPool } from "../../../views/export/png-pool";
import { tokens } from "../../../core/theme/tokens";
import { downloadFile, type DownloadKind } from "../../../views/export/embed";

const KINDS: DownloadKind[] = ["csv", "csv-excel-fr", "json", "svg", "png-light", "png-dark", "oembed", "og"];

export const getStaticPaths: GetStaticPaths = () =>
  charts.flatMap((chart) =>
    locales.flatMap((locale) => KINDS.map((kind) => ({ params: { id: chart.id, file: downloadFile(chart.id, locale, kind) }, props: { locale, kind } }))),
  );

type PngKind = "png-light" | "png-dark" | "og";
let pngs: Map<string, Promise<Uint8Array>> | undefined;

/** Queues every PNG of the build at the first request, so worker threads render them in parallel. */
function pngFor(id: string, locale: Locale, kind: PngKind, host: string): Promise<Uint8Array> {
  if (!pngs) {
    pngs = new Map();
    for (const chart of charts) {
      for (const l of locales) {
        const figure = figureFor(chart.id, l);
        for (const theme of ["light", "dark"] as const) {
          const svg = standaloneSvg(figure, l, theme, host);
          pngs.set(`${chart.id}:${l}:png-${theme}`, svgToPngInPool(svg, { width: EXPORT_WIDTH * PNG_SCALE, background: tokens[theme].bg }));
        }
        pngs.set(`${chart.id}:${l}:og`, svgToPngInPool(ogImageSvg(figure, l, t(l, "site.name")), { width: OG_SIZE.width }));
      }
    }
  }
  const png = pngs.get(`${id}:${locale}:${kind}`);
  if (!png) throw new Error(`No PNG queued for ${id} ${locale} ${kind}`);
  return png;
}

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
};

export const GET: APIRoute = async ({ params, props, site }) => {
  const { locale, kind } = props as { locale: Locale; kind: DownloadKind };
  const figure = figureFor(params.id!, locale);
  // The credit line under images names the site's host, or none when SITE_URL was not set.
  const host = site ? new URL(site).host : "";
  const respond = (body: string | Uint8Array, type: string) => new Response(body as BodyInit, { headers: { "Content-Type": TYPES[type] } });
  switch (kind) {
    case "csv":
      return respond(figureCsv(figure, locale, site), "csv");
    case "csv-excel-fr":
      return respond(figureCsv(figure, locale, site, CSV_EXCEL_FR), "csv");
    case "json":
      return respond(figureJson(figure, locale, site), "json");
    case "oembed":
      return respond(figureOembed(figure, locale, site), "json");
    case "svg":
      return respond(standaloneSvg(figure, locale, "light", host), "svg");
    case "png-light":
    case "png-dark":
    case "og":
      return respond(await pngFor(params.id!, locale, kind, host), "png");
  }
};
