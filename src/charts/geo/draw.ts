// Draws the regional map two ways from the same rows: the real map of Morocco (wide screens,
// exports) and a tile grid of the 12 regions (phones, where the northern regions would be too
// small to read or tap). Each region is one shape in a <g class="map-shape" data-region=…>,
// which the page later wraps in a link (see links.ts).
import { moroccoGeo, moroccoGeoAt } from "./morocco";
import { fitToWidth } from "./projection";
import { svgEl, wrapWords, addLines, textWidth, bidiText } from "../kit/svg";
import { officeStatuses, statusFill, statusOpacity, type RegionOfficeRow } from "./offices";
import { fontSizeFor } from "../kit/plotStyle";
import { cssVar } from "../../core/theme/tokens";
import { t, formatNumber } from "../../core/i18n";
import type { Locale } from "../../core/i18n/locales";

/** Width below which the tile grid replaces the real map. */
export const TILE_GRID_MAX_WIDTH = 480;

/** Tile positions (column, row; north at the top), 4 × 7, adapted from the layout in the geodata notes. */
export const tilePositions: Record<string, [number, number]> = {
  "MA-01": [2, 0],
  "MA-04": [1, 1],
  "MA-03": [2, 1],
  "MA-02": [3, 1],
  "MA-06": [0, 2],
  "MA-05": [1, 2],
  "MA-08": [2, 2],
  "MA-07": [0, 3],
  "MA-09": [1, 3],
  "MA-10": [1, 4],
  "MA-11": [0, 5],
  "MA-12": [0, 6],
};

/** Capitals whose label goes to the left of the dot: off the right edge (Oujda), or into the sea (Rabat, Casablanca) where it cannot collide. */
const labelLeft = new Set(["MA-02", "MA-04", "MA-06"]);

function fontFamily(locale: Locale): string {
  return locale === "ar" ? "var(--font-ar, 'Noto Sans Arabic', sans-serif)" : "var(--font-sans, 'Noto Sans', sans-serif)";
}

function rootSvg(document: Document, locale: Locale, width: number, height: number, kind: string): SVGElement {
  const fontSize = fontSizeFor(width);
  return svgEl(document, "svg", {
    class: `region-map region-map-${kind}`,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": fontFamily(locale),
    "font-size": fontSize,
    style: `font-family:${fontFamily(locale)};font-size:${fontSize}px;color:${cssVar("text")};overflow:visible`,
  });
}

function shapeGroup(document: Document, row: RegionOfficeRow, locale: Locale): SVGElement {
  return svgEl(document, "g", {
    class: "map-shape",
    "data-region": row.code,
    "data-status": row.status,
    "data-name": row.name[locale],
    "data-status-label": t(locale, `map.status.${row.status}`),
  });
}

/** The OpenStreetMap credit in lines that fit the map's width at the chart font size (never below 12 px). */
function creditLines(locale: Locale, width: number): string[] {
  return wrapWords(t(locale, "map.credit"), width - 8, fontSizeFor(width));
}

/** Writes the OpenStreetMap credit along the bottom edge, so every copy of the map (embed, PNG) carries it. */
function drawCredit(document: Document, svg: SVGElement, locale: Locale, width: number, bottom: number): void {
  const rtl = locale === "ar";
  const fontSize = fontSizeFor(width);
  const lines = creditLines(locale, width);
  const lineHeight = Math.round(fontSize * 1.25);
  const x = rtl ? width - 2 : 2;
  const credit = svgEl(document, "text", {
    class: "map-credit-svg",
    x,
    y: bottom - (lines.length - 1) * lineHeight,
    "text-anchor": rtl ? "end" : "start",
    "font-size": fontSize,
    fill: cssVar("muted"),
  });
  addLines(
    document,
    credit,
    lines.map((line) => bidiText(line, locale)),
    x,
    lineHeight,
  );
  svg.appendChild(credit);
}

/** Room kept under a map for its credit lines. */
function creditHeight(locale: Locale, width: number): number {
  return creditLines(locale, width).length * Math.round(fontSizeFor(width) * 1.25) + 6;
}

