// A small locator map: the whole country in a pale tone with one region highlighted.
import { parseHTML } from "linkedom";
import { moroccoGeo, moroccoGeoAt } from "./morocco";
import { fitToWidth } from "./projection";
import { svgEl } from "../kit/svg";
import { cssVar } from "../../core/theme/tokens";

/** The locator map of region `code` at `width` px, as SVG markup (decorative: the page names the region). */
export function locatorSvg(code: string, width: number, colours = { base: cssVar("surface"), border: cssVar("rule"), highlight: cssVar("accent") }): string {
  const { pathData, height, pixelsPerDegree } = fitToWidth(moroccoGeo().outline, width, 2);
  const geo = moroccoGeoAt(pixelsPerDegree);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const doc = document as unknown as Document;
  const svg = svgEl(doc, "svg", {
    xmlns: "http://www.w3.org/2000/svg",
    class: "region-locator",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "aria-hidden": "true",
    focusable: "false",
  });
  for (const feature of geo.regions.features) {
    const on = feature.properties.code === code;
    svg.appendChild(
      svgEl(doc, "path", {
        d: pathData(feature),
        fill: on ? colours.highlight : colours.base,
        stroke: on ? colours.highlight : colours.border,
        "stroke-width": 0.75,
        "stroke-linejoin": "round",
        "data-region": feature.properties.code,
        class: on ? "locator-on" : undefined,
      }),
    );
  }
  svg.appendChild(svgEl(doc, "path", { d: pathData(geo.outline), fill: "none", stroke: cssVar("muted"), "stroke-width": 0.75 }));
  return svg.outerHTML;
}
