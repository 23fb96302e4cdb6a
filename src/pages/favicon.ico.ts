// /favicon.ico, drawn from public/favicon.svg at build time: every page links the SVG icon, but some
// browsers and tools still ask for /favicon.ico, and a 404 there is an error in their console.
import type { APIRoute } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { svgToPng } from "../views/export/rasterize";
import { pngToIco } from "../views/export/ico";

export const GET: APIRoute = () => {
  const svg = readFileSync(join(process.cwd(), "public", "favicon.svg"), "utf8");
  const png = svgToPng(svg, { width: 32 });
  return new Response(pngToIco(png, 32) as BodyInit, { headers: { "Content-Type": "image/x-icon" } });
};
