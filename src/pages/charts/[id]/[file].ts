// Static downloads for every chart and locale, written at build time under /charts/<id>/:
// <id>.<locale>.csv|json|svg, <id>.<locale>.light|dark.png (2×), oembed.<locale>.json, og.<locale>.png.
import type { APIRoute, GetStaticPaths } from "astro";
import { charts } from "../../../charts/registry";
import { locales, t, type Locale } from "../../../i18n";
import { figureFor } from "../../../lib/export/figures";
import { figureCsv, figureJson, figureOembed, PNG_SCALE } from "../../../lib/export/downloads";
import { standaloneSvg, ogImageSvg, EXPORT_WIDTH, OG_SIZE } from "../../../lib/export/standalone";
import { svgToPng } from "../../../lib/export/rasterize";
import { tokens } from "../../../lib/theme/tokens";
import { downloadFile, type DownloadKind } from "../../../lib/view/embed";

const KINDS: DownloadKind[] = ["csv", "json", "svg", "png-light", "png-dark", "oembed", "og"];

export const getStaticPaths: GetStaticPaths = () =>
  charts.flatMap((chart) =>
    locales.flatMap((locale) => KINDS.map((kind) => ({ params: { id: chart.id, file: downloadFile(chart.id, locale, kind) }, props: { locale, kind } }))),
  );

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
};

export const GET: APIRoute = ({ params, props, site }) => {
  const { locale, kind } = props as { locale: Locale; kind: DownloadKind };
  const figure = figureFor(params.id!, locale);
  const host = new URL(site ?? "http://localhost/").host;
  const respond = (body: BodyInit, type: string) => new Response(body, { headers: { "Content-Type": TYPES[type] } });
  switch (kind) {
    case "csv":
      return respond(figureCsv(figure), "csv");
    case "json":
      return respond(figureJson(figure, locale, site), "json");
    case "oembed":
      return respond(figureOembed(figure, locale, site), "json");
    case "svg":
      return respond(standaloneSvg(figure, locale, "light", host), "svg");
    case "png-light":
    case "png-dark": {
      const theme = kind === "png-light" ? "light" : "dark";
      const png = svgToPng(standaloneSvg(figure, locale, theme, host), { width: EXPORT_WIDTH * PNG_SCALE, background: tokens[theme].bg });
      return respond(new Uint8Array(png), "png");
    }
    case "og":
      return respond(new Uint8Array(svgToPng(ogImageSvg(figure, locale, t(locale, "site.name")), { width: OG_SIZE.width })), "png");
  }
};
