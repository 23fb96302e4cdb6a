// Renders a chart definition to an SVG string at build time, with linkedom as the DOM, and places
// the tooltip points in SVG user units from the plot's own scales (so the browser needs no Plot).
import { parseHTML } from "linkedom";
import type { ChartDefinition, ChartPoint, PlacedPoint } from "./types";
import type { Locale } from "../../core/i18n/locales";
import { escapeAttributesForSerialization } from "./svg";

/** Rounds long decimals in SVG coordinates (Plot writes 258.42105263157896) to keep pages light and diffs stable. */
export function roundSvgNumbers(svg: string): string {
  // Only inside tags: text such as "7.092" (a grouped number in fr-MA) must stay as written.
  return svg.replace(/<[^>]+>/g, (tag) => tag.replace(/(\d+\.\d{2})\d+/g, "$1"));
}

/** A chart drawn at one width: its SVG markup and its tooltip points. */
export interface RenderedChart {
  svg: string;
  points: PlacedPoint[];
  /** The drawing's width and height when it is one <svg> (what a placeholder of its size needs), else null. */
  size: { width: number; height: number } | null;
}

interface PlotScale {
  apply(value: unknown): number;
  bandwidth?: number;
  range?: number[];
}
type ScaledElement = Element & { scale?: (name: string) => PlotScale | undefined };

/** Pixel position of a value on a scale; band scales give the middle of the band. */
function place(scale: PlotScale | undefined, value: unknown): number {
  if (!scale) return Number(value);
  const v = value instanceof Date || typeof value === "number" || typeof value === "string" ? value : String(value);
  return scale.apply(v) + (scale.bandwidth ?? 0) / 2;
}

/** Offset of a facet panel: Plot translates each panel by the facet scale minus the inner range start. */
function facetOffset(facet: PlotScale | undefined, inner: PlotScale | undefined, value: unknown): number {
  if (!facet || value === undefined) return 0;
  return facet.apply(value) - Math.min(...(inner?.range ?? [0]));
}

/** Places chart points in SVG user units with the scales Plot attached to the rendered element. */
export function placePoints(element: Element, points: ChartPoint[]): PlacedPoint[] {
  const scaled = element as ScaledElement;
  const scale = (name: string) => (typeof scaled.scale === "function" ? scaled.scale(name) : undefined);
  const [x, y, fx, fy] = [scale("x"), scale("y"), scale("fx"), scale("fy")];
  return points.map((p) => {
    const px = place(x, p.x) + facetOffset(fx, x, p.fx);
    const py = place(y, p.y) + facetOffset(fy, y, p.fy);
    if (!Number.isFinite(px) || !Number.isFinite(py)) throw new Error(`Tooltip point "${p.label}" falls outside the chart's scales`);
    return { x: Math.round(px * 10) / 10, y: Math.round(py * 10) / 10, label: p.label };
  });
}

/** Draws `chart` for `rows` at `width` in `locale`: the SVG markup and its placed tooltip points. */
export function renderChart<Rows>(chart: ChartDefinition<Rows>, rows: Rows, locale: Locale, width: number): RenderedChart {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const element = chart.render(rows, { locale, width, document: document as unknown as Document });
  const points = chart.points ? placePoints(element, chart.points(rows, locale, width)) : [];
  const svgs = element.tagName.toLowerCase() === "svg" ? [element] : Array.from(element.querySelectorAll("svg"));
  for (const svg of svgs) {
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    // Marks are decoration for assistive tech: the figure carries the alt text and a data table.
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    // Plot writes font-size="10" beside our style; make the attribute agree, for tools that read only it.
    const styled = /font-size:\s*(\d+(?:\.\d+)?)px/.exec(svg.getAttribute("style") ?? "");
    if (styled) svg.setAttribute("font-size", styled[1]);
    svg.removeAttribute("aria-label");
    svg.removeAttribute("aria-description");
  }
  escapeAttributesForSerialization(element);
  const drawnWidth = Number(element.getAttribute("width"));
  const drawnHeight = Number(element.getAttribute("height"));
  const size = svgs.length === 1 && svgs[0] === element && drawnWidth > 0 && drawnHeight > 0 ? { width: drawnWidth, height: drawnHeight } : null;
  return { svg: roundSvgNumbers(element.outerHTML), points, size };
}

/** Draws `chart` for `rows` at `width` in `locale` and returns its outer HTML. */
export function renderChartToString<Rows>(chart: ChartDefinition<Rows>, rows: Rows, locale: Locale, width: number): string {
  return renderChart(chart, rows, locale, width).svg;
}