/** Draws the legend (statuses present in the rows) with its top-left corner at x, y; returns its height. */
function drawLegend(
  document: Document,
  parent: SVGElement,
  rows: RegionOfficeRow[],
  locale: Locale,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
): number {
  const g = svgEl(document, "g", { class: "map-legend", "aria-hidden": "true" });
  const lineHeight = Math.round(fontSize * 1.3);
  const rtl = locale === "ar";
  const swatch = fontSize;
  const title = svgEl(document, "text", {
    x: rtl ? x + maxWidth : x,
    y: y + fontSize,
    "font-weight": 700,
    "text-anchor": rtl ? "end" : "start",
    fill: cssVar("text"),
  });
  title.textContent = bidiText(t(locale, "map.legend"), locale);
  g.appendChild(title);
  let cursor = y + fontSize + lineHeight * 0.6;
  for (const status of officeStatuses) {
    const count = rows.filter((r) => r.status === status).length;
    if (count === 0) continue;
    const label = `${t(locale, `map.status.${status}`)} (${formatNumber(count, locale)})`;
    const lines = wrapWords(label, maxWidth - swatch - 6, fontSize);
    const sx = rtl ? x + maxWidth - swatch : x;
    g.appendChild(
      svgEl(document, "rect", {
        x: sx,
        y: cursor + 2,
        width: swatch,
        height: swatch,
        rx: 2,
        fill: statusFill[status],
        "fill-opacity": statusOpacity[status],
        stroke: cssVar("muted"),
        "stroke-width": 0.5,
      }),
    );
    const tx = rtl ? sx - 6 : sx + swatch + 6;
    const text = svgEl(document, "text", { x: tx, y: cursor + fontSize, "text-anchor": rtl ? "end" : "start", fill: cssVar("text") });
    addLines(
      document,
      text,
      lines.map((l) => bidiText(l, locale)),
      tx,
      lineHeight,
    );
    g.appendChild(text);
    cursor += lines.length * lineHeight + 6;
  }
  parent.appendChild(g);
  return cursor - y;
}

/** Projected path data per width, computed once: every locale and every copy of the map share it. */
const layersByWidth = new Map<
  number,
  { regions: Map<string, string>; provinces: string; outline: string; height: number; project: (lonLat: [number, number]) => [number, number] | null }
>();

function geoLayers(width: number) {
  const hit = layersByWidth.get(width);
  if (hit) return hit;
  const { pathData, projection, height, pixelsPerDegree } = fitToWidth(moroccoGeo().outline, width);
  const geo = moroccoGeoAt(pixelsPerDegree);
  const layers = {
    regions: new Map(geo.regions.features.map((f) => [f.properties.code, pathData(f)])),
    provinces: pathData(geo.provinceBorders),
    outline: pathData(geo.outline),
    height,
    project: (lonLat: [number, number]) => projection(lonLat),
  };
  layersByWidth.set(width, layers);
  return layers;
}

