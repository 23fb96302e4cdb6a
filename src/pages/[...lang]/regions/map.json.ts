// The regions page's real map, linked region by region, as JSON ({ wide }): the page fetches it on
// wide screens only (src/client/figure-parts.ts), so phones get the tile grid in one round trip.
import type { APIRoute } from "astro";
import { localePaths, type Locale } from "../../../core/i18n";
import { loadData } from "../../../data";
import { regionMapView } from "../../../views/pages/region";

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify({ wide: regionMapView(loadData(), locale).svg.wide }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
