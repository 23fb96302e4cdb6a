// The social-preview image of each region's page, per locale: /regions/ma-06/og.png, /ar/regions/ma-06/og.png, …
import type { APIRoute, GetStaticPaths } from "astro";
import { loadData } from "../../../../data";
import { regionCodes, regionPageView } from "../../../../views/pages/region";
import { regionSlug } from "../../../../charts/geo/offices";
import { regionOgSvg } from "../../../../views/pages/og";
import { svgToPng } from "../../../../views/export/rasterize";
import { OG_SIZE } from "../../../../views/export/standalone";
import { tokens } from "../../../../core/theme/tokens";
import { locales, localeParam, type Locale } from "../../../../core/i18n";

export const getStaticPaths: GetStaticPaths = () => {
  const codes = regionCodes(loadData());
  return locales.flatMap((locale) => codes.map((code) => ({ params: { lang: localeParam(locale), code: regionSlug(code) }, props: { locale, code } })));
};

export const GET: APIRoute = ({ props }) => {
  const { locale, code } = props as { locale: Locale; code: string };
  const view = regionPageView(loadData(), locale, code);
  const png = svgToPng(regionOgSvg(view, locale), { width: OG_SIZE.width, background: tokens.light.bg });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
