// A chart's page parts, per locale (see figurePartsUrl): the wide drawing and the tooltip points of
// both drawings, which the page's script fetches when a wide screen shows the chart or a reader
// first points at it. Same figure model as the page, so the parts always match its drawing.
import type { APIRoute, GetStaticPaths } from "astro";
import { charts } from "../../../charts/registry";
import { locales, type Locale } from "../../../core/i18n";
import { figureFor } from "../../../views/export/figures";
import { figureParts } from "../../../views/export/parts";

export const getStaticPaths: GetStaticPaths = () => charts.flatMap((chart) => locales.map((locale) => ({ params: { id: chart.id, locale } })));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(figureParts(figureFor(params.id!, params.locale as Locale))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