/** The real map: regions coloured by office status, provinces as a fine layer, capitals labelled. */
export function drawRegionMap(rows: RegionOfficeRow[], locale: Locale, width: number, document: Document): SVGElement {
  const layers = geoLayers(width);
  const mapHeight = layers.height;
  const height = mapHeight + creditHeight(locale, width);
  const fontSize = fontSizeFor(width);
  const svg = rootSvg(document, locale, width, height, "geo");
  const shapes = svgEl(document, "g", { class: "map-shapes" });
  for (const row of rows) {
    const d = layers.regions.get(row.code);
    if (!d) throw new Error(`Region ${row.code} is not in the map file`);
    const group = shapeGroup(document, row, locale);
    group.appendChild(
      svgEl(document, "path", {
        class: "map-region",
        d,
        fill: statusFill[row.status],
        "fill-opacity": statusOpacity[row.status],
        stroke: cssVar("bg"),
        "stroke-width": 1.5,
        "stroke-linejoin": "round",
      }),
    );
    shapes.appendChild(group);
  }
  svg.appendChild(shapes);
  // Province borders are a faint second layer: they show the region is made of provinces without competing.
  svg.appendChild(
    svgEl(document, "path", {
      class: "map-provinces",
      d: layers.provinces,
      fill: "none",
      stroke: cssVar("bg"),
      "stroke-width": 0.4,
      "stroke-opacity": 0.45,
      "pointer-events": "none",
      "aria-hidden": "true",
    }),
  );
  svg.appendChild(
    svgEl(document, "path", {
      class: "map-outline",
      d: layers.outline,
      fill: "none",
      stroke: cssVar("muted"),
      "stroke-width": 0.75,
      "pointer-events": "none",
      "aria-hidden": "true",
    }),
  );
  // The focused or hovered region is redrawn here by the page script, on top of its neighbours.
  svg.appendChild(
    svgEl(document, "path", {
      class: "map-highlight",
      d: "",
      fill: "none",
      stroke: cssVar("focus"),
      "stroke-width": 3,
      "pointer-events": "none",
      "aria-hidden": "true",
    }),
  );
  const labels = svgEl(document, "g", { class: "map-labels", "pointer-events": "none", "aria-hidden": "true" });
  for (const row of rows) {
    const point = layers.project(row.capitalLonLat);
    if (!point) continue;
    const [px, py] = point.map((n) => Math.round(n * 10) / 10);
    labels.appendChild(svgEl(document, "circle", { cx: px, cy: py, r: 2.5, fill: cssVar("text"), stroke: cssVar("bg"), "stroke-width": 1 }));
    const left = labelLeft.has(row.code);
    const label = svgEl(document, "text", {
      x: left ? px - 5 : px + 5,
      y: py + fontSize * 0.35,
      "text-anchor": left ? "end" : "start",
      fill: cssVar("text"),
      stroke: cssVar("bg"),
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "paint-order": "stroke",
    });
    label.textContent = row.capital[locale];
    labels.appendChild(label);
  }
  svg.appendChild(labels);
  // The lower right of the frame is empty (east of the southern regions): the legend sits there.
  const legendWidth = Math.round(width * 0.4);
  drawLegend(document, svg, rows, locale, width - legendWidth - 4, Math.round(mapHeight * 0.72), legendWidth, fontSize);
  drawCredit(document, svg, locale, width, height - 4);
  return svg;
}

/** The tile grid: one equal tile per region, named after its capital, coloured by office status. */
export function drawTileGrid(rows: RegionOfficeRow[], locale: Locale, width: number, document: Document): SVGElement {
  const fontSize = fontSizeFor(width);
  const gap = 4;
  const tile = Math.floor((width - 3 * gap) / 4);
  const tileHeight = Math.round(tile * 0.72);
  const gridHeight = 7 * tileHeight + 6 * gap;
  const height = gridHeight + creditHeight(locale, width);
  const svg = rootSvg(document, locale, width, height, "tiles");
  const shapes = svgEl(document, "g", { class: "map-shapes" });
  for (const row of rows) {
    const [col, line] = tilePositions[row.code] ?? [0, 0];
    const x = col * (tile + gap);
    const y = line * (tileHeight + gap);
    const group = shapeGroup(document, row, locale);
    group.appendChild(
      svgEl(document, "rect", {
        class: "map-region",
        x,
        y,
        width: tile,
        height: tileHeight,
        rx: 4,
        fill: statusFill[row.status],
        "fill-opacity": statusOpacity[row.status],
        stroke: cssVar("bg"),
        "stroke-width": 1,
      }),
    );
    const name = row.capital[locale];
    const lines = textWidth(name, fontSize) > tile - 8 ? wrapWords(name, tile - 8, fontSize) : [name];
    const lineHeight = Math.round(fontSize * 1.2);
    const text = svgEl(document, "text", {
      x: x + tile / 2,
      y: y + tileHeight / 2 + fontSize * 0.35 - ((lines.length - 1) * lineHeight) / 2,
      "text-anchor": "middle",
      fill: cssVar("text"),
      stroke: cssVar("bg"),
      "stroke-width": 3,
      "stroke-linejoin": "round",
      "paint-order": "stroke",
      "pointer-events": "none",
      "aria-hidden": "true",
    });
    addLines(document, text, lines, x + tile / 2, lineHeight);
    group.appendChild(text);
    shapes.appendChild(group);
  }
  svg.appendChild(shapes);
  // The two lower-right columns are empty below Drâa-Tafilalet: the legend fits there.
  const legendX = 2 * (tile + gap);
  drawLegend(document, svg, rows, locale, legendX, 3 * (tileHeight + gap) + gap, width - legendX, fontSize);
  drawCredit(document, svg, locale, width, height - 4);
  return svg;
}
